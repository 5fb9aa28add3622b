/**
 * What `dabba convert` reads from the host before converting (pure, in
 * src/convert/): the files of secrets and configs, what is at each bind
 * mount's source, and the store's digests of the images. A bind source may be
 * mounted read-write in a running container, so its entries are opened
 * without following links or blocking on a FIFO, checked to be regular files,
 * and read no further than a ConfigMap holds.
 */
import { constants } from 'node:fs';
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../../config/model.js';
import { CONFIGMAP_MAX_BYTES, ConvertError, hostFilesOf, type BindSource } from '../../convert/index.js';
import { pinnedImages } from '../../image/index.js';
import { defaultStorePath } from '../../store/index.js';

const NO_FOLLOW = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
/** More entries than a config folder has: a folder of that many is not one. */
const MAX_FOLDER_ENTRIES = 256;

export async function readFileSources(project: Project): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const path of hostFilesOf(Object.values(project.services))) {
    try {
      files.set(path, await readFile(path));
    } catch (err) {
      const users = Object.values(project.services).flatMap((s) => [...s.secrets.map((m) => ['secrets', m] as const), ...s.configs.map((m) => ['configs', m] as const)].filter(([, m]) => 'file' in m.from && m.from.file === path).map(([kind, m]) => `services.${s.name}.${kind}.${m.source}`));
      throw new ConvertError(`cannot read ${path}, the file of ${users.join(', ')}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { hint: 'create the file, or point the top-level secret or config at another one' });
    }
  }
  return files;
}

/** A regular file's bytes, at most `budget` of them; else why it is not one. */
async function readRegular(path: string, budget: number): Promise<Uint8Array | string> {
  let handle;
  try {
    handle = await open(path, NO_FOLLOW);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? `${path} is a symbolic link` : code === 'ENOENT' ? `${path} does not exist` : `${path}: ${code ?? String(err)}`;
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return `${path} is not a regular file`;
    if (st.size > budget) return `more than ${CONFIGMAP_MAX_BYTES} bytes, a ConfigMap's limit`;
    // One byte more than the size: a file growing meanwhile is noticed, not read on.
    const buf = Buffer.alloc(st.size + 1);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    if (bytesRead > st.size) return `${path} changed while it was read`;
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readBindSource(source: string): Promise<BindSource> {
  let entries;
  try {
    entries = await readdir(source, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOTDIR') return { kind: 'unfit', reason: `${source}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
    const bytes = await readRegular(source, CONFIGMAP_MAX_BYTES);
    return typeof bytes === 'string' ? { kind: 'unfit', reason: bytes } : { kind: 'file', bytes };
  }
  if (entries.length > MAX_FOLDER_ENTRIES) return { kind: 'unfit', reason: `a folder of more than ${MAX_FOLDER_ENTRIES} entries` };
  const files = new Map<string, Uint8Array>();
  let budget = CONFIGMAP_MAX_BYTES;
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!e.isFile()) return { kind: 'unfit', reason: `${join(source, e.name)} is not a regular file (a ConfigMap holds a flat folder of files)` };
    const bytes = await readRegular(join(source, e.name), budget);
    if (typeof bytes === 'string') return { kind: 'unfit', reason: bytes };
    budget -= bytes.length;
    files.set(e.name, bytes);
  }
  return { kind: 'folder', files };
}

/** What is at every bind mount's source of the project's services, by path. */
export async function readBindSources(project: Project): Promise<Map<string, BindSource>> {
  const sources = new Set(Object.values(project.services).flatMap((s) => s.volumes.flatMap((v) => (v.type === 'bind' ? [v.source] : []))));
  const out = new Map<string, BindSource>();
  for (const source of sources) out.set(source, await readBindSource(source));
  return out;
}

/** The services' images that the store has pulls of, by digest. */
export function readPinnedImages(project: Project, env: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  return pinnedImages(defaultStorePath(env), Object.values(project.services).map((s) => s.image));
}
