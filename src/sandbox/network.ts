/**
 * A container's user-mode network (I/O): slirp4netns or pasta attached to the
 * namespace holder, every tcp port forwarded before the container's command
 * runs (a port that is taken fails the start), udp ports relayed by dabba.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { PortMapping } from '../config/model.js';
import { portTakenError, SandboxError } from './errors.js';
import { keepTail, spawnHelper } from './helper-spawn.js';
import { readPortBinder, requireTool, whichTool } from './host.js';
import { buildHostfwdRequest, buildPastaArgs, buildSlirpArgs } from './net-args.js';
import type { NetworkSpec } from './spec.js';
import { startUdpForward } from './udp-forward.js';
import { unwind } from './unwind.js';
import { pidExists } from '../util/process.js';

/** The network helper, running with every port forwarded. */
export interface ContainerNetwork {
  readonly helper: ChildProcess;
  /** Ends the helper and the udp relay and removes their files. */
  end(): void;
}

/**
 * Starts `network` (mode 'user') for the holder `holderPid`. Rejects with
 * SandboxError (a tool missing, a port taken) leaving nothing behind.
 */
export async function startNetwork(
  service: string,
  holderPid: number,
  network: Extract<NetworkSpec, { mode: 'user' }>,
  env: NodeJS.ProcessEnv,
  onNotice: ((text: string) => void) | undefined,
): Promise<ContainerNetwork> {
  const ends: (() => void)[] = [];
  const end = (): void => unwind(ends);
  try {
    removeOrphanedNetworkDirs();
    const privateDir = mkdtempSync(join(tmpdir(), `${NETWORK_DIR_PREFIX}${process.pid}-`));
    ends.push(() => rmSync(privateDir, { recursive: true, force: true }));
    // udp ports are dabba's own (see udp-forward.ts); the network helper forwards tcp.
    const tcp = network.ports.filter((p) => p.protocol === 'tcp');
    const udp = network.ports.filter((p) => p.protocol === 'udp');
    if (network.hostLoopback && network.backend === 'pasta') {
      throw new SandboxError(`service "${service}": extra_hosts host-gateway needs the slirp4netns backend`, { hint: 'use slirp4netns (the default), or name the host by its address' });
    }
    const helper = network.backend === 'pasta' ? await startPasta(service, holderPid, tcp, privateDir, env) : await startSlirp(service, holderPid, tcp, privateDir, env, network.hostLoopback);
    ends.push(() => killNetworkHelper(helper));
    if (udp.length > 0) {
      const forward = await startUdpForward(service, holderPid, udp, requireTool('nsenter', env), onNotice);
      ends.push(() => forward.close());
    }
    return { helper, end };
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

/**
 * Kills slirp4netns or pasta without keeping dabba alive until it is gone:
 * the kernel closes its tap device only a while after the signal, which
 * `dabba run` would otherwise add to every exit. SIGKILL, so that it cannot
 * outlive the signal; `stop` waits for recorded pids on its own.
 */
function killNetworkHelper(child: ChildProcess): void {
  child.kill('SIGKILL');
  for (const s of child.stdio) s?.destroy();
  child.unref();
}
async function startSlirp(service: string, holderPid: number, ports: readonly PortMapping[], privateDir: string, env: NodeJS.ProcessEnv, hostLoopback: boolean): Promise<ChildProcess> {
  const slirp = requireTool('slirp4netns', env);
  const apiSocket = join(privateDir, 'slirp.sock');
  const child = spawnHelper(slirp, buildSlirpArgs({ pid: holderPid, apiSocket, exitFd: 3, readyFd: 4, hostLoopback }), { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const stderr = keepTail(child.stderr);
  const ready = await new Promise<boolean>((resolveReady) => {
    (child.stdio[4] as Readable).once('data', () => resolveReady(true));
    child.once('exit', () => resolveReady(false));
  });
  (child.stdio[4] as Readable).destroy();
  if (!ready) {
    throw new SandboxError(`service "${service}": starting slirp4netns: ${lastLines(stderr())}`, { hint: 'run dabba doctor (it needs /dev/net/tun)' });
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
    ? spawnHelper(setpriv, ['--pdeathsig', 'SIGTERM', '--', pasta, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnHelper(pasta, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr = keepTail(child.stderr);
  // pasta writes its pid file once the interface is configured and every port is bound.
  const deadline = Date.now() + 10_000;
  while (!existsSync(pidFile)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      const text = lastLines(stderr());
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
