/**
 * One watch sync as a list of operations on container paths, how that list
 * travels to the process that applies it (a byte stream: a JSON header line
 * per operation, then a file's bytes), and applying it below a rootfs fd with
 * the no-follow primitives of beneath.ts. Both dabba and `sync-main` (inside
 * the container's user namespace) use this.
 */
import { closeSync } from 'node:fs';
import { posix } from 'node:path';
import { mkdirBeneath, openDirBeneath, removeBeneath, symlinkBeneath, writeFileBeneath } from './beneath.js';
import { ContainerFsError } from './errors.js';

export type SyncOp =
  | { op: 'write'; path: string; mode: number; data: Uint8Array }
  | { op: 'mkdir'; path: string; mode: number }
  | { op: 'symlink'; path: string; target: string }
  | { op: 'remove'; path: string };

/** The byte stream for `ops`. */
export function encodeOps(ops: readonly SyncOp[]): Buffer {
  const parts: Buffer[] = [];
  for (const o of ops) {
    const { data, ...head } = o.op === 'write' ? o : { ...o, data: undefined };
    parts.push(Buffer.from(`${JSON.stringify(data === undefined ? head : { ...head, size: data.length })}\n`));
    if (data !== undefined) parts.push(Buffer.from(data.buffer, data.byteOffset, data.length));
  }
  return Buffer.concat(parts);
}

/** The operations in a byte stream made by `encodeOps`. */
export function decodeOps(bytes: Buffer): SyncOp[] {
  const ops: SyncOp[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const eol = bytes.indexOf(0x0a, pos);
    if (eol < 0) throw new ContainerFsError('sync stream: truncated header');
    const head = JSON.parse(bytes.subarray(pos, eol).toString('utf8')) as SyncOp & { size?: number };
    pos = eol + 1;
    if (head.op === 'write') {
      const size = head.size ?? 0;
      if (pos + size > bytes.length) throw new ContainerFsError('sync stream: truncated file');
      ops.push({ op: 'write', path: head.path, mode: head.mode, data: bytes.subarray(pos, pos + size) });
      pos += size;
    } else {
      ops.push(head);
    }
  }
  return ops;
}

/** Applies `ops` below the rootfs open as `rootFd`: missing parent folders are made, a final symlink is replaced or removed, never followed. */
export function applyOps(rootFd: number, ops: readonly SyncOp[]): void {
  for (const o of ops) {
    const name = posix.basename(o.path);
    if (name === '' || name === '..' || name === '.') throw new ContainerFsError(`${o.path}: not a path of a file in the container`);
    let dir: number;
    try {
      dir = openDirBeneath(rootFd, posix.dirname(o.path), o.op !== 'remove');
    } catch (err) {
      // Nothing to remove below a folder that is not there.
      const code = (err as NodeJS.ErrnoException).code;
      if (o.op === 'remove' && (code === 'ENOENT' || code === 'ENOTDIR')) continue;
      throw err;
    }
    try {
      if (o.op === 'write') writeFileBeneath(dir, name, o.data, o.mode);
      else if (o.op === 'mkdir') mkdirBeneath(dir, name, o.mode);
      else if (o.op === 'symlink') symlinkBeneath(dir, name, o.target);
      else removeBeneath(dir, name);
    } finally {
      closeSync(dir);
    }
  }
}
