/**
 * What `dabba convert` reads from the host before converting (pure, in
 * src/convert/): the files of secrets and configs, what is at each bind
 * mount's source, and the store's digests of the images. A bind source may be
 * mounted read-write in a running container, so it is read by the no-follow
 * walk of sandbox/open-in-container.ts (see readBindSource), regular files
 * only (a FIFO is never opened), no further than a ConfigMap holds.
 */
import { closeSync, readdirSync, readSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Project } from '../../config/model.js';
import { CONFIGMAP_MAX_BYTES, ConvertError, hostFilesOf, type BindSource } from '../../convert/index.js';
import { pinnedImages } from '../../image/index.js';
import { projectPaths } from '../../container/layout.js';
import { openFileInRoot, openFolderInRoot } from '../../sandbox/open-in-container.js';
import { fileSourceRoot } from '../../sandbox/secret-files.js';
import { defaultStorePath } from '../../store/index.js';

/** More entries than a config folder has: a folder of that many is not one. */
const MAX_FOLDER_ENTRIES = 256;

/** The files of the services' secrets and configs, read as `up` reads them (sandbox/secret-files.ts). */
export function readFileSources(project: Project): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const path of hostFilesOf(Object.values(project.services))) {
    const root = fileSourceRoot(project.workingDir, path);
    const bytes = readRegular(root, relative(root, path), CONFIGMAP_MAX_BYTES);
    if (typeof bytes === 'string') {
      const users = Object.values(project.services).flatMap((s) => [...s.secrets.map((m) => ['secrets', m] as const), ...s.configs.map((m) => ['configs', m] as const)].filter(([, m]) => 'file' in m.from && m.from.file === path).map(([kind, m]) => `services.${s.name}.${kind}.${m.source}`));
      throw new ConvertError(`cannot read ${path}, the file of ${users.join(', ')}: ${bytes}`, { hint: 'create the file, or point the top-level secret or config at another one' });
    }
    files.set(path, bytes);
  }
  return files;
}

/** A regular file's bytes (opened by the walk of sandbox/open-in-container.ts), at most `budget` of them; else why it is not one. */
function readRegular(root: string, path: string, budget: number): Uint8Array | string {
  let file: { fd: number; size: number };
  try {
    file = openFileInRoot(root, path, `under ${root}`);
  } catch (err) {
    return (err as Error).message;
  }
  try {
    if (file.size > budget) return `more than ${CONFIGMAP_MAX_BYTES} bytes, a ConfigMap's limit`;
    // One byte more than the size: a file growing meanwhile is noticed, not read on.
    const buf = Buffer.alloc(file.size + 1);
    const n = readSync(file.fd, buf, 0, buf.length, 0);
    return n > file.size ? `${join(root, path)} changed while it was read` : buf.subarray(0, n);
  } finally {
    closeSync(file.fd);
  }
}

/** A flat folder of regular files under `root`; else why it is not one. */
function readFolder(root: string, path: string, folder: number): BindSource {
  const entries = readdirSync(`/proc/self/fd/${folder}`, { withFileTypes: true });
  if (entries.length > MAX_FOLDER_ENTRIES) return { kind: 'unfit', reason: `a folder of more than ${MAX_FOLDER_ENTRIES} entries` };
  const files = new Map<string, Uint8Array>();
  let budget = CONFIGMAP_MAX_BYTES;
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!e.isFile()) return { kind: 'unfit', reason: `${join(root, path, e.name)} is not a regular file (a ConfigMap holds a flat folder of files)` };
    const bytes = readRegular(root, join(path, e.name), budget);
    if (typeof bytes === 'string') return { kind: 'unfit', reason: bytes };
    budget -= bytes.length;
    files.set(e.name, bytes);
  }
  return { kind: 'folder', files };
}

/**
 * A bind source may lie below a folder that a running container of the
 * project can change (another service's writable bind, `.dabba/` with its
 * rootfs and volumes): it is then walked from that folder, links resolved
 * inside it, so a folder swapped for a link never leads elsewhere. A folder
 * source's entries are walked from the folder itself (a container it is bound
 * into may change them), a file from its own folder.
 */
function readBindSource(source: string, changeable: readonly string[]): BindSource {
  const above = changeable.filter((r) => source.startsWith(`${r}/`)).sort((a, b) => a.length - b.length)[0];
  let folder: number;
  try {
    folder = above === undefined ? openFolderInRoot(source, '') : openFolderInRoot(above, relative(above, source));
  } catch {
    const root = above ?? dirname(source);
    const bytes = readRegular(root, relative(root, source), CONFIGMAP_MAX_BYTES);
    return typeof bytes === 'string' ? { kind: 'unfit', reason: bytes } : { kind: 'file', bytes };
  }
  try {
    return above === undefined ? readFolder(source, '', folder) : readFolder(above, relative(above, source), folder);
  } finally {
    closeSync(folder);
  }
}

/** What is at every bind mount's source of the project's services, by path. */
export function readBindSources(project: Project): Map<string, BindSource> {
  const binds = Object.values(project.services).flatMap((s) => s.volumes.flatMap((v) => (v.type === 'bind' ? [v] : [])));
  const changeable = [projectPaths(project.workingDir).root, ...binds.filter((v) => !v.readOnly).map((v) => v.source)];
  return new Map([...new Set(binds.map((v) => v.source))].map((source) => [source, readBindSource(source, changeable)]));
}

/** The services' images that the store has pulls of, by digest. */
export function readPinnedImages(project: Project, env: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  return pinnedImages(defaultStorePath(env), Object.values(project.services).map((s) => s.image));
}
