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
import { formatIdMap, idMapHelperArgs, type IdMapping } from './ids.js';

/** Starts a holder with `unshare --user [--net]` and maps it; kill it with `endKeeper`. */
export async function startHolder(unshare: string, mapping: IdMapping, net: boolean, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // A mount namespace of its own, for the container's staged mount sources (stage.ts).
  const holder = spawnKeeper(unshare, ['--user', '--mount', ...(net ? ['--net'] : []), '--', 'cat']);
  try {
    await waitForNewUserns(holder, [process.pid]);
    await writeIdMapping(holder.pid!, mapping, env);
    return holder;
  } catch (err) {
    endKeeper(holder);
    throw err;
  }
}

/** A helper that lives while dabba keeps its stdin open: `cat` exits at EOF. */
export function spawnKeeper(cmd: string, args: string[]): ChildProcess {
  return spawnHelper(cmd, args, { stdio: ['pipe', 'ignore', 'pipe'] });
}

export function endKeeper(child: ChildProcess): void {
  child.stdin?.destroy();
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Waits until `child` is in a user namespace none of `others` is in (it has unshared). */
export async function waitForNewUserns(child: ChildProcess, others: number[]): Promise<void> {
  const known = others.map((pid) => readlinkSync(`/proc/${pid}/ns/user`));
  const deadline = Date.now() + 5000;
  const stderr = keepTail(child.stderr, 65536);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.pid === undefined) break;
    try {
      if (!known.includes(readlinkSync(`/proc/${child.pid}/ns/user`))) return;
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
