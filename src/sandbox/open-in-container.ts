/**
 * Opening a folder of a running container by its container path, from the
 * host, without ever resolving a path the container can change: one
 * component at a time, each through the file descriptor of the folder before
 * it (`/proc/self/fd/N/NAME`, opened O_PATH|O_NOFOLLOW), starting at the
 * container's own root (`/proc/PID/root`, which carries the container's
 * mounts). A symlink is read and followed *inside* that root (an absolute
 * target restarts at it, `..` never leaves it), so swapping a folder for a
 * link to the host between two steps gains the container nothing.
 *
 * The result is a descriptor of a folder on the container's own mount tree:
 * a process that makes it its working directory after entering the
 * container's mount namespace and root cannot walk above that root
 * (runc CVE-2024-21626 was a working directory outside it).
 */
import { closeSync, constants, fstatSync, openSync, readlinkSync } from 'node:fs';
import { SandboxError } from './errors.js';

/** Linux O_PATH: a descriptor that names a file without opening it for reading or writing. */
const O_PATH = 0o10000000;
const MAX_LINKS = 40;

/**
 * A descriptor (O_PATH) of the folder `path` inside the root at `rootPath`
 * (e.g. `/proc/PID/root`). Throws SandboxError when `path` is not a folder
 * there. The caller closes it.
 */
export function openFolderInRoot(rootPath: string, path: string): number {
  const root = openSync(rootPath, O_PATH | constants.O_DIRECTORY);
  const stack: number[] = [root];
  const closeAbove = (depth: number): void => {
    while (stack.length > depth) closeSync(stack.pop()!);
  };
  try {
    const todo = components(path);
    let links = 0;
    while (todo.length > 0) {
      const name = todo.shift()!;
      if (name === '..') {
        closeAbove(Math.max(1, stack.length - 1));
        continue;
      }
      const at = `/proc/self/fd/${stack[stack.length - 1]}/${name}`;
      let fd: number;
      try {
        fd = openSync(at, O_PATH | constants.O_NOFOLLOW);
      } catch (err) {
        throw notAFolder(path, (err as NodeJS.ErrnoException).code);
      }
      const st = fstatSync(fd);
      if (st.isSymbolicLink()) {
        closeSync(fd);
        if (++links > MAX_LINKS) throw new SandboxError(`opening ${path} in the container: too many levels of symbolic links`);
        let target: string;
        try {
          target = readlinkSync(at);
        } catch (err) {
          throw notAFolder(path, (err as NodeJS.ErrnoException).code);
        }
        if (target.startsWith('/')) closeAbove(1);
        todo.unshift(...components(target));
        continue;
      }
      if (!st.isDirectory()) {
        closeSync(fd);
        throw notAFolder(path, 'ENOTDIR');
      }
      stack.push(fd);
    }
    const result = stack.pop()!;
    if (stack.length === 0) return result;
    closeAbove(0);
    return result;
  } catch (err) {
    closeAbove(0);
    throw err;
  }
}

function components(path: string): string[] {
  return path.split('/').filter((c) => c !== '' && c !== '.');
}

function notAFolder(path: string, code: string | undefined): SandboxError {
  const why = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : code === 'EACCES' ? 'permission denied' : (code ?? 'cannot be opened');
  return new SandboxError(`working directory ${path}: ${why} in the container`);
}
