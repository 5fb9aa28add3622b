/**
 * The interfaces the reconciler executes a plan through. It declares them
 * itself so that the hard logic (ordering, dependency waits, failures) is
 * tested with in-memory fakes; `src/cli` wires the real image store, unpacker,
 * supervisor launcher and state folder behind them.
 */
import type { PullPolicy, Service } from '../config/model.js';
import type { ContainerSpec, ContainerState, ObservedProject } from '../state/types.js';

export interface ImageResolver {
  /** Manifest digest of `service.image` if it is already in the store; never uses the network. */
  lookup(service: Service): Promise<string | undefined>;
  /** Makes sure the image is in the store, per `policy`, and returns its manifest digest. */
  pull(service: Service, policy: PullPolicy): Promise<string>;
  /** Builds the image of a service with build: into the store and returns its manifest digest. */
  build(service: Service): Promise<string>;
}

export interface Materializer {
  /** Makes `.dabba/<service>/rootfs` hold exactly the image `digest`; keeps volumes. Idempotent. */
  materialize(service: Service, digest: string): Promise<void>;
  /**
   * Creates the named volume if missing, seeded (as docker does) with the
   * content of `service`'s image `digest` at the path `service` mounts it on.
   * Idempotent: an existing volume is never touched.
   */
  createVolume(name: string, service: Service, digest: string): Promise<void>;
}

export interface ContainerRuntime {
  /**
   * Starts the container described by `spec` (for `up -d`: a detached
   * supervisor) and resolves once it has started: running, or already exited.
   * Rejects if it could not be started.
   */
  start(spec: ContainerSpec): Promise<void>;
  /**
   * Stops the container gracefully (its stop signal, then SIGKILL after
   * `graceMs`, default its stop_grace_period) and resolves once none of its
   * processes is left. Idempotent: stopping a stopped container does nothing.
   */
  stop(service: string, options?: { graceMs?: number | undefined }): Promise<void>;
}

export interface StateStore {
  /** What exists under `.dabba/` and what of it runs. */
  observe(): Promise<ObservedProject>;
  /** The current runtime state of one container, if any, its status corrected for processes that died without saying so. */
  readState(service: string): Promise<ContainerState | undefined>;
  /** Records what the container should be, atomically, before it is started. */
  writeSpec(spec: ContainerSpec): Promise<void>;
  /** Removes `.dabba/<service>/` (rootfs, anonymous volumes, logs). Must be stopped first. */
  removeContainer(service: string): Promise<void>;
  /** Removes `.dabba/volumes/<name>/`. */
  removeVolume(name: string): Promise<void>;
}

/** Where the reconciler tells what it is doing; the CLI prints it. */
export interface ReconcileReporter {
  step(service: string, text: string): void;
}

/** Sleeping, behind an interface so waits are instant in tests. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}
