/**
 * Starting one container (I/O). The process tree:
 *
 *   holder   `unshare --user [--net] cat`: owns the user (and network) namespace,
 *            mapped from outside (newuidmap/newgidmap, or /proc/PID/*_map);
 *            it lives as long as dabba keeps its stdin open.
 *   userns   (only for a non-root process) `unshare --user cat` inside the holder:
 *            a nested namespace without container root in which bwrap can switch uid.
 *   network  slirp4netns (or pasta) attached to the holder; ports forwarded
 *            through its API before the container starts.
 *   bwrap    started through `nsenter` into the holder; its child is the
 *            container's PID 1.
 *
 * The container's command starts only once the network is up and every port is
 * forwarded: bwrap is spawned after that. A port that is taken fails the start
 * before the command runs. Every helper ends with the container or with dabba
 * (exit-fd, stdin EOF, --die-with-parent).
 *
 * Namespaces: namespaces.ts; network: network.ts; host side: host-prep.ts.
 */
import type { ChildProcess, StdioOptions } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { buildBwrapArgs, needsUserNamespace } from './bwrap-args.js';
import { readChildPid, waitForCommand } from './command-start.js';
import type { EnterInfo } from './enter.js';
import { normaliseStdio } from './enter.js';
import { containerCgroups } from './cgroups.js';
import { closeInheritedFds } from './fds.js';
import { spawnHelper } from './helper-spawn.js';
import { endKeeper, spawnKeeper, waitForNewNamespace, writeIdMapsFrom } from './holder.js';
import { notIdmappedNotice, prepareHost, stageEntries } from './host-prep.js';
import { bwrapEnvArgs, helperEnv } from './host-env.js';
import { requireTool } from './host.js';
import { nestedIdMaps } from './ids.js';
import { ownInUserNamespace } from './owners.js';
import { samePlan, startNamespaces, type ContainerNamespaces, type NamespaceOptions } from './namespaces.js';
import type { RunSpec } from './spec.js';
import { prlimitPrefix } from './rlimits.js';
import { stageSources } from './stage.js';
import { writeSysctls } from './sysctls.js';
import { inNewTerminal, type TerminalTools } from './terminal.js';
import { unwind } from './unwind.js';
import { exitCodeOf } from '../util/exit-code.js';
import { pidExists } from '../util/process.js';

export interface StartOptions extends NamespaceOptions {
  /**
   * Namespaces started ahead with `startNamespaces` for this spec; the
   * container takes them over (they end with it). Ones made for another
   * mapping or network are ended and replaced.
   */
  namespaces?: ContainerNamespaces | undefined;
  /** The container's stdin/stdout/stderr. Default 'inherit'. */
  stdio?: 'inherit' | 'pipe' | 'ignore' | [StdioNull, StdioNull, StdioNull] | undefined;
}
type StdioNull = 'inherit' | 'pipe' | 'ignore' | number;

/** Host pids of a container's processes, so that none outlives `down`. */
export interface ContainerPids {
  holder: number;
  userns: number | undefined;
  network: number | undefined;
  bwrap: number;
  /** The container's PID 1 as the host sees it. */
  init: number;
}

export interface ContainerHandle {
  readonly pids: ContainerPids;
  readonly enterInfo: EnterInfo;
  /** With stdio 'pipe'. */
  readonly stdin: Writable | null;
  readonly stdout: Readable | null;
  readonly stderr: Readable | null;
  /** Host pid of the command (PID 1, or PID 2 under `init: true`), if it still runs. */
  mainPid(): number | undefined;
  /** Resolves with the command's exit code (128+N when killed by signal N), after cleanup. */
  wait(): Promise<number>;
  /** Sends `sig` to the command; false if it is gone. */
  signal(sig: NodeJS.Signals | number): boolean;
  /** `signal` (default the RunSpec's stopSignal), then SIGKILL to the whole container after `graceMs`. */
  stop(signal?: NodeJS.Signals | number, graceMs?: number): Promise<number>;
}

/**
 * Starts the container described by `spec` and resolves once its command has
 * been started (bwrap reported its PID 1). Rejects with SandboxError when a
 * tool is missing, a namespace is refused or a port is taken, leaving no
 * process behind. The caller owns the handle: `wait()` or `stop()` it.
 */
export async function startContainer(spec: RunSpec, options: StartOptions = {}): Promise<ContainerHandle> {
  const env = options.env ?? process.env;
  const ahead = options.namespaces;
  const cleanups: (() => void)[] = ahead ? [() => ahead.end()] : [];
  const cleanup = (): void => unwind(cleanups);
  try {
    const tools = {
      bwrap: requireTool('bwrap', env),
      unshare: requireTool('unshare', env),
      nsenter: requireTool('nsenter', env),
    };
    const limits = Object.keys(spec.ulimits).length > 0 ? prlimitPrefix(requireTool('prlimit', env), spec.ulimits) : [];
    const terminal = spec.tty ? terminalTools(env) : undefined;
    // The holder's own network namespace, or the one of the container whose network it shares.
    const userNet = spec.network.mode === 'user' || spec.network.mode === 'joined';
    closeInheritedFds();
    const bwrapArgsSpec = prepareHost(spec);
    cleanups.push(() => rmSync(spec.scratchDir, { recursive: true, force: true }));
    const cgroups = containerCgroups(spec.service, spec.resources, options.onNotice);
    if (cgroups) cleanups.push(() => cgroups.remove());

    let namespaces = ahead;
    if (!namespaces || !samePlan(namespaces.plan, spec)) {
      namespaces?.end();
      namespaces = await startNamespaces(spec, options);
      const started = namespaces;
      cleanups.push(() => started.end());
    }
    const { holder, network } = namespaces;
    if (spec.mappingNotice !== undefined) options.onNotice?.(spec.mappingNotice);
    await writeSysctls(holder.pid!, spec.sysctls, tools.nsenter);
    await ownInUserNamespace(holder.pid!, bwrapArgsSpec.files, tools.nsenter);

    let usernsFd: number | undefined;
    let nested: ChildProcess | undefined;
    // bwrap and the namespace it joins are the process user's own: as their owner it has every
    // capability in there without being its root, so its setuid keeps what its setgid needs, and
    // the namespace can map container root too (root's files show as root, not nobody).
    const asProcessUser = ['-S', String(spec.user.uid), '-G', String(spec.user.gid)];
    if (needsUserNamespace(spec)) {
      nested = spawnKeeper(tools.nsenter, ['-t', String(holder.pid), '-U', ...asProcessUser, '--', tools.unshare, '--user', '--', 'cat']);
      cleanups.push(() => endKeeper(nested!));
      await waitForNewNamespace(nested, [process.pid, holder.pid!]);
      await writeIdMapsFrom(tools.nsenter, holder.pid!, nested.pid!, nestedIdMaps(spec.idMapping), 'mapping the container user\'s namespace');
      usernsFd = openSync(`/proc/${nested.pid}/ns/user`, 'r');
      cleanups.push(() => {
        if (usernsFd !== undefined) closeSync(usernsFd);
      });
    }

    const stdio = normaliseStdio(options.stdio);
    // The container's environment goes to bwrap on a pipe: never in a host program's environ or argv.
    const childStdio: StdioOptions = [...stdio, 'pipe', ...(usernsFd !== undefined ? [usernsFd] : []), 'pipe'];
    const envFd = usernsFd !== undefined ? 5 : 4;
    // The ids bwrap runs as may not reach the project (a 0700 home, /root): its sources are staged.
    const asHostRoot = process.getuid?.() === 0;
    let staged: Map<string, string> | undefined;
    if (asHostRoot || usernsFd !== undefined) {
      const entries = stageEntries(bwrapArgsSpec, asHostRoot);
      const who = asHostRoot ? 'host root' : spec.idMapping.rootIsInvoker ? 'invoking user' : 'container root';
      const result = await stageSources(holder.pid!, entries, tools, who, env.DABBA_TEST_NO_IDMAP === '1');
      staged = result.paths;
      for (const source of result.notIdmapped) options.onNotice?.(notIdmappedNotice(spec, source));
    }
    const args = buildBwrapArgs(bwrapArgsSpec, { info: 3, userns: usernsFd !== undefined ? 4 : undefined, env: envFd, staged });
    const enterArgs = ['-t', String(holder.pid), '-U', ...(staged ? ['-m'] : []), ...(userNet ? ['-n'] : [])];
    // Without container root, bwrap runs as the invoking user's own id (its uid inside is the service's);
    // with a nested namespace as the process user; otherwise as the holder's root.
    // Where the invoking user is the container's root, keeping its ids is becoming root without setgroups,
    // which a namespace mapped without a subordinate range (and every namespace made inside it) denies.
    const invokerIsRoot = spec.idMapping.rootIsInvoker && !asHostRoot;
    if (spec.idMapping.uid[0]?.inside !== 0 || (usernsFd === undefined && invokerIsRoot)) enterArgs.push('--preserve-credentials');
    else if (usernsFd !== undefined) enterArgs.push(...asProcessUser);
    const argv = [...(cgroups?.prefix ?? []), ...limits, tools.nsenter, ...enterArgs, '--', tools.bwrap, ...args];
    const hostEnv = helperEnv({ term: terminal ? spec.env.TERM : undefined });
    const started = terminal ? inNewTerminal(terminal, argv, hostEnv) : { file: argv[0]!, args: argv.slice(1), env: hostEnv };
    // cwd /: the container's ids may not be allowed into dabba's working directory.
    const bwrap = spawnHelper(started.file, started.args, { stdio: childStdio, env: started.env, cwd: '/' });
    (bwrap.stdio as unknown as (Writable | null)[])[envFd]!.on('error', () => undefined).end(bwrapEnvArgs(spec.env));
    // 'close', not 'exit': the container's last output may still be in the pipes when bwrap exits.
    // Nothing else holds them: the pid namespace ends with bwrap.
    const exited = new Promise<number>((resolveExit) => {
      bwrap.on('close', (code, signal) => resolveExit(exitCodeOf(code, signal)));
    });
    // A start that fails after this point must not leave the sandbox running.
    cleanups.push(() => {
      if (bwrap.exitCode === null) bwrap.kill('SIGKILL');
    });
    if (usernsFd !== undefined) {
      // bwrap has its copy now; dabba's must not stay open for the container's lifetime.
      closeSync(usernsFd);
      usernsFd = undefined;
    }
    const initPid = await readChildPid(bwrap, exited);
    await waitForCommand(initPid, spec.init, tools.bwrap);

    const mainPid = (): number | undefined => {
      if (!spec.init) return pidExists(initPid) ? initPid : undefined;
      try {
        const first = readFileSync(`/proc/${initPid}/task/${initPid}/children`, 'utf8').trim().split(/\s+/)[0];
        return first ? Number(first) : undefined;
      } catch {
        return undefined;
      }
    };
    const done = exited.then((code) => {
      cleanup();
      return code;
    });
    const signalMain = (sig: NodeJS.Signals | number): boolean => {
      const pid = mainPid();
      if (pid === undefined) return false;
      try {
        process.kill(pid, sig);
        return true;
      } catch {
        return false;
      }
    };
    return {
      pids: { holder: holder.pid!, userns: nested?.pid, network: network?.pid, bwrap: bwrap.pid!, init: initPid },
      enterInfo: { initPid, userNamespacePid: holder.pid, env: spec.env, workdir: spec.workdir, uid: spec.user.uid, gid: spec.user.gid },
      stdin: bwrap.stdin,
      stdout: bwrap.stdout,
      stderr: bwrap.stderr,
      mainPid,
      wait: () => done,
      signal: signalMain,
      stop: async (signal = spec.stopSignal, graceMs = spec.stopGraceMs) => {
        signalMain(signal);
        const timer = setTimeout(() => {
          try {
            // Killing PID 1 of a pid namespace kills every process in it.
            process.kill(initPid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, graceMs);
        try {
          return await done;
        } finally {
          clearTimeout(timer);
        }
      },
    };
  } catch (err) {
    cleanup();
    throw err;
  }
}

function terminalTools(env: NodeJS.ProcessEnv): TerminalTools {
  return { setpriv: requireTool('setpriv', env), script: requireTool('script', env) };
}
