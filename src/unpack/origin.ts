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
  /**
   * Whether the image's recorded ownership was given to the files ('applied':
   * shifted as root, or in the container's user namespace; 'kept:USER': in
   * the namespace of a `fakeroot: false` service with that `user:`) or they
   * all are the invoking user's ('recorded'). Absent in records of older dabbas.
   */
  ownership?: RootfsOwnership | undefined;
}

export type RootfsOwnership = 'applied' | 'recorded' | `kept:${string}`;

/** What ownership a rootfs materialised with these options of `materializeRootfs` ends with. */
export function rootfsOwnership(opts: { idShift?: object | undefined; applyOwnership?: object | undefined; keptUser?: string | undefined }): RootfsOwnership {
  if (opts.idShift !== undefined) return 'applied';
  if (opts.applyOwnership === undefined) return 'recorded';
  return opts.keptUser !== undefined ? `kept:${opts.keptUser}` : 'applied';
}

/** Whether a rootfs with `origin` holds the image `manifestDigest` with `ownership` (a record without it matches either). */
export function isCurrentRootfs(origin: RootfsOrigin | undefined, manifestDigest: Digest, ownership: RootfsOwnership): boolean {
  return origin !== undefined && origin.manifestDigest === manifestDigest && (origin.ownership ?? ownership) === ownership;
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
  if (v.ownership !== undefined && v.ownership !== 'applied' && v.ownership !== 'recorded' && !(typeof v.ownership === 'string' && v.ownership.startsWith('kept:'))) return undefined;
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
