/** Where materialised things live inside a container folder (`.dabba/<service>`) and in the unpack cache. */
import { join } from 'node:path';
import { digestHex } from '../oci/digest.js';
import type { Digest } from '../oci/types.js';

export const containerPaths = (containerDir: string) => ({
  rootfs: join(containerDir, 'rootfs'),
  /** Written last: a rootfs is trusted only when this records its image. */
  origin: join(containerDir, 'rootfs.json'),
  config: join(containerDir, 'config.json'),
  ownership: join(containerDir, 'rootfs-ownership.json'),
});

export const cachePaths = (cacheDir: string, manifestDigest: Digest) => {
  const dir = join(cacheDir, digestHex(manifestDigest));
  return { dir, rootfs: join(dir, 'rootfs'), record: join(dir, 'unpack.json') };
};

/** Prefixes of temporary folders; their names continue with `<pid>-<random>`. */
export const TEMP_ROOTFS_PREFIX = '.rootfs.tmp-';
export const OLD_ROOTFS_PREFIX = '.rootfs.old-';
export const TEMP_CACHE_PREFIX = '.tmp-';
