/**
 * `dabba up --watch` end to end: edits to dabba.yaml are applied while it
 * runs (only the difference), an invalid edit changes nothing, and a
 * `develop.watch` rule restarts its service. Needs bwrap and user
 * namespaces, like up.test.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBusyboxImage, buildImage, busyboxBaseLayer, writeOciLayout } from '../helpers/image-builder.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));

const missing = ['bwrap', 'unshare', 'nsenter'].find((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
const skip = missing !== undefined && process.env.DABBA_MUST_WORK !== '1' ? `${missing} is not installed` : false;

function yaml(services: { worker?: string; webRule?: boolean; broken?: boolean }): string {
  const web = `  web:
    image: oci:./img
    command: ["sh", "-c", "trap 'exit 0' TERM; echo web up; while true; do sleep 0.1; done"]
    net: false
${services.webRule ? `    develop:
      watch:
        - path: ./src
          action: restart
` : ''}`;
  const worker = services.worker === undefined ? '' : `  worker:
    image: oci:./img
    command: ["sh", "-c", "trap 'exit 0' TERM; echo \\"worker MODE=$$MODE\\"; while true; do sleep 0.1; done"]
    net: false
    environment:
      MODE: ${services.worker}
${services.broken ? '    ports: ["not-a-port"]\n' : ''}`;
  return `services:\n${web}${worker}`;
}

function dabba(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function pids(cwd: string, env: NodeJS.ProcessEnv): Promise<Record<string, number>> {
  const r = await dabba(cwd, ['ps', '--format', 'json'], env);
  return Object.fromEntries(r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { Service: string; Pid: number }).map((x) => [x.Service, x.Pid]));
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('up --watch', { skip, timeout: 180_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let child: ChildProcess;
  let stderr = '';

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    dir = await mkdtemp(join(tmpdir(), 'dabba-watch-'));
    await chmod(dir, 0o755);
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
    await mkdir(join(dir, 'src'));
    await writeFile(join(dir, 'dabba.yaml'), yaml({ worker: 'a', webRule: true }));
    env = { DABBA_STORE: join(dir, 'store') };
    child = spawn(process.execPath, [BIN, 'up', '-d', '--watch'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await until('the watch to start', () => stderr.includes('watching for changes'), 60_000);
  });

  after(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (dir === undefined) return;
    await dabba(dir, ['down', '--remove-orphans', '-t', '0'], env);
    await rm(dir, { recursive: true, force: true });
  });

  it('an env edit restarts that service only', async () => {
    const before = await pids(dir, env);
    assert.ok(before.web! > 0 && before.worker! > 0, JSON.stringify(before));
    const saved = Date.now();
    await writeFile(join(dir, 'dabba.yaml'), yaml({ worker: 'b', webRule: true }));
    await until('the worker to restart', async () => {
      const now = await pids(dir, env);
      return now.worker !== undefined && now.worker !== 0 && now.worker !== before.worker;
    });
    const took = Date.now() - saved;
    const now = await pids(dir, env);
    assert.equal(now.web, before.web);
    assert.ok(took < 10_000, `restart took ${took} ms`);
    await until('the new worker output', async () => /worker MODE=b/.test((await dabba(dir, ['logs', 'worker'], env)).stdout));
  });

  it('an invalid edit prints the error with its position and keeps everything running', async () => {
    const before = await pids(dir, env);
    const mark = stderr.length;
    await writeFile(join(dir, 'dabba.yaml'), yaml({ worker: 'c', webRule: true, broken: true }));
    await until('the error to be printed', () => /keeps running as it was/.test(stderr.slice(mark)));
    assert.match(stderr.slice(mark), /dabba\.yaml:\d+:\d+: services\.worker\.ports/);
    // ps needs a valid file too: look at the processes themselves.
    for (const pid of Object.values(before)) assert.ok(existsSync(`/proc/${pid}`), `pid ${pid} still runs`);
    await writeFile(join(dir, 'dabba.yaml'), yaml({ worker: 'b', webRule: true }));
    await until('the valid file to be re-applied', () => /nothing changed/.test(stderr.slice(mark)));
    assert.deepEqual(await pids(dir, env), before);
  });

  it('a develop.watch restart rule restarts its service when a file under its path changes', async () => {
    const before = await pids(dir, env);
    await writeFile(join(dir, 'src', 'app.txt'), 'v2');
    await until('web to restart', async () => {
      const now = await pids(dir, env);
      return now.web !== undefined && now.web !== before.web;
    });
    assert.equal((await pids(dir, env)).worker, before.worker);
  });

  it('removing a service from the file stops it and removes its folder', async () => {
    const before = await pids(dir, env);
    await writeFile(join(dir, 'dabba.yaml'), yaml({ webRule: true }));
    await until('the worker to be gone', async () => (await pids(dir, env)).worker === undefined && !existsSync(join(dir, '.dabba', 'worker')));
    assert.equal((await pids(dir, env)).web, before.web);
  });

  it('Ctrl-C stops the services and ends the watch', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGINT');
    assert.equal(await exited, 130);
    assert.deepEqual(await pids(dir, env), {});
  });
});

describe('up --watch: develop.watch sync', { skip, timeout: 120_000 }, () => {
  it('a changed file is copied into the container, also into a folder of another container user', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dabba-watch-sync-'));
    await chmod(dir, 0o755);
    const env = { DABBA_STORE: join(dir, 'store') };
    let child: ChildProcess | undefined;
    try {
      // /srv/app belongs to uid 1000: unprivileged with a subordinate range, to one of its ids, not to the invoking user.
      await writeOciLayout(join(dir, 'img'), buildImage({ layers: [busyboxBaseLayer(), [{ type: 'dir', path: 'srv', mode: 0o755 }, { type: 'dir', path: 'srv/app', mode: 0o755, uid: 1000, gid: 1000 }]] }));
      await mkdir(join(dir, 'src'));
      await writeFile(join(dir, 'src', 'hello.txt'), 'one\n');
      await writeFile(
        join(dir, 'dabba.yaml'),
        `services:
  app:
    image: oci:./img
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"]
    net: false
    develop:
      watch:
        - path: ./src
          target: /srv/app
          action: sync
`,
      );
      let stderr = '';
      child = spawn(process.execPath, [BIN, 'up', '-d', '--watch'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      await until('the watch to start', () => stderr.includes('watching for changes'), 60_000);
      // Once "watching for changes" is printed, the first edit is acted on (chokidar's early ready: src/watch/watcher.ts).
      await writeFile(join(dir, 'src', 'hello.txt'), 'two\n');
      await until('the file to be synced', async () => (await dabba(dir, ['exec', '-T', 'app', 'cat', '/srv/app/hello.txt'], env)).stdout === 'two\n', 60_000).catch((err: unknown) => {
        throw new Error(`${(err as Error).message}; up --watch said:\n${stderr}`);
      });
      assert.match(stderr, /app: synced .*hello\.txt → \/srv\/app\/hello\.txt/);
      assert.equal((await dabba(dir, ['exec', '-T', 'app', 'stat', '-c', '%u', '/srv/app'], env)).stdout.trim(), '1000', 'the folder keeps its owner');
    } finally {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      await dabba(dir, ['down', '-t', '0'], env);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
