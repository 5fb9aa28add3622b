/** Where materialised things live in the unpack cache; a container folder's files are named by src/container/layout.ts. */
import { join } from 'node:path';
import { digestHex } from '../oci/digest.js';
import type { Digest } from '../oci/types.js';

export { containerFiles as containerPaths } from '../container/layout.js';

export const cachePaths = (cacheDir: string, manifestDigest: Digest) => {
  const dir = join(cacheDir, digestHex(manifestDigest));
  return { dir, rootfs: join(dir, 'rootfs'), record: join(dir, 'unpack.json') };
};

/** Prefixes of temporary folders; their names continue with `<pid>-<random>`. */
export const TEMP_ROOTFS_PREFIX = '.rootfs.tmp-';
export const OLD_ROOTFS_PREFIX = '.rootfs.old-';
export const TEMP_CACHE_PREFIX = '.tmp-';
