/**
 * Importing an image that was made on this machine (a build's OCI layout,
 * read by the build's own fetcher) under a registry-style name: its blobs are
 * verified into the store as a pull's are, and the name (plus any extra
 * names) then points at it.
 */
import { withContext } from '../errors/index.js';
import { formatImageSource, parseImageSource } from '../image-ref/index.js';
import type { Store } from '../store/index.js';
import { defaultPlatform, finish, pullMissing, type ResolvedImage } from './ensure.js';
import type { Fetcher } from './fetchers.js';

/** The name an image reference is recorded under in the store (`busybox` → `docker.io/library/busybox:latest`). */
export function storeNameOf(image: string, baseDir: string): string {
  return formatImageSource(parseImageSource(image, baseDir));
}

/**
 * Imports the image `fetcher` gives as its top and records it under `names`
 * (references such as `proj-web` or `registry.local/app:1`), replacing what
 * they named before. Returns the image as the first name resolves.
 */
export async function importImageAs(store: Store, fetcher: Fetcher, names: readonly string[], baseDir: string): Promise<ResolvedImage> {
  const storeNames = names.map((n) => storeNameOf(n, baseDir));
  try {
    const top = await fetcher.top();
    const image = await pullMissing(store, fetcher, top, defaultPlatform(), names[0]!, { store, baseDir, policy: 'always' });
    for (const n of storeNames) await store.setRef(n, { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length });
    return finish(names[0]!, storeNames[0]!, image);
  } catch (err) {
    throw err instanceof Error ? withContext(`importing the built image ${storeNames[0]}`, err) : err;
  }
}
