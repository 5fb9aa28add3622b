/**
 * What to do when a container exits (pure): compose's restart policies with
 * docker's back-off (100 ms doubling, capped), and a limit so that a service
 * that keeps failing straight away is reported as failed instead of being
 * restarted forever.
 */
import type { RestartPolicy } from '../config/model.js';

export const BACKOFF_START_MS = 100;
export const BACKOFF_MAX_MS = 30_000;
/** A run at least this long counts as healthy: the back-off starts over after it. */
export const STABLE_RUN_MS = 10_000;
/** Restarts in a row, each after a run shorter than STABLE_RUN_MS, before giving up. */
export const MAX_QUICK_FAILURES = 10;

export interface ExitFacts {
  exitCode: number;
  /** Restarts already done by the policy. */
  restarts: number;
  /** Exits in a row (this one included) whose run was shorter than STABLE_RUN_MS. */
  quickFailures: number;
}

export type RestartDecision =
  | { restart: true; delayMs: number }
  /** `gaveUp` says why a policy that would restart stopped doing so; `failed`: a crash loop, not a retry limit. */
  | { restart: false; gaveUp?: string; failed?: boolean };

/** Whether and when to restart after an exit. `stoppedByUser` exits never restart. */
export function decideRestart(policy: RestartPolicy, facts: ExitFacts): RestartDecision {
  const { exitCode, restarts, quickFailures } = facts;
  if (policy.policy === 'no') return { restart: false };
  if (policy.policy === 'on-failure') {
    if (exitCode === 0) return { restart: false };
    if (policy.maxRetries !== undefined && restarts >= policy.maxRetries) {
      return { restart: false, gaveUp: `gave up after ${restarts} restart${restarts === 1 ? '' : 's'} (restart: on-failure:${policy.maxRetries}), last exit code ${exitCode}` };
    }
  }
  if (quickFailures > MAX_QUICK_FAILURES) {
    return { restart: false, failed: true, gaveUp: `kept failing: exited ${quickFailures} times in a row within ${STABLE_RUN_MS / 1000} s of starting, last exit code ${exitCode}` };
  }
  return { restart: true, delayMs: backoffDelay(quickFailures) };
}

/** Delay before the next start after `quickFailures` quick exits in a row. */
export function backoffDelay(quickFailures: number): number {
  if (quickFailures <= 0) return BACKOFF_START_MS;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** (quickFailures - 1));
}
