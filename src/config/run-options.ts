/**
 * Normalising the service keys that change how a container runs rather than
 * what it runs: secrets and configs, capabilities, rlimits, /dev/shm, sysctls,
 * devices, the log's rotation and the terminal. The schema has checked their
 * shape; what is left is what it cannot say (a secret that is not declared, a
 * capability the kernel does not know, a sysctl outside the network
 * namespace). Pure: problems go to the reporter at the key's path.
 */
import { posix } from 'node:path';
import { InvalidSpecError } from './errors.js';
import type { Lookup } from './interpolate.js';
import type { DeviceMount, FileDefinition, FileMount, LogRotation, ResourceLimits, ResourceReservations, Rlimit, Service } from './model.js';
import { parseSize } from './size.js';
import type { KeyPath } from './source.js';
import { resolveHostPath } from './volumes.js';

export interface RawFileSource {
  file?: string;
  environment?: string;
  content?: string;
}
export type RawFileUse = string | { source: string; target?: string; uid?: string | number; gid?: string | number; mode?: number };
export interface RawRunOptions {
  secrets?: RawFileUse[];
  configs?: RawFileUse[];
  cap_add?: string[];
  cap_drop?: string[];
  ulimits?: Record<string, number | { soft: number; hard: number }>;
  shm_size?: number | string;
  tty?: boolean;
  stdin_open?: boolean;
  sysctls?: Record<string, string | number | boolean> | string[];
  devices?: string[];
  logging?: { driver?: string; options?: { 'max-size'?: string | number; 'max-file'?: string | number } };
  mem_limit?: number | string;
  memswap_limit?: number | string;
  cpus?: number | string;
  cpu_shares?: number;
  pids_limit?: number;
  mem_reservation?: number | string;
  deploy?: {
    replicas?: number;
    resources?: { limits?: { cpus?: number | string; memory?: number | string; pids?: number }; reservations?: { cpus?: number | string; memory?: number | string } };
  };
}

type At = (...rest: (string | number)[]) => KeyPath;
type Report = (path: KeyPath, message: string, atKey?: boolean) => void;

/** The capabilities Linux defines (capability.h), without the CAP_ prefix. */
const CAPABILITIES = new Set([
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP', 'LINUX_IMMUTABLE',
  'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW', 'IPC_LOCK', 'IPC_OWNER', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT',
  'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE', 'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'LEASE',
  'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP', 'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ',
  'PERFMON', 'BPF', 'CHECKPOINT_RESTORE',
]);

/** dabba's own log rotation when `logging:` says nothing (see supervisor/log-file.ts). */
export const DEFAULT_LOG_ROTATION: LogRotation = { maxBytes: 10 * 1024 * 1024, maxFiles: 4 };

/** Default permission bits of a secret or config file, as compose. */
const DEFAULT_FILE_MODE = 0o444;

/** The top-level secrets and configs, with every key declared (also one whose definition has a problem, reported there). */
export interface TopLevelFiles {
  secrets: Record<string, FileDefinition>;
  configs: Record<string, FileDefinition>;
  declared: { secrets: ReadonlySet<string>; configs: ReadonlySet<string> };
}

export function topLevelFiles(
  raw: { secrets?: Record<string, RawFileSource> | undefined; configs?: Record<string, RawFileSource> | undefined },
  ctx: { projectDir: string; home: string | undefined },
  report: Report,
): TopLevelFiles {
  return {
    secrets: fileDefinitions(raw.secrets, 'secrets', ctx, report),
    configs: fileDefinitions(raw.configs, 'configs', ctx, report),
    declared: { secrets: new Set(Object.keys(raw.secrets ?? {})), configs: new Set(Object.keys(raw.configs ?? {})) },
  };
}

export type RunOptions = Pick<Service, 'secrets' | 'configs' | 'capAdd' | 'capDrop' | 'ulimits' | 'shmSizeBytes' | 'tty' | 'stdinOpen' | 'sysctls' | 'devices' | 'logging' | 'resources' | 'reservations' | 'replicas'>;

/** The run options of one service, normalised. */
export function runOptions(svc: RawRunOptions, lookup: Lookup, at: At, report: Report, files: TopLevelFiles): RunOptions {
  const shm = shmSize(svc.shm_size);
  return {
    secrets: fileMounts(svc.secrets, 'secrets', files.secrets, files.declared.secrets, lookup, at, report),
    configs: fileMounts(svc.configs, 'configs', files.configs, files.declared.configs, lookup, at, report),
    capAdd: capabilities(svc.cap_add, 'cap_add', at, report),
    capDrop: capabilities(svc.cap_drop, 'cap_drop', at, report),
    ulimits: rlimits(svc.ulimits, at, report),
    ...(shm === undefined ? {} : { shmSizeBytes: shm }),
    tty: svc.tty ?? false,
    stdinOpen: svc.stdin_open ?? false,
    sysctls: sysctls(svc.sysctls, at, report),
    devices: devices(svc.devices),
    logging: logRotation(svc.logging),
    resources: resourceLimits(svc, at, report),
    reservations: resourceReservations(svc, at, report),
    replicas: svc.deploy?.replicas ?? 1,
  };
}

/** Top-level secrets or configs as the model keeps them; `content:` only for configs. */
function fileDefinitions(
  raw: Record<string, RawFileSource> | undefined,
  kind: 'secrets' | 'configs',
  ctx: { projectDir: string; home: string | undefined },
  report: Report,
): Record<string, FileDefinition> {
  const out: Record<string, FileDefinition> = {};
  for (const [name, def] of Object.entries(raw ?? {})) {
    const given = (['file', 'environment', 'content'] as const).filter((k) => def[k] !== undefined);
    if (given.length !== 1) {
      const expected = kind === 'secrets' ? 'file: or environment:' : 'file:, environment: or content:';
      report([kind, name], given.length === 0 ? `says where its text comes from with none of ${expected}` : `has both ${given.join(' and ')}: give one of ${expected}`, true);
      continue;
    }
    if (def.content !== undefined && kind === 'secrets') {
      report([kind, name, 'content'], 'content: is for configs: a secret comes from file: or environment:', true);
      continue;
    }
    try {
      if (def.file !== undefined) out[name] = { file: resolveHostPath(def.file, ctx.projectDir, ctx.home) };
      else if (def.environment !== undefined) out[name] = { environment: def.environment };
      else out[name] = { content: def.content! };
    } catch (err) {
      if (!(err instanceof InvalidSpecError)) throw err;
      report([kind, name, 'file'], err.reason);
    }
  }
  return out;
}

/**
 * A service's `secrets:` or `configs:`, resolved against the top-level
 * definitions: a secret's default target is /run/secrets/NAME (a relative
 * target goes under /run/secrets/), a config's /NAME.
 */
function fileMounts(
  uses: readonly RawFileUse[] | undefined,
  kind: 'secrets' | 'configs',
  defs: Readonly<Record<string, FileDefinition>>,
  declared: ReadonlySet<string>,
  lookup: Lookup,
  at: At,
  report: Report,
): FileMount[] {
  const out: FileMount[] = [];
  (uses ?? []).forEach((use, i) => {
    const long = typeof use === 'string' ? { source: use } : use;
    const def = defs[long.source];
    if (def === undefined) {
      // A declared one that has a problem of its own was reported there.
      if (!declared.has(long.source)) report(at(kind, i), `${kind === 'secrets' ? 'secret' : 'config'} "${long.source}" is not declared: add it under the top-level ${kind}: key`);
      return;
    }
    const base = kind === 'secrets' ? '/run/secrets' : '/';
    const target = posix.normalize(posix.resolve(base, long.target ?? long.source));
    let from: FileMount['from'];
    if ('file' in def) from = { file: def.file };
    else if ('content' in def) from = { content: def.content };
    else {
      const value = lookup(def.environment);
      if (value === undefined) {
        report(at(kind, i), `${kind === 'secrets' ? 'secret' : 'config'} "${long.source}" comes from the variable ${def.environment}, which is not set`);
        return;
      }
      from = { content: value };
    }
    out.push({
      source: long.source,
      target,
      ...(long.uid === undefined ? {} : { uid: Number(long.uid) }),
      ...(long.gid === undefined ? {} : { gid: Number(long.gid) }),
      mode: long.mode ?? DEFAULT_FILE_MODE,
      from,
    });
  });
  return out;
}

/** cap_add/cap_drop as bwrap names them: upper case, CAP_ prefix, or ALL. */
function capabilities(list: readonly string[] | undefined, key: string, at: At, report: Report): string[] {
  const out: string[] = [];
  (list ?? []).forEach((raw, i) => {
    const name = raw.toUpperCase().replace(/^CAP_/, '');
    if (name === 'ALL') out.push('ALL');
    else if (CAPABILITIES.has(name)) out.push(`CAP_${name}`);
    else report(at(key, i), `${JSON.stringify(raw)} is not a Linux capability (e.g. NET_ADMIN, SYS_PTRACE, or ALL)`);
  });
  return out;
}

function rlimits(raw: RawRunOptions['ulimits'], at: At, report: Report): Record<string, Rlimit> {
  const out: Record<string, Rlimit> = {};
  for (const [name, v] of Object.entries(raw ?? {})) {
    const limit = typeof v === 'number' ? { soft: v, hard: v } : { soft: v.soft, hard: v.hard };
    const over = limit.hard !== -1 && (limit.soft === -1 || limit.soft > limit.hard);
    if (over) report(at('ulimits', name), `the soft limit ${limit.soft} is above the hard limit ${limit.hard}`);
    else out[name] = limit;
  }
  return out;
}

/** `sysctls:` as a record; only `net.*`, which belong to the container's network namespace. */
function sysctls(raw: RawRunOptions['sysctls'], at: At, report: Report): Record<string, string> {
  const entries: [string, string, KeyPath][] = Array.isArray(raw)
    ? raw.map((kv, i) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1), at('sysctls', i)])
    : Object.entries(raw ?? {}).map(([k, v]) => [k, String(v), at('sysctls', k)]);
  const out: Record<string, string> = {};
  for (const [name, value, where] of entries) {
    if (/^net\.[A-Za-z0-9_.-]+$/.test(name) && !name.includes('..')) out[name] = value;
    else {
      report(
        where,
        `${name}: only net.* sysctls can be set: they belong to the container's own network namespace, while the others are the host kernel's, shared by every process on it`,
        !Array.isArray(raw),
      );
    }
  }
  return out;
}

function devices(raw: readonly string[] | undefined): DeviceMount[] {
  return (raw ?? []).map((spec) => {
    const [source, target] = spec.split(':');
    return { source: posix.normalize(source!), target: posix.normalize(target ?? source!) };
  });
}

function logRotation(raw: RawRunOptions['logging']): LogRotation {
  const size = raw?.options?.['max-size'];
  const files = raw?.options?.['max-file'];
  return {
    maxBytes: size === undefined ? DEFAULT_LOG_ROTATION.maxBytes : parseSize(size),
    maxFiles: files === undefined ? DEFAULT_LOG_ROTATION.maxFiles : Number(files),
  };
}

/** `shm_size` in bytes; 0 and absent both mean no limit of its own. */
function shmSize(raw: number | string | undefined): number | undefined {
  const bytes = raw === undefined ? 0 : parseSize(raw);
  return bytes === 0 ? undefined : bytes;
}

/**
 * The resource limits, from the service keys or `deploy.resources.limits`
 * (which must agree where both are given, as compose requires).
 */
function resourceLimits(raw: RawRunOptions, at: At, report: Report): ResourceLimits {
  const limits = raw.deploy?.resources?.limits ?? {};
  const out: ResourceLimits = {};
  const pick = agreeing('limits', at, report);
  const memory = pick('mem_limit', raw.mem_limit === undefined ? undefined : parseSize(raw.mem_limit), 'memory', limits.memory === undefined ? undefined : parseSize(limits.memory), eq);
  if (memory !== undefined) out.memoryBytes = memory;
  if (raw.memswap_limit !== undefined) {
    const swap = String(raw.memswap_limit) === '-1' ? -1 : parseSize(raw.memswap_limit);
    if (memory === undefined) report(at('memswap_limit'), 'memswap_limit needs mem_limit: it is memory plus swap');
    else if (swap !== -1 && swap < memory) report(at('memswap_limit'), `memswap_limit (${swap} bytes) is less than mem_limit (${memory} bytes): it counts memory plus swap`);
    else out.memswapBytes = swap;
  }
  const cpus = pick('cpus', raw.cpus === undefined ? undefined : Number(raw.cpus), 'cpus', limits.cpus === undefined ? undefined : Number(limits.cpus), eq);
  if (cpus !== undefined) out.cpus = cpus;
  if (raw.cpu_shares !== undefined) out.cpuShares = raw.cpu_shares;
  const pids = pick('pids_limit', raw.pids_limit, 'pids', limits.pids, eq);
  if (pids !== undefined) out.pids = pids;
  return out;
}

const eq = (a: number, b: number): boolean => a === b;

/** A service key or its `deploy.resources.<group>` twin: the one given, and an error where both are and disagree (as compose). */
function agreeing(group: 'limits' | 'reservations', at: At, report: Report) {
  return <T>(key: string, own: T | undefined, deployKey: string, deployed: T | undefined, same: (a: T, b: T) => boolean): T | undefined => {
    if (own !== undefined && deployed !== undefined && !same(own, deployed)) {
      report(at('deploy', 'resources', group, deployKey), `${key} and deploy.resources.${group}.${deployKey} disagree: give one of them`);
    }
    return own ?? deployed;
  };
}

/** `mem_reservation` or `deploy.resources.reservations`: kept for `convert`, never enforced here. */
function resourceReservations(raw: RawRunOptions, at: At, report: Report): ResourceReservations {
  const reservations = raw.deploy?.resources?.reservations ?? {};
  const out: ResourceReservations = {};
  const memory = agreeing('reservations', at, report)('mem_reservation', raw.mem_reservation === undefined ? undefined : parseSize(raw.mem_reservation), 'memory', reservations.memory === undefined ? undefined : parseSize(reservations.memory), eq);
  if (memory !== undefined) out.memoryBytes = memory;
  if (reservations.cpus !== undefined) out.cpus = Number(reservations.cpus);
  const limits = raw.deploy?.resources?.limits;
  const limit = raw.mem_limit ?? limits?.memory;
  if (memory !== undefined && limit !== undefined && memory > parseSize(limit)) report(at(raw.mem_reservation === undefined ? 'deploy' : 'mem_reservation'), `the memory reservation (${memory} bytes) is more than the limit (${parseSize(limit)} bytes)`);
  return out;
}
