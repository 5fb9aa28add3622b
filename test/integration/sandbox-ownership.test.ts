/**
 * Applying the unpacker's recorded ownership inside the container's user
 * namespace, unprivileged with a subordinate id range (as root the unpacker
 * applies it itself with idShift, so there is nothing to test there).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyOwnershipInUserNamespace, buildRunSpec, readHostFacts, readRootfsUsers, removeInUserNamespace, startContainer, whichTool } from '../../src/sandbox/index.js';
import { writeOwnershipFile } from '../../src/unpack/ownership.js';
import { haveBusybox, makeBusyboxRootfs, makeImageConfig, makeService, makeTempDir } from '../helpers/rootfs.js';

const host = readHostFacts();
const mustWork = process.env.DABBA_MUST_WORK === '1';
const missing = ['unshare', 'nsenter', 'newuidmap', 'newgidmap', 'bwrap'].filter((t) => !whichTool(t));
const skip =
  host.uid === 0
    ? 'as root, the unpacker applies ownership itself (idShift)'
    : !host.subuid || !host.subgid
      ? 'no subordinate id range for this user'
      : !mustWork && (missing.length > 0 || !haveBusybox())
        ? `missing ${missing.join(', ') || 'busybox'}`
        : false;

let dir: string;
before(async () => {
  if (skip) return;
  dir = await makeTempDir();
});
after(async () => {
  if (!dir) return;
  await removeInUserNamespace(join(dir, 'c'), host).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

test('recorded ownership is applied through the full mapping and seen inside the container', { skip }, async () => {
  const containerDir = join(dir, 'c');
  await mkdir(containerDir);
  const rootfs = await makeBusyboxRootfs(containerDir);
  await writeFile(join(rootfs, 'home/app/owned'), 'x');
  await writeOwnershipFile(containerDir, new Map([['home/app', [1000, 1000]], ['home/app/owned', [1000, 50]]]));
  await applyOwnershipInUserNamespace(containerDir, host);
  assert.equal(lstatSync(join(rootfs, 'home/app/owned')).uid, host.subuid!.start + 999);
  assert.equal(lstatSync(join(rootfs, 'home/app/owned')).gid, host.subgid!.start + 49);
  const spec = buildRunSpec({
    service: makeService({ command: ['sh', '-c', 'stat -c %u:%g /home/app /home/app/owned; stat -c %u /bin/busybox; su app -c "echo y >> /home/app/owned" && echo app-wrote'], networkMode: { mode: 'none' } }),
    image: makeImageConfig(),
    paths: { containerDir, rootfs, projectDir: dir, volumesDir: join(dir, 'volumes') },
    host,
    ...readRootfsUsers(rootfs),
    overrides: { tty: false },
  });
  const h = await startContainer(spec, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  h.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  let err = '';
  h.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  assert.equal(await h.wait(), 0, err);
  assert.equal(out, '1000:1000\n1000:50\n0\napp-wrote\n');
  await removeInUserNamespace(containerDir, host);
  assert.equal(existsSync(containerDir), false);
});
