/**
 * Removing unpack-cache entries nobody can use any more. The first container
 * of an image fills the cache (see `materializeRootfs`), so without this the
 * store would keep an unpacked copy of every image ever run.
 */
import { readdir } from 'node:fs/promises';
import { isDigest } from '../oci/digest.js';
import type { Digest } from '../oci/types.js';
import { cachePaths, TEMP_CACHE_PREFIX } from './layout.js';
import { removeStaleTemps, removeTree, summarizeTree } from './tree.js';

/**
 * Removes the entries of `cacheDir` whose image `isWanted` rejects (e.g. its
 * manifest is no longer in the store) and the temporary folders of fills
 * whose process is gone. A fill running now is kept. Returns the removed
 * entries' manifest digests and the file bytes freed.
 */
export async function pruneUnpackCache(cacheDir: string, isWanted: (manifestDigest: Digest) => Promise<boolean>): Promise<{ removed: Digest[]; freedBytes: number }> {
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { removed: [], freedBytes: 0 };
    throw err;
  }
  await removeStaleTemps(cacheDir, [TEMP_CACHE_PREFIX]);
  const removed: Digest[] = [];
  let freedBytes = 0;
  for (const name of names) {
    const digest = `sha256:${name}`;
    if (!isDigest(digest) || (await isWanted(digest))) continue;
    const { dir } = cachePaths(cacheDir, digest);
    freedBytes += summarizeTree(dir).fileBytes;
    await removeTree(dir);
    removed.push(digest);
  }
  return { removed, freedBytes };
}
