/**
 * Resource limits through the real CLI: as root they are enforced with cgroup
 * v1 (a fork loop stops at pids_limit; mem_limit and cpus are in the
 * container's cgroup files, which go with the container); unprivileged, `up`
 * says once that they are not enforced and why, and the services still start.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { dabba, requiredTools, until } from '../helpers/cli.js';
import { cgroupV1Mounts, ownCgroupPaths } from '../../src/sandbox/cgroups.js';

const { missing, skip } = requiredTools(['bwrap', 'unshare', 'nsenter']);
const asRoot = process.getuid?.() === 0;

/** The folders of `service`'s cgroups in `controller` (made below this process's own cgroup, where dabba's supervisor also is). */
async function containerCgroups(controller: 'memory' | 'cpu' | 'pids', service: string): Promise<string[]> {
  const mount = cgroupV1Mounts(await readFile('/proc/self/mounts', 'utf8')).get(controller);
  const own = ownCgroupPaths(await readFile('/proc/self/cgroup', 'utf8')).get(controller);
  if (mount === undefined || own === undefined) return [];
  const parent = join(mount, own);
  return (await readdir(parent)).filter((d) => d.startsWith(`dabba-${service}-`)).map((d) => join(parent, d));
}

describe('resource limits', { skip, timeout: 180_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    dir = await mkdtemp(join(tmpdir(), 'dabba-limits-'));
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
    await writeFile(
      join(dir, 'dabba.yaml'),
      `services:
  forks:
    image: oci:./img
    net: false
    pids_limit: 20
    command: ["sh", "-c", "i=0; while [ $$i -lt 40 ]; do sleep 10 & i=$$((i+1)); echo $$i; done"]
  held:
    image: oci:./img
    net: false
    mem_limit: 64m
    deploy:
      resources:
        limits: {cpus: "0.5"}
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"]
`,
    );
    env = { DABBA_STORE: join(dir, 'store') };
  });

  after(async () => {
    if (dir) await dabba(dir, ['down', '-v', '-t', '1'], env);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('as root, a fork loop stops at pids_limit', { skip: !asRoot && 'enforced only as root here' }, async () => {
    const r = await dabba(dir, ['run', '--rm', '-T', 'forks'], env);
    assert.notEqual(r.code, 0, 'the shell fails when it cannot fork');
    const started = Number(r.stdout.trim().split('\n').at(-1));
    // The 20 include the shell and bwrap's own process.
    assert.ok(started > 0 && started <= 18, `started ${started} sleeps under pids_limit 20`);
    assert.deepEqual(await containerCgroups('pids', 'forks'), [], 'the cgroup goes with the container');
  });

  it('as root, mem_limit and cpus are in the container\'s cgroup while it runs, and removed with it', { skip: !asRoot && 'enforced only as root here' }, async () => {
    const up = await dabba(dir, ['up', '-d', 'held'], env);
    assert.equal(up.code, 0, up.stderr);
    assert.doesNotMatch(up.stderr, /not enforced/);
    await until('the container\'s memory cgroup', async () => (await containerCgroups('memory', 'held')).length === 1);
    const [memory] = await containerCgroups('memory', 'held');
    assert.equal((await readFile(join(memory!, 'memory.limit_in_bytes'), 'utf8')).trim(), String(64 * 1024 * 1024));
    const [cpu] = await containerCgroups('cpu', 'held');
    assert.equal((await readFile(join(cpu!, 'cpu.cfs_quota_us'), 'utf8')).trim(), '50000');
    const tasks = (await readFile(join(memory!, 'cgroup.procs'), 'utf8')).trim().split('\n');
    assert.ok(tasks.length >= 2, 'the container\'s processes are in it');
    const down = await dabba(dir, ['down', '-t', '1'], env);
    assert.equal(down.code, 0, down.stderr);
    await until('the cgroups removed', async () => (await containerCgroups('memory', 'held')).length === 0 && (await containerCgroups('cpu', 'held')).length === 0);
  });

  it('unprivileged, up says once that the limits are not enforced, and why, and starts the services', { skip: asRoot && 'root enforces them' }, async () => {
    const up = await dabba(dir, ['up', '-d'], env);
    assert.equal(up.code, 0, up.stderr);
    const warnings = up.stderr.split('\n').filter((l) => /not enforced/.test(l));
    assert.equal(warnings.length, 1, up.stderr);
    assert.match(warnings[0]!, /resource limits not enforced \(forks: pids_limit; held: mem_limit, cpus\): unprivileged, they would need a delegated cgroup v2 subtree/);
    const ps = await dabba(dir, ['exec', '-T', 'held', 'true'], env);
    assert.equal(ps.code, 0, ps.stderr);
    await dabba(dir, ['down', '-t', '1'], env);
  });
});
