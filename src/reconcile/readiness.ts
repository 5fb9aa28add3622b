/**
 * Whether containers reached the state something waits for (pure): a
 * dependant waiting for its dependency's depends_on condition, `up --wait`
 * waiting for every service to run (and be healthy), and `up -d` checking
 * that nothing it started died at once. The polling is in wait.ts.
 */
import type { DependsCondition } from '../config/model.js';
import type { ContainerState } from '../state/types.js';

/** A depends_on condition, or (for `up --wait`) running. */
export type WaitCondition = DependsCondition | 'service_running';

export type ConditionCheck = { met: true } | { met: false; failed?: string };

/** "it exited with code 1 (gave up after 3 restarts)", or "it failed: could not start: …", for an ended container. */
function exitReason(state: ContainerState): string {
  if (state.status === 'failed' && state.exitCode === undefined) return `it failed${state.message ? `: ${state.message}` : ''}`;
  const code = state.exitCode === undefined ? '' : ` with code ${state.exitCode}`;
  return `it exited${code}${state.message ? ` (${state.message})` : ''}`;
}

/**
 * Whether `state` meets `condition`. `failed` says why it never will:
 * the dependant must not start then, as compose refuses to.
 */
export function checkCondition(condition: WaitCondition, state: ContainerState | undefined, hasHealthcheck: boolean): ConditionCheck {
  if (state === undefined) return { met: false };
  const exited = state.status === 'exited' || state.status === 'failed';
  switch (condition) {
    case 'service_started':
      if (state.status === 'failed') return { met: false, failed: `it failed${state.message ? `: ${state.message}` : ''}` };
      return { met: state.status === 'running' || state.status === 'exited' };
    case 'service_running':
      if (state.status === 'running') return { met: true };
      return exited ? { met: false, failed: exitReason(state) } : { met: false };
    case 'service_healthy':
      if (!hasHealthcheck) return { met: false, failed: 'it has no healthcheck' };
      if (state.status === 'running' && state.health === 'healthy') return { met: true };
      if (state.status === 'running' && state.health === 'unhealthy') return { met: false, failed: 'it is unhealthy' };
      return exited ? { met: false, failed: exitReason(state) } : { met: false };
    case 'service_completed_successfully':
      if (state.status === 'exited' && state.exitCode === 0) return { met: true };
      if (exited) return { met: false, failed: state.exitCode === undefined ? 'it stopped without an exit code' : `it exited with code ${state.exitCode}` };
      return { met: false };
  }
}

export interface WaitTarget {
  service: string;
  condition: WaitCondition;
  hasHealthcheck: boolean;
}

export interface NotReady {
  service: string;
  reason: string;
}

export type WaitDecision =
  | { kind: 'done' }
  | { kind: 'wait' }
  /** `timedOut`: the deadline passed while some were still on their way. */
  | { kind: 'failed'; failures: NotReady[]; timedOut: boolean };

/** The states observed at one moment, by service. */
export type ObservedStates = Readonly<Record<string, ContainerState | undefined>>;

/** What a container not there yet is doing. */
function pendingReason(state: ContainerState | undefined): string {
  if (state === undefined) return 'it was not started';
  if (state.status === 'running') return state.health === 'starting' ? 'it is still starting (health: starting)' : 'it is still running';
  if (state.status === 'restarting') return `it is restarting${state.exitCode === undefined ? '' : ` (it exited with code ${state.exitCode})`}`;
  return `it is still ${state.status}`;
}

/**
 * Whether every target meets its condition: done; failed as soon as one never
 * will, or once `now` reaches `deadline` with some still pending; else wait.
 */
export function decideReady(targets: readonly WaitTarget[], states: ObservedStates, now: number, deadline: number): WaitDecision {
  const failures: NotReady[] = [];
  const pending: WaitTarget[] = [];
  for (const t of targets) {
    const check = checkCondition(t.condition, states[t.service], t.hasHealthcheck);
    if (check.met) continue;
    if (check.failed !== undefined) failures.push({ service: t.service, reason: check.failed });
    else pending.push(t);
  }
  if (failures.length > 0) return { kind: 'failed', failures, timedOut: false };
  if (pending.length === 0) return { kind: 'done' };
  if (now >= deadline) return { kind: 'failed', failures: pending.map((t) => ({ service: t.service, reason: pendingReason(states[t.service]) })), timedOut: true };
  return { kind: 'wait' };
}

/**
 * After `up -d` started `services` at `since`: a container that ended with a
 * non-zero code (or could not start) since then, within `graceMs` of its
 * start, failed. Done once each has run `graceMs` or ended otherwise (the
 * runtime returns only once a container runs or ended; a restart policy's
 * retries are its own business).
 */
export function decideEarlyExit(services: readonly string[], states: ObservedStates, now: number, since: number, graceMs: number): WaitDecision {
  const failures: NotReady[] = [];
  let pending = false;
  for (const service of services) {
    const st = states[service];
    // Once its restart policy restarted it, what becomes of it is the policy's business.
    if (st === undefined || st.restarts > 0) continue;
    const ended = st.status === 'exited' || st.status === 'failed';
    const endedSince = st.finishedAt !== undefined && Date.parse(st.finishedAt) >= since;
    if (ended && endedSince && !st.stoppedByUser && (st.exitCode ?? 1) !== 0) {
      const ranMs = st.startedAt === undefined ? 0 : Date.parse(st.finishedAt!) - Date.parse(st.startedAt);
      if (ranMs < graceMs) failures.push({ service, reason: exitReason(st) });
      continue;
    }
    if (st.status === 'running' && st.startedAt !== undefined && now - Date.parse(st.startedAt) < graceMs) pending = true;
  }
  if (failures.length > 0) return { kind: 'failed', failures, timedOut: false };
  return pending ? { kind: 'wait' } : { kind: 'done' };
}

/**
 * `up --wait`: ready as `decideReady` says, and, as for `up -d`, not before
 * each container started since `since` has run `graceMs`: one that is
 * running when first looked at may be about to die.
 */
export function decideUpWait(targets: readonly WaitTarget[], states: ObservedStates, now: number, options: { since: number; graceMs: number; deadline: number }): WaitDecision {
  const early = decideEarlyExit(targets.map((t) => t.service), states, now, options.since, options.graceMs);
  if (early.kind === 'failed') return early;
  const ready = decideReady(targets, states, now, options.deadline);
  return ready.kind === 'done' ? early : ready;
}
