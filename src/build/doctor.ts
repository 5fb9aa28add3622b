/**
 * `dabba doctor`'s buildah check: whether buildah is installed and a build's
 * storage works here unprivileged (its user namespace with the subordinate
 * ids). `probeBuildah` runs the probe in a throwaway storage; `evaluateBuildah`
 * judges it (pure).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildahPaths, POLICY_JSON, storageArgs } from './argv.js';
import { findBuildah, runBuildah } from './buildah.js';
import { BUILDAH_PACKAGE_HINT } from './errors.js';

export type BuildahProbe =
  | { installed: false }
  | { installed: true; path: string; version: string; works: true }
  | { installed: true; path: string; version: string; works: false; error: string };

export async function probeBuildah(env: NodeJS.ProcessEnv): Promise<BuildahProbe> {
  const buildah = findBuildah(env);
  if (buildah === undefined) return { installed: false };
  const dir = await mkdtemp(join(tmpdir(), 'dabba-doctor-'));
  try {
    const paths = { ...buildahPaths(dir), policy: join(dir, 'policy.json'), home: dir, tmp: dir };
    await writeFile(paths.policy, POLICY_JSON);
    const version = (await runBuildah({ exe: buildah, paths }, ['--version'])).stdout.trim();
    // A working container from scratch: buildah enters its user namespace and sets up the storage, as a build does.
    const from = await runBuildah({ exe: buildah, paths }, [...storageArgs(paths), 'from', '--signature-policy', paths.policy, '--quiet', 'scratch']);
    const unshare = from.exitCode === 0 && process.getuid?.() !== 0 ? await runBuildah({ exe: buildah, paths }, [...storageArgs(paths), 'unshare', 'true']) : from;
    const failed = from.exitCode !== 0 ? from : unshare.exitCode !== 0 ? unshare : undefined;
    if (failed) return { installed: true, path: buildah, version, works: false, error: failed.tail.filter((l) => l.trim() !== '').slice(-2).join(' / ') };
    return { installed: true, path: buildah, version, works: true };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function evaluateBuildah(p: BuildahProbe): { name: string; status: 'ok' | 'warn'; detail: string; fix?: string } {
  const name = 'buildah (build:)';
  if (!p.installed) return { name, status: 'warn', detail: 'not found: services with build: cannot be built (everything else works)', fix: BUILDAH_PACKAGE_HINT };
  if (!p.works) return { name, status: 'warn', detail: `${p.version}: a rootless build does not work here: ${p.error}`, fix: 'give your user a subordinate id range (usermod --add-subuids 100000-165535 --add-subgids 100000-165535 USER) and make sure newuidmap/newgidmap are installed' };
  return { name, status: 'ok', detail: `${p.version} (${p.path}); builds work here (chroot isolation, dabba's own storage)` };
}
