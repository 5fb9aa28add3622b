/**
 * The healthcheck loop, as docker runs it: a probe every `interval`, each
 * limited to `timeout`; during `start_period` failures do not count but a
 * success makes the container healthy; after `retries` failures in a row it is
 * unhealthy; one success makes it healthy again.
 */
import type { Healthcheck } from '../config/model.js';
import type { HealthStatus } from '../state/types.js';

/** The health after one probe (pure). */
export function nextHealth(
  current: { status: HealthStatus; failures: number },
  probe: { ok: boolean; inStartPeriod: boolean },
  retries: number,
): { status: HealthStatus; failures: number } {
  if (probe.ok) return { status: 'healthy', failures: 0 };
  if (probe.inStartPeriod) return current;
  const failures = current.failures + 1;
  return { status: failures >= Math.max(1, retries) ? 'unhealthy' : current.status, failures };
}

export interface HealthDeps {
  /** Runs the probe in the container; true when it exited 0 within `timeoutMs`. */
  probe(argv: string[], timeoutMs: number): Promise<boolean>;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  now(): number;
  onChange(status: HealthStatus): void;
}

/** Probes until `signal` aborts; reports each change of status. Never throws. */
export async function runHealthLoop(check: Healthcheck, deps: HealthDeps, signal: AbortSignal): Promise<void> {
  const started = deps.now();
  let health = { status: 'starting' as HealthStatus, failures: 0 };
  while (!signal.aborted) {
    await deps.sleep(check.intervalMs, signal);
    if (signal.aborted) return;
    const ok = await deps.probe(check.test, check.timeoutMs).catch(() => false);
    if (signal.aborted) return;
    const next = nextHealth(health, { ok, inStartPeriod: deps.now() - started < check.startPeriodMs }, check.retries);
    if (next.status !== health.status) deps.onChange(next.status);
    health = next;
  }
}
