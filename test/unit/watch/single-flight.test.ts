import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSingleFlight, debounce } from '../../../src/watch/single-flight.js';
import { matchWatchRules } from '../../../src/watch/rules.js';
import { service } from '../plan/fixtures.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

test('triggers during a run are coalesced into exactly one next run; runs never overlap', async () => {
  const gates = [deferred(), deferred(), deferred()];
  let running = 0;
  let maxRunning = 0;
  let runs = 0;
  const sf = createSingleFlight(async () => {
    const gate = gates[runs++]!;
    running++;
    maxRunning = Math.max(maxRunning, running);
    await gate.promise;
    running--;
  });
  const first = sf.trigger();
  const a = sf.trigger();
  const b = sf.trigger();
  const c = sf.trigger();
  assert.equal(a, b);
  assert.equal(b, c);
  assert.equal(runs, 1);
  gates[0]!.resolve();
  await first;
  await new Promise((r) => setImmediate(r));
  assert.equal(runs, 2);
  gates[1]!.resolve();
  await a;
  await sf.idle();
  assert.equal(runs, 2);
  assert.equal(maxRunning, 1);
});

test('a failing run does not stop later runs', async () => {
  let runs = 0;
  const sf = createSingleFlight(async () => {
    runs++;
    if (runs === 1) throw new Error('boom');
  });
  await sf.trigger();
  await sf.trigger();
  assert.equal(runs, 2);
});

/** Timers that fire only when the test advances the clock, so a loaded machine cannot reorder them. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers = {
    set: ((fn: () => void, ms: number) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, fn });
      return id;
    }) as unknown as typeof setTimeout,
    clear: ((id: number) => pending.delete(id)) as unknown as typeof clearTimeout,
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > now) continue;
      pending.delete(id);
      t.fn();
    }
  };
  return { timers, advance };
}

test('debounce calls once after a burst, with every item of the burst', () => {
  const clock = fakeTimers();
  const batches: string[][] = [];
  const d = debounce<string>((items) => batches.push(items), 30, clock.timers);
  d.push('a');
  d.push('b');
  clock.advance(10);
  d.push('c');
  clock.advance(29);
  assert.deepEqual(batches, []);
  clock.advance(1);
  assert.deepEqual(batches, [['a', 'b', 'c']]);
  d.push('d');
  clock.advance(30);
  assert.deepEqual(batches, [['a', 'b', 'c'], ['d']]);
  d.push('e');
  d.cancel();
  clock.advance(60);
  assert.equal(batches.length, 2);
});

test('develop.watch rules match paths under them, map sync targets, and honour ignores', () => {
  const app = service('app', {
    watch: [
      { path: '/p/src', action: 'sync+restart', target: '/app/src', ignore: ['*.tmp', 'node_modules/**'] },
      { path: '/p/package.json', action: 'restart', ignore: [] },
    ],
  });
  const other = service('other', { watch: [{ path: '/p/srcx', action: 'restart', ignore: [] }] });
  const hits = (p: string) => matchWatchRules([app, other], p).map((h) => `${h.service}:${h.rule.action}:${h.containerPath ?? '-'}`);
  assert.deepEqual(hits('/p/src/a/b.js'), ['app:sync+restart:/app/src/a/b.js']);
  assert.deepEqual(hits('/p/src'), ['app:sync+restart:/app/src']);
  assert.deepEqual(hits('/p/package.json'), ['app:restart:-']);
  assert.deepEqual(hits('/p/srcx/y'), ['other:restart:-']);
  assert.deepEqual(hits('/p/src/x.tmp'), []);
  assert.deepEqual(hits('/p/src/node_modules/z/index.js'), []);
  assert.deepEqual(hits('/elsewhere'), []);
});
