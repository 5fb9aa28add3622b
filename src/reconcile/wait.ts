/**
 * Waiting for containers by polling their recorded states (their supervisors
 * keep them current); what counts as ready is decided in readiness.ts.
 */
import type { DependsCondition } from '../config/model.js';
import { DependencyError } from './errors.js';
import type { Clock, StateStore } from './ports.js';
import { decideReady, type ObservedStates, type WaitDecision } from './readiness.js';

export type WaitOutcome = Exclude<WaitDecision, { kind: 'wait' }>;

/** Reads the states of `services` every `pollMs` until `decide` is done or failed. */
export async function pollStates(
  services: readonly string[],
  decide: (states: ObservedStates, now: number) => WaitDecision,
  deps: { state: StateStore; clock: Clock },
  pollMs = 100,
): Promise<WaitOutcome> {
  for (;;) {
    const entries = await Promise.all(services.map(async (s) => [s, await deps.state.readState(s)] as const));
    const decision = decide(Object.fromEntries(entries), deps.clock.now());
    if (decision.kind !== 'wait') return decision;
    await deps.clock.sleep(pollMs);
  }
}

/** Polls `service`'s state until `condition` is met; throws DependencyError when it cannot be. */
export async function waitForCondition(
  dependant: string,
  service: string,
  condition: DependsCondition,
  hasHealthcheck: boolean,
  deps: { state: StateStore; clock: Clock },
  options: { pollMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  const deadline = options.timeoutMs === undefined ? Infinity : deps.clock.now() + options.timeoutMs;
  const target = { service, condition, hasHealthcheck };
  const outcome = await pollStates([service], (states, now) => decideReady([target], states, now, deadline), deps, options.pollMs);
  if (outcome.kind === 'done') return;
  const what = condition.replace('service_', '').replace('_', ' ');
  const within = outcome.timedOut ? ` in ${options.timeoutMs} ms` : '';
  throw new DependencyError(`starting ${dependant}: dependency ${service} did not become ${what}${within}: ${outcome.failures[0]!.reason}`);
}
