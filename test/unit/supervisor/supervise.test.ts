import { test } from 'node:test';
import assert from 'node:assert/strict';
import { supervise, type SupervisedContainer, type SupervisorDeps } from '../../../src/supervisor/supervise.js';
import { backoffDelay, decideRestart, MAX_QUICK_FAILURES } from '../../../src/supervisor/restart-policy.js';
import { appendHealthLog, HEALTH_LOG_KEEP, nextHealth } from '../../../src/supervisor/health.js';
import type { ContainerState } from '../../../src/state/types.js';
import { service } from '../plan/fixtures.js';

/** A fake world with virtual time: sleeps advance the clock and return at once. */
function world(opts: { exitCodes?: number[]; runMs?: number; probe?: (n: number) => boolean; startFails?: string } = {}) {
  let clock = 1_000_000;
  const states: ContainerState[] = [];
  const sleeps: number[] = [];
  const stops: number[] = [];
  let starts = 0;
  let probes = 0;
  const exits = [...(opts.exitCodes ?? [])];
  let finishCurrent: ((code: number) => void) | undefined;
  const deps: SupervisorDeps = {
    self: { pid: 42, startTime: '7' },
    now: () => clock,
    log: () => {},
    writeState: async (s) => void states.push(s),
    sleep: async (ms, signal) => {
      if (signal.aborted) return;
      sleeps.push(ms);
      clock += ms;
      await new Promise((r) => setImmediate(r));
    },
    probe: async () => {
      probes++;
      const ok = opts.probe?.(probes) ?? true;
      // After enough probes let the container exit, so the test ends.
      if (probes >= 8) finishCurrent?.(0);
      return { exitCode: ok ? 0 : 3, output: `probe ${probes}` };
    },
    start: async () => {
      starts++;
      if (opts.startFails) throw new Error(opts.startFails);
      let resolve!: (code: number) => void;
      const exited = new Promise<number>((r) => (resolve = r));
      finishCurrent = resolve;
      const code = exits.shift();
      if (code !== undefined) {
        clock += opts.runMs ?? 50;
        setImmediate(() => resolve(code));
      }
      const c: SupervisedContainer = {
        processes: [{ pid: 1000 + starts, startTime: '1' }],
        pid: 1000 + starts,
        ports: [],
        exited,
        stop: async (graceMs) => {
          stops.push(graceMs);
          resolve(143);
          return 143;
        },
      };
      return c;
    },
  };
  return { deps, states, sleeps, stops, starts: () => starts, probes: () => probes };
}

test('on-failure:3 restarts a crashing container exactly 3 times, with growing back-off, then reports it', async () => {
  const w = world({ exitCodes: [1, 1, 1, 1, 1, 1] });
  const final = await supervise(service('job', { restart: { policy: 'on-failure', maxRetries: 3 } }), w.deps).done;
  assert.equal(w.starts(), 4);
  assert.equal(final.restarts, 3);
  assert.equal(final.status, 'exited');
  assert.equal(final.exitCode, 1);
  assert.match(final.message ?? '', /gave up after 3 restarts \(restart: on-failure:3\), last exit code 1/);
  assert.deepEqual(w.sleeps, [100, 200, 400]);
  assert.equal(final.supervisor, undefined);
  assert.deepEqual(w.states.at(-1), final);
});

test('on-failure does not restart a clean exit; "no" restarts nothing', async () => {
  const a = world({ exitCodes: [2, 0] });
  const fa = await supervise(service('job', { restart: { policy: 'on-failure' } }), a.deps).done;
  assert.equal(a.starts(), 2);
  assert.equal(fa.exitCode, 0);
  const b = world({ exitCodes: [5] });
  const fb = await supervise(service('job'), b.deps).done;
  assert.equal(b.starts(), 1);
  assert.deepEqual([fb.status, fb.exitCode, fb.restarts], ['exited', 5, 0]);
});

test('"always" in a crash loop gives up and is reported failed instead of spinning forever', async () => {
  const w = world({ exitCodes: Array(50).fill(0) });
  const final = await supervise(service('loop', { restart: { policy: 'always' } }), w.deps).done;
  assert.equal(final.status, 'failed');
  assert.equal(w.starts(), MAX_QUICK_FAILURES + 1);
  assert.match(final.message ?? '', /kept failing: exited 11 times in a row/);
});

test('a long run resets the back-off', () => {
  assert.deepEqual([1, 2, 3, 4].map(backoffDelay), [100, 200, 400, 800]);
  assert.equal(backoffDelay(30), 30_000);
  assert.deepEqual(decideRestart({ policy: 'unless-stopped' }, { exitCode: 0, restarts: 99, quickFailures: 0 }), { restart: true, delayMs: 100 });
});

test('a stop request stops the container within its grace period, and does not restart it', async () => {
  const w = world();
  const s = supervise(service('web', { restart: { policy: 'always' }, stopGracePeriodMs: 2500 }), w.deps);
  while (!w.states.some((x) => x.status === 'running')) await new Promise((r) => setImmediate(r));
  const running = w.states.find((x) => x.status === 'running')!;
  assert.deepEqual(running.processes, [{ pid: 1001, startTime: '1' }]);
  assert.deepEqual(running.supervisor, { pid: 42, startTime: '7' });
  s.requestStop();
  const final = await s.done;
  assert.deepEqual(w.stops, [2500]);
  assert.equal(w.starts(), 1);
  assert.deepEqual([final.status, final.stoppedByUser, final.exitCode, final.processes], ['exited', true, 143, []]);
});

test('a container that cannot start fails at once, without restarts', async () => {
  const w = world({ startFails: 'port 8080 is already in use' });
  const final = await supervise(service('web', { restart: { policy: 'always' } }), w.deps).done;
  assert.equal(w.starts(), 1);
  assert.equal(final.status, 'failed');
  assert.match(final.message ?? '', /could not start: port 8080 is already in use/);
});

test('the healthcheck makes the container healthy, then unhealthy after `retries` failures', async () => {
  // probes: ok, ok, fail, fail, fail (→ unhealthy at the 3rd), ok (→ healthy) …
  const pattern = [true, true, false, false, false, true, true, true];
  const w = world({ probe: (n) => pattern[n - 1] ?? true });
  const hc = { test: ['CMD', 'true'], intervalMs: 1000, timeoutMs: 500, retries: 3, startPeriodMs: 0 };
  await supervise(service('web', { healthcheck: hc }), w.deps).done;
  const changes = w.states.map((s) => s.health).filter((h, i, all) => h !== undefined && h !== all[i - 1]);
  assert.deepEqual(changes, ['starting', 'healthy', 'unhealthy', 'healthy']);
  assert.ok(w.sleeps.every((ms) => ms === 1000));
});

test('the state keeps the last probes (time, exit code, output) and the failing streak, also after the container exits', async () => {
  // The container exits during the eighth probe, whose result is then dropped.
  const pattern = [true, false, false, false, false, false, false];
  const w = world({ probe: (n) => pattern[n - 1] ?? true });
  const hc = { test: ['CMD', 'check'], intervalMs: 1000, timeoutMs: 500, retries: 3, startPeriodMs: 0 };
  const final = await supervise(service('web', { healthcheck: hc }), w.deps).done;
  assert.deepEqual(final.healthLog?.map((e) => [e.exitCode, e.output]), [[3, 'probe 3'], [3, 'probe 4'], [3, 'probe 5'], [3, 'probe 6'], [3, 'probe 7']]);
  assert.equal(final.failingStreak, 6);
  const entry = final.healthLog![4]!;
  assert.ok(Date.parse(entry.start) <= Date.parse(entry.end));
  const whenUnhealthy = w.states.find((s) => s.health === 'unhealthy');
  assert.equal(whenUnhealthy?.failingStreak, 3);
  assert.equal(whenUnhealthy?.healthLog?.at(-1)?.output, 'probe 4');
});

test('the health log keeps the newest entries', () => {
  const e = (n: number) => ({ start: `s${n}`, end: `e${n}`, exitCode: n, output: '' });
  let log = appendHealthLog([], e(0));
  for (let n = 1; n < 8; n++) log = appendHealthLog(log, e(n));
  assert.deepEqual(log.map((x) => x.exitCode), [3, 4, 5, 6, 7]);
  assert.equal(log.length, HEALTH_LOG_KEEP);
});

test('failures during start_period do not count, a success does', () => {
  const s0 = { status: 'starting' as const, failures: 0 };
  assert.deepEqual(nextHealth(s0, { ok: false, inStartPeriod: true }, 1), s0);
  assert.deepEqual(nextHealth(s0, { ok: false, inStartPeriod: false }, 1), { status: 'unhealthy', failures: 1 });
  assert.deepEqual(nextHealth(s0, { ok: true, inStartPeriod: true }, 1), { status: 'healthy', failures: 0 });
  assert.deepEqual(nextHealth({ status: 'healthy', failures: 0 }, { ok: false, inStartPeriod: false }, 2), { status: 'healthy', failures: 1 });
});
