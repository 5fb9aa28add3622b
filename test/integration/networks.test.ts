/**
 * Project networks with the real CLI, bwrap, iproute2 and slirp4netns: services
 * reach each other by name (looked up the way a real image's libc does, by
 * test/fixtures/net/netc.c built with musl), only on the networks they share,
 * and nothing is left behind by `down`. Traffic stays on 127.0.0.1 and inside
 * the namespaces these tests make.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { writeOciLayout } from '../helpers/image-builder.js';
import { buildNetImage } from '../helpers/net-image.js';
import { isolatedEnv } from '../helpers/registry.js';
import { makeTempDir } from '../helpers/rootfs.js';
import { dabba, requiredTools, until } from '../helpers/cli.js';

const { skip } = requiredTools(['bwrap', 'slirp4netns', 'ip', 'musl-gcc']);

let base: string;
let env: NodeJS.ProcessEnv;
before(async () => {
  if (skip) return;
  base = await makeTempDir();
  await writeOciLayout(join(base, 'img'), buildNetImage());
  // One store and one runtime folder for every project here: they share this user's networks.
  env = isolatedEnv(base);
  await mkdir(env.HOME!, { recursive: true, mode: 0o700 });
});
after(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

const SLEEP = '["sleep", "1000"]';
const serve = (port: number, text: string): string => `["netc", "serve", "${port}", "${text}"]`;

/** A project folder with `yaml` (the image is oci:../img). */
async function project(name: string, yaml: string): Promise<string> {
  const dir = join(base, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'dabba.yaml'), yaml);
  return dir;
}

async function up(dir: string, ...args: string[]): Promise<void> {
  const r = await dabba(dir, ['up', '-d', ...args], env);
  assert.equal(r.code, 0, r.stderr);
}

async function down(dir: string): Promise<void> {
  const r = await dabba(dir, ['down', '-t', '1'], env);
  assert.equal(r.code, 0, r.stderr);
}

/** `netc ARGS…` in service `svc`: its exit code and output. */
async function netc(dir: string, svc: string, ...args: string[]) {
  return dabba(dir, ['exec', svc, 'netc', ...args], env);
}

/** Waits until `svc` answers `text` to `from` on `name:port`. */
async function reaches(dir: string, from: string, name: string, port: number, text: string): Promise<void> {
  let last = '';
  await until(`${from} → ${name}:${port}`, async () => {
    const r = await netc(dir, from, 'send', name, String(port), 'hi');
    last = `${r.code} ${r.stdout}${r.stderr}`;
    return r.code === 0 && r.stdout.trim() === text;
  }, 20_000).catch(() => assert.fail(`${from} did not reach ${name}:${port}: ${last}`));
}

/** Whether `pid` runs: a zombie (its parent, maybe a PID 1 that does not reap, has not waited for it yet) does not. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function record(): { holder?: { pid: number }; networks: Record<string, { members: Record<string, { ip: string }> }> } {
  const file = join(env.HOME!, '.cache', 'dabba', 'run', 'networks.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { networks: {} };
}

describe('the default network', { skip }, () => {
  let dir: string;
  before(async () => {
    dir = await project('stack', `services:
  db:
    image: oci:../img
    command: ${serve(5432, 'db')}
  cache:
    image: oci:../img
    command: ${serve(5432, 'cache')}
  app:
    image: oci:../img
    command: ${SLEEP}
    ports: ["127.0.0.1:18931:7000"]
`);
    await up(dir);
  });
  after(() => down(dir));

  test('three services reach each other by service name, two of them on the same container port', async () => {
    await reaches(dir, 'app', 'db', 5432, 'db');
    await reaches(dir, 'app', 'cache', 5432, 'cache');
    await reaches(dir, 'db', 'cache', 5432, 'cache');
    // compose's container name too
    await reaches(dir, 'app', 'stack-db-1', 5432, 'db');
  });

  test('a published port of a networked service is reached from the host while other services reach it by name', async () => {
    const r = await dabba(dir, ['exec', '-d', 'app', 'netc', 'serve', '7000', 'app'], env);
    assert.equal(r.code, 0, r.stderr);
    await reaches(dir, 'db', 'app', 7000, 'app');
    const t0 = Date.now();
    const reply = await new Promise<string>((resolve, reject) => {
      const s = connect(18931, '127.0.0.1', () => s.end('x'));
      let data = '';
      s.on('data', (d) => (data += d));
      s.on('end', () => resolve(data.trim()));
      s.on('error', reject);
    });
    assert.equal(reply, 'app');
    assert.ok(Date.now() - t0 < 2000);
  });

  test('a name resolves for a service started later, and for one recreated', async () => {
    await writeFile(join(dir, 'dabba.yaml'), `${readFileSync(join(dir, 'dabba.yaml'), 'utf8')}  late:
    image: oci:../img
    command: ${serve(80, 'late')}
`);
    await up(dir);
    await reaches(dir, 'app', 'late', 80, 'late');
    const before = (await netc(dir, 'app', 'resolve', 'db')).stdout.trim();
    const r = await dabba(dir, ['up', '-d', '--force-recreate', 'db'], env);
    assert.equal(r.code, 0, r.stderr);
    await reaches(dir, 'app', 'db', 5432, 'db');
    assert.equal((await netc(dir, 'app', 'resolve', 'db')).stdout.trim(), before, 'a recreated service keeps its address');
  });

  test('dabba run joins the network for as long as it runs', async () => {
    const r = await dabba(dir, ['run', '--rm', 'app', 'netc', 'send', 'db', '5432', 'x'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'db');
    const members = Object.keys(record().networks.stack_default?.members ?? {});
    assert.ok(!members.some((m) => m.includes('#run-')), `the one-off container left its address: ${members.join(', ')}`);
  });
});

describe('after down', { skip }, () => {
  test('no holder, helper or namespace is left, and the network is gone', async () => {
    const dir = await project('gone', `services:
  a:
    image: oci:../img
    command: ${serve(80, 'a')}
  b:
    image: oci:../img
    command: ${SLEEP}
`);
    await up(dir);
    await reaches(dir, 'b', 'a', 80, 'a');
    const holder = record().holder?.pid;
    assert.ok(holder !== undefined && running(holder));
    const state = JSON.parse(readFileSync(join(dir, '.dabba', 'a', 'state.json'), 'utf8')) as { processes?: { pid: number }[] };
    const pids = (state.processes ?? []).map((p) => p.pid);
    await down(dir);
    assert.equal(record().networks.gone_default, undefined);
    // Other projects of this file may still hold the user's networks; this project's processes are gone.
    for (const pid of pids) assert.ok(!running(pid), `process ${pid} outlived down`);
    if (Object.keys(record().networks).length === 0) assert.ok(!running(holder), 'the network holder outlived the last network');
  });
});
