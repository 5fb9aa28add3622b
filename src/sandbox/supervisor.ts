/**
 * Starting and supervising one container (I/O). The process tree:
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
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { PortMapping } from '../config/model.js';
import { buildBwrapArgs, needsUserNamespace } from './bwrap-args.js';
import { resolveInRootfs } from './container-path.js';
import type { EnterInfo } from './enter.js';
import { normaliseStdio } from './enter.js';
import { bwrapEnvArgs, helperEnv } from './host-env.js';
import { portTakenError, SandboxError } from './errors.js';
import { closeInheritedFds } from './fds.js';
import { inNewTerminal, type TerminalTools } from './terminal.js';
import { readPortBinder, requireTool, whichTool } from './host.js';
import { formatIdMap, nestedIdMaps } from './ids.js';
import { endKeeper, run, spawnKeeper, startHolder, waitForNewUserns } from './holder.js';
import { buildHostfwdRequest, buildPastaArgs, buildSlirpArgs, requireIpv4TcpPorts } from './net-args.js';
import { stageSources, type StageEntry } from './stage.js';
import { startUdpForward } from './udp-forward.js';
import { exitCodeOf } from '../util/exit-code.js';
import { pidExists } from '../util/process.js';
import type { RunSpec } from './spec.js';

export interface StartOptions {
  /**
   * Namespaces started ahead with `startNamespaces` for this spec; the
   * container takes them over (they end with it). Ones made for another
   * mapping or network are ended and replaced.
   */
  namespaces?: ContainerNamespaces | undefined;
  /** The container's stdin/stdout/stderr. Default 'inherit'. */
  stdio?: 'inherit' | 'pipe' | 'ignore' | [StdioNull, StdioNull, StdioNull] | undefined;
  /** dabba's own environment, for finding the tools. Default process.env. */
  env?: NodeJS.ProcessEnv | undefined;
  /** One-time notices (e.g. a single-id mapping). */
  onNotice?: ((text: string) => void) | undefined;
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

/** What a container's namespaces are made for: the parts of a RunSpec that `startNamespaces` needs. */
export type NamespacePlan = Pick<RunSpec, 'service' | 'idMapping' | 'network'>;

/** A container's namespace holder and network helper, running; see `startNamespaces`. */
export interface ContainerNamespaces {
  readonly plan: NamespacePlan;
  readonly holder: ChildProcess;
  readonly network: ChildProcess | undefined;
  /** Ends the helpers and removes their files. Idempotent. */
  end(): void;
}

/**
 * Starts the namespace holder, mapped, and with networking slirp4netns or
 * pasta with every port forwarded: the part of a start that needs neither the
 * rootfs nor the image, so that `dabba run` overlaps it with finding the image
 * and making the container. Rejects with SandboxError (a tool missing, a port
 * taken) leaving nothing behind. Hand the result to `startContainer`, or
 * `end()` it.
 */
export async function startNamespaces(plan: NamespacePlan, options: Pick<StartOptions, 'env' | 'onNotice'> = {}): Promise<ContainerNamespaces> {
  const env = options.env ?? process.env;
  if (plan.network.mode === 'user') requireIpv4TcpPorts(plan.service, plan.network.ports);
  const unshare = requireTool('unshare', env);
  closeInheritedFds();
  const ends: (() => void)[] = [];
  const end = (): void => unwind(ends);
  try {
    const holder = await startHolder(unshare, plan.idMapping, plan.network.mode === 'user', env);
    ends.push(() => endKeeper(holder));
    let network: ChildProcess | undefined;
    if (plan.network.mode === 'user') {
      removeOrphanedNetworkDirs();
      const privateDir = mkdtempSync(join(tmpdir(), `${NETWORK_DIR_PREFIX}${process.pid}-`));
      ends.push(() => rmSync(privateDir, { recursive: true, force: true }));
      // udp ports are dabba's own (see udp-forward.ts); the network helper forwards tcp.
      const tcp = plan.network.ports.filter((p) => p.protocol === 'tcp');
      const udp = plan.network.ports.filter((p) => p.protocol === 'udp');
      network =
        plan.network.backend === 'pasta'
          ? await startPasta(plan.service, holder.pid!, tcp, privateDir, env)
          : await startSlirp(plan.service, holder.pid!, tcp, privateDir, env);
      const n = network;
      ends.push(() => killNetworkHelper(n));
      if (udp.length > 0) {
        const forward = await startUdpForward(plan.service, holder.pid!, udp, requireTool('nsenter', env), options.onNotice);
        ends.push(() => forward.close());
      }
    }
    return { plan, holder, network, end };
  } catch (err) {
    end();
    throw err;
  }
}

const NETWORK_DIR_PREFIX = 'dabba-net-';

/**
 * Removes the network helpers' folders (an API socket, a pid file) of dabba
 * processes that are gone: one killed with SIGKILL cannot remove its own.
 * Each folder's name carries the pid of the dabba that made it.
 */
function removeOrphanedNetworkDirs(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(NETWORK_DIR_PREFIX)) continue;
    const pid = Number(/^\d+(?=-)/.exec(name.slice(NETWORK_DIR_PREFIX.length))?.[0]);
    if (!(pid > 0) || pidExists(pid)) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // another user's: not ours to remove
    }
  }
}

/** Runs and removes `steps`, the last added first; one that throws does not stop the others. */
function unwind(steps: (() => void)[]): void {
  for (const step of steps.splice(0).reverse()) {
    try {
      step();
    } catch {
      // best effort: the rest must still run
    }
  }
}

function samePlan(a: NamespacePlan, b: NamespacePlan): boolean {
  return a.service === b.service && JSON.stringify([a.idMapping, a.network]) === JSON.stringify([b.idMapping, b.network]);
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
    const terminal = spec.tty ? terminalTools(env) : undefined;
    const userNet = spec.network.mode === 'user';
    closeInheritedFds();
    const bwrapArgsSpec = prepareHost(spec);
    cleanups.push(() => rmSync(spec.scratchDir, { recursive: true, force: true }));

    let namespaces = ahead;
    if (!namespaces || !samePlan(namespaces.plan, spec)) {
      namespaces?.end();
      namespaces = await startNamespaces(spec, options);
      const started = namespaces;
      cleanups.push(() => started.end());
    }
    const { holder, network } = namespaces;
    if (spec.mappingNotice !== undefined) options.onNotice?.(spec.mappingNotice);

    let usernsFd: number | undefined;
    let nested: ChildProcess | undefined;
    // bwrap and the namespace it joins are the process user's own: as their owner it has every
    // capability in there without being its root, so its setuid keeps what its setgid needs, and
    // the namespace can map container root too (root's files show as root, not nobody).
    const asProcessUser = ['-S', String(spec.user.uid), '-G', String(spec.user.gid)];
    if (needsUserNamespace(spec)) {
      nested = spawnKeeper(tools.nsenter, ['-t', String(holder.pid), '-U', ...asProcessUser, '--', tools.unshare, '--user', '--', 'cat']);
      cleanups.push(() => endKeeper(nested!));
      await waitForNewUserns(nested, [process.pid, holder.pid!]);
      const maps = nestedIdMaps(spec.idMapping);
      // Only a process inside the holder may write these maps; one write per file, as the kernel requires.
      const script = 'printf %s "$1" > /proc/$2/uid_map && printf %s "$3" > /proc/$2/gid_map';
      await run(tools.nsenter, ['-t', String(holder.pid), '-U', '--', '/bin/sh', '-c', script, 'sh', formatIdMap(maps.uid), String(nested.pid), formatIdMap(maps.gid)], 'mapping the container user\'s namespace');
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
    if (spec.idMapping.uid[0]?.inside !== 0) enterArgs.push('--preserve-credentials');
    else if (usernsFd !== undefined) enterArgs.push(...asProcessUser);
    const argv = [tools.nsenter, ...enterArgs, '--', tools.bwrap, ...args];
    const hostEnv = helperEnv({ term: terminal ? spec.env.TERM : undefined });
    const started = terminal ? inNewTerminal(terminal, argv, hostEnv) : { file: argv[0]!, args: argv.slice(1), env: hostEnv };
    // cwd /: the container's ids may not be allowed into dabba's working directory.
    const bwrap = spawn(started.file, started.args, { stdio: childStdio, env: started.env, cwd: '/' });
    (bwrap.stdio as unknown as (Writable | null)[])[envFd]!.on('error', () => undefined).end(bwrapEnvArgs(spec.env));
    // 'close', not 'exit': the container's last output may still be in the pipes when bwrap exits.
    // Nothing else holds them: the pid namespace ends with bwrap.
    const exited = new Promise<number>((resolveExit) => {
      bwrap.on('close', (code, signal) => resolveExit(exitCodeOf(code, signal)));
    });
    bwrap.on('error', () => undefined);
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

/**
 * The rootfs, bind sources and generated files of `spec`, each once, for
 * `stageSources`; as host root, the project's own files are idmapped.
 */
function stageEntries(spec: RunSpec, asHostRoot: boolean): StageEntry[] {
  const entries = new Map<string, StageEntry>([[spec.rootfs, { source: spec.rootfs, folder: true }]]);
  for (const m of spec.mounts) {
    if (m.kind === 'bind' && !entries.has(m.source)) entries.set(m.source, { source: m.source, folder: statSync(m.source).isDirectory(), idmap: asHostRoot && m.project === true });
  }
  for (const f of spec.files) entries.set(f.hostPath, { source: f.hostPath, folder: false });
  return [...entries.values()];
}

/** Said when a project bind could not be idmapped as host root: the container's root is not root there. */
function notIdmappedNotice(spec: RunSpec, source: string): string {
  const target = spec.mounts.find((m) => m.kind === 'bind' && m.source === source)?.target ?? source;
  return (
    `service "${spec.service}": ${source} → ${target} is read-only in practice for the container's root: ` +
    'as root, dabba maps it onto an unprivileged id, and an idmapped mount (Linux ≥ 5.12, a file system that supports it, and perl) was not possible here; ' +
    'run the service as a user that may write there (user:), or run dabba as an unprivileged user'
  );
}

/**
 * Creates what must exist on the host before bwrap runs (bind sources,
 * volumes, generated files, the apt fix) and returns the spec with every
 * container path resolved inside the rootfs.
 */
function prepareHost(spec: RunSpec): RunSpec {
  if (!existsSync(spec.rootfs)) throw new SandboxError(`service "${spec.service}": no rootfs at ${spec.rootfs}`, { hint: 'run dabba up or dabba run, which materialise it' });
  const root = spec.idMapping.uid[0]?.inside === 0 && process.getuid?.() === 0 ? { uid: spec.idMapping.uid[0].outside, gid: spec.idMapping.gid[0]?.outside ?? 0 } : undefined;
  for (const d of spec.hostDirs) {
    if (existsSync(d)) continue;
    mkdirSync(d, { recursive: true, mode: 0o755 });
    // As host root the container's root is an unprivileged id: it must own what dabba creates for it.
    if (root) chownSync(d, root.uid, root.gid);
  }
  mkdirSync(spec.scratchDir, { recursive: true, mode: 0o755 });
  for (const f of spec.files) writeFileSync(f.hostPath, f.content, { mode: 0o644 });
  if (spec.aptSandboxFix) {
    const apt = join(spec.rootfs, resolveInRootfs(spec.rootfs, '/etc/apt/apt.conf.d'));
    if (existsSync(apt) && statSync(apt).isDirectory()) {
      // A link left there by an earlier run of the container is replaced, never followed.
      const file = join(apt, '99dabba-sandbox-user');
      rmSync(file, { force: true });
      writeFileSync(file, 'APT::Sandbox::User "root";\n', { flag: 'wx' });
    }
  }
  const at = (p: string): string => resolveInRootfs(spec.rootfs, p);
  const resolved: RunSpec = {
    ...spec,
    workdir: at(spec.workdir),
    mounts: spec.mounts.map((m) => ({ ...m, target: at(m.target) })),
    files: spec.files.map((f) => ({ ...f, target: at(f.target) })),
  };
  createMountPoints(resolved, root);
  return resolved;
}

/**
 * Creates every mount point bwrap needs in the rootfs, from the host side.
 * bwrap would create missing ones itself, but for a non-root user it works in
 * a nested user namespace that may not write to the container root's folders.
 * Targets are already resolved inside the rootfs; one that can't be made is
 * left for bwrap to report.
 */
function createMountPoints(spec: RunSpec, root: { uid: number; gid: number } | undefined): void {
  const isDir = (p: string): boolean => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? true;
  const dirs = ['/proc', '/dev', '/tmp', spec.workdir, ...spec.mounts.filter((m) => m.kind === 'tmpfs' || isDir(m.source)).map((m) => m.target)];
  const files = [...spec.files.map((f) => f.target), ...spec.mounts.filter((m) => m.kind === 'bind' && !isDir(m.source)).map((m) => m.target)];
  const make = (target: string, file: boolean): void => {
    const host = join(spec.rootfs, target);
    if (existsSync(host)) return;
    try {
      mkdirSync(file ? dirname(host) : host, { recursive: true, mode: 0o755 });
      if (file) closeSync(openSync(host, 'a', 0o644));
      if (root) chownSync(host, root.uid, root.gid);
    } catch {
      // bwrap tries again and names the path if it can't either.
    }
  };
  for (const d of dirs) make(d, false);
  for (const f of files) make(f, true);
}

async function readChildPid(bwrap: ChildProcess, exited: Promise<number>): Promise<number> {
  const info = bwrap.stdio[3] as Readable;
  let text = '';
  const pid = await new Promise<number | undefined>((resolvePid) => {
    info.on('data', (d: Buffer) => {
      text += d.toString();
      const m = /"child-pid"\s*:\s*(\d+)/.exec(text);
      if (m) resolvePid(Number(m[1]));
    });
    info.on('error', () => undefined);
    void exited.then(() => resolvePid(undefined));
  });
  // bwrap may write more to the info fd later: keep draining it (closing our end would SIGPIPE bwrap).
  info.resume();
  if (pid === undefined) {
    const code = await exited;
    throw new SandboxError(`starting bwrap: it exited with ${code} before starting the command`, { hint: 'run dabba doctor' });
  }
  return pid;
}

/**
 * Waits until the container's command runs: its PID 1 is no longer bwrap
 * (or, under `init: true`, has a child). bwrap reports the pid before its
 * child has asked to die with its parent; a dabba killed in that window would
 * leave the container behind.
 */
async function waitForCommand(initPid: number, init: boolean, bwrapPath: string): Promise<void> {
  const bwrapIno = statSync(bwrapPath).ino;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && pidExists(initPid)) {
    try {
      if (init ? readFileSync(`/proc/${initPid}/task/${initPid}/children`, 'utf8').trim() !== '' : statSync(`/proc/${initPid}/exe`).ino !== bwrapIno) return;
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
}

/**
 * Kills slirp4netns or pasta without keeping dabba alive until it is gone:
 * closing its tap device takes the kernel ~15 ms after the signal (measured),
 * which `dabba run` would otherwise add to every exit. SIGKILL, so that it
 * cannot outlive the signal; `stop` waits for recorded pids on its own.
 */
function killNetworkHelper(child: ChildProcess): void {
  child.kill('SIGKILL');
  for (const s of child.stdio) s?.destroy();
  child.unref();
}

async function startSlirp(service: string, holderPid: number, ports: readonly PortMapping[], privateDir: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const slirp = requireTool('slirp4netns', env);
  const apiSocket = join(privateDir, 'slirp.sock');
  const child = spawn(slirp, buildSlirpArgs({ pid: holderPid, apiSocket, exitFd: 3, readyFd: 4 }), { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], env: helperEnv() });
  child.on('error', () => undefined);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const ready = await new Promise<boolean>((resolveReady) => {
    (child.stdio[4] as Readable).once('data', () => resolveReady(true));
    child.once('exit', () => resolveReady(false));
  });
  (child.stdio[4] as Readable).destroy();
  if (!ready) {
    throw new SandboxError(`service "${service}": starting slirp4netns: ${lastLines(stderr)}`, { hint: 'run dabba doctor (it needs /dev/net/tun)' });
  }
  try {
    for (const p of ports) {
      const reply = await apiRequest(apiSocket, buildHostfwdRequest(p));
      if (!/"return"/.test(reply)) throw portTaken(service, p, reply);
    }
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return child;
}

async function startPasta(service: string, holderPid: number, ports: readonly PortMapping[], privateDir: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const pasta = requireTool('pasta', env);
  const pidFile = join(privateDir, 'pasta.pid');
  const args = buildPastaArgs({ pid: holderPid, ports, pidFile, asRoot: process.getuid?.() === 0 });
  // pasta has no exit fd and outlives its namespace's processes: make it die with dabba (util-linux setpriv).
  const setpriv = whichTool('setpriv', env);
  const child = setpriv
    ? spawn(setpriv, ['--pdeathsig', 'SIGTERM', '--', pasta, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: helperEnv() })
    : spawn(pasta, args, { stdio: ['ignore', 'ignore', 'pipe'], env: helperEnv() });
  child.on('error', () => undefined);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  // pasta writes its pid file once the interface is configured and every port is bound.
  const deadline = Date.now() + 10_000;
  while (!existsSync(pidFile)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      const text = lastLines(stderr);
      const bindFailure = /bind/i.exec(text);
      throw new SandboxError(`service "${service}": starting pasta: ${text || 'it exited'}`, {
        hint: bindFailure ? 'a published host port is already in use: stop what uses it or choose another one' : 'run dabba doctor',
      });
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  return child;
}

function portTaken(service: string, p: PortMapping, reply: string): SandboxError {
  return portTakenError(service, p, /"desc"\s*:\s*"([^"]*)"/.exec(reply)?.[1] ?? reply.trim(), readPortBinder());
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join('; ');
}

function apiRequest(socketPath: string, body: string): Promise<string> {
  return new Promise((resolveReply, reject) => {
    const sock = connect(socketPath);
    let reply = '';
    sock.on('connect', () => sock.end(body));
    sock.on('data', (d) => (reply += d.toString()));
    sock.on('end', () => resolveReply(reply));
    sock.on('error', (err) => reject(new SandboxError(`talking to slirp4netns at ${dirname(socketPath)}: ${err.message}`)));
  });
}
