/**
 * The normalised project: what `src/config` produces from dabba.yaml and what
 * every later stage (plan, reconcile, sandbox) consumes. Everything is in long
 * form with defaults applied, paths absolute, interpolation done, env_files
 * merged into `environment`, durations in milliseconds and port ranges expanded.
 * `dabba config` prints this back in compose's long syntax, and that output
 * loads to an equal Project (round trip).
 */

export interface Project {
  /** Compose-normalised project name (lowercase, [a-z0-9_-]). */
  name: string;
  /** Absolute project directory: relative paths in the file resolve against it. */
  workingDir: string;
  /** Absolute path of the (first) file that was loaded. */
  configFile: string;
  /** Absolute paths of every file merged into the project, in order (`-f`, an override file). */
  configFiles: string[];
  /** The profiles enabled (`--profile`, else COMPOSE_PROFILES); `*` enables all. */
  profiles: string[];
  /** Absolute paths of the other files the project depends on (`.env` in the project folder, whether or not it exists, or the `--env-file`s; included and extended files; every `env_file`), for watch. */
  inputFiles: string[];
  /** In file order. */
  services: Record<string, Service>;
  /** Named volumes declared at the top level. */
  volumes: Record<string, NamedVolume>;
  /** The networks services join, by key: those declared at the top level, and `default` when a service uses it. */
  networks: Record<string, NetworkDefinition>;
  /** Top-level `secrets:`, as written (services carry what they use, resolved). */
  secrets: Record<string, FileDefinition>;
  /** Top-level `configs:`, as written. */
  configs: Record<string, FileDefinition>;
}

/** A top-level secret or config: a host file (absolute), a variable of dabba's environment, or the text itself. */
export type FileDefinition = { file: string } | { environment: string } | { content: string };

/**
 * A secret or config a service uses, resolved: where the container sees it,
 * whose it is there, and its text (a host file read when the container
 * starts, or text known when the project was loaded).
 */
export interface FileMount {
  /** Its name under the top-level `secrets:`/`configs:`. */
  source: string;
  /** Absolute container path. */
  target: string;
  /** undefined: container root where dabba can give it, else the id you are inside. */
  uid?: number;
  gid?: number;
  mode: number;
  from: { file: string } | { content: string };
}

export interface Rlimit {
  /** -1: unlimited. */
  soft: number;
  hard: number;
}

export interface DeviceMount {
  /** Host device path. */
  source: string;
  target: string;
}

/** Compose's resource limits; undefined: none. */
export interface ResourceLimits {
  memoryBytes?: number;
  /** Memory plus swap; -1: no limit. */
  memswapBytes?: number;
  cpus?: number;
  cpuShares?: number;
  /** -1: no limit. */
  pids?: number;
}

export interface ResourceReservations {
  memoryBytes?: number;
  cpus?: number;
}

export interface LogRotation {
  maxBytes: number;
  /** Files kept, the current one included. */
  maxFiles: number;
}

export interface NetworkDefinition {
  /** Its key under `networks:`, which services name. */
  key: string;
  /**
   * Its name on this machine, which identifies it across projects: compose's
   * `<project>_<key>`, or `name:`; for an external network, the network it joins.
   */
  name: string;
  /** Shared with other projects: made by whichever project uses it first, kept while any member runs. */
  external: boolean;
  /** No egress: members reach each other only. */
  internal: boolean;
  /** IPv4 subnet (CIDR) from `ipam.config[0].subnet`; undefined: dabba picks one. */
  subnet?: string;
  labels: Record<string, string>;
}

/** A service's membership of one network. */
export interface NetworkAttachment {
  /** The network's key in `Project.networks`. */
  network: string;
  /** Further names of the service on this network (its own name, container_name and links are always there). */
  aliases: string[];
  ipv4Address?: string;
}

/**
 * How a service is networked: `bridge` (compose's default) joins the listed
 * networks, in order of priority, then name; `none` is loopback only (dabba's
 * `net: false`); `host` shares the host's network; `service` shares another
 * service's network namespace.
 */
export type NetworkMode =
  | { mode: 'bridge'; networks: NetworkAttachment[] }
  | { mode: 'none' }
  | { mode: 'host' }
  | { mode: 'service'; service: string };

export interface ExtraHost {
  host: string;
  /** An address, or `host-gateway`. */
  ip: string;
}

export interface Link {
  service: string;
  /** The name under which the linking service reaches it (the service's name when none is given). */
  alias: string;
}

export interface NamedVolume {
  /** Its key under `volumes:`, which is also its folder under `.dabba/volumes/` (compose's `name:` override is not accepted). */
  name: string;
  labels: Record<string, string>;
}

/** `build` (with `build:` only): build the image on every up. */
export type PullPolicy = 'missing' | 'always' | 'never' | 'build';

/** Compose `build:` in long form: how `dabba build` makes the service's image with buildah. */
export interface BuildSpec {
  /** Absolute folder sent to the build. */
  context: string;
  /** Absolute path of the Dockerfile; undefined: Dockerfile (else Containerfile) in the context, or `dockerfileInline`. */
  dockerfile?: string;
  dockerfileInline?: string;
  args: Record<string, string>;
  target?: string;
  labels: Record<string, string>;
  /** `HOST:IP` entries for /etc/hosts of RUN steps. */
  extraHosts: string[];
  /** Platforms asked for (only the host's can be built; checked when building). */
  platforms: string[];
  /** Re-resolve the FROM images before building. */
  pull: boolean;
  noCache: boolean;
  /** More names for the result, besides the service's image. */
  tags: string[];
}

export type DependsCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export interface Dependency {
  condition: DependsCondition;
  /** Compose's `restart: true`: restart this service when the dependency is restarted. */
  restart: boolean;
  required: boolean;
}

export type RestartPolicy =
  | { policy: 'no' }
  | { policy: 'always' }
  | { policy: 'unless-stopped' }
  | { policy: 'on-failure'; maxRetries?: number };

export interface Healthcheck {
  /** Exec form: `["CMD", ...]` becomes the argv; `CMD-SHELL x` becomes `["/bin/sh", "-c", x]`. */
  test: string[];
  intervalMs: number;
  timeoutMs: number;
  retries: number;
  startPeriodMs: number;
}

export type VolumeMount =
  | { type: 'bind'; source: string; target: string; readOnly: boolean }
  | { type: 'volume'; source: string; target: string; readOnly: boolean }
  /** An anonymous volume (bare `CONTAINER` in short syntax): lives with the service. */
  | { type: 'volume'; source: undefined; target: string; readOnly: boolean }
  | { type: 'tmpfs'; target: string; sizeBytes?: number; mode?: number };

export interface PortMapping {
  /** Port inside the container. */
  target: number;
  /** Port on the host; 0: a free one, picked each time the container starts (compose's `"80"`, `"127.0.0.1::80"`). */
  published: number;
  /** Default `0.0.0.0`, as compose. */
  hostIp: string;
  protocol: 'tcp' | 'udp';
}

export type WatchAction = 'restart' | 'sync+restart' | 'sync' | 'rebuild';

export interface WatchRule {
  /** Absolute host path. */
  path: string;
  action: WatchAction;
  target?: string;
  ignore: string[];
}

export interface Service {
  name: string;
  /** With `build:`, the name the built image gets (`image:`, else PROJECT-SERVICE). */
  image: string;
  /** Compose `profiles:`: a service with any is active only when one is enabled, or it is named (profiles.ts). */
  profiles: string[];
  build?: BuildSpec;
  /** undefined: the image's Entrypoint. [] is an explicit empty entrypoint. */
  entrypoint?: string[];
  /** undefined: the image's Cmd (unless entrypoint is set, which clears it). */
  command?: string[];
  workingDir?: string;
  /** env_files then environment, later wins; image Env is applied by the sandbox below this. */
  environment: Record<string, string>;
  volumes: VolumeMount[];
  ports: PortMapping[];
  hostname?: string;
  user?: string;
  readOnly: boolean;
  /** Container paths mounted as tmpfs (from `tmpfs:`); long-syntax tmpfs volumes stay in `volumes`. */
  tmpfs: string[];
  platform?: string;
  pullPolicy: PullPolicy;
  dependsOn: Record<string, Dependency>;
  restart: RestartPolicy;
  /** undefined: none from the file (`disable: true` or absent); the image's HEALTHCHECK is not used. */
  healthcheck?: Healthcheck;
  /** undefined: the image's StopSignal, else SIGTERM (decided where the container is run). */
  stopSignal?: string;
  stopGracePeriodMs: number;
  init: boolean;
  labels: Record<string, string>;
  /** From `networks`, `network_mode` and dabba's `net` (`net: false` is `network_mode: none`). */
  networkMode: NetworkMode;
  containerName?: string;
  links: Link[];
  extraHosts: ExtraHost[];
  dns: string[];
  dnsSearch: string[];
  dnsOptions: string[];
  /** Ports other services reach (documentation on a shared network, as in compose): `80`, `8000-8001/udp`. */
  expose: string[];
  /** dabba: container root is the invoking user (true), or no root inside (false). */
  fakeroot: boolean;
  /** Compose `develop.watch` rules. */
  watch: WatchRule[];
  secrets: FileMount[];
  configs: FileMount[];
  /** Capability names with the CAP_ prefix, or ALL. */
  capAdd: string[];
  capDrop: string[];
  /** By compose's name (nofile, nproc, …). */
  ulimits: Record<string, Rlimit>;
  /** undefined: /dev/shm has no limit of its own. */
  shmSizeBytes?: number;
  /** A pty of its own under `up`. */
  tty: boolean;
  /** Accepted and kept for `dabba config`; no stdin is attached under `up`. */
  stdinOpen: boolean;
  /** `net.*` settings of the container's network namespace. */
  sysctls: Record<string, string>;
  devices: DeviceMount[];
  logging: LogRotation;
  /** mem_limit, memswap_limit, cpus, cpu_shares, pids_limit and deploy.resources.limits, merged. */
  resources: ResourceLimits;
  /** mem_reservation and deploy.resources.reservations: requests on a cluster; one machine does not reserve. */
  reservations: ResourceReservations;
  /** deploy.replicas: how many a cluster runs; `up` runs one. */
  replicas: number;
}
