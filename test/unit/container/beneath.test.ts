import { after, beforeEach, describe, it } from 'node:test';
import { spawn, spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { closeSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkName, openRoot } from '../../../src/container/beneath.js';
import { applyOps } from '../../../src/container/sync-ops.js';
import { hostileProgram } from '../../helpers/hostile.js';

const noMusl = spawnSync('sh', ['-c', 'command -v musl-gcc']).status !== 0 && process.env.DABBA_MUST_WORK !== '1' ? 'musl-gcc is not installed' : false;

// A hostile tree: a rootfs whose entries lead out of it, next to canaries it must never touch.
const base = mkdtempSync(join(tmpdir(), 'dabba-beneath-'));
const rootfs = join(base, 'rootfs');
const outside = join(base, 'outside');
const CANARY = 'canary\n';

function canariesIntact(): void {
  assert.deepEqual(readdirSync(outside).sort(), ['canary.txt', 'dir'], 'nothing created or removed outside');
  assert.equal(readFileSync(join(outside, 'canary.txt'), 'utf8'), CANARY);
  assert.deepEqual(readdirSync(join(outside, 'dir')).sort(), ['a.txt', 'f.txt']);
  for (const f of ['a.txt', 'f.txt']) assert.equal(readFileSync(join(outside, 'dir', f), 'utf8'), CANARY);
}

function apply(ops: Parameters<typeof applyOps>[1]): void {
  const fd = openRoot(rootfs);
  try {
    applyOps(fd, ops);
  } finally {
    closeSync(fd);
  }
}

const write = (path: string, text: string) => ({ op: 'write' as const, path, mode: 0o644, data: Buffer.from(text) });

describe('sync operations below a rootfs never leave it', () => {
  beforeEach(() => {
    rmSync(rootfs, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
    mkdirSync(join(outside, 'dir'), { recursive: true });
    writeFileSync(join(outside, 'canary.txt'), CANARY);
    for (const f of ['a.txt', 'f.txt']) writeFileSync(join(outside, 'dir', f), CANARY);
    mkdirSync(join(rootfs, 'app'), { recursive: true });
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('a write to a file that is a symlink to a host file replaces the link', () => {
    symlinkSync(join(outside, 'canary.txt'), join(rootfs, 'app', 'f.txt'));
    apply([write('/app/f.txt', 'new\n')]);
    assert.ok(lstatSync(join(rootfs, 'app', 'f.txt')).isFile());
    assert.equal(readFileSync(join(rootfs, 'app', 'f.txt'), 'utf8'), 'new\n');
    canariesIntact();
  });

  it('a write to a folder that is a symlink to a host folder stays inside the rootfs', () => {
    symlinkSync(join(outside, 'dir'), join(rootfs, 'app', 'd'));
    apply([write('/app/d/f.txt', 'new\n'), { op: 'mkdir', path: '/app/d/sub', mode: 0o755 }]);
    // The absolute link target is taken from the rootfs.
    assert.equal(readFileSync(join(rootfs, outside, 'dir', 'f.txt'), 'utf8'), 'new\n');
    canariesIntact();
  });

  it('a relative link that climbs out (../..) stops at the rootfs', () => {
    const up = '../'.repeat(outside.split('/').length + 2);
    symlinkSync(`${up}${outside.slice(1)}/dir`, join(rootfs, 'app', 'd'));
    apply([write('/app/d/f.txt', 'new\n'), write('/app/d/new.txt', 'new\n')]);
    assert.equal(readFileSync(join(rootfs, outside, 'dir', 'new.txt'), 'utf8'), 'new\n');
    canariesIntact();
  });

  it('a symlink on the way to a host file is taken inside the rootfs, where a file is not a folder', () => {
    symlinkSync(join(outside, 'canary.txt'), join(rootfs, 'app', 'd'));
    mkdirSync(join(rootfs, outside), { recursive: true });
    writeFileSync(join(rootfs, outside, 'canary.txt'), 'inside\n');
    assert.throws(() => apply([write('/app/d/f.txt', 'new\n')]), { code: 'ENOTDIR' });
    assert.equal(readFileSync(join(rootfs, outside, 'canary.txt'), 'utf8'), 'inside\n');
    canariesIntact();
  });

  it('removing a file below a symlink to a host folder removes nothing outside', () => {
    symlinkSync(join(outside, 'dir'), join(rootfs, 'app', 'd'));
    apply([{ op: 'remove', path: '/app/d/f.txt' }, { op: 'remove', path: '/app/d/a.txt' }]);
    canariesIntact();
  });

  it('removing a tree holding symlinks to host folders and files removes the links, not their targets', () => {
    mkdirSync(join(rootfs, 'app', 't', 'deep'), { recursive: true });
    symlinkSync(join(outside, 'dir'), join(rootfs, 'app', 't', 'abs'));
    symlinkSync('../../../../outside/dir', join(rootfs, 'app', 't', 'deep', 'rel'));
    symlinkSync(join(outside, 'canary.txt'), join(rootfs, 'app', 't', 'deep', 'file'));
    apply([{ op: 'remove', path: '/app/t' }]);
    assert.deepEqual(readdirSync(join(rootfs, 'app')), []);
    canariesIntact();
  });

  it('removing a destination that is itself a symlink to a host folder removes the link only', () => {
    symlinkSync(join(outside, 'dir'), join(rootfs, 'app', 'd'));
    apply([{ op: 'remove', path: '/app/d' }]);
    assert.deepEqual(readdirSync(join(rootfs, 'app')), []);
    canariesIntact();
  });

  it('.. in a path never climbs above the rootfs', () => {
    apply([write('/../../../outside/canary.txt', 'new\n'), write('/app/../../x.txt', 'new\n')]);
    assert.equal(readFileSync(join(rootfs, 'outside', 'canary.txt'), 'utf8'), 'new\n');
    assert.equal(readFileSync(join(rootfs, 'x.txt'), 'utf8'), 'new\n');
    canariesIntact();
  });

  it('a path whose last part is .. or empty is refused, and names with / or NUL are not names', () => {
    assert.throws(() => apply([write('/app/..', 'x')]), /not a path/);
    for (const bad of ['..', '.', '', 'a/b', 'a\0b']) assert.throws(() => checkName(bad), /is not a file name/);
    assert.equal(checkName('ok.txt'), 'ok.txt');
    canariesIntact();
  });

  it('while another process swaps the destination, or its folder, with a symlink out, nothing outside changes', { skip: noMusl }, async () => {
    const flip = join(base, 'flip');
    writeFileSync(flip, hostileProgram('flip'), { mode: 0o755 });
    writeFileSync(join(rootfs, 'app', 'f.txt'), 'real\n');
    symlinkSync(join(outside, 'canary.txt'), join(rootfs, 'app', '.evil'));
    mkdirSync(join(rootfs, 'app', 'd'));
    symlinkSync(join(outside, 'dir'), join(rootfs, 'app', '.evild'));
    const flippers = [spawn(flip, [join(rootfs, 'app', 'f.txt'), join(rootfs, 'app', '.evil')]), spawn(flip, [join(rootfs, 'app', 'd'), join(rootfs, 'app', '.evild')])];
    try {
      await new Promise((r) => setTimeout(r, 50));
      for (let i = 0; i < 500; i++) {
        apply([write('/app/f.txt', `v${i}\n`), write('/app/d/f.txt', `v${i}\n`), { op: 'remove', path: '/app/d/a.txt' }]);
        if (i % 50 === 0) await new Promise((r) => setImmediate(r));
      }
    } finally {
      for (const f of flippers) f.kill('SIGKILL');
    }
    canariesIntact();
  });
});
