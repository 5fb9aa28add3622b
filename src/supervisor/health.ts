/**
 * The healthcheck loop, as docker runs it: a probe every `interval`, each
 * limited to `timeout`; during `start_period` failures do not count but a
 * success makes the container healthy; after `retries` failures in a row it is
 * unhealthy; one success makes it healthy again. The last probes are kept,
 * as docker's `.State.Health.Log`, so that a failing check can be read.
 */
import type { Healthcheck } from '../config/model.js';
import type { HealthLogEntry, HealthStatus } from '../state/types.js';

/** How many probes are kept, as docker keeps. */
export const HEALTH_LOG_KEEP = 5;

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

/** `log` with `entry` added, keeping the newest `keep` (pure). */
export function appendHealthLog(log: readonly HealthLogEntry[], entry: HealthLogEntry, keep = HEALTH_LOG_KEEP): HealthLogEntry[] {
  return [...log, entry].slice(-keep);
}

/** What one probe returned. */
export interface ProbeResult {
  /** -1 when it could not run or ran past its timeout. */
  exitCode: number;
  output: string;
}

/** The container's health after a probe: what the supervisor records. */
export interface HealthReport {
  status: HealthStatus;
  failingStreak: number;
  log: HealthLogEntry[];
}

export interface HealthDeps {
  /** Runs the probe in the container, stopping it after `timeoutMs`. */
  probe(argv: string[], timeoutMs: number): Promise<ProbeResult>;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  now(): number;
  /** Called after every probe. */
  onProbe(report: HealthReport): void;
}

/** Probes until `signal` aborts; reports after each probe. Never throws. */
export async function runHealthLoop(check: Healthcheck, deps: HealthDeps, signal: AbortSignal): Promise<void> {
  const started = deps.now();
  let health = { status: 'starting' as HealthStatus, failures: 0 };
  let log: HealthLogEntry[] = [];
  while (!signal.aborted) {
    await deps.sleep(check.intervalMs, signal);
    if (signal.aborted) return;
    const start = deps.now();
    const result = await deps.probe(check.test, check.timeoutMs).catch((err: unknown): ProbeResult => ({ exitCode: -1, output: (err as Error).message }));
    if (signal.aborted) return;
    const end = deps.now();
    health = nextHealth(health, { ok: result.exitCode === 0, inStartPeriod: end - started < check.startPeriodMs }, check.retries);
    log = appendHealthLog(log, { start: new Date(start).toISOString(), end: new Date(end).toISOString(), exitCode: result.exitCode, output: result.output });
    deps.onProbe({ status: health.status, failingStreak: health.failures, log });
  }
}
