/**
 * How the CLI wires the real modules together: `dabba run` makes its
 * container under the project lock (as `up` does) and lets go of it before
 * the command runs; files the image gives to other users belong to them in
 * the container (unprivileged: applied in the container's user namespace),
 * and dabba removes such files again. The executable runs the build's bundle
 * from the V8 code cache made with it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { buildBusyboxImage, buildLayer, busyboxBaseLayer, writeOciLayout } from '../helpers/image-builder.js';
import { buildImage as buildTarImage, buildTarGz, writeOciLayout as writeTarImageLayout } from '../helpers/tar-builder.js';
import { DABBA_BIN, isolatedEnv, runDabba } from '../helpers/registry.js';
import { makeTempDir } from '../helpers/rootfs.js';
import { acquireProjectLock } from '../../src/state/lock.js';
import { readHostFacts, whichTool } from '../../src/sandbox/host.js';
import { removeInUserNamespace } from '../../src/sandbox/userns.js';

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

// What bin.js does: without a cache V8 accepts, every start compiles the whole CLI again.
test('the built CLI has a code cache that V8 accepts for its bundle', () => {
  const bundle = new URL('../../src/bundle/cli.cjs', import.meta.url);
  const source = readFileSync(bundle, 'utf8');
  const id = /dabba-bundle ([0-9a-f]+)/.exec(source.slice(-64))?.[1];
  assert.ok(id, 'the bundle names its cache');
  const script = new Script(source, { filename: bundle.pathname, cachedData: readFileSync(new URL(`cli.${id}.cache`, bundle)) });
  assert.equal(script.cachedDataRejected, false);
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

const host = readHostFacts();
const noRange = host.uid !== 0 && (host.subuid === undefined || host.subgid === undefined);
const ownershipSkip = skip || (noRange && !mustWork ? 'no subordinate id range for this user: the container has one id only' : false);

/** Busybox plus a layer with /data and /seeded (uid 1000, 0700), a file of uid 1000 in each; `marker` tells versions apart. */
async function writeOwnedImage(dir: string, marker: string): Promise<void> {
  const base = buildLayer(busyboxBaseLayer(), 'oci').blob.bytes;
  const owned = buildTarGz([
    { name: 'data/', type: 'dir', mode: 0o700, uid: 1000, gid: 1000 },
    { name: 'data/owned', data: 'x', uid: 1000, gid: 1000 },
    { name: 'seeded/', type: 'dir', mode: 0o700, uid: 1000, gid: 1000 },
    { name: 'seeded/owned', data: 'x', uid: 1000, gid: 1000 },
    { name: 'marker', data: marker },
  ]);
  rmSync(dir, { recursive: true, force: true });
  await writeTarImageLayout(dir, buildTarImage([base, owned]));
}

describe('ownership the image records', { skip: ownershipSkip, timeout: 180_000 }, () => {
  let project: string;
  let penv: NodeJS.ProcessEnv;
  before(async () => {
    if (noRange) throw new Error('DABBA_MUST_WORK is set, but this user has no subordinate id range (/etc/subuid, /etc/subgid)');
    project = await makeTempDir();
    await writeOwnedImage(join(project, 'img'), 'one');
    await writeFile(
      join(project, 'dabba.yaml'),
      [
        'services:',
        '  app:',
        '    image: oci:./img',
        '    net: false',
        `    command: ["/bin/sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"]`,
        '    volumes: ["seeded:/seeded"]',
        'volumes:',
        '  seeded: {}',
        '',
      ].join('\n'),
    );
    penv = isolatedEnv(project);
  });
  after(async () => {
    if (!project) return;
    await runDabba(['down', '-t', '0'], { cwd: project, env: penv });
    // Should a test have failed before down, files of subordinate ids may be left.
    if (host.uid !== 0) await removeInUserNamespace(project, host).catch(() => undefined);
    rmSync(project, { recursive: true, force: true });
  });

  test('inside the container the files are uid 1000\'s, and uid 1000 can write in its 0700 folder', async () => {
    // As root first: bwrap run with -u on a fresh rootfs cannot create /proc in it (a sandbox matter).
    const asRoot = await runDabba(['run', 'app', '/bin/sh', '-c', 'stat -c %u /data/owned /marker'], { cwd: project, env: penv });
    assert.equal(asRoot.stdout, '1000\n0\n', asRoot.stderr);
    const script = 'stat -c %u /data /data/owned; echo y > /data/new && stat -c %u /data/new';
    const r = await runDabba(['run', '-u', '1000', 'app', '/bin/sh', '-c', script], { cwd: project, env: penv });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '1000\n1000\n1000\n');
    // A volume seeded from such a folder keeps its owners, as in docker.
    const vol = await runDabba(['run', '-u', '1000', 'app', '/bin/sh', '-c', 'stat -c %u /seeded /seeded/owned; echo y > /seeded/new && echo wrote'], { cwd: project, env: penv });
    assert.equal(vol.code, 0, vol.stderr);
    assert.equal(vol.stdout, '1000\n1000\nwrote\n');
  });

  test('a new image replaces the rootfs without leaving the old one behind, and down -v removes everything', async () => {
    await writeOwnedImage(join(project, 'img'), 'two');
    const up = await runDabba(['up', '-d'], { cwd: project, env: penv });
    assert.equal(up.code, 0, up.stderr);
    const r = await runDabba(['exec', 'app', '/bin/cat', '/marker'], { cwd: project, env: penv });
    assert.equal(r.stdout, 'two', r.stderr);
    const containerDir = join(project, '.dabba', 'app');
    assert.deepEqual(readdirSync(containerDir).filter((n) => n.startsWith('.rootfs.')), [], 'no old or temporary rootfs is left');
    // Seen from the host, the folder is not this user's: removing it needs more than rm.
    assert.notEqual(lstatSync(join(containerDir, 'rootfs', 'data')).uid, process.getuid!());
    const down = await runDabba(['down', '-v', '-t', '0'], { cwd: project, env: penv });
    assert.equal(down.code, 0, down.stderr);
    assert.deepEqual(readdirSync(join(project, '.dabba')).filter((n) => n === 'app'), []);
    assert.deepEqual(readdirSync(join(project, '.dabba', 'volumes')), []);
  });
});
