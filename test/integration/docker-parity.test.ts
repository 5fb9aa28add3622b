/**
 * What real images expect of their runtime, as docker gives it: a stdout and
 * stderr that can be opened again (`/dev/stdout`, nginx's log links), and the
 * image's StopSignal. The real CLI, supervisors and bwrap, busybox images.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContainerConfig } from '../../src/oci/types.js';
import { BIN, dabba, until, requiredTools } from '../helpers/cli.js';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';

const { missing, skip } = requiredTools(['bwrap', 'unshare', 'nsenter']);

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

async function makeProject(yaml: string, config?: ContainerConfig): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-parity-'));
  await writeOciLayout(join(dir, 'img'), buildBusyboxImage(config ? { config } : {}));
  await writeFile(join(dir, 'dabba.yaml'), yaml);
  return { dir, env: { DABBA_STORE: join(dir, 'store') } };
}

/** The lines of the service's log file, as `<stream> <text>`. */
function loggedLines(dir: string, service: string): string[] {
  const text = readFileSync(join(dir, '.dabba', service, 'logs', 'output.log'), 'utf8');
  return text.split('\n').filter(Boolean).map((l) => l.slice(l.indexOf(' ') + 1));
}

describe('a detached container can open /dev/stdout and /dev/stderr', { skip, timeout: 120_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    ({ dir, env } = await makeProject(`services:
  out:
    image: oci:./img
    net: false
    stop_grace_period: 1s
    command: ["sh", "-c", "echo to-stdout > /dev/stdout; echo to-stderr > /dev/stderr; ln -sf /dev/stdout /tmp/access.log; echo via-link >> /tmp/access.log; sleep 1000"]
  worker:
    image: oci:./img
    net: false
    user: "1000:1000"
    stop_grace_period: 1s
    command: ["sh", "-c", "echo as-1000 > /dev/stdout; sleep 1000"]
`));
  });
  after(async () => {
    if (dir === undefined) return;
    await dabba(dir, ['down', '-t', '0'], env);
    await rm(dir, { recursive: true, force: true });
  });

  it('up -d: all three lines are logged with their stream, and the service runs', async () => {
    const up = await dabba(dir, ['up', '-d'], env);
    assert.equal(up.code, 0, up.stderr);
    await until('three lines in the log', async () => (await dabba(dir, ['logs', '--no-log-prefix', 'out'], env)).stdout.split('\n').filter(Boolean).length >= 3);
    const logs = await dabba(dir, ['logs', '--no-log-prefix', 'out'], env);
    assert.deepEqual(logs.stdout.split('\n').filter(Boolean).sort(), ['to-stderr', 'to-stdout', 'via-link']);
    assert.deepEqual(loggedLines(dir, 'out').sort(), ['stderr to-stderr', 'stdout to-stdout', 'stdout via-link']);
    await until('the worker\'s line', async () => (await dabba(dir, ['logs', '--no-log-prefix', 'worker'], env)).stdout !== '');
    assert.deepEqual(loggedLines(dir, 'worker'), ['stdout as-1000'], 'a process that is not the container\'s root can open /dev/stdout too');
    const ps = await dabba(dir, ['ps', '--format', 'json'], env);
    const states = ps.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { Service: string; State: string });
    assert.deepEqual(states.map((x) => `${x.Service} ${x.State}`).sort(), ['out running', 'worker running'], ps.stdout);
  });

  const script = 'echo x > /dev/stdout; echo y > /dev/stderr';

  it('run -T with dabba\'s output going to a pipe', () => {
    const r = spawnSync('sh', ['-c', `"$0" "$1" run --rm -T out sh -c "$2" 2>&1 | cat`, process.execPath, BIN, script], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.split('\n').filter(Boolean).sort(), ['x', 'y'], r.stdout);
  });

  it('run -T with dabba\'s output going to sockets (a Node parent\'s pipes)', async () => {
    const r = await dabba(dir, ['run', '--rm', '-T', 'out', 'sh', '-c', script], env);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([r.stdout, r.stderr], ['x\n', 'y\n']);
  });

  it('run -T with dabba\'s output going to files', async () => {
    const outFile = join(dir, 'run.out');
    const errFile = join(dir, 'run.err');
    const fds = [openSync(outFile, 'w'), openSync(errFile, 'w')];
    const child = spawn(process.execPath, [BIN, 'run', '--rm', '-T', 'out', 'sh', '-c', script], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', fds[0]!, fds[1]!] });
    for (const fd of fds) closeSync(fd);
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0, readFileSync(errFile, 'utf8'));
    assert.equal(readFileSync(outFile, 'utf8'), 'x\n');
    assert.equal(readFileSync(errFile, 'utf8'), 'y\n');
  });
});

describe('the image\'s StopSignal', { skip, timeout: 120_000 }, () => {
  // INT ends the command at once; TERM is logged and ignored, so a stop by TERM waits out the grace period.
  const traps = "trap 'echo got INT; exit 0' INT; trap 'echo got TERM' TERM; echo ready; while true; do sleep 0.1; done";
  const service = (extra: string) => `services:
  db:
    image: oci:./img
    net: false
    stop_grace_period: 30s
    command: ["sh", "-c", "${traps}"]
${extra}`;
  const dirs: { dir: string; env: NodeJS.ProcessEnv }[] = [];
  const project = async (extra: string) => {
    const p = await makeProject(service(extra), { Env: [PATH_ENV], Cmd: ['sh'], StopSignal: 'SIGINT' });
    dirs.push(p);
    return p;
  };

  before(() => assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`));
  after(async () => {
    for (const { dir, env } of dirs) {
      await dabba(dir, ['down', '-t', '0'], env);
      await rm(dir, { recursive: true, force: true });
    }
  });

  const upAndStop = async ({ dir, env }: { dir: string; env: NodeJS.ProcessEnv }, stopTimeout: number): Promise<{ ms: number; log: string[] }> => {
    const up = await dabba(dir, ['up', '-d'], env);
    assert.equal(up.code, 0, up.stderr);
    await until('the command to be ready', async () => (await dabba(dir, ['logs', '--no-log-prefix', 'db'], env)).stdout.includes('ready'));
    const started = Date.now();
    const stop = await dabba(dir, ['stop', '-t', String(stopTimeout), 'db'], env);
    assert.equal(stop.code, 0, stop.stderr);
    const ms = Date.now() - started;
    return { ms, log: (await dabba(dir, ['logs', '--no-log-prefix', 'db'], env)).stdout.split('\n').filter(Boolean) };
  };

  it('stop sends the image\'s StopSignal (SIGINT) when dabba.yaml sets none', async () => {
    const { ms, log } = await upAndStop(await project(''), 30);
    assert.deepEqual(log, ['ready', 'got INT']);
    assert.ok(ms < 15_000, `stop took ${ms} ms: the grace period ran out`);
  });

  it('stop_signal in dabba.yaml wins over the image\'s', async () => {
    const { log } = await upAndStop(await project('    stop_signal: SIGTERM\n'), 1);
    assert.deepEqual(log, ['ready', 'got TERM']);
  });
});
