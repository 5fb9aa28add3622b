import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPlan, planDown, planRestart, planStart, planStop, planUp, type Action } from '../../../src/plan/plan.js';
import { D1, D2, observed, observedFrom, project, service } from './fixtures.js';

const brief = (actions: Action[]) => actions.map((a) => `${a.type} ${'volume' in a ? a.volume : a.service}: ${a.reason}`);

const web = service('web', { ports: [{ target: 80, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' }], healthcheck: { test: ['CMD', 'true'], intervalMs: 1000, timeoutMs: 1000, retries: 3, startPeriodMs: 0 } });
const worker = service('worker', { environment: { MODE: 'a' }, dependsOn: { web: { condition: 'service_healthy', restart: false, required: true } } });

test('a fresh project: pull what is missing, then materialise and start in dependency order', () => {
  // worker listed first in the file, but depends on web
  const p = project(worker, web);
  const plan = planUp({ project: p, digests: { web: D1, worker: undefined } }, observed([]));
  assert.deepEqual(brief(plan.actions), [
    'pull worker: not in the store',
    'materialise web: new service',
    'start web: new service',
    'materialise worker: new service',
    'start worker: new service',
  ]);
  const start = plan.actions.find((a) => a.type === 'start' && a.service === 'worker');
  assert.deepEqual(start && 'waitFor' in start ? start.waitFor : undefined, [{ service: 'web', condition: 'service_healthy' }]);
});

test('unchanged running services get no action at all', () => {
  const p = project(web, worker);
  const plan = planUp({ project: p, digests: { web: D1, worker: D1 } }, observed([observedFrom(web, D1), observedFrom(worker, D1)]));
  assert.deepEqual(plan.actions, []);
  assert.match(formatPlan(plan), /nothing to do/);
});

test('an environment change restarts only that service, naming the field', () => {
  const edited = { ...worker, environment: { MODE: 'b' } };
  const plan = planUp({ project: project(web, edited), digests: { web: D1, worker: D1 } }, observed([observedFrom(web, D1), observedFrom(worker, D1)]));
  assert.deepEqual(brief(plan.actions), ['restart worker: environment changed']);
});

test('several changed fields are all named; fields that do not affect the container change nothing', () => {
  const edited = { ...web, ports: [], user: '1000', labels: { a: 'b' }, pullPolicy: 'always' as const, image: 'other:tag' };
  const plan = planUp({ project: project(edited), digests: { web: D1 } }, observed([observedFrom(web, D1)]), { pulled: true });
  assert.deepEqual(brief(plan.actions), ['restart web: ports, user changed']);
  const cosmetic = { ...web, labels: { x: 'y' }, dependsOn: {}, watch: [{ path: '/x', action: 'restart' as const, ignore: [] }] };
  assert.deepEqual(planUp({ project: project(cosmetic), digests: { web: D1 } }, observed([observedFrom(web, D1)])).actions, []);
});

test('an image digest change recreates a running service and re-materialises a stopped one', () => {
  const p = project(web, worker);
  const plan = planUp({ project: p, digests: { web: D2, worker: D2 } }, observed([observedFrom(web, D1), observedFrom(worker, D1, 'exited', 3)]));
  assert.deepEqual(brief(plan.actions), [
    'recreate web: image digest changed (111111111111 → 222222222222)',
    'materialise worker: image digest changed (111111111111 → 222222222222)',
    'start worker: it exited with code 3',
  ]);
});

test('switching fakeroot remakes the rootfs (its files are owned differently), running or stopped', () => {
  const plan = planUp({ project: project({ ...web, fakeroot: false }, { ...worker, fakeroot: false }), digests: { web: D1, worker: D1 } }, observed([observedFrom(web, D1), observedFrom(worker, D1, 'exited', 0)]));
  assert.deepEqual(brief(plan.actions), ['recreate web: fakeroot changed', 'materialise worker: fakeroot changed', 'start worker: it exited with code 0']);
});

test('with fakeroot: false, changing user: remakes the rootfs (your files are given to that user), running or stopped', () => {
  const kept = (name: string, user: string) => ({ ...service(name, {}), fakeroot: false, user });
  const plan = planUp({ project: project(kept('web', '1001'), kept('worker', '1002')), digests: { web: D1, worker: D1 } }, observed([observedFrom(kept('web', '1000'), D1), observedFrom(kept('worker', '1000'), D1, 'exited', 0)]));
  assert.deepEqual(brief(plan.actions), ['recreate web: user changed (fakeroot: false)', 'materialise worker: user changed (fakeroot: false)', 'start worker: it exited with code 0']);
  const fakeroot = { ...service('web', {}), user: '1001' };
  assert.deepEqual(brief(planUp({ project: project(fakeroot), digests: { web: D1 } }, observed([observedFrom({ ...fakeroot, user: '1000' }, D1)])).actions), ['restart web: user changed'], 'under fakeroot the rootfs does not depend on user:');
});

test('a stopped service is started without touching its rootfs', () => {
  const plan = planUp({ project: project(web), digests: { web: D1 } }, observed([observedFrom(web, D1, 'exited', 0)]));
  assert.deepEqual(brief(plan.actions), ['start web: it exited with code 0']);
});

test('--force-recreate recreates even unchanged services', () => {
  const plan = planUp({ project: project(web), digests: { web: D1 } }, observed([observedFrom(web, D1)]), { forceRecreate: true });
  assert.deepEqual(brief(plan.actions), ['recreate web: --force-recreate']);
});

test('orphans are reported, and removed (dependants first) only with --remove-orphans', () => {
  const gone1 = service('old-db');
  const gone2 = service('old-app', { dependsOn: { 'old-db': { condition: 'service_started', restart: false, required: true } } });
  const obs = observed([observedFrom(web, D1), observedFrom(gone1, D1), observedFrom(gone2, D1)]);
  const keep = planUp({ project: project(web), digests: { web: D1 } }, obs);
  assert.deepEqual(keep.actions, []);
  assert.deepEqual(keep.orphans, ['old-app', 'old-db']);
  assert.match(formatPlan(keep), /orphan +old-app: not in dabba.yaml \(use --remove-orphans/);
  const rm = planUp({ project: project(web), digests: { web: D1 } }, obs, { removeOrphans: true });
  assert.deepEqual(brief(rm.actions), ['remove old-app: removed from dabba.yaml', 'remove old-db: removed from dabba.yaml']);
  assert.deepEqual(rm.orphans, []);
});

test('pull policy always pulls every selected image; after pulling no pull is planned', () => {
  const p = project(web, worker);
  const obs = observed([observedFrom(web, D1), observedFrom(worker, D1)]);
  assert.deepEqual(brief(planUp({ project: p, digests: { web: D1, worker: D1 } }, obs, { pull: 'always' }).actions), [
    'pull web: pull policy always',
    'pull worker: pull policy always',
  ]);
  assert.deepEqual(planUp({ project: p, digests: { web: D1, worker: D1 } }, obs, { pull: 'always', pulled: true }).actions, []);
});

test('selecting a service plans it and its dependencies only', () => {
  const other = service('other');
  const p = project(other, web, worker);
  const plan = planUp({ project: p, digests: { web: D1, worker: D1, other: D1 } }, observed([]), { services: ['worker'] });
  assert.deepEqual(plan.actions.filter((a) => a.type === 'start').map((a) => a.service), ['web', 'worker']);
});

test('named volumes are created once, before their first user; existing ones are kept', () => {
  const vol = { type: 'volume' as const, source: 'data', target: '/data', readOnly: false };
  const a = service('a', { volumes: [vol] });
  const b = service('b', { volumes: [vol, { type: 'volume', source: 'cache', target: '/c', readOnly: false }] });
  const plan = planUp({ project: project(a, b), digests: { a: D1, b: D1 } }, observed([], ['cache']));
  assert.deepEqual(brief(plan.actions), [
    'materialise a: new service',
    'create-volume data: not created yet',
    'start a: new service',
    'materialise b: new service',
    'start b: new service',
  ]);
});

test('--no-start materialises without starting and leaves running services alone', () => {
  const plan = planUp({ project: project(web, worker), digests: { web: D2, worker: D1 } }, observed([observedFrom(web, D1)]), { noStart: true });
  assert.deepEqual(brief(plan.actions), ['materialise worker: new service']);
});

test('depends_on restart: true restarts the dependant when its dependency restarts', () => {
  const app = service('app', { dependsOn: { web: { condition: 'service_started', restart: true, required: true } } });
  const editedWeb = { ...web, environment: { X: '1' } };
  const plan = planUp({ project: project(editedWeb, app), digests: { web: D1, app: D1 } }, observed([observedFrom(web, D1), observedFrom(app, D1)]));
  assert.deepEqual(brief(plan.actions), ['restart web: environment changed', 'restart app: dependency web restarted']);
});

test('a state the supervisor never recorded a spec for is restarted, not trusted', () => {
  const o = observedFrom(web, D1);
  const plan = planUp({ project: project(web), digests: { web: D1 } }, observed([{ ...o, spec: undefined, rootfsDigest: D1 }]));
  assert.deepEqual(brief(plan.actions), ['restart web: configuration not recorded']);
});

test('down removes dependants first, orphans only when asked, volumes only with -v', () => {
  const p = { ...project(web, worker), volumes: { data: { name: 'data', labels: {} }, never: { name: 'never', labels: {} } } };
  const gone = service('gone');
  const obs = observed([observedFrom(web, D1), observedFrom(worker, D1, 'exited', 0), observedFrom(gone, D1)], ['data']);
  assert.deepEqual(brief(planDown(p, obs).actions), ['remove worker: dabba down', 'remove web: dabba down']);
  assert.deepEqual(brief(planDown(p, obs, { removeOrphans: true, removeVolumes: true }).actions), [
    'remove worker: dabba down',
    'remove web: dabba down',
    'remove gone: removed from dabba.yaml',
    'remove-volume data: dabba down -v',
  ]);
});

test('stop, start and restart pick existing containers in the right order', () => {
  const p = project(web, worker);
  const obs = observed([observedFrom(web, D1), observedFrom(worker, D1, 'exited', 1)]);
  assert.deepEqual(brief(planStop(p, obs)), ['stop web: dabba stop']);
  assert.deepEqual(brief(planStart(p, obs)), ['start worker: dabba start']);
  assert.deepEqual(brief(planRestart(p, obs)), ['restart web: dabba restart', 'restart worker: dabba restart']);
  assert.deepEqual(brief(planRestart(p, obs, ['worker'])), ['restart worker: dabba restart']);
});

const built = service('app', { image: 'proj-app', build: { context: '/p', args: {}, labels: {}, extraHosts: [], platforms: [], pull: false, noCache: false, tags: [] } });

test('build: a missing image is built, not pulled; a stored one is used unless --build or pull_policy build', () => {
  const p = project(built, web);
  assert.deepEqual(brief(planUp({ project: p, digests: { app: undefined, web: D1 } }, observed([])).actions).slice(0, 1), ['build app: not in the store']);
  const running = observed([observedFrom(built, D1), observedFrom(web, D1)]);
  assert.deepEqual(planUp({ project: p, digests: { app: D1, web: D1 } }, running).actions, []);
  assert.deepEqual(brief(planUp({ project: p, digests: { app: D1, web: D1 } }, running, { build: true }).actions), ['build app: --build']);
  const always = project({ ...built, pullPolicy: 'build' }, web);
  assert.deepEqual(brief(planUp({ project: always, digests: { app: D1, web: D1 } }, running).actions), ['build app: pull policy build']);
  assert.match(formatPlan(planUp({ project: always, digests: { app: D1, web: D1 } }, running)), /^build +app proj-app: pull policy build$/m);
});

test('build: --no-build and pull_policy never never build (a missing image is then pulled, as compose does)', () => {
  const p = project(built);
  assert.deepEqual(brief(planUp({ project: p, digests: { app: undefined } }, observed([]), { build: false }).actions).slice(0, 1), ['pull app: not in the store']);
  assert.deepEqual(brief(planUp({ project: project({ ...built, pullPolicy: 'never' }), digests: { app: undefined } }, observed([])).actions).slice(0, 1), ['pull app: not in the store']);
});
