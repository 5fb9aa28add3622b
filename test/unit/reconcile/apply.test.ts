import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planProjectUp, reconcileUp, executePlan } from '../../../src/reconcile/apply.js';
import { DependencyError } from '../../../src/reconcile/errors.js';
import { checkCondition } from '../../../src/reconcile/readiness.js';
import { planDown } from '../../../src/plan/plan.js';
import { D1, D2, project, service } from '../plan/fixtures.js';
import { fakeWorld } from './fakes.js';

const hc = { test: ['CMD', 'true'], intervalMs: 100, timeoutMs: 100, retries: 1, startPeriodMs: 0 };
const web = service('web', { healthcheck: hc, volumes: [{ type: 'volume', source: 'site', target: '/www', readOnly: false }] });
const worker = service('worker', { environment: { A: '1' }, dependsOn: { web: { condition: 'service_healthy', restart: false, required: true } } });

test('up pulls what is missing, then creates, materialises and starts in dependency order', async () => {
  const w = fakeWorld({ store: { [web.image]: D1 }, registry: { [worker.image]: D2 } });
  const plan = await reconcileUp(project(worker, web), w.deps);
  assert.deepEqual([...w.events].sort(), [`materialise web ${D1}`, `materialise worker ${D2}`, 'pull worker missing', 'start web', 'start worker', 'volume site by web']);
  const at = (e: string) => w.events.indexOf(e);
  assert.equal(at('pull worker missing'), 0);
  assert.ok(at(`materialise web ${D1}`) < at('volume site by web'));
  assert.ok(at('volume site by web') < at('start web'));
  assert.ok(at('start web') < at('start worker'));
  assert.ok(at(`materialise worker ${D2}`) < at('start worker'));
  assert.equal(plan.actions[0]!.type, 'pull');
  // the worker started only once web was healthy
  assert.equal(w.containers.get('web')!.state!.health, 'healthy');
  assert.equal(w.containers.get('worker')!.spec!.imageDigest, D2);
});

test('a second up with nothing changed does nothing; an env change restarts that service only', async () => {
  const w = fakeWorld({ store: { [web.image]: D1, [worker.image]: D1 } });
  await reconcileUp(project(web, worker), w.deps);
  const webPid = w.containers.get('web')!.pid;
  w.events.length = 0;
  assert.deepEqual((await reconcileUp(project(web, worker), w.deps)).actions, []);
  assert.deepEqual(w.events, []);
  await reconcileUp(project(web, { ...worker, environment: { A: '2' } }), w.deps);
  assert.deepEqual(w.events, ['stop worker', 'start worker']);
  assert.equal(w.containers.get('web')!.pid, webPid);
});

test('a new image digest re-materialises the running service (recreate) and keeps volumes', async () => {
  const w = fakeWorld({ store: { [web.image]: D1 } });
  await reconcileUp(project(web), w.deps);
  w.events.length = 0;
  w.store[web.image] = D2;
  await reconcileUp(project(web), w.deps);
  assert.deepEqual(w.events, ['stop web', `materialise web ${D2}`, 'start web']);
  assert.deepEqual([...w.volumes], ['site']);
});

test('a dependant of an unhealthy service is not started, and the error says why', async () => {
  const w = fakeWorld({ store: { [web.image]: D1, [worker.image]: D1 }, behaviour: { web: { health: 'unhealthy' } } });
  await assert.rejects(reconcileUp(project(web, worker), w.deps), (e: unknown) => {
    assert.ok(e instanceof DependencyError);
    assert.equal(e.message, 'starting worker: dependency web did not become healthy: it is unhealthy');
    return true;
  });
  assert.ok(!w.events.includes('start worker'));
});

test('service_completed_successfully waits for a clean exit and refuses a failed one', async () => {
  const migrate = service('migrate');
  const app = service('app', { dependsOn: { migrate: { condition: 'service_completed_successfully', restart: false, required: true } } });
  const ok = fakeWorld({ store: { [migrate.image]: D1, [app.image]: D1 }, behaviour: { migrate: { exitCode: 0 } } });
  await reconcileUp(project(migrate, app), ok.deps);
  assert.ok(ok.events.includes('start app'));
  const bad = fakeWorld({ store: { [migrate.image]: D1, [app.image]: D1 }, behaviour: { migrate: { exitCode: 3 } } });
  await assert.rejects(reconcileUp(project(migrate, app), bad.deps), /dependency migrate did not become completed successfully: it exited with code 3/);
});

test('a failing step names the step and the service; later steps do not run', async () => {
  const w = fakeWorld({ store: { [web.image]: D1 } });
  await assert.rejects(reconcileUp(project(web, service('ghost')), w.deps), /pull ghost: manifest unknown/);
  assert.ok(!w.events.includes('start web'));
});

test('dry-run planning executes nothing', async () => {
  const w = fakeWorld({ store: { [web.image]: D1 } });
  const plan = await planProjectUp(project(web), w.deps);
  assert.deepEqual(plan.actions.map((a) => a.type), ['materialise', 'create-volume', 'start']);
  assert.deepEqual(w.events, []);
});

test('down stops and removes dependants first, volumes only with -v', async () => {
  const w = fakeWorld({ store: { [web.image]: D1, [worker.image]: D1 } });
  const p = { ...project(web, worker), volumes: { site: { name: 'site', labels: {} } } };
  await reconcileUp(p, w.deps);
  w.events.length = 0;
  const observed = await w.deps.state.observe();
  await executePlan(planDown(p, observed, { removeVolumes: true }).actions, { project: p, digests: {}, observed }, w.deps);
  assert.deepEqual(w.events, ['stop worker', 'remove worker', 'stop web', 'remove web', 'remove volume site']);
  assert.equal(w.containers.size, 0);
});

test('conditions: what counts as started, healthy and completed', () => {
  const s = (status: 'running' | 'exited' | 'failed' | 'restarting', extra = {}) => ({ version: 1 as const, service: 'x', status, processes: [], restarts: 0, ...extra });
  assert.deepEqual(checkCondition('service_started', s('running'), false), { met: true });
  assert.deepEqual(checkCondition('service_started', undefined, false), { met: false });
  assert.equal(checkCondition('service_started', s('failed', { message: 'boom' }), false).met, false);
  assert.deepEqual(checkCondition('service_healthy', s('running', { health: 'starting' }), true), { met: false });
  assert.deepEqual(checkCondition('service_healthy', s('running'), false), { met: false, failed: 'it has no healthcheck' });
  assert.deepEqual(checkCondition('service_completed_successfully', s('restarting'), false), { met: false });
  assert.deepEqual(checkCondition('service_completed_successfully', s('exited', { exitCode: 0 }), false), { met: true });
});

test('independent services start concurrently; a dependant of a failed start is never started', async () => {
  const a = service('a');
  const b = service('b');
  const c = service('c', { dependsOn: { a: { condition: 'service_started', restart: false, required: true } } });
  const w = fakeWorld({ store: { [a.image]: D1, [b.image]: D1, [c.image]: D1 } });
  let inFlight = 0;
  let maxInFlight = 0;
  const start = w.deps.runtime.start;
  w.deps.runtime.start = async (spec) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 20));
    inFlight--;
    return start(spec);
  };
  await reconcileUp(project(a, b, c), w.deps);
  assert.equal(maxInFlight, 2);
  assert.ok(w.events.indexOf('start a') < w.events.indexOf('start c'));

  const bad = fakeWorld({ store: { [a.image]: D1, [b.image]: D1, [c.image]: D1 }, behaviour: { a: { failStart: 'port 80 is taken' } } });
  await assert.rejects(reconcileUp(project(a, b, c), bad.deps), /start a: port 80 is taken/);
  assert.ok(!bad.events.includes('start c'));
  assert.ok(bad.events.includes('start b'));
});

const buildSpec = { context: '/p', args: {}, labels: {}, extraHosts: [], platforms: [], pull: false, noCache: false, tags: [] };

test('up builds a missing built image, then materialises it; --build recreates only a service whose build gave a new digest', async () => {
  const app = service('app', { image: 'proj-app', build: buildSpec });
  const other = service('other', { image: 'proj-other', build: buildSpec });
  const w = fakeWorld({ built: { app: D1, other: D1 } });
  await reconcileUp(project(app, other), w.deps);
  assert.deepEqual(w.events.slice(0, 2), ['build app', 'build other']);
  assert.ok(w.events.includes(`materialise app ${D1}`));
  w.events.length = 0;
  w.options.built!.app = D2;
  await reconcileUp(project(app, other), w.deps, { build: true });
  assert.deepEqual(w.events, ['build app', 'build other', 'stop app', `materialise app ${D2}`, 'start app']);
});

test('a failing build names the service; nothing of it is started', async () => {
  const app = service('app', { image: 'proj-app', build: buildSpec });
  const w = fakeWorld({ store: { [web.image]: D1 } });
  await assert.rejects(reconcileUp(project(web, app), w.deps), /build app: build of app failed/);
  assert.ok(!w.events.includes('start app'));
});
