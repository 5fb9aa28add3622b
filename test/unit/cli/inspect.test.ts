import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectRecord } from '../../../src/cli/commands/inspect.js';
import { D1, observedFrom, service } from '../plan/fixtures.js';

const now = Date.parse('2026-01-01T12:00:00Z');
const hc = { test: ['CMD', 'check'], intervalMs: 1000, timeoutMs: 500, retries: 3, startPeriodMs: 0 };

test('inspect shows state, health with its log, the command, env names without values, and ports', () => {
  const web = service('web', {
    command: ['httpd', '-f'],
    environment: { DB_PASSWORD: 's3cret', MODE: 'a' },
    healthcheck: hc,
    ports: [{ target: 80, published: 8080, hostIp: '127.0.0.1', protocol: 'tcp' }],
  });
  const o = observedFrom(web, D1);
  const probe = { start: '2026-01-01T11:59:59.000Z', end: '2026-01-01T11:59:59.100Z', exitCode: 3, output: 'probe-output\n' };
  o.state = { ...o.state!, pid: 77, health: 'unhealthy', failingStreak: 4, healthLog: [probe], startedAt: '2026-01-01T11:59:00Z' };
  const image = { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers' as const, diff_ids: [] }, config: { Entrypoint: ['/bin/entry'], Cmd: ['x'], Env: ['PATH=/bin', 'MODE=b'], WorkingDir: '/srv', User: 'nobody' } };
  const r = inspectRecord('demo', o, image, now);
  assert.deepEqual(r.State, {
    Status: 'running', Running: true, Pid: 77, ExitCode: 0, StartedAt: '2026-01-01T11:59:00Z', FinishedAt: '', Restarts: 0, Error: '',
    Health: { Status: 'unhealthy', FailingStreak: 4, Log: [{ Start: probe.start, End: probe.end, ExitCode: 3, Output: 'probe-output\n' }] },
  });
  assert.deepEqual(r.Config, { Image: web.image, ImageDigest: D1, Cmd: ['/bin/entry', 'httpd', '-f'], Env: ['PATH', 'MODE', 'DB_PASSWORD'], WorkingDir: '/srv', User: 'nobody' });
  assert.doesNotMatch(JSON.stringify(r), /s3cret/);
  assert.deepEqual(r.Ports, { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }] });
});

test('inspect of an exited container without a healthcheck has no Health and says why it stopped', () => {
  const o = observedFrom(service('job'), D1, 'failed', 2);
  o.state = { ...o.state!, message: 'gave up after 3 restarts', finishedAt: '2026-01-01T11:59:58Z' };
  const r = inspectRecord('demo', o, undefined, now);
  assert.deepEqual([r.State.Status, r.State.Running, r.State.ExitCode, r.State.Error, r.State.Health], ['exited', false, 2, 'gave up after 3 restarts', undefined]);
});
