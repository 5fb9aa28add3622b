/**
 * `up --wait`, `up -d` of a container that dies at once, and healthcheck
 * results in `inspect` and `ps --format json`: the real CLI, supervisors and
 * bwrap, a busybox image from an OCI layout built by the test.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { dabba, until, requiredTools } from '../helpers/cli.js';

const { missing, skip } = requiredTools(['bwrap', 'unshare', 'nsenter']);

const LOOP = `trap 'exit 0' TERM; while true; do sleep 0.1; done`;

interface Inspected {
  Service: string;
  State: { Status: string; Running: boolean; ExitCode: number; Health?: { Status: string; FailingStreak: number; Log: { Start: string; End: string; ExitCode: number; Output: string }[] } };
  Config: { Cmd: string[]; Env: string[] };
}

describe('up --wait, early exits and healthcheck results', { skip, timeout: 240_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    dir = await mkdtemp(join(tmpdir(), 'dabba-wait-'));
    await chmod(dir, 0o755);
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
    const svc = (name: string, command: string, extra = '') => `  ${name}:
    image: oci:./img
    net: false
    stop_grace_period: 1s
    command: ["sh", "-c", ${JSON.stringify(command)}]
${extra}`;
    await writeFile(
      join(dir, 'dabba.yaml'),
      `services:
${svc('checked', LOOP, `    environment: { SECRET_TOKEN: hunter2 }
    healthcheck:
      test: ["CMD", "sh", "-c", "echo probe-output; exit 3"]
      interval: 200ms
      timeout: 2s
      retries: 2
`)}${svc('crash', 'echo first-line; echo boom-line; exit 1')}${svc('crash2', 'echo bye-line; exit 4')}${svc('slow', `sleep 1.5; touch /tmp/ready; ${LOOP}`, `    healthcheck:
      test: ["CMD", "test", "-f", "/tmp/ready"]
      interval: 200ms
      retries: 30
`)}${svc('never', LOOP, `    healthcheck:
      test: ["CMD", "true"]
      interval: 60s
`)}`,
    );
    env = { DABBA_STORE: join(dir, 'store') };
  });

  after(async () => {
    if (dir === undefined) return;
    await dabba(dir, ['down', '-t', '0'], env);
    await rm(dir, { recursive: true, force: true });
  });

  it('inspect shows a failing healthcheck: unhealthy, its failing streak, and each probe\'s exit code and output', async () => {
    const up = await dabba(dir, ['up', '-d', 'checked'], env);
    assert.equal(up.code, 0, up.stderr);
    let record: Inspected | undefined;
    await until('checked to be unhealthy', async () => {
      const r = await dabba(dir, ['inspect', 'checked'], env);
      assert.equal(r.code, 0, r.stderr);
      record = (JSON.parse(r.stdout) as Inspected[])[0];
      return record?.State.Health?.Status === 'unhealthy';
    });
    const health = record!.State.Health!;
    assert.ok(health.FailingStreak >= 2, `FailingStreak ${health.FailingStreak}`);
    assert.ok(health.Log.length >= 2 && health.Log.length <= 5, JSON.stringify(health.Log));
    const last = health.Log.at(-1)!;
    assert.equal(last.ExitCode, 3);
    assert.match(last.Output, /probe-output/);
    assert.ok(Date.parse(last.Start) <= Date.parse(last.End));
    assert.equal(record!.State.Running, true);
    assert.deepEqual(record!.Config.Cmd, ['sh', '-c', LOOP]);
    assert.ok(record!.Config.Env.includes('SECRET_TOKEN'));
    assert.doesNotMatch(JSON.stringify(record), /hunter2/);

    const ps = await dabba(dir, ['ps', '--format', 'json', 'checked'], env);
    const row = JSON.parse(ps.stdout.trim()) as { Health: string; FailingStreak: number; HealthLog: { ExitCode: number; Output: string }[] };
    assert.equal(row.Health, 'unhealthy');
    assert.ok(row.FailingStreak >= 2);
    assert.match(row.HealthLog.at(-1)!.Output, /probe-output/);
  });

  it('up --wait of a service that exits 1 at once fails, naming it, its exit code and its last log line', async () => {
    const r = await dabba(dir, ['up', '--wait', 'crash'], env);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /crash: it exited with code 1/);
    assert.match(r.stderr, /crash \| boom-line/);
  });

  it('up -d of a service that exits non-zero at once warns, naming it with its code and last lines, and fails', async () => {
    const r = await dabba(dir, ['up', '-d', 'crash2'], env);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /warning: crash2: it exited with code 4 right after it started/);
    assert.match(r.stderr, /crash2 \| bye-line/);
    const again = await dabba(dir, ['up', '-d', '--force-recreate', 'crash2'], env);
    assert.equal(again.code, 1, again.stderr);
    assert.equal(again.stderr.match(/crash2 \| bye-line/g)?.length, 1, `only the lines of this run:\n${again.stderr}`);
  });

  it('up --wait returns 0 only once the service is healthy', async () => {
    const started = Date.now();
    const r = await dabba(dir, ['up', '--wait', 'slow'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(Date.now() - started >= 1500, 'returned before the healthcheck could pass');
    const inspected = JSON.parse((await dabba(dir, ['inspect', 'slow'], env)).stdout) as Inspected[];
    assert.equal(inspected[0]!.State.Health?.Status, 'healthy');
  });

  it('up --wait --wait-timeout gives up on a service still starting, saying so', async () => {
    const r = await dabba(dir, ['up', '--wait', '--wait-timeout', '1', 'never'], env);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /never: it is still starting \(health: starting\) after 1 s/);
  });
});
