import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, chmod, access, writeFile } from 'node:fs/promises';

const D = `sha256:${'a'.repeat(64)}`;
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containerPaths, projectPaths, isContainerName } from '../../../src/container/layout.js';
import { writeSpec, writeState } from '../../../src/state/store.js';
import { observeProject, removeContainerDir } from '../../../src/container/folder.js';
import { processRef } from '../../../src/util/process.js';
import type { ContainerSpec, ContainerState } from '../../../src/state/types.js';
import type { Service } from '../../../src/config/model.js';

const service = { name: 'web' } as Service;

function spec(name: string, digest: string): ContainerSpec {
  return { version: 1, project: { name: 'p', workingDir: '/p' }, service: { ...service, name }, imageDigest: digest, configHash: 'h', runConfig: {} };
}

function state(name: string, extra: Partial<ContainerState>): ContainerState {
  return { version: 1, service: name, status: 'running', processes: [], restarts: 0, ...extra };
}

test('reserved and non-folder names cannot be container folders', () => {
  assert.equal(isContainerName('web'), true);
  for (const bad of ['volumes', 'lock', 'lock.takeover', '.hidden', '../x', 'a/b', '', 'x'.repeat(64)]) assert.equal(isContainerName(bad), false, bad);
  assert.throws(() => containerPaths(projectPaths('/p'), '..'));
});

test('observe: a live supervisor is running; a dead one is reported exited; no .dabba is empty', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-state-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const paths = projectPaths(dir);
  assert.deepEqual(await observeProject(paths), { services: {}, volumes: [] });

  const me = (await processRef(process.pid))!;
  await writeSpec(paths, spec('web', D));
  await mkdir(containerPaths(paths, 'web').rootfs, { recursive: true });
  await writeFile(join(containerPaths(paths, 'web').dir, 'rootfs.json'), JSON.stringify({ version: 1, image: 'x', manifestDigest: D, layers: [], materializedAt: new Date().toISOString() }));
  await writeState(paths, state('web', { supervisor: me }));
  await writeSpec(paths, spec('db', 'sha256:bb'));
  await writeState(paths, state('db', { supervisor: { pid: me.pid, startTime: '1' } }));
  await mkdir(join(paths.volumesDir, 'data'), { recursive: true });

  const o = await observeProject(paths);
  assert.deepEqual(Object.keys(o.services).sort(), ['db', 'web']);
  assert.equal(o.services.web!.running, true);
  assert.equal(o.services.web!.status, 'running');
  assert.equal(o.services.web!.rootfsDigest, D);
  assert.equal(o.services.db!.running, false);
  assert.equal(o.services.db!.status, 'exited');
  // no rootfs folder: nothing materialised, whatever the spec says
  assert.equal(o.services.db!.rootfsDigest, undefined);
  assert.deepEqual(o.volumes, ['data']);
});

test('removing a container folder gets through read-only folders an image made', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-state-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const paths = projectPaths(dir);
  const ro = join(containerPaths(paths, 'web').rootfs, 'usr', 'ro');
  await mkdir(join(ro, 'inner'), { recursive: true });
  await chmod(join(ro, 'inner'), 0o555);
  await chmod(ro, 0o555);
  await removeContainerDir(paths, 'web');
  await assert.rejects(access(containerPaths(paths, 'web').dir));
});
