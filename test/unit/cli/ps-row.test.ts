import { test } from 'node:test';
import assert from 'node:assert/strict';
import { humanDuration, psRow } from '../../../src/cli/commands/ps.js';
import { D1, observedFrom, service } from '../plan/fixtures.js';

const now = Date.parse('2026-01-01T12:00:00Z');
const web = service('web', { ports: [{ target: 80, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' }] });

test('a running, healthy container: compose field names, uptime, health, ports, pid', () => {
  const o = observedFrom(web, D1);
  o.state = { ...o.state!, pid: 4242, health: 'healthy', startedAt: '2026-01-01T11:55:00Z' };
  const row = psRow('demo', o, now);
  assert.equal(row.Name, 'demo-web-1');
  assert.deepEqual([row.State, row.Status, row.Health, row.Pid, row.ImageDigest], ['running', 'Up 5 minutes (healthy)', 'healthy', 4242, D1]);
  assert.deepEqual(row.Publishers, [{ URL: '0.0.0.0', TargetPort: 80, PublishedPort: 8080, Protocol: 'tcp' }]);
});

test('exited and failed containers show their code and why; a dead one shows no pid or health', () => {
  const exited = observedFrom(web, D1, 'exited', 3);
  exited.state = { ...exited.state!, pid: 4242, health: 'healthy', finishedAt: '2026-01-01T11:59:58Z', message: 'gave up after 3 restarts' };
  const row = psRow('demo', exited, now);
  assert.deepEqual([row.State, row.Status, row.ExitCode, row.Pid, row.Health], ['exited', 'Exited (3) 2 seconds ago: gave up after 3 restarts', 3, 0, '']);
  assert.deepEqual(row.Publishers, [], 'an exited container publishes nothing');
  const failed = observedFrom(web, D1, 'failed');
  failed.state = { ...failed.state!, exitCode: undefined, message: 'could not start: port 8080 is taken' };
  assert.deepEqual([psRow('demo', failed, now).State, psRow('demo', failed, now).Status], ['exited', 'Failed: could not start: port 8080 is taken']);
});

test('durations read as people say them', () => {
  assert.deepEqual([0, 1000, 61_000, 7_200_000, 3 * 86_400_000].map(humanDuration), ['0 seconds', '1 second', '1 minute', '2 hours', '3 days']);
});

test('a created container that has no spec yet shows the image the file names', () => {
  const created = observedFrom(web, D1, 'created');
  created.spec = undefined;
  assert.equal(psRow('demo', created, now, 'busybox:1.36').Image, 'busybox:1.36');
});
