/**
 * From (service, image config, paths, host facts, CLI overrides) to a RunSpec:
 * everything the supervisor needs to start one container, decided without
 * I/O. `buildBwrapArgs` turns it into bwrap's argv.
 */
import { isAbsolute, join, posix, resolve } from 'node:path';
import type { DeviceMount, PortMapping, ResourceLimits, Rlimit, Service, VolumeMount } from '../config/model.js';
import type { ImageConfig } from '../oci/types.js';
import { containerFiles } from '../container/layout.js';
import { SandboxError } from './errors.js';
import { mapsId, planIdMapping, type HostFacts, type IdMap, type IdMapping, type KeptIds } from './ids.js';
import { secretFiles } from './secret-files.js';
import { resolveStopSignal } from './stop-signal.js';
import { planNetworking, type JoinedNetworksView } from './spec-network.js';
import { resolveUser, type GroupEntry, type PasswdEntry } from './users.js';

export type NetworkBackend = 'slirp4netns' | 'pasta';

export type MountSpec =
  /** `project`: a host path the user named (a bind), not a volume dabba keeps. */
  | { kind: 'bind'; source: string; target: string; readOnly: boolean; project?: boolean }
  | { kind: 'tmpfs'; target: string; sizeBytes?: number | undefined; mode?: number | undefined };

/** A file dabba generates and binds read-only over the rootfs's own. */
export interface GeneratedFile {
  target: string;
  hostPath: string;
  /**
   * The text, or a host file copied when the container starts (a secret's or
   * config's `file:`), walked from `within` (host-prep.ts, readSourceFile).
   */
  content: string | { copyOf: string; within: string };
  /** Default 0644. */
  mode?: number | undefined;
  /** Host ids to give it (dabba as root); undefined: dabba's own. */
  owner?: { uid: number; gid: number } | undefined;
  /** Unprivileged: container ids (undefined: unchanged) to give it from inside the container's user namespace, before it starts. */
  ownerInside?: { uid: number | undefined; gid: number | undefined } | undefined;
}

/**
 * loopback: a network namespace with only lo (`network_mode: none`); host: the
 * host's own; joined: another container's (`network_mode: service:NAME`);
 * user: the container's own, joined to its project networks, with slirp4netns
 * or pasta for egress and published ports unless every network is internal.
 */
export type NetworkSpec =
  | { mode: 'loopback' }
  | { mode: 'host' }
  | { mode: 'joined'; service: string }
  | { mode: 'user'; backend: NetworkBackend; ports: PortMapping[]; egress: boolean; hostLoopback: boolean };

export interface RunSpec {
  service: string;
  rootfs: string;
  /** Folder for this run's generated files; removed when the container ends. */
  scratchDir: string;
  readOnly: boolean;
  hostname: string;
  argv: string[];
  /** In order: image Env, then environment, then overrides (later wins). */
  env: Record<string, string>;
  workdir: string;
  /** The process's uid/gid inside the container. */
  user: { uid: number; gid: number };
  idMapping: IdMapping;
  /** Applied in order after /proc, /dev and /tmp; targets are container paths. */
  mounts: MountSpec[];
  /** Host folders to create (mode 0755) before start: bind sources and volumes. */
  hostDirs: string[];
  files: GeneratedFile[];
  network: NetworkSpec;
  tty: boolean;
  /** false: the command is PID 1 (docker's default); true: bwrap's reaper is PID 1 and the command PID 2. */
  init: boolean;
  /** stop_signal, else the image's StopSignal, else SIGTERM. */
  stopSignal: NodeJS.Signals | number;
  stopGraceMs: number;
  /** Only container root is mapped: tell apt not to drop to `_apt`. */
  aptSandboxFix: boolean;
  /** Said when the container starts: ids the image may use are not mapped (no subordinate range). */
  mappingNotice: string | undefined;
  /** bwrap capability names (CAP_…, or ALL). */
  capAdd: string[];
  capDrop: string[];
  /** Set on the processes that start the container, by compose's name (see rlimits.ts). */
  ulimits: Record<string, Rlimit>;
  /** undefined: /dev/shm has no limit of its own. */
  shmSizeBytes: number | undefined;
  /** net.* settings written in the network namespace before the command starts. */
  sysctls: Record<string, string>;
  /** Host device nodes bound into the container's /dev. */
  devices: DeviceMount[];
  /** Enforced through cgroups where this host allows (see cgroups.ts). */
  resources: ResourceLimits;
}

export interface RunOverrides {
  /** CLI `CMD…`: replaces `command` (and the image's Cmd). */
  command?: string[] | undefined;
  entrypoint?: string[] | undefined;
  /** `-e`: applied last. */
  env?: Record<string, string> | undefined;
  user?: string | undefined;
  workdir?: string | undefined;
  /** undefined: the service's ports (up); `dabba run` passes [] unless -p or --service-ports. */
  ports?: PortMapping[] | undefined;
  /** `-v`: added to the service's volumes. */
  volumes?: VolumeMount[] | undefined;
  networkBackend?: NetworkBackend | undefined;
  tty: boolean;
}

export interface RunSpecInput {
  service: Service;
  image: ImageConfig;
  paths: { containerDir: string; rootfs: string; projectDir: string; volumesDir: string };
  host: HostFacts;
  /** The rootfs's /etc/passwd and /etc/group, parsed. */
  passwd: PasswdEntry[];
  groups: GroupEntry[];
  overrides: RunOverrides;
  /** For a service on project networks: what joining them decided (src/network). */
  networks?: JoinedNetworksView | undefined;
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * Builds the RunSpec. Pure; throws SandboxError for what cannot run (no
 * command, a user that cannot be mapped, a relative container path).
 */
export function buildRunSpec(input: RunSpecInput): RunSpec {
  const { service, image, paths, host, overrides } = input;
  const cfg = image.config ?? {};
  const argv = resolveCommand(cfg.Entrypoint ?? undefined, cfg.Cmd ?? undefined, service, overrides);
  if (argv.length === 0) {
    throw new SandboxError(`service "${service.name}": no command to run`, { hint: 'the image defines no Entrypoint or Cmd: set command: in dabba.yaml or give one after the service name' });
  }
  const kept = keptIds(input);
  const idMapping = planIdMapping(host, service.fakeroot, kept);
  const user = resolveProcessUser(input, idMapping);
  const hostname = service.hostname ?? service.name;

  const env: Record<string, string> = {};
  for (const kv of cfg.Env ?? []) {
    const eq = kv.indexOf('=');
    if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  Object.assign(env, service.environment, overrides.env ?? {});
  env.PATH ??= DEFAULT_PATH;
  env.HOSTNAME ??= hostname;
  env.HOME ??= user.home ?? '/';
  if (overrides.tty) env.TERM ??= 'xterm';

  const workdir = overrides.workdir ?? service.workingDir ?? (cfg.WorkingDir || '/');
  requireAbsolute(service.name, 'working_dir', workdir);

  const { mounts, hostDirs } = planMounts(service, cfg.Volumes, paths, overrides.volumes ?? []);
  const scratchDir = containerFiles(paths.containerDir).scratchDir;
  const { network, files: nameFileTexts, mounts: nameFiles } = planNetworking({
    service,
    hostname,
    ports: overrides.ports ?? service.ports,
    backend: overrides.networkBackend ?? 'slirp4netns',
    projectDir: paths.projectDir,
    scratchDir,
    networks: input.networks,
  });
  mounts.push(...nameFiles);
  const files: GeneratedFile[] = [...nameFileTexts, ...secretFiles(service, scratchDir, paths.projectDir, idMapping, host)];
  // sysctls are written in the holder's network namespace, which only a network of the container's own has.
  if (Object.keys(service.sysctls).length > 0 && network.mode !== 'user') {
    throw new SandboxError(`service "${service.name}": sysctls need a network namespace of the container's own, which network mode ${network.mode} does not give it`);
  }

  return {
    service: service.name,
    rootfs: paths.rootfs,
    scratchDir,
    readOnly: service.readOnly,
    hostname,
    argv,
    env,
    workdir,
    user: { uid: user.uid, gid: user.gid },
    idMapping,
    mounts,
    hostDirs,
    files,
    network,
    tty: overrides.tty,
    init: service.init,
    stopSignal: resolveStopSignal(service.name, service.stopSignal, cfg.StopSignal),
    stopGraceMs: service.stopGracePeriodMs,
    aptSandboxFix: idMapping.size === 1 && idMapping.rootIsInvoker,
    mappingNotice: mappingNotice(idMapping, kept),
    capAdd: service.capAdd,
    capDrop: service.capDrop,
    ulimits: service.ulimits,
    shmSizeBytes: service.shmSizeBytes,
    sysctls: service.sysctls,
    devices: service.devices,
    resources: service.resources,
  };
}

/**
 * Compose/OCI command resolution: `entrypoint:` replaces the image Entrypoint
 * and clears its Cmd; `command:` replaces Cmd; the CLI's CMD… replaces `command:`.
 */
export function resolveCommand(
  imageEntrypoint: string[] | undefined,
  imageCmd: string[] | undefined,
  service: Pick<Service, 'entrypoint' | 'command'>,
  overrides: Pick<RunOverrides, 'entrypoint' | 'command'>,
): string[] {
  const entrypoint = overrides.entrypoint ?? service.entrypoint;
  const entry = entrypoint ?? imageEntrypoint ?? [];
  const cmd = overrides.command !== undefined && overrides.command.length > 0 ? overrides.command : (service.command ?? (entrypoint !== undefined ? [] : (imageCmd ?? [])));
  return [...entry, ...cmd];
}

/**
 * For `fakeroot: false` with `user:`, the ids the invoking user becomes
 * inside, resolved in the rootfs (podman's keep-id). Always the service's
 * `user:`, not a CLI override: the rootfs's ownership was laid out for it.
 */
function keptIds(input: RunSpecInput): KeptIds | undefined {
  const { service } = input;
  if (service.fakeroot || service.user === undefined) return undefined;
  const { uid, gid } = resolveUser(service.user, input.passwd, input.groups);
  return { uid, gid };
}

function resolveProcessUser(input: RunSpecInput, mapping: IdMapping): { uid: number; gid: number; home: string | undefined } {
  const { service, host, overrides } = input;
  if (!service.fakeroot && service.user === undefined && host.uid !== 0) {
    // The invoking user's own ids, whatever the image says; HOME from the image's passwd if it knows the uid.
    const entry = input.passwd.find((p) => p.uid === host.uid);
    return { uid: host.uid, gid: host.gid, home: entry?.home };
  }
  const spec = overrides.user ?? service.user ?? input.image.config?.User;
  const resolved = resolveUser(spec, input.passwd, input.groups);
  const unmapped = !mapsId(mapping.uid, resolved.uid) ? mapping.uid : !mapsId(mapping.gid, resolved.gid) ? mapping.gid : undefined;
  if (unmapped) {
    const what = `user ${resolved.uid}:${resolved.gid}`;
    throw new SandboxError(`service "${service.name}": cannot run as ${what}: it is not mapped into the container (mapped ids: ${describeIds(unmapped)})`, {
      hint: mapping.size === 1 ? 'give your user a subordinate id range: usermod --add-subuids 100000-165535 --add-subgids 100000-165535 $USER' : 'use a smaller uid/gid',
    });
  }
  return resolved;
}

/** The container ids of `maps` as ranges, adjacent extents joined: "0-65535", "1000". */
function describeIds(maps: readonly IdMap[]): string {
  const spans: [number, number][] = [];
  for (const m of [...maps].sort((a, b) => a.inside - b.inside)) {
    const last = spans.at(-1);
    if (last && last[1] + 1 === m.inside) last[1] += m.count;
    else spans.push([m.inside, m.inside + m.count - 1]);
  }
  return spans.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(', ');
}

function mappingNotice(mapping: IdMapping, kept: KeptIds | undefined): string | undefined {
  if (mapping.size !== 1) return undefined;
  if (mapping.rootIsInvoker) return 'no subordinate id range for your user: only container root is mapped (see dabba doctor)';
  if (kept) return `no subordinate id range for your user: only uid ${kept.uid} and gid ${kept.gid} are mapped; the image's other owners show as nobody (see dabba doctor)`;
  return undefined;
}

function requireAbsolute(service: string, what: string, path: string): void {
  if (!path.startsWith('/')) throw new SandboxError(`service "${service}": ${what} "${path}" must be an absolute container path`);
}

/** Container folder of an anonymous volume, one per target path. */
export function anonymousVolumeDir(containerDir: string, target: string): string {
  return join(containerFiles(containerDir).volumesDir, encodeURIComponent(posix.normalize(target).replace(/^\/+/, '')));
}

function planMounts(
  service: Service,
  imageVolumes: Record<string, object> | undefined,
  paths: RunSpecInput['paths'],
  extra: readonly VolumeMount[],
): { mounts: MountSpec[]; hostDirs: string[] } {
  const mounts: MountSpec[] = [];
  const hostDirs: string[] = [];
  const declared = [...service.volumes, ...extra];
  for (const v of declared) {
    requireAbsolute(service.name, 'volume target', v.target);
    const target = posix.normalize(v.target);
    if (v.type === 'tmpfs') {
      mounts.push({ kind: 'tmpfs', target, sizeBytes: v.sizeBytes, mode: v.mode });
    } else if (v.type === 'bind') {
      const source = isAbsolute(v.source) ? v.source : resolve(paths.projectDir, v.source);
      hostDirs.push(source);
      mounts.push({ kind: 'bind', source, target, readOnly: v.readOnly, project: true });
    } else {
      const source = v.source === undefined ? anonymousVolumeDir(paths.containerDir, target) : join(paths.volumesDir, v.source);
      hostDirs.push(source);
      mounts.push({ kind: 'bind', source, target, readOnly: v.readOnly });
    }
  }
  for (const t of service.tmpfs) {
    requireAbsolute(service.name, 'tmpfs', t);
    mounts.push({ kind: 'tmpfs', target: posix.normalize(t) });
  }
  // The image's VOLUMEs not covered by a declared mount become anonymous volumes, as in docker.
  for (const t of Object.keys(imageVolumes ?? {})) {
    const target = posix.normalize(t);
    if (!target.startsWith('/') || mounts.some((m) => m.target === target)) continue;
    const source = anonymousVolumeDir(paths.containerDir, target);
    hostDirs.push(source);
    mounts.push({ kind: 'bind', source, target, readOnly: false });
  }
  // Parents before children, so a volume inside another volume is not hidden by it.
  mounts.sort((a, b) => depth(a.target) - depth(b.target));
  return { mounts, hostDirs };
}

const depth = (p: string): number => p.split('/').filter(Boolean).length;

