/**
 * The ownership side file (`rootfs-ownership.json` beside the rootfs) and
 * applying it. Unprivileged, files can't be given their image owners while
 * unpacking, so the uid/gid of every entry that isn't 0:0 is recorded here;
 * the sandbox applies it from inside a user namespace with the full subuid
 * mapping, and as root it is applied with a shift right after unpacking.
 */
import { chmodSync, lchownSync, lstatSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../util/atomic.js';
import { containerPaths } from './layout.js';
import type { OwnershipMap } from './rootfs-writer.js';
import { walkTree } from './tree.js';

/** Maps container ids to the ids to give on this host. */
export type IdMap = (uid: number, gid: number) => [uid: number, gid: number];

interface OwnershipFile {
  version: 1;
  /** Rootfs-relative path, uid, gid; entries not listed are 0:0. */
  entries: [string, number, number][];
}

/** The side file's JSON for `map`. */
export function serializeOwnership(map: OwnershipMap): string {
  const file: OwnershipFile = { version: 1, entries: [...map].map(([p, [u, g]]) => [p, u, g]) };
  return JSON.stringify(file);
}

/** Parses the side file's JSON; throws on anything but version 1. */
export function parseOwnership(json: string): OwnershipMap {
  const file = JSON.parse(json) as Partial<OwnershipFile>;
  if (file.version !== 1 || !Array.isArray(file.entries)) throw new Error('not a version 1 ownership file');
  const map: OwnershipMap = new Map();
  for (const e of file.entries) {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || !Number.isInteger(e[1]) || !Number.isInteger(e[2])) {
      throw new Error('malformed ownership entry');
    }
    map.set(e[0], [e[1], e[2]]);
  }
  return map;
}

/** Writes the side file of a container folder atomically. */
export async function writeOwnershipFile(containerDir: string, map: OwnershipMap): Promise<void> {
  await writeFileAtomic(containerPaths(containerDir).ownership, serializeOwnership(map));
}

/** Reads the side file of a container folder; an empty map when there is none. */
export async function readOwnershipFile(containerDir: string): Promise<OwnershipMap> {
  let json: string;
  try {
    json = await readFile(containerPaths(containerDir).ownership, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw err;
  }
  return parseOwnership(json);
}

/**
 * `lchown`s entries of the tree `root`: with `map`, every entry (those not
 * recorded are 0:0) gets `map(uid, gid)`; without it, only recorded entries
 * get their recorded ids. The tree is walked from `root` without following a
 * symlink, so a rootfs a container has changed since cannot redirect a chown
 * out of it. chown clears setuid/setgid on files: their mode is put back.
 */
export function applyOwnershipToTree(root: string, recorded: OwnershipMap, map?: IdMap): void {
  walkTree(root, (rel, type) => {
    const ids = recorded.get(rel);
    if (ids === undefined && map === undefined) return;
    const [uid, gid] = map ? map(ids?.[0] ?? 0, ids?.[1] ?? 0) : (ids as [number, number]);
    const path = rel === '' ? root : `${root}/${rel}`;
    const special = type === 'file' ? lstatSync(path).mode & 0o7777 : 0;
    lchownSync(path, uid, gid);
    // a regular file (the walk saw it as one): chmod cannot meet a symlink here
    if (special & 0o6000) chmodSync(path, special);
  });
}

/**
 * Applies the recorded ownership to `<containerDir>/rootfs` (see
 * `applyOwnershipToTree`). Idempotent. Must run while no container uses the
 * rootfs; the caller needs the right to chown to the target ids (root, or
 * root in a user namespace that maps them).
 */
export async function applyOwnership(containerDir: string, map?: IdMap): Promise<void> {
  const recorded = await readOwnershipFile(containerDir);
  applyOwnershipToTree(containerPaths(containerDir).rootfs, recorded, map);
}
