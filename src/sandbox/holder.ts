/**
 * The namespace holder (I/O): a `cat` that lives while dabba keeps its stdin
 * open, inside a new user (and optionally network) namespace that dabba maps
 * from outside. The container runs in it; `runInUserNamespace` uses it alone
 * for work that needs the container's ids (e.g. applying recorded ownership).
 */
import type { ChildProcess } from 'node:child_process';
import { readlinkSync, writeFileSync } from 'node:fs';
import { SandboxError } from './errors.js';
import { keepTail, runHelper, spawnHelper } from './helper-spawn.js';
import { requireTool } from './host.js';
import { formatIdMap, idMapHelperArgs, relativeIdMaps, type IdMap, type IdMapping } from './ids.js';

/**
 * Where a holder's namespaces are made: a user namespace mapped from the host;
 * one made inside a parent user namespace (the network holder's, whose root
 * can then join the holder's network namespace to the networks' bridges); or
 * inside a running container's user and network namespaces, which the new
 * container shares (`network_mode: service:NAME`), with a mount namespace of
 * its own. The holder's user namespace is what dabba enters in every case.
 */
export type HolderPlace =
  | { kind: 'host' }
  | { kind: 'inside'; parentPid: number; parentMapping: IdMapping }
  | { kind: 'joined'; holderPid: number };

/**
 * nsenter's options to join a holder's user namespace with every capability
 * there. Unprivileged dabba keeps its own ids, which are that namespace's
 * root: switching to root would need setgroups, which a namespace mapped
 * without a subordinate range denies. Host root switches to the namespace's
 * root: its own id is not mapped there, and a namespace made by an unmapped
 * id is refused.
 */
export const ENTER_KEEPING_IDS: readonly string[] = process.getuid?.() === 0 ? ['-U'] : ['-U', '--preserve-credentials'];

export interface HolderTools {
  unshare: string;
  nsenter: string;
}

/** Starts a holder (`unshare --user --mount [--net] cat`, see HolderPlace) and maps it; kill it with `endKeeper`. */
export async function startHolder(tools: HolderTools, mapping: IdMapping, net: boolean, env: NodeJS.ProcessEnv, place: HolderPlace = { kind: 'host' }): Promise<ChildProcess> {
  // A mount namespace of its own, for the container's staged mount sources (stage.ts).
  const own = ['--user', '--mount', ...(net ? ['--net'] : []), '--', 'cat'];
  const holder =
    place.kind === 'host'
      ? spawnKeeper(tools.unshare, own)
      : place.kind === 'inside'
        ? spawnKeeper(tools.nsenter, ['-t', String(place.parentPid), ...ENTER_KEEPING_IDS, '--', tools.unshare, ...own])
        : spawnKeeper(tools.nsenter, ['-t', String(place.holderPid), ...ENTER_KEEPING_IDS, '-n', '--', tools.unshare, '--mount', '--', 'cat']);
  try {
    if (place.kind === 'joined') {
      await waitForNewNamespace(holder, [place.holderPid], 'mnt');
      return holder;
    }
    await waitForNewNamespace(holder, place.kind === 'inside' ? [process.pid, place.parentPid] : [process.pid]);
    if (place.kind === 'host') {
      await writeIdMapping(holder.pid!, mapping, env);
    } else {
      const uid = relativeIdMaps(place.parentMapping.uid, mapping.uid);
      const gid = relativeIdMaps(place.parentMapping.gid, mapping.gid);
      if (uid === undefined || gid === undefined) throw new SandboxError(`the container's ids are not all mapped in the network holder's namespace (${formatIdMap(mapping.uid).trim()})`);
      await writeIdMapsFrom(tools.nsenter, place.parentPid, holder.pid!, { uid, gid }, 'mapping the container\'s user namespace inside the network holder\'s', ENTER_KEEPING_IDS);
    }
    return holder;
  } catch (err) {
    endKeeper(holder);
    throw err;
  }
}

/**
 * Writes the maps of `childPid`'s user namespace from inside its parent
 * (`parentPid`'s): only a process in the parent may write them, and each
 * file in one write, as the kernel requires. `enter`: how nsenter joins the
 * parent (default: as its root).
 */
export async function writeIdMapsFrom(nsenter: string, parentPid: number, childPid: number, maps: { uid: IdMap[]; gid: IdMap[] }, what: string, enter: readonly string[] = ['-U']): Promise<void> {
  const script = 'printf %s "$1" > /proc/$2/uid_map && printf %s "$3" > /proc/$2/gid_map';
  await runHelper(nsenter, ['-t', String(parentPid), ...enter, '--', '/bin/sh', '-c', script, 'sh', formatIdMap(maps.uid), String(childPid), formatIdMap(maps.gid)], what);
}

/** A helper that lives while dabba keeps its stdin open: `cat` exits at EOF. */
export function spawnKeeper(cmd: string, args: string[]): ChildProcess {
  return spawnHelper(cmd, args, { stdio: ['pipe', 'ignore', 'pipe'] });
}

export function endKeeper(child: ChildProcess): void {
  child.stdin?.destroy();
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Waits until `child` is in a namespace (default: user namespace) none of `others` is in (it has unshared). */
export async function waitForNewNamespace(child: ChildProcess, others: number[], ns: 'user' | 'mnt' = 'user'): Promise<void> {
  const known = others.map((pid) => readlinkSync(`/proc/${pid}/ns/${ns}`));
  const deadline = Date.now() + 5000;
  const stderr = keepTail(child.stderr, 65536);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.pid === undefined) break;
    try {
      if (!known.includes(readlinkSync(`/proc/${child.pid}/ns/${ns}`))) return;
    } catch (err) {
      // EACCES: nsenter has switched ids (-S/-G) and not yet run the next program; until then it is not dumpable.
      if ((err as NodeJS.ErrnoException).code !== 'EACCES') break;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new SandboxError(`creating a user namespace: ${stderr().trim() || 'the namespace holder exited'}`, {
    hint: 'run dabba doctor: unprivileged user namespaces may be disabled (sysctl, or Ubuntu\'s AppArmor restriction)',
  });
}

export async function writeIdMapping(pid: number, mapping: IdMapping, env: NodeJS.ProcessEnv): Promise<void> {
  if (mapping.writer === 'newuidmap') {
    // The two maps are independent: one helper runs while the other starts.
    await Promise.all([
      runHelper(requireTool('newuidmap', env), [String(pid), ...idMapHelperArgs(mapping.uid)], 'mapping user ids (newuidmap)'),
      runHelper(requireTool('newgidmap', env), [String(pid), ...idMapHelperArgs(mapping.gid)], 'mapping group ids (newgidmap)'),
    ]);
    return;
  }
  try {
    // An unprivileged process may map only its own gid, and only after denying setgroups.
    if (process.getuid?.() !== 0) writeFileSync(`/proc/${pid}/setgroups`, 'deny');
    writeFileSync(`/proc/${pid}/uid_map`, formatIdMap(mapping.uid));
    writeFileSync(`/proc/${pid}/gid_map`, formatIdMap(mapping.gid));
  } catch (err) {
    throw new SandboxError(`mapping ids of the container's user namespace: ${(err as Error).message}`, { cause: err });
  }
}
