/**
 * The supervisor's logic, with every effect behind `SupervisorDeps` so that it
 * is tested with fakes: start the container, record its state, run the
 * healthcheck, apply the restart policy with back-off, and on a stop request
 * stop the container gracefully (stop_signal, grace period, SIGKILL).
 *
 * It is the only writer of `state.json` while it lives; writes go through one
 * queue so the file always ends with the latest state.
 */
import type { PortMapping, Service } from '../config/model.js';
import type { ContainerState, EnterInfo, ProcessRef } from '../state/types.js';
import { runHealthLoop, type HealthDeps } from './health.js';
import { decideRestart, STABLE_RUN_MS } from './restart-policy.js';

/** A started container as the supervisor sees it. */
export interface SupervisedContainer {
  /** Every host process of the container, recorded so none can outlive `down`. */
  processes: ProcessRef[];
  /** Host pid of the container's main process, for `ps`. */
  pid: number | undefined;
  /** Its published ports, with the host ports picked for those published as 0. */
  ports: PortMapping[];
  enter?: EnterInfo | undefined;
  /** Resolves with the exit code (128+N when killed by signal N). Never rejects. */
  exited: Promise<number>;
  /** Sends its stop signal (stop_signal, else the image's StopSignal, else SIGTERM), then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs: number): Promise<number>;
}

export interface SupervisorDeps {
  /** Starts the container once; output goes to the log. Rejects if it cannot start. */
  start(): Promise<SupervisedContainer>;
  /** Runs the healthcheck command inside the running container. */
  probe: HealthDeps['probe'];
  writeState(state: ContainerState): Promise<void>;
  now(): number;
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** Diagnostics for the supervisor's own log. */
  log(message: string): void;
  self: ProcessRef;
}

export interface Supervision {
  /** Resolves with the final state once the container is stopped for good. */
  done: Promise<ContainerState>;
  /** Stops the container gracefully and ends supervision (SIGTERM to the supervisor); `graceMs` overrides stop_grace_period. */
  requestStop(graceMs?: number): void;
}

/** Starts supervising `service`'s container; see Supervision. */
export function supervise(service: Service, deps: SupervisorDeps): Supervision {
  const stopping = new AbortController();
  const grace = { ms: service.stopGracePeriodMs };
  const done = run(service, deps, stopping.signal, grace);
  return {
    done,
    requestStop: (graceMs?: number) => {
      if (graceMs !== undefined) grace.ms = graceMs;
      stopping.abort();
    },
  };
}

async function run(service: Service, deps: SupervisorDeps, stopping: AbortSignal, grace: { ms: number }): Promise<ContainerState> {
  let state: ContainerState = { version: 1, service: service.name, status: 'starting', supervisor: deps.self, processes: [], restarts: 0 };
  let writes = Promise.resolve();
  const update = (patch: Partial<ContainerState>): Promise<void> => {
    state = { ...state, ...patch };
    const snapshot = state;
    writes = writes.then(() => deps.writeState(snapshot)).catch((err: unknown) => deps.log(`writing state: ${(err as Error).message}`));
    return writes;
  };
  const now = () => new Date(deps.now()).toISOString();
  let quickFailures = 0;

  for (;;) {
    await update({ status: state.restarts > 0 ? 'restarting' : 'starting', health: undefined });
    if (stopping.aborted) return finish({ status: 'exited', stoppedByUser: true });
    let container: SupervisedContainer;
    try {
      container = await deps.start();
    } catch (err) {
      // A container that cannot even start (port taken, missing rootfs) would fail the same way again.
      const message = (err as Error).message;
      deps.log(`starting ${service.name}: ${message}`);
      return finish({ status: 'failed', message: `could not start: ${message}`, processes: [], pid: undefined, finishedAt: now() });
    }
    const startedMs = deps.now();
    await update({
      status: 'running',
      processes: container.processes,
      pid: container.pid,
      ports: container.ports,
      enter: container.enter,
      startedAt: now(),
      finishedAt: undefined,
      exitCode: undefined,
      health: service.healthcheck ? 'starting' : undefined,
      healthLog: service.healthcheck ? [] : undefined,
      failingStreak: service.healthcheck ? 0 : undefined,
    });

    const healthStop = new AbortController();
    const health = service.healthcheck
      ? runHealthLoop(service.healthcheck, {
          probe: deps.probe,
          sleep: deps.sleep,
          now: deps.now,
          onProbe: (h) => void update({ health: h.status, failingStreak: h.failingStreak, healthLog: h.log }),
        }, AbortSignal.any([healthStop.signal, stopping]))
      : Promise.resolve();

    const stopRequested = new Promise<'stop'>((resolve) => {
      if (stopping.aborted) resolve('stop');
      else stopping.addEventListener('abort', () => resolve('stop'), { once: true });
    });
    const outcome = await Promise.race([container.exited, stopRequested]);
    healthStop.abort();
    await health;
    if (outcome === 'stop') {
      const code = await container.stop(grace.ms);
      return finish({ status: 'exited', exitCode: code, stoppedByUser: true, finishedAt: now(), processes: [], health: undefined, enter: undefined });
    }
    const exitCode = outcome;
    const ranMs = deps.now() - startedMs;
    quickFailures = ranMs < STABLE_RUN_MS ? quickFailures + 1 : 0;
    deps.log(`${service.name} exited with code ${exitCode} after ${ranMs} ms`);
    await update({ status: 'exited', exitCode, finishedAt: now(), processes: [], health: undefined, enter: undefined });
    if (stopping.aborted) return finish({ stoppedByUser: true });
    const decision = decideRestart(service.restart, { exitCode, restarts: state.restarts, quickFailures });
    if (!decision.restart) {
      if (decision.gaveUp) {
        deps.log(`${service.name}: ${decision.gaveUp}`);
        return finish({ status: decision.failed ? 'failed' : 'exited', message: decision.gaveUp });
      }
      return finish({});
    }
    await update({ status: 'restarting' });
    await deps.sleep(decision.delayMs, stopping);
    if (stopping.aborted) return finish({ status: 'exited', stoppedByUser: true });
    await update({ restarts: state.restarts + 1 });
  }

  async function finish(patch: Partial<ContainerState>): Promise<ContainerState> {
    // The supervisor is about to exit: it no longer runs anything.
    await update({ ...patch, supervisor: undefined });
    return state;
  }
}
