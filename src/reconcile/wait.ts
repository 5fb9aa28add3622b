/**
 * Waiting for a dependency's condition before starting its dependant, by
 * reading the dependency's recorded state (its supervisor keeps it current).
 */
import type { DependsCondition } from '../config/model.js';
import type { ContainerState } from '../state/types.js';
import { DependencyError } from './errors.js';
import type { Clock, StateStore } from './ports.js';

export type ConditionCheck = { met: true } | { met: false; failed?: string };

/**
 * Whether `state` meets `condition` (pure). `failed` says why it never will:
 * the dependant must not start then, as compose refuses to.
 */
export function checkCondition(condition: DependsCondition, state: ContainerState | undefined, hasHealthcheck: boolean): ConditionCheck {
  if (state === undefined) return { met: false };
  const exited = state.status === 'exited' || state.status === 'failed';
  const code = state.exitCode === undefined ? '' : ` with code ${state.exitCode}`;
  switch (condition) {
    case 'service_started':
      if (state.status === 'failed') return { met: false, failed: `it failed${state.message ? `: ${state.message}` : ''}` };
      return { met: state.status === 'running' || state.status === 'exited' };
    case 'service_healthy':
      if (!hasHealthcheck) return { met: false, failed: 'it has no healthcheck' };
      if (state.status === 'running' && state.health === 'healthy') return { met: true };
      if (state.status === 'running' && state.health === 'unhealthy') return { met: false, failed: 'it is unhealthy' };
      if (exited) return { met: false, failed: `it exited${code}${state.message ? ` (${state.message})` : ''}` };
      return { met: false };
    case 'service_completed_successfully':
      if (state.status === 'exited' && state.exitCode === 0) return { met: true };
      if (exited) return { met: false, failed: state.exitCode === undefined ? 'it stopped without an exit code' : `it exited${code}` };
      return { met: false };
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
  for (;;) {
    const check = checkCondition(condition, await deps.state.readState(service), hasHealthcheck);
    if (check.met) return;
    const what = condition.replace('service_', '').replace('_', ' ');
    if (check.failed !== undefined) throw new DependencyError(`starting ${dependant}: dependency ${service} did not become ${what}: ${check.failed}`);
    if (deps.clock.now() >= deadline) throw new DependencyError(`starting ${dependant}: dependency ${service} did not become ${what} in ${options.timeoutMs} ms`);
    await deps.clock.sleep(options.pollMs ?? 100);
  }
}
