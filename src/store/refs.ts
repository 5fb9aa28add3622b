/**
 * Tags in the store's `index.json`, as OCI layouts name them (the
 * `org.opencontainers.image.ref.name` annotation). The file is only changed
 * under `index.json.lock`, read-modify-write, and replaced atomically.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseManifest } from '../oci/manifest.js';
import { MediaType, type Descriptor, type ImageIndex } from '../oci/types.js';
import { writeFileAtomic } from '../util/atomic.js';
import { StoreError } from './errors.js';
import { describeFsError } from './fs-errors.js';
import { withFileLock } from './lock.js';

/** The annotation holding a tag's full reference, as OCI layouts (and skopeo) use it. */
export const REF_NAME = 'org.opencontainers.image.ref.name';

/** A named entry of the store's index.json. */
export interface StoreRef {
  name: string;
  descriptor: Descriptor;
}

/** The index of an empty store. */
export function emptyIndex(): ImageIndex {
  return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
}

export function indexPath(root: string): string {
  return join(root, 'index.json');
}

/** The lock guarding index.json, also held while pruning. */
export function indexLockPath(root: string): string {
  return join(root, 'index.json.lock');
}

export async function readIndex(root: string): Promise<ImageIndex> {
  const path = indexPath(root);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyIndex();
    throw describeFsError(`reading ${path}`, err);
  }
  try {
    const parsed = parseManifest(text, MediaType.OciIndex);
    if (parsed.kind !== 'index') throw new Error('not an index');
    return parsed.index;
  } catch (err) {
    throw new StoreError(`reading ${path}: ${(err as Error).message}`, { cause: err, hint: `the store's index is damaged; move ${root} away and pull again` });
  }
}

async function updateIndex(root: string, change: (manifests: Descriptor[]) => Descriptor[]): Promise<void> {
  await withFileLock(indexLockPath(root), async () => {
    const index = await readIndex(root);
    const next: ImageIndex = { ...emptyIndex(), manifests: change(index.manifests) };
    if (index.annotations) next.annotations = index.annotations;
    try {
      await writeFileAtomic(indexPath(root), `${JSON.stringify(next, null, 2)}\n`);
    } catch (err) {
      throw describeFsError(`writing ${indexPath(root)}`, err);
    }
  });
}

const isNamed = (name: string) => (d: Descriptor) => d.annotations?.[REF_NAME] === name;

/** Every named entry of index.json, in file order. */
export async function listRefs(root: string): Promise<StoreRef[]> {
  const index = await readIndex(root);
  return index.manifests.flatMap((d) => {
    const name = d.annotations?.[REF_NAME];
    return name === undefined ? [] : [{ name, descriptor: d }];
  });
}

/** Records `descriptor` under `name`, replacing a previous entry of that name. */
export async function setRef(root: string, name: string, descriptor: Descriptor, annotations: Record<string, string>): Promise<void> {
  const entry: Descriptor = { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size, annotations: { ...annotations, [REF_NAME]: name } };
  if (descriptor.platform) entry.platform = descriptor.platform;
  // A re-pull that changed nothing writes nothing (no lock, no fsync): the common warm case.
  const current = (await readIndex(root)).manifests.filter(isNamed(name));
  if (current.length === 1 && JSON.stringify(current[0]) === JSON.stringify(entry)) return;
  await updateIndex(root, (manifests) => [...manifests.filter((d) => !isNamed(name)(d)), entry]);
}

/** Removes the entries named `name`; returns whether there was one. */
export async function removeRef(root: string, name: string): Promise<boolean> {
  let found = false;
  await updateIndex(root, (manifests) =>
    manifests.filter((d) => {
      const hit = isNamed(name)(d);
      found ||= hit;
      return !hit;
    }),
  );
  return found;
}
