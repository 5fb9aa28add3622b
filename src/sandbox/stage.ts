/**
 * Staging a container's mount sources where its own ids can reach them.
 *
 * bwrap looks every bind source up (realpath) with the ids it runs as: the
 * container's root mapped onto an unprivileged range when dabba runs as root,
 * or the process user's subordinate id for a non-root service. Those ids may
 * not pass the folders above the project: a 0700 home, /root. So before bwrap
 * starts, dabba binds the rootfs, every bind source and every generated file
 * onto a small tmpfs in the namespace holder's own mount namespace, with
 * credentials that can reach them (host root's, or the invoking user's), and
 * bwrap — started in that mount namespace — binds them from there. Nothing of
 * this is visible outside the holder, and it ends with it.
 */
import { run } from './holder.js';

/** Where the staged sources live, inside the holder's mount namespace only (a folder every Linux has). */
export const STAGE_DIR = '/mnt';

export interface StageEntry {
  source: string;
  /** Folders are bound on a folder, files on a file. */
  folder: boolean;
}

/**
 * The POSIX shell script that stages `entries` as `STAGE_DIR/0`, `/1`, … and
 * the staged path of each source (pure). Sources are passed as the script's
 * arguments, never in its text.
 */
export function buildStageScript(entries: readonly StageEntry[]): { script: string; args: string[]; staged: Map<string, string> } {
  const lines = [`set -e`, `mount -t tmpfs -o mode=0755,size=64k dabba-stage ${STAGE_DIR}`];
  const staged = new Map<string, string>();
  entries.forEach((e, i) => {
    const at = `${STAGE_DIR}/${i}`;
    lines.push(e.folder ? `mkdir ${at}` : `: > ${at}`, `mount --bind -- "$${i + 1}" ${at}`);
    staged.set(e.source, at);
  });
  return { script: lines.join('\n'), args: entries.map((e) => e.source), staged };
}

/** Who stages: host root, the invoking user when it is the container's root, else the container's root. */
export type StageCredentials = 'host root' | 'invoking user' | 'container root';

/**
 * Stages `entries` in the mount namespace of `holderPid` (see the module
 * comment). As host root, nsenter joins only that mount namespace and keeps
 * root's own credentials; unprivileged, it joins the user namespace too,
 * keeping the invoking user's ids, which own the project. Where those are not
 * the container's root (`fakeroot: false` with `user:`), mount(8) refuses
 * them: the container's root stages, whose capabilities there pass the
 * invoking user's folders (its ids are mapped).
 */
export async function stageSources(holderPid: number, entries: readonly StageEntry[], tools: { nsenter: string }, as: StageCredentials): Promise<Map<string, string>> {
  const { script, args, staged } = buildStageScript(entries);
  const enter = ['-t', String(holderPid), ...(as === 'host root' ? [] : ['-U']), '-m', ...(as === 'invoking user' ? ['--preserve-credentials'] : [])];
  await run(tools.nsenter, [...enter, '--', '/bin/sh', '-c', script, 'stage', ...args], 'binding the mount sources for the container');
  return staged;
}
