import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideEarlyExit, decideReady, decideUpWait, type ObservedStates, type WaitTarget } from '../../../src/reconcile/readiness.js';
import { pollStates } from '../../../src/reconcile/wait.js';
import type { StateStore } from '../../../src/reconcile/ports.js';
import type { ContainerState } from '../../../src/state/types.js';

const T0 = Date.parse('2026-01-01T12:00:00Z');
const iso = (ms: number) => new Date(T0 + ms).toISOString();
const st = (status: ContainerState['status'], extra: Partial<ContainerState> = {}): ContainerState => ({ version: 1, service: 'x', status, processes: [], restarts: 0, ...extra });

const web: WaitTarget = { service: 'web', condition: 'service_healthy', hasHealthcheck: true };
const job: WaitTarget = { service: 'job', condition: 'service_completed_successfully', hasHealthcheck: false };
const app: WaitTarget = { service: 'app', condition: 'service_running', hasHealthcheck: false };

/**
 * Replays `timeline` (states observed at each poll) through `pollStates` with a
 * virtual clock advancing `pollMs` per sleep; returns the outcome and when it came.
 */
async function replay(services: string[], timeline: ObservedStates[], decide: Parameters<typeof pollStates>[1], pollMs = 100) {
  let now = T0;
  let poll = 0;
  const reads: Record<string, number> = {};
  const state = {
    readState: async (s: string) => {
      reads[s] = (reads[s] ?? 0) + 1;
      return timeline[Math.min(poll, timeline.length - 1)]![s];
    },
  } as unknown as StateStore;
  const clock = { now: () => now, sleep: async (ms: number) => void ((now += ms), poll++) };
  const outcome = await pollStates(services, decide, { state, clock }, pollMs);
  return { outcome, atMs: now - T0, reads };
}

test('--wait: done once every service runs, is healthy, or (when others wait for it) completed with 0', async () => {
  const timeline: ObservedStates[] = [
    { web: st('running', { health: 'starting' }), job: st('running'), app: st('running') },
    { web: st('running', { health: 'starting' }), job: st('exited', { exitCode: 0 }), app: st('running') },
    { web: st('running', { health: 'healthy' }), job: st('exited', { exitCode: 0 }), app: st('running') },
  ];
  const r = await replay(['web', 'job', 'app'], timeline, (s, now) => decideReady([web, job, app], s, now, Infinity));
  assert.deepEqual(r.outcome, { kind: 'done' });
  assert.equal(r.atMs, 200);
});

test('--wait: fails at once when a service exits, or becomes unhealthy, naming it and why', () => {
  const exited = decideReady([web, app], { web: st('running', { health: 'starting' }), app: st('exited', { exitCode: 1 }) }, T0, Infinity);
  assert.deepEqual(exited, { kind: 'failed', failures: [{ service: 'app', reason: 'it exited with code 1' }], timedOut: false });
  const unhealthy = decideReady([web], { web: st('running', { health: 'unhealthy' }) }, T0, Infinity);
  assert.deepEqual(unhealthy, { kind: 'failed', failures: [{ service: 'web', reason: 'it is unhealthy' }], timedOut: false });
  const jobFailed = decideReady([job], { job: st('exited', { exitCode: 2 }) }, T0, Infinity);
  assert.deepEqual(jobFailed, { kind: 'failed', failures: [{ service: 'job', reason: 'it exited with code 2' }], timedOut: false });
});

test('--wait-timeout: at the deadline, what is still on its way fails, saying what it is doing', async () => {
  const timeline: ObservedStates[] = [{ web: st('running', { health: 'starting' }), app: st('restarting', { exitCode: 1 }) }];
  const r = await replay(['web', 'app'], timeline, (s, now) => decideReady([web, app], s, now, T0 + 1000));
  assert.equal(r.atMs, 1000);
  assert.deepEqual(r.outcome, {
    kind: 'failed',
    timedOut: true,
    failures: [
      { service: 'web', reason: 'it is still starting (health: starting)' },
      { service: 'app', reason: 'it is restarting (it exited with code 1)' },
    ],
  });
});

test('up -d: a container that exits non-zero within the grace period of its start failed', async () => {
  const timeline: ObservedStates[] = [
    { app: st('running', { startedAt: iso(10) }), ok: st('running', { startedAt: iso(0) }) },
    { app: st('exited', { startedAt: iso(10), finishedAt: iso(300), exitCode: 1 }), ok: st('running', { startedAt: iso(0) }) },
  ];
  const r = await replay(['app', 'ok'], timeline, (s, now) => decideEarlyExit(['app', 'ok'], s, now, T0, 1000));
  assert.deepEqual(r.outcome, { kind: 'failed', failures: [{ service: 'app', reason: 'it exited with code 1' }], timedOut: false });
  assert.equal(r.atMs, 100);
});

test('up -d: done once each container has run the grace period, or ended well, or ended before this up', async () => {
  const states: ObservedStates = {
    up: st('running', { startedAt: iso(0) }),
    done: st('exited', { startedAt: iso(0), finishedAt: iso(50), exitCode: 0 }),
    old: st('exited', { startedAt: iso(-5000), finishedAt: iso(-4000), exitCode: 1 }),
    late: st('exited', { startedAt: iso(0), finishedAt: iso(1500), exitCode: 1 }),
    stopped: st('exited', { startedAt: iso(0), finishedAt: iso(100), exitCode: 143, stoppedByUser: true }),
    retried: st('exited', { startedAt: iso(400), finishedAt: iso(500), exitCode: 3, restarts: 3, message: 'gave up after 3 restarts' }),
    retrying: st('restarting', { startedAt: iso(0), finishedAt: iso(100), exitCode: 3 }),
  };
  const names = Object.keys(states);
  assert.deepEqual(decideEarlyExit(names, states, T0 + 999, T0, 1000), { kind: 'wait' });
  assert.deepEqual(decideEarlyExit(names, states, T0 + 1000, T0, 1000), { kind: 'done' });
  const r = await replay(names, [states], (s, now) => decideEarlyExit(names, s, now, T0, 1000), 250);
  assert.deepEqual([r.outcome, r.atMs], [{ kind: 'done' }, 1000]);
});

test('up -d: a container that could not start at all failed', () => {
  const states: ObservedStates = { app: st('failed', { finishedAt: iso(20), message: 'could not start: port 8080 is taken' }) };
  assert.deepEqual(decideEarlyExit(['app'], states, T0 + 30, T0, 1000), {
    kind: 'failed',
    failures: [{ service: 'app', reason: 'it failed: could not start: port 8080 is taken' }],
    timedOut: false,
  });
});

test('--wait: a container seen running is not ready before it has run the grace period; one that dies in it failed', async () => {
  const running = st('running', { startedAt: iso(0) });
  const timeline: ObservedStates[] = [{ app: running }, { app: running }, { app: st('exited', { startedAt: iso(0), finishedAt: iso(250), exitCode: 1 }) }];
  const options = { since: T0, graceMs: 1000, deadline: Infinity };
  const died = await replay(['app'], timeline, (s, now) => decideUpWait([app], s, now, options));
  assert.deepEqual([died.outcome, died.atMs], [{ kind: 'failed', failures: [{ service: 'app', reason: 'it exited with code 1' }], timedOut: false }, 200]);
  const stayed = await replay(['app'], [{ app: running }], (s, now) => decideUpWait([app], s, now, options));
  assert.deepEqual([stayed.outcome, stayed.atMs], [{ kind: 'done' }, 1000]);
});
