/**
 * Resolving a container path inside a rootfs folder with chroot semantics, so
 * that a mount target, the working dir or /etc/passwd that is (or passes
 * through) a symlink never leads outside the rootfs: an absolute link target
 * restarts at the rootfs, `..` stops at it.
 */
import { lstatSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxError } from './errors.js';

const MAX_LINKS = 40;

/**
 * Pure core: the symlink-free container path that `path` names, given
 * `readlink(containerPath)` returning a link's target, or undefined for
 * anything that is not a symlink (including what does not exist).
 */
export function resolveContainerPath(path: string, readlink: (containerPath: string) => string | undefined): string {
  const resolved: string[] = [];
  const todo = path.split('/').filter((c) => c !== '' && c !== '.');
  let links = 0;
  while (todo.length > 0) {
    const c = todo.shift()!;
    if (c === '.' || c === '') continue;
    if (c === '..') {
      resolved.pop();
      continue;
    }
    const candidate = `/${[...resolved, c].join('/')}`;
    const target = readlink(candidate);
    if (target === undefined) {
      resolved.push(c);
      continue;
    }
    if (++links > MAX_LINKS) throw new SandboxError(`resolving ${path} in the container: too many levels of symbolic links`);
    if (target.startsWith('/')) resolved.length = 0;
    todo.unshift(...target.split('/').filter((x) => x !== '' && x !== '.'));
  }
  return `/${resolved.join('/')}`;
}

/** `resolveContainerPath` against a rootfs folder on the host. */
export function resolveInRootfs(rootfs: string, path: string): string {
  return resolveContainerPath(path, (p) => {
    const host = join(rootfs, p);
    try {
      return lstatSync(host).isSymbolicLink() ? readlinkSync(host) : undefined;
    } catch {
      return undefined;
    }
  });
}
