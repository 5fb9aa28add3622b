/**
 * Resolving rootfs-relative paths with chroot semantics, synchronously.
 *
 * Every component is looked up with `lstat` below the rootfs; a symlink met
 * on the way is read and its target walked again from the rootfs (absolute
 * targets) or from the link's directory (relative targets), with `..` clamped
 * at the rootfs as a real chroot does. The result is a path made only of real
 * directories below the rootfs, so the one syscall that then acts on the last
 * component (`open` with `O_NOFOLLOW|O_EXCL`, `mkdir`, `symlink`, `link`,
 * `unlink`) cannot be redirected out of it. This relies on nothing else
 * writing into the tree while dabba works on it: the tree is a fresh
 * temporary folder (or a container's rootfs whose container is stopped).
 */
import { lstatSync, mkdirSync, readlinkSync, type Stats } from 'node:fs';
import { EntryRefused, MissingPath } from './errors.js';

/** Linux's limit on symlinks followed while resolving one path (MAXSYMLINKS). */
const MAX_SYMLINKS = 40;

export interface ResolveOptions {
  /** Create missing directories (mode 0755) instead of refusing. */
  create: boolean;
  /** Follow symlinks inside the rootfs; when false, meeting one is refused. */
  followSymlinks: boolean;
  /** Called with the real rootfs-relative path of each directory `create` made. */
  onCreateDir?: (realPath: string) => void;
}

/** A resolved path: its real components below the rootfs and, when it exists, its lstat. */
export interface Resolved {
  real: string[];
  stat: Stats | undefined;
}

function isENOENT(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Walks `components` below `root` and returns the real path of the directory
 * they name. Throws `EntryRefused` when a component is not a directory, when
 * a symlink is met and `followSymlinks` is false, on a symlink loop, or when a
 * component is missing and `create` is false.
 */
export function resolveDirectory(root: string, components: readonly string[], options: ResolveOptions): string[] {
  const real: string[] = [];
  const pending = [...components];
  let links = 0;
  while (pending.length > 0) {
    const part = pending.shift() as string;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      real.pop(); // clamped at the rootfs, as chroot does
      continue;
    }
    real.push(part);
    const abs = `${root}/${real.join('/')}`;
    let st: Stats;
    try {
      st = lstatSync(abs);
    } catch (err) {
      if (!isENOENT(err)) throw err;
      if (!options.create) throw new MissingPath(`${real.join('/')} does not exist`);
      mkdirSync(abs, 0o755);
      options.onCreateDir?.(real.join('/'));
      continue;
    }
    if (st.isDirectory()) continue;
    if (st.isSymbolicLink()) {
      if (!options.followSymlinks) throw new EntryRefused(`${real.join('/')} is a symlink: refusing to go through it`);
      if (++links > MAX_SYMLINKS) throw new EntryRefused('too many levels of symbolic links');
      const target = readlinkSync(abs);
      real.pop();
      if (target.startsWith('/')) real.length = 0;
      pending.unshift(...target.split('/'));
      continue;
    }
    throw new EntryRefused(`${real.join('/')} is not a directory`);
  }
  return real;
}

/**
 * Resolves a full path (for a hardlink target or a volume's source), following
 * a symlink in the last component too, always inside `root`. Never creates
 * anything. `stat` is undefined when the path (or one of its parents) does not
 * exist; `real` is then meaningless.
 */
export function resolvePath(root: string, components: readonly string[]): Resolved {
  let parent = components.slice(0, -1);
  let last = components[components.length - 1];
  for (let links = 0; ; links++) {
    let dir: string[];
    try {
      dir = resolveDirectory(root, parent, { create: false, followSymlinks: true });
    } catch (err) {
      if (err instanceof MissingPath) return { real: [], stat: undefined };
      throw err;
    }
    if (last === undefined || last === '.' || last === '..' || last === '') {
      // a path ending in `/`, `.` or `..` names a directory
      const real = last === undefined ? dir : resolveDirectory(root, [...dir, last], { create: false, followSymlinks: true });
      return { real, stat: lstatSync(real.length === 0 ? root : `${root}/${real.join('/')}`) };
    }
    const real = [...dir, last];
    let st: Stats;
    try {
      st = lstatSync(`${root}/${real.join('/')}`);
    } catch (err) {
      if (isENOENT(err)) return { real, stat: undefined };
      throw err;
    }
    if (!st.isSymbolicLink()) return { real, stat: st };
    if (links >= MAX_SYMLINKS) throw new EntryRefused('too many levels of symbolic links');
    const target = readlinkSync(`${root}/${real.join('/')}`);
    const parts = target.split('/');
    const base = target.startsWith('/') ? [] : dir;
    parent = [...base, ...parts.slice(0, -1)];
    last = parts[parts.length - 1];
    if (last === '') last = undefined; // a target ending in "/" names a directory
  }
}
