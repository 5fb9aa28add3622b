/**
 * How the CLI wires the real modules together: `dabba run` makes its
 * container under the project lock (as `up` does) and lets go of it before
 * the command runs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { DABBA_BIN, isolatedEnv, runDabba } from '../helpers/registry.js';
import { makeTempDir } from '../helpers/rootfs.js';
import { acquireProjectLock } from '../../src/state/lock.js';
import { whichTool } from '../../src/sandbox/host.js';

const mustWork = process.env.DABBA_MUST_WORK === '1';
const missing = ['bwrap', 'slirp4netns'].filter((t) => !whichTool(t));
const skip = !mustWork && missing.length > 0 ? `missing ${missing.join(', ')}` : false;

let dir: string;
let env: NodeJS.ProcessEnv;
before(async () => {
  if (skip) return;
  dir = await makeTempDir();
  await writeOciLayout(join(dir, 'img'), buildBusyboxImage({ format: 'oci' }));
  await writeFile(join(dir, 'dabba.yaml'), 'services:\n  app:\n    image: oci:./img\n    net: false\n    volumes: ["./shared:/shared"]\n');
  // As root the container's root is an unprivileged mapped id: it must be able to write here.
  await mkdir(join(dir, 'shared'), { mode: 0o777 });
  await chmod(join(dir, 'shared'), 0o777);
  env = isolatedEnv(dir);
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dabba run and the project lock', { skip, timeout: 120_000 }, () => {
  test('run does not materialise while another dabba holds the lock', async () => {
    const lock = await acquireProjectLock(join(dir, '.dabba', 'lock'), { command: 'test' });
    try {
      const r = await runDabba(['run', 'app', 'true'], { cwd: dir, env: { ...env, DABBA_LOCK_TIMEOUT: '0' } });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`another dabba \\(pid ${process.pid}, test\\) is changing this project`));
    } finally {
      await lock.release();
    }
    const r = await runDabba(['run', 'app', 'echo', 'made'], { cwd: dir, env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'made\n');
  });

  test('the lock is released before the command runs: up and another run go ahead while it runs', async () => {
    const child = spawn(process.execPath, [DABBA_BIN, 'run', 'app', 'sh', '-c', 'echo ready; while [ ! -e /shared/stop ]; do sleep 0.05; done'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((r) => child.once('close', (c) => r(c)));
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('ready')) resolve();
        });
        child.once('close', () => reject(new Error('dabba run ended before it was ready')));
      });
      const other = await runDabba(['run', 'app', 'touch', '/shared/stop'], { cwd: dir, env: { ...env, DABBA_LOCK_TIMEOUT: '0' } });
      assert.equal(other.code, 0, other.stderr);
      const up = await runDabba(['up', '--no-start'], { cwd: dir, env: { ...env, DABBA_LOCK_TIMEOUT: '0' } });
      assert.equal(up.code, 0, up.stderr);
    } finally {
      // The second run's /shared/stop ends the first.
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      assert.equal(await exited, 0);
      clearTimeout(timer);
    }
  });
});
