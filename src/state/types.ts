/**
 * What dabba records about a container under `.dabba/<service>/`, and what an
 * observation of a project returns. Types only: the planner (pure) reads them,
 * `src/state` produces them, the supervisor writes them.
 */
import type { PortMapping, Service } from '../config/model.js';
import type { NetworkJoinPlan } from '../config/network-plan.js';
import type { ProcessRef } from '../util/process.js';

export type { ProcessRef };

/** How the sandbox's `enterContainer` enters a running container; plain data, so a supervisor can record it for `dabba exec`. */
export interface EnterInfo {
  /** Host pid of the container's PID 1, whose namespaces and root are entered. */
  initPid: number;
  /** Host pid of the process owning the container's outer user namespace (absent in records of older dabbas). */
  userNamespacePid?: number | undefined;
  env: Record<string, string>;
  workdir: string;
  uid: number;
  gid: number;
}

/**
 * What the reconciler asks a container to be: written to `spec.json` before the
 * supervisor starts, read by the supervisor. Everything it needs is in here, so a
 * supervisor never re-reads dabba.yaml (which may be mid-edit).
 */
export interface ContainerSpec {
  version: 1;
  project: { name: string; workingDir: string };
  service: Service;
  /** Manifest digest of the image the rootfs came from. */
  imageDigest: string;
  /** Hash of `runConfig`; equal hashes mean a running container needs no restart. */
  configHash: string;
  /** The run-relevant fields of `service`, in canonical form (for saying what changed). */
  runConfig: Record<string, unknown>;
  /** The project networks the service joins, with every member, when it joins any. */
  network?: NetworkJoinPlan | undefined;
}

export type ContainerStatus =
  /** Materialised, never started (`up --no-start`) or between start attempts of `up`. */
  | 'created'
  | 'starting'
  | 'running'
  /** Waiting for the restart policy's back-off. */
  | 'restarting'
  | 'exited'
  /** Gave up: the restart policy kept failing, or the container could not be started. */
  | 'failed';

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

/** One healthcheck probe, as docker keeps them in `.State.Health.Log`. */
export interface HealthLogEntry {
  start: string;
  end: string;
  /** -1 when the probe could not run or ran past its timeout. */
  exitCode: number;
  /** stdout and stderr together, capped. */
  output: string;
}

/**
 * The runtime record of a container, written atomically to `state.json` by the
 * one process in charge of it (its supervisor while that lives, else the
 * reconciler).
 */
export interface ContainerState {
  version: 1;
  service: string;
  status: ContainerStatus;
  supervisor?: ProcessRef | undefined;
  /** Every host process of the container (bwrap, its namespace holder, slirp4netns), so none can outlive `down`. */
  processes: ProcessRef[];
  /** pid of the container's main process as the host sees it, for `ps`. */
  pid?: number | undefined;
  startedAt?: string | undefined;
  finishedAt?: string | undefined;
  exitCode?: number | undefined;
  /** Restarts done by the restart policy since `up` started it. */
  restarts: number;
  health?: HealthStatus | undefined;
  /** The last probes of the current run, oldest first; kept after it exits, to tell why it was unhealthy. */
  healthLog?: HealthLogEntry[] | undefined;
  /** Failed probes in a row (those during start_period do not count). */
  failingStreak?: number | undefined;
  /** Set by `stop`/`down`: `unless-stopped` and `always` must not bring it back. */
  stoppedByUser?: boolean | undefined;
  /** The ports published at this start, a port published as 0 with the host port picked for it (`ps`, `port`). */
  ports?: PortMapping[] | undefined;
  /** How `exec` and healthchecks enter the running container . */
  enter?: EnterInfo | undefined;
  /** Why it failed or gave up, for `ps` and `up`. */
  message?: string | undefined;
}

/** One service as found on disk, with its liveness checked. */
export interface ObservedService {
  name: string;
  spec: ContainerSpec | undefined;
  state: ContainerState | undefined;
  /** Digest the rootfs was materialised from, if a complete rootfs exists. */
  rootfsDigest: string | undefined;
  /** Its supervisor (or container) is alive: pid and start time both match. */
  running: boolean;
  /** `state.status`, corrected for processes that died without saying so. */
  status: ContainerStatus | 'missing';
}

export interface ObservedProject {
  services: Record<string, ObservedService>;
  /** Names of the named volumes that exist under `.dabba/volumes/`. */
  volumes: string[];
}

export type { PortMapping };
