/**
 * As host root, buildah runs inside a user namespace mapped like a
 * container's (0…N-1 onto dabba's unprivileged range, see sandbox/ids.ts),
 * so a Dockerfile's RUN steps run as that range's root, never as the host's:
 * buildah's chroot isolation only confines a process that is not host root.
 *
 * buildah's storage, run, home and tmp folders belong to the range's root.
 * The folders above them (a 0700 store, /root) are not passable by the
 * range, so dabba binds buildah's folder, the build context and the
 * Dockerfile (read-only) onto a tmpfs at BUILD_MOUNT in the namespace
 * holder's own mount namespace, as host root, and buildah uses those paths.
 * The store itself is never bound: its blobs are root's 0600 files, and the
 * bases are given to buildah as copies (bases.ts). Unprivileged, buildah
 * makes its own user namespace: nothing of this is needed.
 */
import { chmod, chown, lstat, mkdir, rm, rmdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { endKeeper, startHolder } from '../sandbox/holder.js';
import { runHelper } from '../sandbox/helper-spawn.js';
import { readHostFacts, requireTool } from '../sandbox/host.js';
import { planIdMapping } from '../sandbox/ids.js';
import { withFileLock } from '../store/index.js';
import { buildahPaths, type BuildahPaths } from './argv.js';
import type { Buildah } from './buildah.js';
import { BuildError } from './errors.js';

/** Where buildah finds its folders, the context and the Dockerfile, inside the namespace's mount namespace only. */
const BUILD_MOUNT = '/mnt';

// buildah's folders, bound from buildah's one host folder: the same layout inside.
const MOUNT_SCRIPT = [
  'set -e',
  `mount -t tmpfs -o mode=0755 dabba-build ${BUILD_MOUNT}`,
  `mkdir ${BUILD_MOUNT}/buildah ${BUILD_MOUNT}/context`,
  `: > ${BUILD_MOUNT}/Dockerfile`,
  `mount --bind "$1" ${BUILD_MOUNT}/buildah`,
  `mount --bind -o ro "$2" ${BUILD_MOUNT}/context`,
  `mount --bind -o ro "$3" ${BUILD_MOUNT}/Dockerfile`,
].join('\n');

// Empties the folder "$1", keeping it: its parent is host root's, which the range may not change.
const EMPTY_SCRIPT = 'rm -rf -- "$1"/* "$1"/.[!.]* "$1"/..?*';

/** A buildah to run for one build, with the context and Dockerfile paths as it sees them; `close` ends its namespace. */
export interface BuildahSession {
  buildah: Buildah;
  context: string;
  dockerfile: string;
  /** Where a path below buildah's folder on the host is, as buildah sees it. */
  inside(hostPath: string): string;
  /** The owner buildah's files must have (host root: the range's root), so that dabba can hand it a folder. */
  owner: { uid: number; gid: number } | undefined;
  /**
   * Removes `dir`, a folder of buildah's outputs below buildah's folder. As
   * host root its content is removed as buildah's ids, in the namespace: a
   * process the build left behind may be changing it, and host root never
   * walks such a tree (a folder swapped for a link would take it elsewhere).
   */
  removeOutputs(dir: string): Promise<void>;
  close(): void;
}

/** Starts buildah's session for a build of `context` with `dockerfile` (host paths). */
export async function openBuildah(exe: string, paths: BuildahPaths, context: string, dockerfile: string, env: NodeJS.ProcessEnv): Promise<BuildahSession> {
  if (process.getuid?.() !== 0) {
    // buildah runs as you: its outputs are yours, and its RUN steps could already change anything of yours.
    const removeOutputs = (dir: string) => rm(dir, { recursive: true, force: true });
    return { buildah: { exe, paths }, context, dockerfile, inside: (p) => p, owner: undefined, removeOutputs, close: () => undefined };
  }
  const mapping = planIdMapping(readHostFacts(), true);
  const owner = { uid: mapping.uid[0]!.outside, gid: mapping.gid[0]!.outside };
  await giveToRange(paths, owner);
  const tools = { unshare: requireTool('unshare', env), nsenter: requireTool('nsenter', env) };
  const holder = await startHolder(tools, mapping, false, env);
  try {
    const pid = String(holder.pid!);
    await runHelper(tools.nsenter, ['-t', pid, '-m', '--', '/bin/sh', '-c', MOUNT_SCRIPT, 'sh', paths.root, context, dockerfile], 'preparing the build namespace');
    const insidePaths = buildahPaths(BUILD_MOUNT);
    const enter = [tools.nsenter, '-t', pid, '-U', '-m', '--'];
    const inside = (p: string) => join(insidePaths.root, relative(paths.root, p));
    return {
      buildah: { exe, paths: insidePaths, enter },
      context: join(BUILD_MOUNT, 'context'),
      dockerfile: join(BUILD_MOUNT, 'Dockerfile'),
      inside,
      owner,
      async removeOutputs(dir) {
        if ((await lstat(dir).catch(() => undefined)) === undefined) return;
        await runHelper(enter[0]!, [...enter.slice(1), '/bin/sh', '-c', EMPTY_SCRIPT, 'sh', inside(dir)], `removing buildah's outputs ${dir}`);
        await rmdir(dir).catch((err: unknown) => {
          throw new BuildError(`removing buildah's outputs ${dir}: ${(err as Error).message}`, { hint: 'a process the build left behind may still be writing to it: remove it once that process has ended', cause: err });
        });
      },
      close: () => endKeeper(holder),
    };
  } catch (err) {
    endKeeper(holder);
    throw err;
  }
}

/**
 * buildah's folder passable by the range (0711), and the folders buildah
 * writes owned by its root. Folders of another owner (a storage host root's
 * buildah wrote before) are emptied first: their files would not be the
 * range's. Under a lock: a build that found the old storage must not empty it
 * while another, which has just given it to the range, is building.
 */
async function giveToRange(paths: BuildahPaths, owner: { uid: number; gid: number }): Promise<void> {
  await Promise.all([paths.root, paths.work, paths.bases].map((d) => chmod(d, 0o711)));
  await Promise.all([paths.policy, paths.registries].map((f) => chmod(f, 0o644)));
  const given = async (dir: string) => {
    const st = await lstat(dir).catch(() => undefined);
    return st !== undefined && st.isDirectory() && st.uid === owner.uid && st.gid === owner.gid;
  };
  const dirs = [paths.storage, paths.runroot, paths.home, paths.tmp];
  if ((await Promise.all(dirs.map(given))).every(Boolean)) return;
  await withFileLock(join(paths.root, 'hand-over.lock'), async () => {
    for (const dir of dirs) {
      if (await given(dir)) continue;
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { mode: 0o700 });
      await chown(dir, owner.uid, owner.gid);
    }
  });
}

