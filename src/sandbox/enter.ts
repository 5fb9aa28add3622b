/**
 * Running a command inside a running container (I/O): `dabba exec` and
 * healthchecks. nsenter joins the container's namespaces and root; the
 * container is hostile while it runs, so:
 *
 * - the working directory is opened by `openFolderInRoot`, through the
 *   container's own root and without following a link the container could
 *   swap in, and handed to nsenter as a descriptor: it is never a host path;
 * - nsenter (a host program) never sees a variable that the host's loader,
 *   libc or shell would act on (see host-env.ts);
 * - the user namespace joined is the container's outer one (the holder's),
 *   which owns its network namespace: from a nested one (a service whose
 *   process user is not root) the network could not be joined.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, readFileSync, readlinkSync } from 'node:fs';
import { SandboxError } from './errors.js';
import { closeInheritedFds } from './fds.js';
import { helperEnv, splitEnv, withInsideEnv } from './host-env.js';
import { requireTool } from './host.js';
import { openFolderInRoot } from './open-in-container.js';
import { inNewTerminal, type TerminalTools } from './terminal.js';
import type { EnterInfo } from '../state/types.js';

export type { EnterInfo };

type StdioNull = 'inherit' | 'pipe' | 'ignore' | number;

export interface EnterOptions {
  env?: Record<string, string> | undefined;
  user?: { uid: number; gid: number } | undefined;
  workdir?: string | undefined;
  stdio?: 'inherit' | 'pipe' | 'ignore' | [StdioNull, StdioNull, StdioNull] | undefined;
  /** A new pty relayed to dabba's terminal (see terminal.ts); stdio must then be dabba's terminal. */
  tty?: boolean | undefined;
  /** dabba's own environment, for finding nsenter. */
  hostEnv?: NodeJS.ProcessEnv | undefined;
}

/** The nsenter argv (after the program) that enters the container of `info`; the working directory is descriptor `wdFd` of nsenter (pure). */
export function buildEnterArgs(info: EnterInfo, user: { uid: number; gid: number }, wdFd: number, argv: readonly string[], joinNetwork = true, keepIds = false): string[] {
  const userns = info.userNamespacePid !== undefined ? `--user=/proc/${info.userNamespacePid}/ns/user` : '-U';
  const ids = keepIds ? ['--preserve-credentials'] : ['-S', String(user.uid), '-G', String(user.gid)];
  return ['-t', String(info.initPid), userns, '-m', '-p', '-u', '-i', ...(joinNetwork ? ['-n'] : []), '-C', '-r', `--wd=/proc/self/fd/${wdFd}`, ...ids, '--', ...argv];
}

function setgroupsDenied(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/setgroups`, 'utf8').trim() === 'deny';
  } catch {
    return false;
  }
}

/**
 * Starts `argv` inside a running container: its namespaces, root, and (unless
 * overridden) its environment, working dir and user. Throws SandboxError when
 * the working directory is not a folder in the container. The caller waits
 * for the returned process.
 */
export function enterContainer(info: EnterInfo, argv: readonly string[], options: EnterOptions = {}): ChildProcess {
  const hostEnv = options.hostEnv ?? process.env;
  const nsenter = requireTool('nsenter', hostEnv);
  if (argv.length === 0) throw new SandboxError('no command to run in the container');
  const user = options.user ?? { uid: info.uid, gid: info.gid };
  closeInheritedFds();
  const wd = openFolderInRoot(`/proc/${info.initPid}/root`, options.workdir ?? info.workdir);
  try {
    const { carried, inside } = splitEnv({ ...info.env, ...(options.env ?? {}) });
    const env = { ...helperEnv(), ...carried };
    // network_mode host: the container's network is dabba's own, which its user namespace may not join again.
    const joinNetwork = readlinkSync(`/proc/${info.initPid}/ns/net`) !== readlinkSync('/proc/self/ns/net');
    // A namespace mapped without a subordinate range denies setgroups, which -S/-G need; its one id is
    // the invoking user's, as container root, which nsenter keeps with --preserve-credentials.
    const keepIds = user.uid === 0 && user.gid === 0 && setgroupsDenied(info.userNamespacePid ?? info.initPid);
    const args = buildEnterArgs(info, user, 3, withInsideEnv(inside, argv), joinNetwork, keepIds);
    const stdio = normaliseStdio(options.stdio);
    if (options.tty) {
      const tools: TerminalTools = { setpriv: requireTool('setpriv', hostEnv), script: requireTool('script', hostEnv) };
      const started = inNewTerminal(tools, [nsenter, ...args], env);
      return spawn(started.file, started.args, { stdio: [...stdio, wd], env: started.env });
    }
    return spawn(nsenter, args, { stdio: [...stdio, wd], env });
  } finally {
    // The child has its copy.
    closeSync(wd);
  }
}

export function normaliseStdio(s: EnterOptions['stdio']): [StdioNull, StdioNull, StdioNull] {
  if (Array.isArray(s)) return s;
  const v = s ?? 'inherit';
  return [v, v, v];
}
