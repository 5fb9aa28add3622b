/**
 * Resource limits (mem_limit, memswap_limit, cpus, cpu_shares, pids_limit)
 * through cgroup v1, as root. Unprivileged they would need a delegated
 * cgroup v2 subtree, which dabba does not use yet. A container gets one cgroup per controller, made below
 * the cgroup dabba itself is in (so a limit on dabba still holds), with the
 * limits written before anything of the container runs. The processes that
 * start it join through a host shell that writes its own pid into each
 * cgroup and execs the rest of the chain (prlimit, nsenter, bwrap), so every
 * process of the container is counted from its first instruction. The
 * cgroups are removed when the container ends.
 *
 * Where limits cannot be enforced (unprivileged, or a controller missing),
 * nothing is made and the plan says why.
 */
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResourceLimits } from '../config/model.js';
import { SandboxError } from './errors.js';

export type Controller = 'memory' | 'cpu' | 'pids';

export interface CgroupWrite {
  controller: Controller;
  file: string;
  value: string;
  /** The compose key it enforces, for messages. */
  key: string;
}

/** The CFS period cpus are a share of. */
const CFS_PERIOD_US = 100_000;

/** The files to write, in order (memory before memory+swap, as the kernel requires). Pure. */
export function cgroupV1Writes(r: ResourceLimits): CgroupWrite[] {
  const out: CgroupWrite[] = [];
  if (r.memoryBytes !== undefined) out.push({ controller: 'memory', file: 'memory.limit_in_bytes', value: String(r.memoryBytes), key: 'mem_limit' });
  if (r.memswapBytes !== undefined) out.push({ controller: 'memory', file: 'memory.memsw.limit_in_bytes', value: String(r.memswapBytes), key: 'memswap_limit' });
  if (r.cpus !== undefined) {
    out.push({ controller: 'cpu', file: 'cpu.cfs_period_us', value: String(CFS_PERIOD_US), key: 'cpus' });
    out.push({ controller: 'cpu', file: 'cpu.cfs_quota_us', value: String(Math.max(1000, Math.round(r.cpus * CFS_PERIOD_US))), key: 'cpus' });
  }
  if (r.cpuShares !== undefined) out.push({ controller: 'cpu', file: 'cpu.shares', value: String(r.cpuShares), key: 'cpu_shares' });
  if (r.pids !== undefined) out.push({ controller: 'pids', file: 'pids.max', value: r.pids === -1 ? 'max' : String(r.pids), key: 'pids_limit' });
  return out;
}

/** Where each cgroup v1 controller is mounted, from the text of /proc/self/mounts. Pure. */
export function cgroupV1Mounts(procMounts: string): Map<Controller, string> {
  const out = new Map<Controller, string>();
  for (const line of procMounts.split('\n')) {
    const [, mountPoint, type, options] = line.split(' ');
    if (type !== 'cgroup' || mountPoint === undefined) continue;
    for (const o of options?.split(',') ?? []) if ((o === 'memory' || o === 'cpu' || o === 'pids') && !out.has(o)) out.set(o, mountPoint.replaceAll('\\040', ' '));
  }
  return out;
}

/** The cgroup path of this process in each v1 controller, from the text of /proc/self/cgroup. Pure. */
export function ownCgroupPaths(procSelfCgroup: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of procSelfCgroup.split('\n')) {
    const m = /^\d+:([^:]*):(.*)$/.exec(line);
    if (m === null) continue;
    for (const c of m[1]!.split(',')) if (c !== '') out.set(c, m[2]!);
  }
  return out;
}

/**
 * The argv prefix that puts the chain into the cgroups whose `cgroup.procs`
 * files are given, then execs what follows `--`. Paths are arguments, never
 * part of the script's text. Pure.
 */
export function joinCgroupsPrefix(procsFiles: readonly string[]): string[] {
  const script = 'while [ "$1" != -- ]; do echo $$ > "$1" || exit 1; shift; done; shift; exec "$@"';
  return ['/bin/sh', '-c', script, 'dabba-cgroups', ...procsFiles, '--'];
}

/** The compose keys of `r` that are set, for messages. Pure. */
export function limitKeys(r: ResourceLimits): string[] {
  return [...new Set(cgroupV1Writes(r).map((w) => w.key))];
}

export interface ContainerCgroups {
  /** Put before the argv that starts the container. */
  prefix: string[];
  remove(): void;
}

export type CgroupPlan = { enforced: true; writes: CgroupWrite[]; dirs: Map<Controller, string> } | { enforced: false; why: string };

/** Whether `r` can be enforced here, and where (reads /proc). `name` is the cgroup's folder name. */
export function planCgroups(r: ResourceLimits, name: string): CgroupPlan | undefined {
  const writes = cgroupV1Writes(r);
  if (writes.length === 0) return undefined;
  if (process.getuid?.() !== 0) {
    return { enforced: false, why: 'unprivileged, they would need a delegated cgroup v2 subtree (systemd\'s user@.service delegation), which dabba does not use yet; run dabba as root to enforce them with cgroup v1' };
  }
  const mounts = cgroupV1Mounts(readFileSync('/proc/self/mounts', 'utf8'));
  const own = ownCgroupPaths(readFileSync('/proc/self/cgroup', 'utf8'));
  const dirs = new Map<Controller, string>();
  for (const w of writes) {
    const mount = mounts.get(w.controller);
    if (mount === undefined) return { enforced: false, why: `the cgroup v1 ${w.controller} controller is not mounted here` };
    dirs.set(w.controller, join(mount, own.get(w.controller) ?? '/', name));
  }
  return { enforced: true, writes, dirs };
}

/** Makes the cgroups of an enforced plan and writes its limits; throws SandboxError naming the key a write failed for. */
export function createCgroups(service: string, plan: Extract<CgroupPlan, { enforced: true }>): ContainerCgroups {
  const made: string[] = [];
  const remove = (): void => {
    for (const dir of made.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // still in use or gone: the kernel frees an empty cgroup's memory with its last process either way
      }
    }
  };
  try {
    for (const dir of plan.dirs.values()) {
      mkdirSync(dir, { recursive: true });
      made.push(dir);
    }
    for (const w of plan.writes) {
      try {
        writeFileSync(join(plan.dirs.get(w.controller)!, w.file), w.value);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? String(err);
        throw new SandboxError(`service "${service}": ${w.key}: the kernel refused ${w.value} for ${w.file}: ${code}`, {
          hint: code === 'ENOENT' && w.key === 'memswap_limit' ? 'this kernel does not account swap (boot it with swapaccount=1), or remove memswap_limit' : `check the value of ${w.key}`,
        });
      }
    }
  } catch (err) {
    remove();
    throw err;
  }
  return { prefix: joinCgroupsPrefix([...plan.dirs.values()].map((d) => join(d, 'cgroup.procs'))), remove };
}

/**
 * The cgroups of a container with resource limits, made and written; undefined
 * when it has none, or when they cannot be enforced here (then `onNotice` says why).
 */
export function containerCgroups(service: string, r: ResourceLimits, onNotice: ((text: string) => void) | undefined): ContainerCgroups | undefined {
  const plan = planCgroups(r, `dabba-${service}-${process.pid}`);
  if (plan === undefined) return undefined;
  if (!plan.enforced) {
    onNotice?.(`service "${service}": ${limitKeys(r).join(', ')} not enforced: ${plan.why}`);
    return undefined;
  }
  return createCgroups(service, plan);
}

/** What `up` says once when services have limits this host cannot enforce; undefined when all are enforced. */
export function unenforcedLimitsWarning(services: readonly { name: string; resources: ResourceLimits }[]): string | undefined {
  const limited = services.filter((s) => limitKeys(s.resources).length > 0);
  const plan = limited.map((s) => planCgroups(s.resources, 'probe')).find((p) => p !== undefined && !p.enforced);
  if (plan === undefined || plan.enforced) return undefined;
  const which = limited.map((s) => `${s.name}: ${limitKeys(s.resources).join(', ')}`).join('; ');
  return `resource limits not enforced (${which}): ${plan.why}`;
}
