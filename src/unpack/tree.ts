/**
 * Whole-tree operations on unpacked folders: removal that copes with
 * directories an image made read-only, cloning, and a walk that never
 * follows a symlink.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, readdirSync, type Dirent } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pidExists } from '../util/process.js';
import { runCp } from './run-cp.js';

/**
 * Visits `root` and everything below it, depth first, parents before
 * children. Only real directories are entered (a Dirent's type is that of
 * the entry itself, never of a symlink's target). `rel` is '' for the root.
 */
export function walkTree(root: string, visit: (rel: string, type: 'dir' | 'symlink' | 'file' | 'other') => void): void {
  visit('', 'dir');
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop() as string;
    const entries: Dirent[] = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true });
    for (const ent of entries) {
      const child = rel === '' ? ent.name : `${rel}/${ent.name}`;
      const type = ent.isDirectory() ? 'dir' : ent.isSymbolicLink() ? 'symlink' : ent.isFile() ? 'file' : 'other';
      visit(child, type);
      if (type === 'dir') stack.push(child);
    }
  }
}

/** What a tree holds, to tell a damaged copy of it: the entries below the root and the bytes of its regular files. */
export interface TreeSummary {
  entries: number;
  fileBytes: number;
}

/** Counts `root`'s entries (not the root itself) and sums its regular files' sizes, never following a symlink. */
export function summarizeTree(root: string): TreeSummary {
  const summary: TreeSummary = { entries: 0, fileBytes: 0 };
  walkTree(root, (rel, type) => {
    if (rel === '') return;
    summary.entries++;
    if (type === 'file') summary.fileBytes += lstatSync(join(root, rel)).size;
  });
  return summary;
}

/**
 * Gives the owner rwx on every directory below `root` (lstat-checked: symlinks
 * are never chmod-ed), so that it can be removed. What vanishes meanwhile is
 * skipped: a failed `rm` rejects while its other removals are still running.
 */
function makeDirectoriesWritable(root: string): void {
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    try {
      const st = lstatSync(dir);
      if (!st.isDirectory()) continue;
      if ((st.mode & 0o700) !== 0o700) chmodSync(dir, (st.mode & 0o7777) | 0o700);
      for (const ent of readdirSync(dir, { withFileTypes: true })) if (ent.isDirectory()) stack.push(join(dir, ent.name));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
}

/**
 * Removes `path` and everything below it, even directories with modes like
 * 0555 or 0000. Missing is fine. When even that is refused (EACCES/EPERM:
 * files of ids this process cannot act for, e.g. subordinate ids after the
 * recorded ownership was applied), `onDenied` removes it if given; otherwise
 * the error is thrown.
 */
export async function removeTree(path: string, onDenied?: (path: string) => Promise<void>): Promise<void> {
  try {
    await rm(path, { recursive: true, force: true });
    return;
  } catch (err) {
    if (!isDenied(err)) throw err;
  }
  try {
    makeDirectoriesWritable(path);
    await rm(path, { recursive: true, force: true });
  } catch (err) {
    if (onDenied === undefined || !isDenied(err)) throw err;
    await onDenied(path);
  }
}

function isDenied(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM';
}

/**
 * Copies the tree `src` to the new path `dst` with `cp -a --reflink=auto`:
 * modes, times, symlinks as symlinks, hardlink groups kept, reflinks where
 * the filesystem has them. Measured on ext4 here, cp beats a Node copier
 * (fs.copyFile per file) because it needs no round trip per file.
 */
export function cloneTree(src: string, dst: string): Promise<void> {
  return runCp(['cp', '-a', '--reflink=auto', '--', src, dst]);
}

/** A unique temporary name `<prefix><pid>-<random>`, beside the final one. */
export function tempName(prefix: string): string {
  return `${prefix}${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Removes leftovers `<prefix><pid>-…` in `dir` whose process is gone (a killed earlier run); `onDenied` as for `removeTree`. */
export async function removeStaleTemps(dir: string, prefixes: readonly string[], onDenied?: (path: string) => Promise<void>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    if (prefix === undefined) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    // only names dabba made (`<pid>-<random>`), and only when that process is gone
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || pidExists(pid)) continue;
    await removeTree(join(dir, name), onDenied);
  }
}
