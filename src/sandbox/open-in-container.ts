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
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, type Stats } from 'node:fs';
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
  const found = openInRoot(rootPath, path, 'working directory');
  if (!found.stat.isDirectory()) {
    closeSync(found.fd);
    throw notFound(path, 'ENOTDIR', 'working directory');
  }
  return found.fd;
}

/**
 * The content of the regular file `path` inside the root at `rootPath`, at
 * most `maxBytes` of it; undefined when it is missing or not a regular file
 * (a FIFO or device the container put there is never opened for reading).
 */
export function readFileInRoot(rootPath: string, path: string, maxBytes: number): string | undefined {
  let found: { fd: number; stat: Stats };
  try {
    found = openInRoot(rootPath, path, 'file');
  } catch {
    return undefined;
  }
  try {
    if (!found.stat.isFile()) return undefined;
    // Re-opening the O_PATH descriptor opens exactly the file that was checked.
    const fd = openSync(`/proc/self/fd/${found.fd}`, constants.O_RDONLY);
    try {
      const buf = Buffer.alloc(Math.min(maxBytes, found.stat.size));
      const n = readSync(fd, buf, 0, buf.length, 0);
      return buf.subarray(0, n).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  } finally {
    closeSync(found.fd);
  }
}

/** Walks `path` from the root at `rootPath` (see the module comment); the last component's O_PATH descriptor and its stat. */
function openInRoot(rootPath: string, path: string, what: string): { fd: number; stat: Stats } {
  const root = openSync(rootPath, O_PATH | constants.O_DIRECTORY);
  const stack: number[] = [root];
  const closeAbove = (depth: number): void => {
    while (stack.length > depth) closeSync(stack.pop()!);
  };
  try {
    const todo = components(path);
    let links = 0;
    let last: { fd: number; stat: Stats } | undefined;
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
        throw notFound(path, (err as NodeJS.ErrnoException).code, what);
      }
      const stat = fstatSync(fd);
      if (stat.isSymbolicLink()) {
        closeSync(fd);
        if (++links > MAX_LINKS) throw new SandboxError(`${what} ${path}: too many levels of symbolic links in the container`);
        let target: string;
        try {
          target = readlinkSync(at);
        } catch (err) {
          throw notFound(path, (err as NodeJS.ErrnoException).code, what);
        }
        if (target.startsWith('/')) closeAbove(1);
        todo.unshift(...components(target));
        continue;
      }
      if (!stat.isDirectory()) {
        if (todo.length > 0) {
          closeSync(fd);
          throw notFound(path, 'ENOTDIR', what);
        }
        last = { fd, stat };
        break;
      }
      stack.push(fd);
    }
    if (last !== undefined) {
      closeAbove(0);
      return last;
    }
    const fd = stack.pop()!;
    closeAbove(0);
    return { fd, stat: fstatSync(fd) };
  } catch (err) {
    closeAbove(0);
    throw err;
  }
}

function components(path: string): string[] {
  return path.split('/').filter((c) => c !== '' && c !== '.');
}

function notFound(path: string, code: string | undefined, what: string): SandboxError {
  const why = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : code === 'EACCES' ? 'permission denied' : (code ?? 'cannot be opened');
  return new SandboxError(`${what} ${path}: ${why} in the container`);
}
