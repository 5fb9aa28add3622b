/**
 * What a build's result depends on, as one digest, so that a build whose
 * inputs are all as they were when it last succeeded does not run buildah at
 * all (buildah's own cache would replay every step, at a cost of seconds):
 * the Dockerfile's text, the build settings and args, the FROM images'
 * digests, and every file of the context by path, type, mode, size, inode,
 * link target and modification and change times (a file's change time cannot
 * be set back, so any edit shows). `--no-cache` never takes this shortcut.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildSpec } from '../config/model.js';
import type { Digest } from '../oci/types.js';
import { writeFileAtomic } from '../util/atomic.js';

export interface BuildInputs {
  dockerfile: string;
  spec: BuildSpec;
  args: Readonly<Record<string, string>>;
  /** name → manifest digest of each FROM image. */
  bases: Readonly<Record<string, string>>;
  /** The names the result gets. */
  names: readonly string[];
  /** contextFingerprint of the context folder. */
  context: string;
}

/** The digest of everything in `inputs` (pure). */
export function inputsDigest(inputs: BuildInputs): string {
  const { spec } = inputs;
  const settings = { target: spec.target, labels: spec.labels, extraHosts: spec.extraHosts, platforms: spec.platforms };
  return createHash('sha256').update(JSON.stringify({ ...inputs, spec: settings })).digest('hex');
}

/**
 * A digest of the context folder's tree: every entry's path and metadata (not
 * its content). `.dabba/` folders (a project's containers and state, when the
 * context is the project folder) are left out; an unreadable folder counts as such.
 */
export async function contextFingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (rel: string): Promise<void> => {
    let names: string[];
    try {
      names = (await readdir(join(dir, rel))).sort();
    } catch (err) {
      hash.update(`${rel}\0unreadable ${(err as NodeJS.ErrnoException).code ?? ''}\n`);
      return;
    }
    for (const name of names) {
      if (name === '.dabba') continue;
      const path = rel === '' ? name : `${rel}/${name}`;
      const st = await lstat(join(dir, path), { bigint: true });
      const link = st.isSymbolicLink() ? await readlink(join(dir, path)) : '';
      hash.update(`${path}\0${st.mode}\0${st.size}\0${st.ino}\0${st.mtimeNs}\0${st.ctimeNs}\0${link}\n`);
      if (st.isDirectory()) await walk(path);
    }
  };
  await walk('');
  return hash.digest('hex');
}

interface LastBuild {
  inputs: string;
  manifestDigest: Digest;
}

/** Where the last successful build of an image name is recorded. */
export function lastBuildFile(root: string, storeName: string): string {
  return join(root, 'last-builds', `${createHash('sha256').update(storeName).digest('hex').slice(0, 32)}.json`);
}

/** The manifest the last successful build with these inputs made, if recorded. */
export async function readLastBuild(file: string, inputs: string): Promise<Digest | undefined> {
  try {
    const last = JSON.parse(await readFile(file, 'utf8')) as LastBuild;
    return last.inputs === inputs ? last.manifestDigest : undefined;
  } catch {
    return undefined;
  }
}

export async function writeLastBuild(file: string, inputs: string, manifestDigest: Digest): Promise<void> {
  await writeFileAtomic(file, JSON.stringify({ inputs, manifestDigest } satisfies LastBuild), 0o600);
}
