/**
 * The one raw `spawn` of the container start path (I/O): the namespace holder,
 * nsenter, bwrap, slirp4netns, pasta, the udp relay. Each starts with the fixed
 * helper environment (host-env.ts) unless given another one built there.
 * Elsewhere host helpers run through execa; here, loading it would add to
 * every `dabba run`'s start.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { SandboxError } from './errors.js';
import { helperEnv } from './host-env.js';

export interface HelperSpawnOptions {
  stdio: StdioOptions;
  /** An environment built by host-env.ts. Default `helperEnv()`. */
  env?: Record<string, string> | undefined;
  cwd?: string | undefined;
  /** In a process group of its own, to outlive dabba (the network holder). */
  detached?: boolean | undefined;
}

/** Starts a host helper; a failure to start shows as its exit (the 'error' event is not fatal). */
export function spawnHelper(file: string, args: readonly string[], options: HelperSpawnOptions): ChildProcess {
  const child = spawn(file, args, { stdio: options.stdio, env: options.env ?? helperEnv(), detached: options.detached ?? false, ...(options.cwd !== undefined ? { cwd: options.cwd } : {}) });
  child.on('error', () => undefined);
  return child;
}

/** Keeps the last `max` characters `stream` carries, for an error message; call the result to read them. */
export function keepTail(stream: Readable | null | undefined, max = 2000): () => string {
  let text = '';
  stream?.on('data', (d: Buffer) => (text = (text + d.toString()).slice(-max)));
  return () => text;
}

/** Runs a host helper to its end; resolves with its stdout, throws SandboxError naming `doing` on failure. */
export async function runHelper(file: string, args: readonly string[], doing: string): Promise<string> {
  const child = spawnHelper(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout = keepTail(child.stdout, 65536);
  const stderr = keepTail(child.stderr, 65536);
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new SandboxError(`${doing}: ${stderr().trim() || `exit ${code}`}`, { hint: 'run dabba doctor' });
  return stdout();
}
