/**
 * OCI whiteout names (pure). `.wh.NAME` removes NAME (and everything below
 * it) as lower layers left it; `.wh..wh..opq` in a directory hides everything
 * the lower layers put in that directory. Both apply only to lower layers:
 * what the same layer creates is never removed by its own whiteouts. The
 * opaque marker applies to the layer's whole view of the directory wherever
 * it appears in the tar, so the applier removes "everything below the
 * directory that this layer did not write" at the moment it meets the marker
 * (see `apply-layer.ts`), which gives the same result before or after the
 * layer's other entries for that directory.
 */
import { EntryRefused } from './errors.js';

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

export type Whiteout =
  | { kind: 'opaque'; dir: string[] }
  | { kind: 'remove'; parent: string[]; name: string };

/**
 * Classifies an entry (already split by `splitEntryPath`): a whiteout, or
 * undefined for an ordinary entry. Other `.wh..wh.` names (aufs metadata
 * such as `.wh..wh.plnk`) are refused, as is `.wh.` naming nothing.
 */
export function parseWhiteout(components: readonly string[]): Whiteout | undefined {
  const base = components[components.length - 1];
  if (base === undefined || !base.startsWith(WHITEOUT_PREFIX)) return undefined;
  const parent = components.slice(0, -1);
  if (base === OPAQUE_MARKER) return { kind: 'opaque', dir: parent };
  const name = base.slice(WHITEOUT_PREFIX.length);
  if (name === '' || name === '.' || name === '..') throw new EntryRefused(`whiteout names ${JSON.stringify(name)}: path escapes the rootfs`);
  if (name.startsWith(WHITEOUT_PREFIX)) throw new EntryRefused('unsupported aufs metadata entry');
  return { kind: 'remove', parent, name };
}
