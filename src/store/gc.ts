/**
 * Garbage collection: every blob that no tag, and no manifest a container was
 * made from, reaches is removed, with abandoned ingest files.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_MANIFEST_BYTES, manifestBlobs, parseManifest } from '../oci/manifest.js';
import type { Digest } from '../oci/types.js';
import { blobPath, blobsDir } from './blobs.js';
import { pruneIngests } from './ingest.js';
import { withFileLock } from './lock.js';
import { indexLockPath, readIndex } from './refs.js';

/** Digests a stored manifest or index refers to (none for other blobs or absent ones). */
export async function childrenOf(root: string, digest: Digest): Promise<Digest[]> {
  const st = await stat(blobPath(root, digest)).catch(() => undefined);
  if (!st || st.size > MAX_MANIFEST_BYTES) return [];
  try {
    const parsed = parseManifest(await readFile(blobPath(root, digest)));
    return (parsed.kind === 'index' ? parsed.index.manifests : manifestBlobs(parsed.manifest)).map((d) => d.digest);
  } catch {
    return [];
  }
}

/** See `Store.prune`. */
export async function prune(root: string, keep: Iterable<Digest>, minAgeMs: number): Promise<{ removed: Digest[]; freedBytes: number }> {
  return withFileLock(indexLockPath(root), async () => {
    const index = await readIndex(root);
    const reachable = new Set<string>();
    const walk = async (digest: Digest): Promise<void> => {
      if (reachable.has(digest)) return;
      reachable.add(digest);
      for (const child of await childrenOf(root, digest)) await walk(child);
    };
    for (const d of index.manifests) await walk(d.digest);
    for (const d of keep) await walk(d);

    const removed: Digest[] = [];
    let freedBytes = 0;
    const now = Date.now();
    const dir = blobsDir(root);
    for (const hex of await readdir(dir)) {
      const digest = `sha256:${hex}` as Digest;
      if (reachable.has(digest)) continue;
      const path = join(dir, hex);
      const st = await stat(path).catch(() => undefined);
      if (!st || now - st.mtimeMs < minAgeMs) continue;
      await rm(path, { force: true });
      removed.push(digest);
      freedBytes += st.size;
    }
    await pruneIngests(root, now, minAgeMs);
    return { removed, freedBytes };
  });
}
