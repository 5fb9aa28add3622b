/**
 * `dabba up` end to end: the real CLI, real supervisors, real bwrap and
 * slirp4netns, a busybox image from an OCI layout built by the test. Needs
 * bwrap, slirp4netns and user namespaces: without them the suite skips, or
 * fails when DABBA_MUST_WORK=1.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { freePort } from '../helpers/registry.js';
import { acquireProjectLock } from '../../src/state/lock.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));

/** Why containers cannot run here, or undefined when they can. */
function missingHostFeature(): string | undefined {
  for (const tool of ['bwrap', 'slirp4netns', 'unshare', 'nsenter']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  }
  const probe = spawnSync('unshare', ['--user', '--map-root-user', '--net', 'true']);
  if (probe.status !== 0) return `unprivileged user namespaces are not available: ${probe.stderr.toString().trim()}`;
  return undefined;
}
const missing = missingHostFeature();
const skip = missing !== undefined && process.env.DABBA_MUST_WORK !== '1' ? missing : false;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function dabba(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface PsJson {
  Name: string;
  Service: string;
  State: string;
  Status: string;
  Health: string;
  ExitCode: number;
  Pid: number;
  ImageDigest: string;
  Publishers: { URL: string; TargetPort: number; PublishedPort: number; Protocol: string }[];
}

async function ps(cwd: string, env: NodeJS.ProcessEnv): Promise<Record<string, PsJson>> {
  const r = await dabba(cwd, ['ps', '-a', '--format', 'json'], env);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as PsJson);
  return Object.fromEntries(rows.map((row) => [row.Service, row]));
}

/** Whether `pid` is a live (not zombie) process. */
function alive(pid: number): boolean {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return s.slice(s.lastIndexOf(')') + 2, s.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Every pid a container's records name: supervisor and container processes. */
async function recordedPids(dir: string, service: string): Promise<number[]> {
  try {
    const st = JSON.parse(await readFile(join(dir, '.dabba', service, 'state.json'), 'utf8')) as { supervisor?: { pid: number }; processes: { pid: number }[] };
    return [...(st.supervisor ? [st.supervisor.pid] : []), ...st.processes.map((p) => p.pid)];
  } catch {
    return [];
  }
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** A fresh project folder (readable by an unprivileged user) with a busybox OCI layout. */
async function makeProject(yaml: string): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-up-'));
  await chmod(dir, 0o755);
  await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
  await mkdir(join(dir, 'site'));
  await writeFile(join(dir, 'site', 'index.html'), 'hello from web\n');
  await writeFile(join(dir, 'dabba.yaml'), yaml);
  return { dir, env: { DABBA_STORE: join(dir, 'store'), DABBA_LOCK_TIMEOUT: '60' } };
}

function twoServiceYaml(port: number, mode: string, extra = ''): string {
  return `services:
  web:
    image: oci:./img
    command: ["httpd", "-f", "-v", "-p", "80", "-h", "/www"]
    ports: ["${port}:80"]
    volumes: ["./site:/www:ro", "data:/data"]
    stop_grace_period: 1s
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:80/"]
      interval: 300ms
      timeout: 2s
      retries: 3
  worker:
    image: oci:./img
    command: ["sh", "-c", "trap 'exit 0' TERM; echo \\"worker MODE=$$MODE\\"; while true; do sleep 0.1; done"]
    environment:
      MODE: ${mode}
    depends_on:
      web:
        condition: service_healthy
${extra}volumes:
  data: {}
`;
}

describe('up -d of a two-service project with a healthcheck dependency', { skip, timeout: 300_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let port: number;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing}`);
    port = await freePort();
    ({ dir, env } = await makeProject(twoServiceYaml(port, 'a')));
  });
  after(async () => {
    if (dir === undefined) return;
    await dabba(dir, ['down', '-v', '-t', '0'], env);
    await rm(dir, { recursive: true, force: true });
  });

  it('starts both, the worker only once web is healthy; ps json shows them running with ports', async () => {
    const r = await dabba(dir, ['up', '-d'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /worker: waiting for web \(service_healthy\)/);
    const rows = await ps(dir, env);
    assert.deepEqual(Object.keys(rows).sort(), ['web', 'worker']);
    for (const row of Object.values(rows)) {
      assert.equal(row.State, 'running');
      assert.ok(row.Pid > 0 && alive(row.Pid), `pid ${row.Pid} of ${row.Service} is alive`);
      assert.match(row.ImageDigest, /^sha256:[0-9a-f]{64}$/);
    }
    assert.equal(rows.web!.Health, 'healthy');
    assert.deepEqual(rows.web!.Publishers, [{ URL: '0.0.0.0', TargetPort: 80, PublishedPort: port, Protocol: 'tcp' }]);
    assert.match(rows.web!.Name, /^dabba-up-[a-z0-9_-]+-web-1$/);
  });

  it('web answers through its published port', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), 'hello from web\n');
  });

  it('exec runs a command inside web and passes its exit code back', async () => {
    const r = await dabba(dir, ['exec', '-T', '-e', 'X=42', 'web', 'sh', '-c', 'cat /www/index.html; echo "x=$X host=$(hostname)"; exit 7'], env);
    assert.equal(r.code, 7, r.stderr);
    assert.equal(r.stdout, 'hello from web\nx=42 host=web\n');
  });

  it('logs shows each service\'s output with prefixes; --tail and -t work', async () => {
    const r = await dabba(dir, ['logs', 'worker'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^worker \| worker MODE=a$/m);
    await until('a healthcheck request in web\'s log', async () => /^web +\| .*response:200/m.test((await dabba(dir, ['logs'], env)).stdout));
    const t = await dabba(dir, ['logs', '-t', '--tail', '1', 'worker'], env);
    assert.match(t.stdout, /^worker \| \d{4}-\d\d-\d\dT\S+Z worker MODE=a\n$/);
  });

  it('a second up with nothing changed leaves both alone (same pids)', async () => {
    const before = await ps(dir, env);
    const dry = await dabba(dir, ['up', '--dry-run'], env);
    assert.match(dry.stdout, /nothing to do/);
    const r = await dabba(dir, ['up', '-d'], env);
    assert.equal(r.code, 0, r.stderr);
    const now = await ps(dir, env);
    assert.equal(now.web!.Pid, before.web!.Pid);
    assert.equal(now.worker!.Pid, before.worker!.Pid);
  });

  it('changing the worker\'s environment restarts the worker only', async () => {
    const before = await ps(dir, env);
    await writeFile(join(dir, 'dabba.yaml'), twoServiceYaml(port, 'b'));
    const dry = await dabba(dir, ['up', '--dry-run'], env);
    assert.match(dry.stdout, /^restart +worker: environment changed$/m);
    const r = await dabba(dir, ['up', '-d'], env);
    assert.equal(r.code, 0, r.stderr);
    const now = await ps(dir, env);
    assert.equal(now.web!.Pid, before.web!.Pid);
    assert.notEqual(now.worker!.Pid, before.worker!.Pid);
    assert.ok(!alive(before.worker!.Pid));
    await until('the new worker\'s output', async () => /worker MODE=b/.test((await dabba(dir, ['logs', 'worker'], env)).stdout));
  });

  it('after kill -9 of a supervisor, ps tells the truth and up repairs it', async () => {
    const [supervisor, ...container] = await recordedPids(dir, 'web');
    assert.ok(supervisor !== undefined && alive(supervisor));
    process.kill(supervisor, 'SIGKILL');
    await until('web reported not running', async () => (await ps(dir, env)).web!.State !== 'running');
    await until('web\'s processes gone', async () => container.every((p) => !alive(p)));
    const r = await dabba(dir, ['up', '-d'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /web: starting \(it exited/);
    const rows = await ps(dir, env);
    assert.equal(rows.web!.State, 'running');
    assert.equal((await fetch(`http://127.0.0.1:${port}/`)).status, 200);
  });

  it('a second dabba waits for the project lock, or fails clearly when it may not wait', async () => {
    const lockFile = join(dir, '.dabba', 'lock');
    const lock = await acquireProjectLock(lockFile, { command: 'test' });
    try {
      const r = await dabba(dir, ['up', '-d'], { ...env, DABBA_LOCK_TIMEOUT: '0' });
      assert.equal(r.code, 1);
      assert.match(r.stderr, new RegExp(`another dabba \\(pid ${process.pid}, test\\) is changing this project`));
      // The second one waits (saying so) until the holder lets go, then does its work.
      const child = spawn(process.execPath, [BIN, 'up', '-d'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env, DABBA_LOCK_TIMEOUT: '30' }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      await until('the second dabba to wait', async () => /waiting: another dabba \(pid \d+, test\)/.test(stderr));
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(child.exitCode, null, 'still waiting while the lock is held');
      await lock.release();
      assert.equal(await exited, 0, stderr);
    } finally {
      await lock.release();
    }
  });

  it('down leaves no process behind and keeps named volumes; down -v removes them', async () => {
    await writeFile(join(dir, '.dabba', 'volumes', 'data', 'kept'), 'x');
    const pids = [...(await recordedPids(dir, 'web')), ...(await recordedPids(dir, 'worker'))];
    assert.ok(pids.length >= 4, `recorded pids: ${pids.join(' ')}`);
    const r = await dabba(dir, ['down', '-t', '2'], env);
    assert.equal(r.code, 0, r.stderr);
    const left = pids.filter(alive);
    assert.deepEqual(left, [], `still alive: ${left.join(' ')}`);
    assert.ok(!existsSync(join(dir, '.dabba', 'web')));
    assert.deepEqual(await ps(dir, env), {});
    assert.ok((await stat(join(dir, '.dabba', 'volumes', 'data', 'kept'))).isFile());
    const v = await dabba(dir, ['down', '-v'], env);
    assert.equal(v.code, 0, v.stderr);
    assert.ok(!existsSync(join(dir, '.dabba', 'volumes', 'data')));
  });
});

describe('restart policies and foreground up', { skip, timeout: 120_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing}`);
    ({ dir, env } = await makeProject(`services:
  job:
    image: oci:./img
    command: ["sh", "-c", "echo run; exit 3"]
    restart: on-failure:3
`));
  });
  after(async () => {
    if (dir === undefined) return;
    await dabba(dir, ['down', '-t', '0'], env);
    await rm(dir, { recursive: true, force: true });
  });

  it('restart: on-failure:3 restarts a crashing service exactly 3 times', async () => {
    const r = await dabba(dir, ['up', '-d'], env);
    assert.equal(r.code, 0, r.stderr);
    await until('the job to stop being restarted', async () => {
      const row = (await ps(dir, env)).job;
      return row !== undefined && row.State === 'exited' && (await recordedPids(dir, 'job')).length === 0;
    });
    const row = (await ps(dir, env)).job!;
    assert.equal(row.ExitCode, 3);
    assert.match(row.Status, /gave up after 3 restarts/);
    const logs = await dabba(dir, ['logs', '--no-log-prefix', 'job'], env);
    assert.equal(logs.stdout, 'run\nrun\nrun\nrun\n');
  });

  it('foreground up prints prefixed output and returns the failing service\'s exit code', async () => {
    await writeFile(join(dir, 'dabba.yaml'), `services:
  job:
    image: oci:./img
    command: ["sh", "-c", "echo once; exit 5"]
`);
    const r = await dabba(dir, ['up'], env);
    assert.equal(r.code, 5, r.stderr);
    assert.match(r.stdout, /^job \| once$/m);
  });
});

describe('stop, start, restart, a new image, and Ctrl-C of a foreground up', { skip, timeout: 180_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const yaml = `services:
  app:
    image: oci:./img
    command: ["sh", "-c", "trap 'exit 0' TERM; echo started; while true; do sleep 0.1; done"]
    net: false
    volumes: ["state:/state"]
volumes:
  state: {}
`;
  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing}`);
    ({ dir, env } = await makeProject(yaml));
  });
  after(async () => {
    if (dir === undefined) return;
    await dabba(dir, ['down', '-v', '-t', '0'], env);
    await rm(dir, { recursive: true, force: true });
  });

  it('stop stops, start starts again, restart gives a new process', async () => {
    assert.equal((await dabba(dir, ['up', '-d'], env)).code, 0);
    const first = (await ps(dir, env)).app!;
    assert.equal(first.State, 'running');
    const stop = await dabba(dir, ['stop'], env);
    assert.equal(stop.code, 0, stop.stderr);
    const stopped = (await ps(dir, env)).app!;
    assert.equal(stopped.State, 'exited');
    assert.equal(stopped.ExitCode, 0);
    assert.ok(!alive(first.Pid));
    assert.equal((await dabba(dir, ['ps'], env)).stdout.includes('app'), false, 'ps without -a lists running ones only');
    assert.equal((await dabba(dir, ['start', 'app'], env)).code, 0);
    const started = (await ps(dir, env)).app!;
    assert.equal(started.State, 'running');
    assert.equal((await dabba(dir, ['restart'], env)).code, 0);
    const restarted = (await ps(dir, env)).app!;
    assert.equal(restarted.State, 'running');
    assert.notEqual(restarted.Pid, started.Pid);
    assert.ok(!alive(started.Pid));
  });

  it('a new image digest re-materialises the rootfs and keeps the named volume', async () => {
    const r = await dabba(dir, ['exec', '-T', 'app', 'sh', '-c', 'echo kept > /state/data; cat /etc/dabba-marker'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'linux/amd64\n');
    const before = (await ps(dir, env)).app!;
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage({ marker: 'second build' }));
    const dry = await dabba(dir, ['up', '--dry-run'], env);
    assert.match(dry.stdout, /^recreate +app: image digest changed \([0-9a-f]{12} → [0-9a-f]{12}\)$/m);
    assert.equal((await dabba(dir, ['up', '-d'], env)).code, 0);
    const after = (await ps(dir, env)).app!;
    assert.notEqual(after.ImageDigest, before.ImageDigest);
    const check = await dabba(dir, ['exec', '-T', 'app', 'sh', '-c', 'cat /etc/dabba-marker /state/data'], env);
    assert.equal(check.stdout, 'second build\nkept\n');
  });

  it('Ctrl-C of a foreground up stops the services gracefully', async () => {
    assert.equal((await dabba(dir, ['stop'], env)).code, 0);
    const child = spawn(process.execPath, [BIN, 'up'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    await until('the foreground up to attach', async () => (await ps(dir, env)).app?.State === 'running' && /app \| started/.test(out));
    child.kill('SIGINT');
    assert.equal(await exited, 130, out);
    assert.match(out, /stopping \(press Ctrl-C again to force\)/);
    const row = (await ps(dir, env)).app!;
    assert.equal(row.State, 'exited');
    assert.equal(row.ExitCode, 0, 'the trap ran: a graceful stop');
  });
});

describe('compose keys end to end: service_completed_successfully, env_file, tmpfs, stop_signal, exec -u -w -e', { skip, timeout: 120_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    ({ dir, env } = await makeProject(`services:
  init:
    image: oci:./img
    command: ["sh", "-c", "sleep 0.3; echo init-done > /shared/flag"]
    net: false
    volumes: ["shared:/shared"]
  app:
    image: oci:./img
    command: ["sh", "-c", "trap 'echo got-usr1; exit 0' USR1; cat /shared/flag; echo \\"A=$$A\\"; grep -c ' /scratch tmpfs ' /proc/mounts; while true; do sleep 0.1; done"]
    net: false
    env_file: [app.env]
    tmpfs: [/scratch]
    stop_signal: SIGUSR1
    volumes: ["shared:/shared"]
    depends_on:
      init: { condition: service_completed_successfully }
volumes:
  shared: {}
`));
    await writeFile(join(dir, 'app.env'), 'A=from-env-file\n');
  });
  after(async () => {
    if (dir === undefined) return;
    await dabba(dir, ['down', '-v', '-t', '0'], env);
    await rm(dir, { recursive: true, force: true });
  });

  it('app starts after init completed, with the env_file and a tmpfs; exec takes -u, -w and -e', async () => {
    const r = await dabba(dir, ['up', '-d'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /app: waiting for init \(service_completed_successfully\)/);
    await until('app\'s first lines', async () => /A=/.test((await dabba(dir, ['logs', 'app'], env)).stdout));
    assert.deepEqual((await dabba(dir, ['logs', 'app'], env)).stdout.split('\n').filter(Boolean).slice(0, 3), ['app | init-done', 'app | A=from-env-file', 'app | 1']);
    const ex = await dabba(dir, ['exec', '-T', '-u', '1000', '-w', '/tmp', '-e', 'X=y', 'app', 'sh', '-c', 'id -u; pwd; echo $X'], env);
    assert.equal(ex.stdout, '1000\n/tmp\ny\n', ex.stderr);
  });

  it('stop sends the stop_signal', async () => {
    assert.equal((await dabba(dir, ['stop', 'app'], env)).code, 0);
    assert.match((await dabba(dir, ['logs', 'app'], env)).stdout, /app \| got-usr1/);
    assert.equal((await ps(dir, env)).app?.ExitCode, 0);
  });
});

describe('ports without a host port: a free one picked at each start, shown by ps and port', { skip, timeout: 120_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing}`);
    const web = (name: string) => `  ${name}:\n    image: oci:./img\n    command: ["httpd", "-f", "-p", "80", "-h", "/www"]\n    ports: ["127.0.0.1::80"]\n    volumes: ["./site:/www:ro"]\n    stop_grace_period: 0s\n`;
    ({ dir, env } = await makeProject(`services:\n${web('a')}${web('b')}`));
  });
  after(async () => {
    if (dir === undefined) return;
    await dabba(dir, ['down', '-t', '0'], env);
    await rm(dir, { recursive: true, force: true });
  });

  it('two services publishing "127.0.0.1::80" each answer on their own port, which ps and port agree on', async () => {
    const r = await dabba(dir, ['up', '-d'], env);
    assert.equal(r.code, 0, r.stderr);
    const rows = await ps(dir, env);
    const published = (s: string) => rows[s]!.Publishers.map((p) => `${p.URL}:${p.PublishedPort}->${p.TargetPort}/${p.Protocol}`);
    for (const s of ['a', 'b']) {
      assert.match(published(s).join(), /^127\.0\.0\.1:[1-9][0-9]*->80\/tcp$/, s);
      const port = await dabba(dir, ['port', s, '80'], env);
      assert.equal(port.code, 0, port.stderr);
      assert.equal(port.stdout.trim(), published(s)[0]!.split('->')[0]);
      const res = await fetch(`http://${port.stdout.trim()}/`);
      assert.equal(await res.text(), 'hello from web\n');
    }
    assert.notEqual(published('a')[0], published('b')[0]);
    const none = await dabba(dir, ['port', 'a', '81'], env);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /service "a" does not publish 81\/tcp/);
  });
});
