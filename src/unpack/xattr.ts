/**
 * `user.*` xattrs of layer entries, as pure data: reading them out of PAX
 * extended headers, and writing the batch script that `setfattr --restore`
 * applies in one process per layer (Node has no xattr API, and a process per
 * entry would cost more than the entry).
 *
 * node-tar's PAX parser keeps only the keys it knows and drops
 * `SCHILY.xattr.*`, so the records are read here from the raw header text
 * that its `Parser` emits as `meta`. That text was decoded as UTF-8 chunk by
 * chunk: a value that is not valid UTF-8 no longer matches its record's
 * length and is dropped with the rest of that header's xattrs, never
 * applied wrongly.
 *
 * Only `user.*` is kept. `security.*` (capabilities, SELinux labels) and
 * `trusted.*` would grant or relabel on the host; `system.*` (ACLs) is not
 * an image's business either.
 */

/** Name → value of the xattrs to give one entry. */
export type Xattrs = ReadonlyMap<string, Buffer>;

const PAX_XATTR_PREFIX = 'SCHILY.xattr.';
/** Linux's limit on an xattr name (XATTR_NAME_MAX). */
const MAX_NAME_BYTES = 255;

/**
 * Whether `name` is a `user.*` xattr that can be applied: a non-empty suffix,
 * at most 255 bytes, and no byte the restore script cannot carry (`=` ends
 * the name there, NUL and newline end the line).
 */
export function isApplicableUserXattr(name: string): boolean {
  return name.startsWith('user.') && name.length > 'user.'.length && Buffer.byteLength(name) <= MAX_NAME_BYTES && !/[=\0\n]/.test(name);
}

/**
 * The applicable `user.*` xattrs among the PAX records of `headerText` (the
 * text of a PAX extended header: `LEN KEY=VALUE\n` records, LEN counting the
 * whole record in bytes). Parsing stops at the first malformed record; what
 * came before it is kept. Returns an empty map for text that is not PAX
 * (e.g. a GNU long name).
 */
export function parsePaxXattrs(headerText: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const buf = Buffer.from(headerText, 'utf8');
  let pos = 0;
  while (pos < buf.length) {
    const space = buf.indexOf(0x20, pos);
    if (space < 0) break;
    const digits = buf.toString('latin1', pos, space);
    if (!/^[1-9][0-9]{0,8}$/.test(digits)) break;
    const end = pos + Number(digits);
    if (end > buf.length || end <= space + 1 || buf[end - 1] !== 0x0a) break;
    const eq = buf.indexOf(0x3d, space + 1);
    if (eq < 0 || eq >= end) break;
    const key = buf.toString('utf8', space + 1, eq);
    if (key.startsWith(PAX_XATTR_PREFIX)) {
      const name = key.slice(PAX_XATTR_PREFIX.length);
      if (isApplicableUserXattr(name)) out.set(name, Buffer.from(buf.subarray(eq + 1, end - 1)));
    }
    pos = end;
  }
  return out;
}

/** One path (relative to the root the script runs in) and the xattrs to set on it. */
export interface XattrTarget {
  path: string;
  xattrs: Xattrs;
}

/**
 * Escapes a path or name as getfattr --dump does: setfattr reads `\ooo`
 * octal escapes in both, so a backslash and every control byte (newline
 * included) are written that way. The result holds one char per UTF-8 byte,
 * to be encoded back as latin1.
 */
function quote(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out += byte === 0x5c || byte < 0x20 || byte === 0x7f ? `\\${byte.toString(8).padStart(3, '0')}` : String.fromCharCode(byte);
  }
  return out;
}

/**
 * The input of `setfattr --restore` (getfattr's dump format) setting each
 * target's xattrs, values hex-encoded so that any bytes survive.
 */
export function formatXattrRestore(targets: Iterable<XattrTarget>): Buffer {
  const parts: string[] = [];
  for (const t of targets) {
    parts.push(`# file: ${quote(t.path)}\n`);
    for (const [name, value] of t.xattrs) parts.push(`${quote(name)}=${value.length === 0 ? '""' : `0x${value.toString('hex')}`}\n`);
    parts.push('\n');
  }
  return Buffer.from(parts.join(''), 'latin1');
}

/** What setfattr's stderr says went wrong: how many xattrs failed, and the distinct reasons. */
export function summarizeSetfattrErrors(stderr: string): { failed: number; reasons: string[] } {
  let failed = 0;
  const reasons = new Set<string>();
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('setfattr: ')) continue;
    failed++;
    const cut = line.lastIndexOf(': ');
    reasons.add(line.slice(cut + 2).trim());
  }
  return { failed, reasons: [...reasons].sort() };
}

/** How a batch went: every xattr set, some refused (with setfattr's reasons), or no setfattr at all. */
export type XattrOutcome = { kind: 'ok' } | { kind: 'refused'; failed: number; reasons: string[] } | { kind: 'missing-tool' };

/** The one-line notice for a batch that was not fully applied; undefined when it was. */
export function describeXattrOutcome(outcome: XattrOutcome, total: number): string | undefined {
  if (outcome.kind === 'ok') return undefined;
  if (outcome.kind === 'missing-tool') return `${total} user.* xattr${total === 1 ? '' : 's'} not applied: setfattr is not installed (Debian: apt-get install attr)`;
  return `${outcome.failed} of ${total} user.* xattr${total === 1 ? '' : 's'} not applied (${outcome.reasons.join('; ')})`;
}
