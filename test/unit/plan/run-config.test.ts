import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, changedFields, hashRunConfig, runConfigOf } from '../../../src/plan/run-config.js';
import { dependencyOrder, withDependencies } from '../../../src/plan/order.js';
import { service } from './fixtures.js';

test('the hash ignores key order and undefined fields, and changes with any run-relevant value', () => {
  const a = service('web', { environment: { A: '1', B: '2' } });
  const b = service('web', { environment: { B: '2', A: '1' }, user: undefined });
  assert.equal(hashRunConfig(runConfigOf(a)), hashRunConfig(runConfigOf(b)));
  assert.notEqual(hashRunConfig(runConfigOf(a)), hashRunConfig(runConfigOf({ ...a, environment: { A: '1', B: '3' } })));
  assert.notEqual(hashRunConfig(runConfigOf(a)), hashRunConfig(runConfigOf({ ...a, command: ['sh'] })));
  assert.match(hashRunConfig(runConfigOf(a)), /^sha256:[0-9a-f]{64}$/);
  assert.equal(canonicalJson({ b: [{ d: 1, c: 2 }], a: undefined }), '{"b":[{"c":2,"d":1}]}');
});

test('changed fields are named as compose names them', () => {
  const a = runConfigOf(service('web'));
  const b = runConfigOf(service('web', { workingDir: '/x', stopGracePeriodMs: 1, restart: { policy: 'always' } }));
  assert.deepEqual(changedFields(a, b), ['restart policy', 'stop_grace_period', 'working_dir']);
});

test('dependency order puts dependencies first, keeps file order otherwise, and refuses cycles', () => {
  const deps = new Map([['c', ['b']], ['a', []], ['b', ['a']], ['d', []]]);
  assert.deepEqual(dependencyOrder(deps), ['a', 'b', 'c', 'd']);
  assert.deepEqual([...withDependencies(deps, ['c'])].sort(), ['a', 'b', 'c']);
  assert.throws(() => dependencyOrder(new Map([['x', ['y']], ['y', ['x']]])), /cycle: x → y → x/);
});
