/**
 * The record of this user's networks (I/O): one JSON file in dabba's runtime
 * folder, read and written only under its lock, that says which process holds
 * the networks' namespace, each network's subnet and bridge, the address of
 * every member, and how to rewrite the /etc/hosts of each running container
 * when a member appears. Every change is a read-modify-write under the lock,
 * written atomically: a dabba killed midway leaves the previous record.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtraHost } from '../config/model.js';
import { writeFileAtomic } from '../util/atomic.js';
import { acquireFileLock } from '../util/file-lock.js';
import { ensurePrivateDir } from '../util/private-dir.js';
import type { ProcessRef } from '../util/process.js';
import { NetworkError } from './errors.js';

export interface RegisteredMember {
  projectDir: string;
  service: string;
  ip: string;
  names: string[];
}

export interface RegisteredNetwork {
  subnet: string;
  bridge: string;
  internal: boolean;
  external: boolean;
  /** By member key (`memberKey`). */
  members: Record<string, RegisteredMember>;
}

/** How to write a running container's /etc/hosts again. */
export interface RunningContainer {
  holder: ProcessRef;
  projectDir: string;
  hostsFile: string;
  hostname: string;
  networks: string[];
  links: { alias: string; service: string }[];
  extraHosts: ExtraHost[];
  hostGateway: string | undefined;
}

export interface NetworkRecord {
  version: 1;
  /** The process whose user and network namespaces hold every bridge. */
  holder: ProcessRef | undefined;
  networks: Record<string, RegisteredNetwork>;
  /** By member key. */
  running: Record<string, RunningContainer>;
}

/** A member's key: its project folder and service (and, for `dabba run`, which run). */
export function memberKey(projectDir: string, service: string, run?: number): string {
  return `${projectDir}#${service}${run === undefined ? '' : `#run-${run}`}`;
}

/** dabba's runtime folder: `$DABBA_RUNTIME_DIR`, else `$XDG_RUNTIME_DIR/dabba`, else `~/.cache/dabba/run`. */
export function runtimeDir(env: NodeJS.ProcessEnv): string {
  if (env.DABBA_RUNTIME_DIR) return env.DABBA_RUNTIME_DIR;
  if (env.XDG_RUNTIME_DIR) return join(env.XDG_RUNTIME_DIR, 'dabba');
  const home = env.HOME;
  if (!home) throw new NetworkError('no folder for the network record: HOME is not set', { hint: 'set DABBA_RUNTIME_DIR or XDG_RUNTIME_DIR' });
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'dabba', 'run');
}

const emptyRecord = (): NetworkRecord => ({ version: 1, holder: undefined, networks: {}, running: {} });

async function readRecord(file: string): Promise<NetworkRecord> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyRecord();
    throw err;
  }
  const parsed = JSON.parse(text) as NetworkRecord;
  return parsed.version === 1 ? parsed : emptyRecord();
}

/**
 * Runs `change` on the record under its lock and writes what it returns
 * (undefined: nothing to write). The lock waits for another dabba up to two
 * minutes: network changes are short.
 */
export async function updateRecord<T>(env: NodeJS.ProcessEnv, change: (record: NetworkRecord) => Promise<{ record?: NetworkRecord; result: T }>): Promise<T> {
  const dir = runtimeDir(env);
  await ensurePrivateDir(dir, 0o700);
  const file = join(dir, 'networks.json');
  const lock = await acquireFileLock(join(dir, 'networks.lock'), {
    what: "dabba's networks",
    waitMs: 120_000,
    heldError: () => new NetworkError(`another dabba has been changing the networks for two minutes (${join(dir, 'networks.lock')})`),
  });
  try {
    const { record, result } = await change(await readRecord(file));
    if (record !== undefined) await writeFileAtomic(file, `${JSON.stringify(record, null, 1)}\n`, 0o600);
    return result;
  } finally {
    await lock.release();
  }
}

/** The record as it is, without the lock (for `ps`): may be a moment old. */
export async function peekRecord(env: NodeJS.ProcessEnv): Promise<NetworkRecord> {
  try {
    return await readRecord(join(runtimeDir(env), 'networks.json'));
  } catch {
    return emptyRecord();
  }
}
