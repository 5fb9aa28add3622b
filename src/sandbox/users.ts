/**
 * Resolving `user:` and an image's `User` against the rootfs's own
 * /etc/passwd and /etc/group (pure: the caller reads the files), with docker's
 * rules: `name`, `uid`, `name:group`, `uid:gid`; a numeric uid missing from
 * passwd is allowed and gets gid 0 unless a group is given.
 */
import { SandboxError } from './errors.js';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
}

export interface ResolvedUser {
  uid: number;
  gid: number;
  /** From passwd when the user is listed there; docker sets HOME from it. */
  home: string | undefined;
}

/** Entries of an /etc/passwd text; malformed lines are skipped, as libc does. */
export function parsePasswd(text: string): PasswdEntry[] {
  const out: PasswdEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 7 || line.startsWith('#')) continue;
    const uid = Number(f[2]);
    const gid = Number(f[3]);
    if (!Number.isInteger(uid) || !Number.isInteger(gid) || f[2] === '' || f[3] === '') continue;
    out.push({ name: f[0]!, uid, gid, home: f[5]! });
  }
  return out;
}

/** Entries of an /etc/group text. */
export function parseGroup(text: string): GroupEntry[] {
  const out: GroupEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 3 || line.startsWith('#') || f[2] === '') continue;
    const gid = Number(f[2]);
    if (Number.isInteger(gid)) out.push({ name: f[0]!, gid });
  }
  return out;
}

const isNumeric = (s: string): boolean => /^[0-9]+$/.test(s);

/**
 * The uid/gid (and home) for a user spec; undefined or '' means root. Throws
 * SandboxError naming the spec when a name is not in the rootfs's files.
 */
export function resolveUser(spec: string | undefined, passwd: readonly PasswdEntry[], groups: readonly GroupEntry[]): ResolvedUser {
  if (spec === undefined || spec === '') spec = '0';
  const colon = spec.indexOf(':');
  const userPart = colon < 0 ? spec : spec.slice(0, colon);
  const groupPart = colon < 0 ? undefined : spec.slice(colon + 1);
  let entry: PasswdEntry | undefined;
  let uid: number;
  if (isNumeric(userPart)) {
    uid = Number(userPart);
    entry = passwd.find((p) => p.uid === uid);
  } else {
    entry = passwd.find((p) => p.name === userPart);
    if (!entry) throw new SandboxError(`user "${userPart}" not found in the container's /etc/passwd`, { hint: 'use a name the image defines, or a numeric uid[:gid]' });
    uid = entry.uid;
  }
  let gid = entry?.gid ?? 0;
  if (groupPart !== undefined && groupPart !== '') {
    if (isNumeric(groupPart)) gid = Number(groupPart);
    else {
      const g = groups.find((e) => e.name === groupPart);
      if (!g) throw new SandboxError(`group "${groupPart}" not found in the container's /etc/group`, { hint: 'use a group the image defines, or a numeric gid' });
      gid = g.gid;
    }
  }
  return { uid, gid, home: entry?.home };
}
