/** Changing metadata without ever going through a symlink. */
import { closeSync, constants as fsConstants, fchmodSync, futimesSync, openSync } from 'node:fs';

const { O_RDONLY, O_NOFOLLOW } = fsConstants;

export function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException).code;
}

/**
 * Sets the mode (and mtime) of `path` through an fd opened with `O_NOFOLLOW`,
 * never through a symlink; a path that is gone, or is now a symlink or not
 * of the kind `extraFlags` asks for, is skipped.
 */
export function setModeNoFollow(path: string, extraFlags: number, mode: number, mtime?: Date): void {
  let fd: number;
  try {
    fd = openSync(path, O_RDONLY | O_NOFOLLOW | extraFlags);
  } catch (err) {
    if (errno(err) === 'ENOENT' || errno(err) === 'ELOOP' || errno(err) === 'ENOTDIR') return;
    throw err;
  }
  try {
    fchmodSync(fd, mode);
    if (mtime) futimesSync(fd, mtime, mtime);
  } finally {
    closeSync(fd);
  }
}

