/**
 * The project lock as the real CLI meets it: lock files a full disk left
 * empty do not hang later commands, and a full disk while locking is a clear
 * error. Needs no container runtime (`down` of a project with no containers).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DABBA_BIN, isolatedEnv, runDabba } from '../helpers/registry.js';
import { makeTempDir } from '../helpers/rootfs.js';

let dir: string;
before(async () => {
  dir = await makeTempDir();
  await writeFile(join(dir, 'dabba.yaml'), 'services:\n  a:\n    image: busybox\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('an empty lock and an empty takeover guard (a full disk) do not hang the next command', async () => {
  await mkdir(join(dir, '.dabba'), { recursive: true });
  await writeFile(join(dir, '.dabba', 'lock'), '');
  await writeFile(join(dir, '.dabba', 'lock.takeover'), '');
  const r = await runDabba(['down'], { cwd: dir, env: isolatedEnv(dir, { DABBA_LOCK_TIMEOUT: '5' }), timeoutMs: 20_000 });
  assert.equal(r.signal, null, `dabba down was still waiting after 20 s: ${r.stderr}`);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(existsSync(join(dir, '.dabba', 'lock')), false);
  assert.equal(existsSync(join(dir, '.dabba', 'lock.takeover')), false);
});

// A full file system of our own: a small tmpfs in a new user and mount namespace (no root needed).
const probe = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt']);
const noTmpfs = probe.status === 0 ? undefined : `cannot mount a tmpfs in a user namespace: ${probe.stderr.toString().trim()}`;
const skip = noTmpfs !== undefined && process.env.DABBA_MUST_WORK !== '1' ? noTmpfs : false;

test('a full disk while locking is a clear error that leaves no empty lock behind', { skip }, () => {
  const script = [
    'set -e',
    'mount -t tmpfs -o size=64k tmpfs "$1"',
    'cd "$1"',
    "printf 'services:\\n  a:\\n    image: busybox\\n' > dabba.yaml",
    'mkdir .dabba',
    'dd if=/dev/zero of=fill bs=4k 2>/dev/null || true',
    'set +e',
    '"$2" "$3" down; echo "exit $?"',
    'ls -A .dabba',
  ].join('\n');
  const mnt = join(dir, 'full');
  rmSync(mnt, { recursive: true, force: true });
  spawnSync('mkdir', [mnt]);
  const r = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script, 'sh', mnt, process.execPath, DABBA_BIN], {
    env: isolatedEnv(dir, { DABBA_LOCK_TIMEOUT: '5' }),
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(r.signal, null, r.stderr);
  assert.match(r.stderr, new RegExp(`no space left on device while locking the project ${mnt}/\\.dabba/lock`));
  assert.doesNotMatch(r.stderr, /this is a bug/);
  assert.match(r.stdout, /^exit 1\n$/m);
  assert.doesNotMatch(r.stdout, /lock/, 'no lock file is left behind');
});
