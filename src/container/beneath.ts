/**
 * File operations below a rootfs that a running container may be changing
 * under dabba's feet. Nothing here resolves a host path by name below the
 * rootfs: each step opens one component relative to the fd of the folder
 * found by the step before (through `/proc/self/fd/<fd>/<name>`, the only
 * openat that Node offers) with O_NOFOLLOW, so a component the container
 * swaps for a symlink is seen as a symlink, never followed by the kernel.
 * Symlinks on the way are resolved by hand with chroot semantics (an absolute
 * target restarts at the rootfs, `..` stops at it), so every fd stays inside.
 * mkdir, rename, unlink, rmdir and symlink never follow a final symlink.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, mkdirSync, openSync, readdirSync, readlinkSync, renameSync, rmdirSync, symlinkSync, unlinkSync, writeSync } from 'node:fs';
import { ContainerFsError } from './errors.js';

const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_DIRECTORY } = constants;
/** Linux O_PATH: an fd that only names a folder, so walking needs search permission only. */
const O_PATH = 0o10000000;
const MAX_LINKS = 40;
/** Attempts before giving up on an entry the container keeps replacing. */
const MAX_RETRIES = 100;

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException).code;
}

/** The path that names entry `name` of the folder open as `dirFd`. */
function at(dirFd: number, name?: string): string {
  return name === undefined ? `/proc/self/fd/${dirFd}` : `/proc/self/fd/${dirFd}/${name}`;
}

/** Refuses a name that is not one plain component. */
export function checkName(name: string): string {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) throw new ContainerFsError(`"${name}" is not a file name`);
  return name;
}

/** Opens the rootfs folder itself (dabba made it; the container cannot replace it). */
export function openRoot(rootfs: string): number {
  return openSync(rootfs, O_PATH | O_DIRECTORY);
}

/** The target of the symlink `name` in `dirFd`, or undefined when it is not (or no longer) a symlink. */
function readLinkAt(dirFd: number, name: string): string | undefined {
  try {
    return readlinkSync(at(dirFd, name));
  } catch (err) {
    if (errno(err) === 'EINVAL' || errno(err) === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Opens the folder `path` (a container path) below `rootFd`, resolving
 * symlinks inside the rootfs; with `create`, missing folders are made (mode
 * 0755). Returns an O_PATH fd the caller closes. A component that exists but
 * is not a folder fails with ENOTDIR.
 */
export function openDirBeneath(rootFd: number, path: string, create: boolean): number {
  const stack: number[] = [];
  const top = (): number => stack.at(-1) ?? rootFd;
  const todo = components(path);
  let links = 0;
  let retries = 0;
  try {
    while (todo.length > 0) {
      const c = todo.shift()!;
      if (c === '..') {
        if (stack.length > 0) closeSync(stack.pop()!);
        continue;
      }
      checkName(c);
      let fd: number;
      try {
        fd = openSync(at(top(), c), O_PATH | O_DIRECTORY | O_NOFOLLOW);
      } catch (err) {
        const code = errno(err);
        if (code === 'ENOENT' && create) {
          mkdirAt(top(), c);
          todo.unshift(c);
          continue;
        }
        if (code !== 'ELOOP' && code !== 'ENOTDIR') throw err;
        const target = readLinkAt(top(), c);
        if (target === undefined) {
          // Not a symlink (a file), or replaced since the open: look again, a bounded number of times.
          if (++retries > MAX_RETRIES) throw err;
          todo.unshift(c);
          continue;
        }
        if (++links > MAX_LINKS) throw new ContainerFsError(`${path}: too many levels of symbolic links`);
        if (target.startsWith('/')) while (stack.length > 0) closeSync(stack.pop()!);
        todo.unshift(...components(target));
        continue;
      }
      stack.push(fd);
    }
    return stack.length > 0 ? stack.pop()! : openSync(at(rootFd), O_PATH | O_DIRECTORY);
  } finally {
    for (const fd of stack) closeSync(fd);
  }
}

function components(path: string): string[] {
  return path.split('/').filter((c) => c !== '' && c !== '.');
}

function mkdirAt(dirFd: number, name: string, mode = 0o755): void {
  try {
    mkdirSync(at(dirFd, name), { mode });
  } catch (err) {
    if (errno(err) !== 'EEXIST') throw err;
  }
}

/** A fresh name in `dirFd` for an entry being made, renamed onto its real name when complete. */
function tempName(): string {
  return `.dabba-sync-${randomBytes(8).toString('hex')}`;
}

/** Renames the new entry `tmp` onto `name` in `dirFd`, replacing whatever `name` is (a symlink is replaced, not followed). */
function replaceWith(dirFd: number, tmp: string, name: string): void {
  try {
    for (let i = 0; ; i++) {
      try {
        renameSync(at(dirFd, tmp), at(dirFd, name));
        return;
      } catch (err) {
        const code = errno(err);
        if (i >= MAX_RETRIES || (code !== 'EISDIR' && code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOTDIR')) throw err;
        removeBeneath(dirFd, name);
      }
    }
  } catch (err) {
    removeBeneath(dirFd, tmp);
    throw err;
  }
}

/** Makes `name` in `dirFd` a file holding `data` (mode `mode`), written under a temporary name first. */
export function writeFileBeneath(dirFd: number, name: string, data: Uint8Array, mode: number): void {
  checkName(name);
  const tmp = tempName();
  const fd = openSync(at(dirFd, tmp), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode & 0o777);
  try {
    for (let off = 0; off < data.length; ) off += writeSync(fd, data, off);
    fchmodSync(fd, mode & 0o777);
  } catch (err) {
    closeSync(fd);
    removeBeneath(dirFd, tmp);
    throw err;
  }
  closeSync(fd);
  replaceWith(dirFd, tmp, name);
}

/** Makes `name` in `dirFd` a symlink to `target` (whatever it points to is never looked at). */
export function symlinkBeneath(dirFd: number, name: string, target: string): void {
  checkName(name);
  const tmp = tempName();
  symlinkSync(target, at(dirFd, tmp));
  replaceWith(dirFd, tmp, name);
}

/** Makes `name` in `dirFd` a folder, keeping one that is already there; anything else there is removed first. */
export function mkdirBeneath(dirFd: number, name: string, mode = 0o755): void {
  checkName(name);
  for (let i = 0; ; i++) {
    mkdirAt(dirFd, name, mode);
    try {
      closeSync(openSync(at(dirFd, name), O_PATH | O_DIRECTORY | O_NOFOLLOW));
      return;
    } catch (err) {
      const code = errno(err);
      if (i >= MAX_RETRIES || (code !== 'ELOOP' && code !== 'ENOTDIR' && code !== 'ENOENT')) throw err;
      removeBeneath(dirFd, name);
    }
  }
}

/**
 * Removes entry `name` of `dirFd` like `rm -rf`: a symlink is removed, never
 * followed; a folder is emptied through its own fd, entry by entry. Missing is fine.
 */
export function removeBeneath(dirFd: number, name: string): void {
  checkName(name);
  for (let i = 0; ; i++) {
    let fd: number;
    try {
      fd = openSync(at(dirFd, name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    } catch (err) {
      const code = errno(err);
      if (code === 'ENOENT') return;
      if (code !== 'ELOOP' && code !== 'ENOTDIR') throw err;
      try {
        unlinkSync(at(dirFd, name));
        return;
      } catch (e) {
        // EISDIR: replaced by a folder meanwhile; look again.
        if (errno(e) === 'ENOENT') return;
        if (errno(e) !== 'EISDIR' || i >= MAX_RETRIES) throw e;
        continue;
      }
    }
    try {
      for (const child of readdirSync(at(fd))) removeBeneath(fd, child);
    } finally {
      closeSync(fd);
    }
    try {
      rmdirSync(at(dirFd, name));
      return;
    } catch (err) {
      // Replaced by something else, or refilled, meanwhile: look again.
      if (errno(err) === 'ENOENT') return;
      if ((errno(err) !== 'ENOTDIR' && errno(err) !== 'ENOTEMPTY') || i >= MAX_RETRIES) throw err;
    }
  }
}
