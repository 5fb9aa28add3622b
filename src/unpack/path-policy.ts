/**
 * The path policy for tar entry names and hardlink targets (pure).
 *
 * A name is split into components after dropping empty and `.` components
 * (`./usr//bin/` → `usr`, `bin`). Two forms are refused outright rather than
 * clamped, because no image builder writes them and they only appear in
 * hostile layers: absolute names (`/etc/passwd`) and any `..` component, even
 * one that would stay inside (`a/../b`). umoci clamps these instead; refusing
 * is stricter and keeps the rule easy to audit.
 */
import { EntryRefused } from './errors.js';

/** Longest name accepted, in bytes; Linux's PATH_MAX. */
const MAX_PATH_BYTES = 4096;

/**
 * Splits a tar entry name into the components it names below the rootfs.
 * Returns `[]` for the rootfs itself (`.`, `./`). Throws `EntryRefused` for
 * absolute names, `..` components, NUL bytes and over-long names.
 */
export function splitEntryPath(name: string): string[] {
  if (name.includes('\0')) throw new EntryRefused('name contains a NUL byte');
  if (Buffer.byteLength(name) > MAX_PATH_BYTES) throw new EntryRefused(`name is longer than ${MAX_PATH_BYTES} bytes`);
  if (name.startsWith('/')) throw new EntryRefused('absolute path: path escapes the rootfs');
  const out: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') throw new EntryRefused('path escapes the rootfs');
    out.push(part);
  }
  return out;
}

/** Path of components below the rootfs, as used for keys and messages (`usr/bin`). */
export function joinComponents(components: readonly string[]): string {
  return components.join('/');
}

/** Whether `path` is `dir` or lies below it (both rootfs-relative, no trailing slash). */
export function isSameOrBelow(path: string, dir: string): boolean {
  if (dir === '') return true;
  return path === dir || (path.length > dir.length && path.startsWith(dir) && path.charCodeAt(dir.length) === 47);
}
