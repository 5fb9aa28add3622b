/**
 * Host identity and the uid/gid mapping of a container's user namespace (pure).
 *
 * - unprivileged with a subordinate range: container 0 = the invoking user,
 *   1…N = the range (newuidmap/newgidmap), so images that switch users work;
 * - unprivileged without one: container 0 = the invoking user, nothing else;
 * - `fakeroot: false`: the invoking user's own id inside, nothing else;
 * - `fakeroot: false` with `user: U:G` (podman's keep-id): the invoking user
 *   is U:G inside; with a subordinate range every other container id k is
 *   range start + k (so the image's root stays root), without one nothing else;
 * - as root: container 0…N-1 = an unprivileged range (root's own subordinate
 *   range, else ROOT_ID_RANGE), so real host root is never inside a container.
 *   The unpacker shifts ownership by the same amount (`rootIdShift`).
 */

export interface IdRange {
  start: number;
  count: number;
}

/** What the sandbox needs to know about who runs it; read by `readHostFacts`. */
export interface HostFacts {
  uid: number;
  gid: number;
  userName: string | undefined;
  subuid: IdRange | undefined;
  subgid: IdRange | undefined;
}

/** One line of a uid_map/gid_map: `inside outside count`. */
export interface IdMap {
  inside: number;
  outside: number;
  count: number;
}

export interface IdMapping {
  uid: IdMap[];
  gid: IdMap[];
  /** How the map is written: setuid helpers, or directly to /proc/PID/{uid,gid}_map. */
  writer: 'newuidmap' | 'direct';
  /** How many container ids are mapped (the fewer of uids and gids); 1 when only one is. */
  size: number;
  /** The invoking user's host uid is container root (fakeroot semantics). */
  rootIsInvoker: boolean;
}

/** The ids the invoking user's uid and gid become inside a `fakeroot: false` container with `user:`. */
export interface KeptIds {
  uid: number;
  gid: number;
}

/** Used for containers started by host root when root has no /etc/subuid entry. */
export const ROOT_ID_RANGE: IdRange = { start: 1_000_000_000, count: 65536 };

/**
 * The first range of `/etc/subuid` or `/etc/subgid` text granted to the user,
 * matched by name or by numeric id, as shadow-utils does. Undefined when none.
 */
export function parseSubidFile(text: string, user: { name: string | undefined; id: number }): IdRange | undefined {
  for (const line of text.split('\n')) {
    const [owner, start, count] = line.trim().split(':');
    if (owner === undefined || start === undefined || count === undefined) continue;
    if (owner !== user.name && owner !== String(user.id)) continue;
    const s = Number(start);
    const c = Number(count);
    if (Number.isSafeInteger(s) && Number.isSafeInteger(c) && s >= 0 && c > 0) return { start: s, count: c };
  }
  return undefined;
}

/**
 * How much host root must add to the ids recorded in an image so that the
 * rootfs's ownership matches the container's mapping (`materializeRootfs({ idShift })`).
 * Undefined when dabba does not run as root: then the invoking user owns the
 * files and the full mapping restores the recorded ownership.
 */
export function rootIdShift(hostUid: number, subuid: IdRange | undefined, subgid: IdRange | undefined): { uid: number; gid: number } | undefined {
  if (hostUid !== 0) return undefined;
  return { uid: (subuid ?? ROOT_ID_RANGE).start, gid: (subgid ?? ROOT_ID_RANGE).start };
}

/**
 * The mapping of a container's user namespace for this host and service (see
 * the file comment); `kept` only counts for `fakeroot: false`, and never as
 * root, whose own ids are never mapped into a container.
 */
export function planIdMapping(host: HostFacts, fakeroot: boolean, kept?: KeptIds): IdMapping {
  if (host.uid === 0) {
    const u = host.subuid ?? ROOT_ID_RANGE;
    const g = host.subgid ?? ROOT_ID_RANGE;
    const size = Math.min(u.count, g.count);
    return { uid: [{ inside: 0, outside: u.start, count: size }], gid: [{ inside: 0, outside: g.start, count: size }], writer: 'direct', size, rootIsInvoker: false };
  }
  if (!fakeroot) {
    const own = kept ?? { uid: host.uid, gid: host.gid };
    if (kept !== undefined && host.subuid && host.subgid) {
      const count = Math.min(host.subuid.count, host.subgid.count);
      const uid = keptIdMaps(kept.uid, host.uid, host.subuid.start, count);
      const gid = keptIdMaps(kept.gid, host.gid, host.subgid.start, count);
      return { uid, gid, writer: 'newuidmap', size: Math.min(mappedCount(uid), mappedCount(gid)), rootIsInvoker: kept.uid === 0 };
    }
    return { uid: [{ inside: own.uid, outside: host.uid, count: 1 }], gid: [{ inside: own.gid, outside: host.gid, count: 1 }], writer: 'direct', size: 1, rootIsInvoker: own.uid === 0 };
  }
  if (host.subuid && host.subgid) {
    const count = Math.min(host.subuid.count, host.subgid.count);
    return {
      uid: [{ inside: 0, outside: host.uid, count: 1 }, { inside: 1, outside: host.subuid.start, count }],
      gid: [{ inside: 0, outside: host.gid, count: 1 }, { inside: 1, outside: host.subgid.start, count }],
      writer: 'newuidmap',
      size: count + 1,
      rootIsInvoker: true,
    };
  }
  return { uid: [{ inside: 0, outside: host.uid, count: 1 }], gid: [{ inside: 0, outside: host.gid, count: 1 }], writer: 'direct', size: 1, rootIsInvoker: true };
}

/**
 * Container ids 0…count-1 as range start + id, except `kept`, which is the
 * invoking user's `own` id (also when it lies beyond the range). Range start +
 * kept goes unused: every other id keeps the same host id whoever is kept.
 */
function keptIdMaps(kept: number, own: number, start: number, count: number): IdMap[] {
  return [
    { inside: 0, outside: start, count: Math.min(kept, count) },
    { inside: kept, outside: own, count: 1 },
    { inside: kept + 1, outside: start + kept + 1, count: count - kept - 1 },
  ].filter((m) => m.count > 0);
}

const mappedCount = (maps: readonly IdMap[]): number => maps.reduce((n, m) => n + m.count, 0);

/** Whether container id `id` is mapped by `maps`. */
export function mapsId(maps: readonly IdMap[], id: number): boolean {
  return maps.some((m) => id >= m.inside && id < m.inside + m.count);
}

/** The text written to /proc/PID/uid_map or gid_map. */
export function formatIdMap(maps: readonly IdMap[]): string {
  return maps.map((m) => `${m.inside} ${m.outside} ${m.count}\n`).join('');
}

/** The arguments of newuidmap/newgidmap after the pid. */
export function idMapHelperArgs(maps: readonly IdMap[]): string[] {
  return maps.flatMap((m) => [String(m.inside), String(m.outside), String(m.count)]);
}

/**
 * The maps of the nested user namespace a process runs in when bwrap must
 * switch its ids (created by the process user, see `startContainer`): every
 * id of the container's mapping as itself. Each extent lies inside one
 * extent of the parent's map, as the kernel requires.
 */
export function nestedIdMaps(mapping: IdMapping): { uid: IdMap[]; gid: IdMap[] } {
  const identity = (maps: readonly IdMap[]): IdMap[] => maps.map((m) => ({ inside: m.inside, outside: m.inside, count: m.count }));
  return { uid: identity(mapping.uid), gid: identity(mapping.gid) };
}

/**
 * `child`'s maps (in host ids) rewritten as ids of a parent user namespace
 * mapped by `parent`, for a namespace made inside that parent: each extent is
 * split where the parent's extents end, as the kernel requires. Undefined
 * when the parent does not map every id of the child.
 */
export function relativeIdMaps(parent: readonly IdMap[], child: readonly IdMap[]): IdMap[] | undefined {
  const out: IdMap[] = [];
  for (const c of child) {
    let { inside, outside, count } = c;
    while (count > 0) {
      const p = parent.find((m) => outside >= m.outside && outside < m.outside + m.count);
      if (p === undefined) return undefined;
      const n = Math.min(count, p.outside + p.count - outside);
      out.push({ inside, outside: p.inside + (outside - p.outside), count: n });
      inside += n;
      outside += n;
      count -= n;
    }
  }
  return out;
}
