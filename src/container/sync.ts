/**
 * `develop.watch` sync: copying a changed host file or folder to a container
 * path, or removing it there, without ever reaching outside the rootfs (see
 * beneath.ts), whatever the running container does to the path meanwhile.
 *
 * Where the container's root is not the invoking user (host root, or a
 * subordinate id range), the files to write may belong to other container
 * users and new ones must belong to the container's root: the operations are
 * then applied by `sync-main` as root of the container's user namespace, the
 * running container's own when there is one. It gets the rootfs as an open
 * fd and the file contents over its stdin, so it never resolves a host path.
 */
import type { ChildProcess } from 'node:child_process';
import { closeSync } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planIdMapping, runInUserNamespace, runInUserNamespaceOf, type HostFacts, type UserNamespaceRunOptions } from '../sandbox/index.js';
import { isAlive } from '../util/process.js';
import type { ContainerState } from '../state/types.js';
import { openRoot } from './beneath.js';
import { ContainerFsError } from './errors.js';
import { applyOps, encodeOps, type SyncOp } from './sync-ops.js';

/** The operations that make `containerPath` what `hostPath` is now: its copy (folders recursively), or gone. */
export async function readSyncOps(hostPath: string, containerPath: string): Promise<SyncOp[]> {
  let st;
  try {
    st = await lstat(hostPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [{ op: 'remove', path: containerPath }];
    throw err;
  }
  if (st.isSymbolicLink()) return [{ op: 'symlink', path: containerPath, target: await readlink(hostPath) }];
  if (st.isFile()) return [{ op: 'write', path: containerPath, mode: st.mode & 0o777, data: await readFile(hostPath) }];
  if (!st.isDirectory()) return [];
  const ops: SyncOp[] = [{ op: 'mkdir', path: containerPath, mode: st.mode & 0o777 }];
  for (const name of (await readdir(hostPath)).sort()) ops.push(...(await readSyncOps(join(hostPath, name), posix.join(containerPath, name))));
  return ops;
}

export interface SyncTarget {
  /** The service's rootfs folder. */
  rootfs: string;
  host: HostFacts;
  fakeroot: boolean;
  /** Its recorded state: while it runs, its user namespace is entered. */
  state: ContainerState | undefined;
  /** dabba's environment; only PATH reaches the helpers. */
  env: NodeJS.ProcessEnv;
}

/** Applies `ops` below `target.rootfs`, as the container's root where that is not the invoking user. */
export async function applySyncOps(target: SyncTarget, ops: readonly SyncOp[]): Promise<void> {
  const rootFd = openRoot(target.rootfs);
  try {
    if (planIdMapping(target.host, target.fakeroot).size === 1) {
      applyOps(rootFd, ops);
      return;
    }
    await applyInUserNamespace(target, rootFd, encodeOps(ops));
  } finally {
    closeSync(rootFd);
  }
}

async function applyInUserNamespace(target: SyncTarget, rootFd: number, input: Buffer): Promise<void> {
  const main = fileURLToPath(new URL('./sync-main.js', import.meta.url));
  let stderr = '';
  const options: UserNamespaceRunOptions = {
    env: { PATH: target.env.PATH ?? '/usr/local/bin:/usr/bin:/bin' },
    stdio: ['pipe', 'ignore', 'pipe', rootFd],
    onSpawn: (child: ChildProcess) => {
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      // A child that fails early closes its stdin: its exit code says why, not EPIPE.
      child.stdin!.on('error', () => {});
      child.stdin!.end(input);
    },
  };
  const holder = await runningHolder(target.state);
  const argv = [process.execPath, main];
  const code = holder === undefined ? await runInUserNamespace(target.host, argv, options) : await runInUserNamespaceOf(holder, argv, options);
  if (code !== 0) throw new ContainerFsError(stderr.trim() || `exit ${code} as the container's root`);
}

/** The pid of the running container's namespace holder (the one exec enters, as recorded), if it still runs. */
async function runningHolder(state: ContainerState | undefined): Promise<number | undefined> {
  const pid = state?.status === 'running' ? state.enter?.userNamespacePid : undefined;
  const holder = pid === undefined ? undefined : state!.processes.find((p) => p.pid === pid);
  return (await isAlive(holder)) ? holder!.pid : undefined;
}
