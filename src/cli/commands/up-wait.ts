/**
 * What `up -d` does after starting: with `--wait`, wait until every selected
 * service runs (and is healthy where it has a healthcheck, or completed with
 * 0 where another service waits for that); without it, make sure nothing it
 * started died at once. A service that did not come up is named with why and
 * its last log lines, and `up` fails, as compose users expect.
 */
import type { CommandContext } from '../command.js';
import type { Project } from '../../config/index.js';
import type { Plan } from '../../plan/plan.js';
import { ServiceNotReadyError } from '../../reconcile/errors.js';
import { decideEarlyExit, decideUpWait, type NotReady, type WaitCondition, type WaitTarget } from '../../reconcile/readiness.js';
import { pollStates } from '../../reconcile/wait.js';
import { containerPaths, projectPaths } from '../../container/layout.js';
import { parseLogLine, readLogTail } from '../../supervisor/log-file.js';
import { readState } from '../../state/store.js';
import { createReconcileDeps } from '../wiring.js';
import { shownText } from './logs.js';

/** How long after its start a container that exits non-zero counts as having failed to start. */
export const EARLY_EXIT_GRACE_MS = 1000;

const TAIL_LINES = 5;

/** What `--wait` waits for of `name` (pure). */
export function waitCondition(project: Project, name: string): WaitCondition {
  const awaited = Object.values(project.services).some((s) => s.dependsOn[name]?.condition === 'service_completed_successfully');
  if (awaited) return 'service_completed_successfully';
  return project.services[name]?.healthcheck ? 'service_healthy' : 'service_running';
}

/**
 * Each failure as "app: it exited with code 1 …; its last lines:" and those
 * lines, indented (I/O: reads the logs). Only lines of its current run, or
 * written since this `up` began: the log keeps earlier runs too.
 */
async function describe(project: Project, failures: readonly NotReady[], since: number, when = ''): Promise<{ head: string; tail: string[] }[]> {
  const paths = projectPaths(project.workingDir);
  return Promise.all(failures.map(async (f) => {
    const startedAt = (await readState(paths, f.service))?.startedAt;
    const from = new Date(Math.min(since, startedAt === undefined ? since : Date.parse(startedAt))).toISOString();
    const lines = await readLogTail(containerPaths(paths, f.service).logFile, undefined);
    const tail = lines.filter((l) => (parseLogLine(l)?.time ?? '') >= from).slice(-TAIL_LINES);
    return {
      head: `${f.service}: ${f.reason}${when}${tail.length ? '; its last lines:' : ' (it printed nothing)'}`,
      tail: tail.map((l) => `  ${f.service} | ${shownText(l, false)}`),
    };
  }));
}

function hint(failures: readonly NotReady[]): string {
  return `see: dabba logs ${failures.map((f) => f.service).join(' ')}`;
}

/** `up --wait` (started at `sinceMs`): resolves once `names` are ready; throws ServiceNotReadyError as soon as one will not be, or at the timeout. */
export async function waitUntilReady(ctx: CommandContext, project: Project, names: readonly string[], sinceMs: number, timeoutMs: number | undefined): Promise<void> {
  const deps = createReconcileDeps(ctx, project);
  const targets: WaitTarget[] = names.map((n) => ({ service: n, condition: waitCondition(project, n), hasHealthcheck: project.services[n]?.healthcheck !== undefined }));
  const deadline = timeoutMs === undefined ? Infinity : deps.clock.now() + timeoutMs;
  const options = { since: sinceMs, graceMs: EARLY_EXIT_GRACE_MS, deadline };
  const outcome = await pollStates(names, (states, now) => decideUpWait(targets, states, now, options), deps);
  if (outcome.kind === 'done') return;
  const when = outcome.timedOut ? ` after ${(timeoutMs ?? 0) / 1000} s` : '';
  const lines = (await describe(project, outcome.failures, sinceMs, when)).flatMap((d) => [d.head, ...d.tail]);
  throw new ServiceNotReadyError(`not every service came up:\n${lines.join('\n')}`, { hint: hint(outcome.failures) });
}

/** Services the plan started or restarted. */
export function startedServices(plan: Plan): string[] {
  return [...new Set(plan.actions.flatMap((a) => (a.type === 'start' || a.type === 'restart' || a.type === 'recreate' ? [a.service] : [])))];
}

/** `up -d`: warns about and fails for each of `started` that exited non-zero right after starting (since `sinceMs`). */
export async function checkEarlyExits(ctx: CommandContext, project: Project, startedNow: readonly string[], sinceMs: number): Promise<void> {
  // A service with a restart policy may be between an exit and its restart: what becomes of it is the policy's business.
  const started = startedNow.filter((s) => project.services[s]?.restart.policy === 'no');
  if (started.length === 0) return;
  const deps = createReconcileDeps(ctx, project);
  const outcome = await pollStates(started, (states, now) => decideEarlyExit(started, states, now, sinceMs, EARLY_EXIT_GRACE_MS), deps);
  if (outcome.kind === 'done') return;
  for (const d of await describe(project, outcome.failures, sinceMs, ' right after it started')) {
    ctx.out.warn(d.head);
    for (const l of d.tail) ctx.out.info(l);
  }
  const names = outcome.failures.map((f) => f.service);
  throw new ServiceNotReadyError(`${names.join(', ')} failed right after starting`, { hint: hint(outcome.failures) });
}
