/**
 * Work that needs the container's ids without a container: a command run as
 * root of a user namespace with the container mapping (what `podman unshare`
 * does). Unprivileged with a subordinate range, that is how the ownership the
 * unpacker recorded gets applied, and how files owned by subordinate ids are
 * removed again.
 */
import type { ChildProcess, StdioOptions } from 'node:child_process';
import type { Options } from 'execa';
import { fileURLToPath } from 'node:url';
import { SandboxError } from './errors.js';
import { closeInheritedFds } from './fds.js';
import { endKeeper, startHolder } from './holder.js';
import { requireTool } from './host.js';
import { planIdMapping, type HostFacts, type IdMapping } from './ids.js';
import { readRootfsUsers } from './rootfs-users.js';
import { resolveUser } from './users.js';
import { containerFiles as containerPaths } from '../container/layout.js';
import { exitCodeOf } from '../util/exit-code.js';
import { helperExecaOptions, loadExeca } from '../util/host-helper.js';

/**
 * Runs `argv` as root of a fresh user namespace mapped like a fakeroot
 * container of this host, and resolves with its exit code (128+N for a
 * signal). The namespace ends with the command.
 */
export async function runInUserNamespace(host: HostFacts, argv: readonly string[], options: UserNamespaceRunOptions = {}): Promise<number> {
  return runInMappedNamespace(planIdMapping(host, true), argv, options);
}

/** `runInUserNamespace` with the given mapping. */
async function runInMappedNamespace(mapping: IdMapping, argv: readonly string[], options: UserNamespaceRunOptions): Promise<number> {
  const env = options.env ?? process.env;
  const tools = { unshare: requireTool('unshare', env), nsenter: requireTool('nsenter', env) };
  closeInheritedFds();
  const holder = await startHolder(tools, mapping, false, env);
  try {
    return await runInUserNamespaceOf(holder.pid!, argv, options);
  } finally {
    endKeeper(holder);
  }
}

export interface UserNamespaceRunOptions {
  /** dabba's environment, where nsenter is looked up (the command gets the fixed helper environment). Default process.env. */
  env?: NodeJS.ProcessEnv;
  stdio?: 'inherit' | 'ignore' | StdioOptions;
  /** Called with the started nsenter, e.g. to feed its stdin. */
  onSpawn?: (child: ChildProcess) => void;
}

/** Runs `argv` as root of the user namespace of process `pid` (a running container's holder), resolving with its exit code. */
export async function runInUserNamespaceOf(pid: number, argv: readonly string[], options: UserNamespaceRunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const nsenter = requireTool('nsenter', env);
  closeInheritedFds();
  const { execa } = await loadExeca();
  const child = execa(nsenter, ['-t', String(pid), '-U', '--', ...argv], { ...helperExecaOptions(), stdio: (options.stdio ?? 'inherit') as Options['stdio'], buffer: false, reject: false });
  options.onSpawn?.(child);
  const r = await child;
  if (r.exitCode === undefined && r.signal === undefined) throw r;
  return exitCodeOf(r.exitCode ?? null, r.signal ?? null);
}

/**
 * Gives the rootfs of `containerDir` the ownership the unpacker recorded
 * (`rootfs-ownership.json`), from inside the container's user namespace, so
 * that files the image gives to e.g. `_apt` or `postgres` belong to their
 * subordinate ids. Only meaningful unprivileged with a subordinate range; a
 * no-op otherwise (as root the unpacker applies it with `idShift`).
 * With `keptUser` (the `user:` of a `fakeroot: false` service) it is done in
 * that service's namespace, where your own ids are that user's: every file,
 * root's too, is given its owner there, or root's files would show as the user's.
 * Afterwards, removing the rootfs needs the namespace too: `removeInUserNamespace`.
 */
export async function applyOwnershipInUserNamespace(containerDir: string, host: HostFacts, keptUser?: string): Promise<void> {
  let mapping = planIdMapping(host, true);
  if (keptUser !== undefined) {
    const { passwd, groups } = readRootfsUsers(containerPaths(containerDir).rootfs);
    const { uid, gid } = resolveUser(keptUser, passwd, groups);
    mapping = planIdMapping(host, false, { uid, gid });
  }
  if (host.uid === 0 || mapping.size === 1) return;
  const main = fileURLToPath(new URL('./apply-ownership-main.js', import.meta.url));
  const code = await runInMappedNamespace(mapping, [process.execPath, main, containerDir, ...(keptUser !== undefined ? ['--every-file'] : [])], {});
  if (code !== 0) throw new SandboxError(`applying the recorded ownership to ${containerDir}/rootfs: exit ${code}`);
}

/** `rm -rf path` as the container's root, for trees holding files of subordinate ids. */
export async function removeInUserNamespace(path: string, host: HostFacts): Promise<void> {
  const code = await runInUserNamespace(host, ['rm', '-rf', '--', path], { stdio: 'ignore' });
  if (code !== 0) throw new SandboxError(`removing ${path} in the container's user namespace: exit ${code}`);
}
