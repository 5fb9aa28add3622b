/** `rootfs.json`: which image a container's rootfs came from, written last, as the commit of a materialisation. */
import { readFile } from 'node:fs/promises';
import { isDigest } from '../oci/digest.js';
import type { Digest } from '../oci/types.js';
import { writeFileAtomic } from '../util/atomic.js';
import { containerPaths } from './layout.js';

export interface RootfsOrigin {
  version: 1;
  /** The image name as the service gave it. */
  image: string;
  manifestDigest: Digest;
  /** Layer digests in order, as stored (compressed). */
  layers: Digest[];
  /** ISO 8601 time the rootfs was put in place. */
  materializedAt: string;
}

/** Parses `rootfs.json`; undefined when it is not a valid version 1 record. */
export function parseRootfsOrigin(json: string): RootfsOrigin | undefined {
  let v: Partial<RootfsOrigin>;
  try {
    v = JSON.parse(json) as Partial<RootfsOrigin>;
  } catch {
    return undefined;
  }
  if (v === null || typeof v !== 'object' || v.version !== 1) return undefined;
  if (typeof v.image !== 'string' || typeof v.manifestDigest !== 'string' || !isDigest(v.manifestDigest)) return undefined;
  if (!Array.isArray(v.layers) || !v.layers.every((l) => typeof l === 'string' && isDigest(l))) return undefined;
  if (typeof v.materializedAt !== 'string') return undefined;
  return v as RootfsOrigin;
}

/**
 * What `<containerDir>/rootfs.json` records, or undefined when there is no
 * complete rootfs record (never materialised, interrupted, or unreadable).
 */
export async function readRootfsOrigin(containerDir: string): Promise<RootfsOrigin | undefined> {
  let json: string;
  try {
    json = await readFile(containerPaths(containerDir).origin, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return parseRootfsOrigin(json);
}

export async function writeRootfsOrigin(containerDir: string, origin: RootfsOrigin): Promise<void> {
  await writeFileAtomic(containerPaths(containerDir).origin, `${JSON.stringify(origin, null, 2)}\n`);
}
