/**
 * Opening a folder or file of a running container by its container path,
 * from the host, without ever resolving a path the container can change: one
 * component at a time, each through the file descriptor of the folder before
 * it (`/proc/self/fd/N/NAME`, opened O_PATH|O_NOFOLLOW), starting at the
 * container's own root (`/proc/PID/root`, which carries the container's
 * mounts). A symlink is read and followed *inside* that root (an absolute
 * target restarts at it, `..` never leaves it), so swapping a folder for a
 * link to the host between two steps gains the container nothing. The same
 * walk reads a build's outputs, rooted at their folder (build/output.ts).
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
const IN_CONTAINER = 'in the container';

/**
 * A descriptor (O_PATH) of the folder `path` inside the root at `rootPath`
 * (e.g. `/proc/PID/root`). Throws SandboxError when `path` is not a folder
 * there. The caller closes it.
 */
export function openFolderInRoot(rootPath: string, path: string): number {
  const found = openInRoot(rootPath, path, 'working directory', IN_CONTAINER);
  if (!found.stat.isDirectory()) {
    closeSync(found.fd);
    throw notFound(path, 'ENOTDIR', 'working directory', IN_CONTAINER);
  }
  return found.fd;
}

/**
 * The regular file `path` inside the root at `rootPath`, open for reading,
 * and its size; the caller closes it. Throws SandboxError naming `path`
 * (`where` ends the message) when it is missing or is anything but a regular
 * file: a FIFO or device put there is never opened for reading.
 */
export function openFileInRoot(rootPath: string, path: string, where = IN_CONTAINER): { fd: number; size: number } {
  const found = openInRoot(rootPath, path, 'file', where);
  try {
    if (!found.stat.isFile()) throw new SandboxError(`file ${path}: not a regular file ${where}`);
    let fd: number;
    try {
      // Re-opening the O_PATH descriptor opens exactly the file that was checked.
      fd = openSync(`/proc/self/fd/${found.fd}`, constants.O_RDONLY);
    } catch (err) {
      throw notFound(path, (err as NodeJS.ErrnoException).code, 'file', where);
    }
    return { fd, size: found.stat.size };
  } finally {
    closeSync(found.fd);
  }
}

/**
 * The content of the regular file `path` inside the root at `rootPath`, at
 * most `maxBytes` of it; undefined when it is missing or not a regular file.
 */
export function readFileInRoot(rootPath: string, path: string, maxBytes: number): string | undefined {
  let file: { fd: number; size: number };
  try {
    file = openFileInRoot(rootPath, path);
  } catch {
    return undefined;
  }
  try {
    const buf = Buffer.alloc(Math.min(maxBytes, file.size));
    const n = readSync(file.fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(file.fd);
  }
}

/** Walks `path` from the root at `rootPath` (see the module comment); the last component's O_PATH descriptor and its stat. */
function openInRoot(rootPath: string, path: string, what: string, where: string): { fd: number; stat: Stats } {
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
        throw notFound(path, (err as NodeJS.ErrnoException).code, what, where);
      }
      const stat = fstatSync(fd);
      if (stat.isSymbolicLink()) {
        closeSync(fd);
        if (++links > MAX_LINKS) throw new SandboxError(`${what} ${path}: too many levels of symbolic links ${where}`);
        let target: string;
        try {
          target = readlinkSync(at);
        } catch (err) {
          throw notFound(path, (err as NodeJS.ErrnoException).code, what, where);
        }
        if (target.startsWith('/')) closeAbove(1);
        todo.unshift(...components(target));
        continue;
      }
      if (!stat.isDirectory()) {
        if (todo.length > 0) {
          closeSync(fd);
          throw notFound(path, 'ENOTDIR', what, where);
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

function notFound(path: string, code: string | undefined, what: string, where: string): SandboxError {
  const missing = what === 'file' ? 'no such file' : 'no such folder';
  const why = code === 'ENOENT' ? missing : code === 'ENOTDIR' ? 'not a folder' : code === 'EACCES' ? 'permission denied' : (code ?? 'cannot be opened');
  return new SandboxError(`${what} ${path}: ${why} ${where}`);
}
