/**
 * `user.*` xattrs from PAX headers reach the unpacked files and directories
 * (checked with getfattr), other namespaces never do, a symlink's xattr never
 * reaches its target, and what the kernel refuses is a notice, not an error.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { TarEntry } from '../helpers/tar-builder.js';
import { assertCanariesIntact, materializeLayers, requireTool, snapshotCanaries, trackSandboxes, type Sandbox } from '../unit/unpack/fixture.js';

const sandbox = trackSandboxes();

function haveXattrTools(t: TestContext): boolean {
  return requireTool(t, 'setfattr', ['--version']) && requireTool(t, 'getfattr', ['--version']);
}

/** The value of xattr `name` of `path` itself (not a symlink's target), or undefined when it has none. */
function getXattr(path: string, name: string): Buffer | undefined {
  try {
    return execFileSync('getfattr', ['-h', '--only-values', '-n', name, '--', path], { stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Every xattr name of `path` itself, in all namespaces this process may read. */
function xattrNames(path: string): string[] {
  const out = execFileSync('getfattr', ['-h', '-d', '-m', '-', '--absolute-names', '--', path], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.slice(0, l.indexOf('=')))
    .sort();
}

async function unpack(layers: TarEntry[][]): Promise<{ sb: Sandbox; notices: string[] }> {
  const sb = await sandbox();
  const notices: string[] = [];
  await materializeLayers(sb, layers, { onNotice: (m) => notices.push(m) });
  return { sb, notices };
}

test('user.* xattrs of files and directories are applied, each to its own entry', async (t) => {
  if (!haveXattrTools(t)) return;
  const { sb, notices } = await unpack([
    [
      { name: 'etc/', type: 'dir', xattrs: { 'user.dir': 'on a directory' } },
      // a big entry before: the parser queues the next header's meta behind its data
      { name: 'etc/big', data: Buffer.alloc(3 << 20, 1) },
      { name: 'etc/conf', data: 'x', xattrs: { 'user.foo': 'bar' } },
      { name: 'etc/plain', data: 'no xattrs' },
      { name: 'etc/readonly', data: 'r', mode: 0o444, xattrs: { 'user.ro': 'still set' } },
      { name: 'etc/odd\\name\nwith newline', data: 'o', xattrs: { 'user.multi': 'line1\nline2', 'user.bin': Buffer.from([0x00, 0x7f, 0x01]) } },
    ],
    [{ name: 'srv/' + 'l'.repeat(120), data: 'long name and xattr in one PAX header', xattrs: { 'user.long': 'yes' } }],
  ]);
  const at = (p: string): string => join(sb.rootfs, p);
  assert.equal(getXattr(at('etc/conf'), 'user.foo')?.toString(), 'bar');
  assert.equal(getXattr(at('etc'), 'user.dir')?.toString(), 'on a directory');
  assert.deepEqual(xattrNames(at('etc/plain')), []);
  assert.deepEqual(xattrNames(at('etc/big')), []);
  assert.deepEqual(xattrNames(at('etc/conf')), ['user.foo']);
  assert.equal(getXattr(at('etc/readonly'), 'user.ro')?.toString(), 'still set');
  assert.equal(lstatSync(at('etc/readonly')).mode & 0o7777, 0o444, 'the final mode is the layer\'s');
  assert.equal(getXattr(at('etc/odd\\name\nwith newline'), 'user.multi')?.toString(), 'line1\nline2');
  assert.deepEqual(getXattr(at('etc/odd\\name\nwith newline'), 'user.bin'), Buffer.from([0x00, 0x7f, 0x01]));
  assert.equal(getXattr(at('srv/' + 'l'.repeat(120)), 'user.long')?.toString(), 'yes');
  assert.deepEqual(notices, []);
});

test('security.* and trusted.* xattrs in a layer are ignored', async (t) => {
  if (!haveXattrTools(t)) return;
  const { sb } = await unpack([
    [{ name: 'bin/tool', data: 'x', mode: 0o755, xattrs: { 'security.capability': Buffer.from([1, 0, 0, 2, 0, 0x20, 0, 0]), 'trusted.overlay.opaque': 'y', 'user.kept': '1' } }],
  ]);
  // as root getfattr lists trusted.* too, so this also shows they were not set
  assert.deepEqual(xattrNames(join(sb.rootfs, 'bin/tool')), ['user.kept']);
});

test('an xattr on a symlink is set on the link itself (which Linux refuses), never on its target outside the rootfs', async (t) => {
  if (!haveXattrTools(t)) return;
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  const canary = sb.canaries[0] as string;
  const notices: string[] = [];
  const { image } = await materializeLayers(
    sb,
    [
      [{ name: 'base', data: 'lower layer' }],
      [
        { name: 'abs', type: 'symlink', linkname: canary, xattrs: { 'user.evil': 'abs' } },
        { name: 'rel', type: 'symlink', linkname: '../../../../outside/canary.txt', xattrs: { 'user.evil': 'rel' } },
        { name: 'ok', data: 'fine', xattrs: { 'user.fine': '1' } },
      ],
    ],
    { onNotice: (m) => notices.push(m) },
  );
  assert.equal(getXattr(canary, 'user.evil'), undefined);
  assert.deepEqual(xattrNames(canary), []);
  assertCanariesIntact(sb, before);
  assert.equal(lstatSync(join(sb.rootfs, 'abs')).isSymbolicLink(), true);
  assert.equal(getXattr(join(sb.rootfs, 'ok'), 'user.fine')?.toString(), '1');
  // one notice, for the layer that carried them, not one per entry
  assert.equal(notices.length, 1, notices.join('\n'));
  assert.match(notices[0] ?? '', new RegExp(`layer ${image.layers[1]?.digest}: 2 of 3 user\\.\\* xattrs not applied \\(Operation not permitted\\)`));
});

test('an entry replaced later in its own layer by a symlink out of the rootfs does not take the xattrs through it', async (t) => {
  if (!haveXattrTools(t)) return;
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  await materializeLayers(sb, [
    [
      { name: 'd/', type: 'dir', xattrs: { 'user.evil': 'dir' } },
      { name: 'd/canary.txt', data: 'inside', xattrs: { 'user.evil': 'file' } },
      { name: 'd', type: 'symlink', linkname: sb.outside },
    ],
  ]);
  assert.deepEqual(xattrNames(sb.outside), []);
  assert.deepEqual(xattrNames(join(sb.outside, 'canary.txt')), []);
  assertCanariesIntact(sb, before);
});

test('without setfattr the layer unpacks and one notice says the xattrs were not applied', async (t) => {
  if (!haveXattrTools(t)) return;
  const sb = await sandbox();
  const notices: string[] = [];
  const path = process.env.PATH;
  // no setfattr on this PATH; the layer needs no other tool
  process.env.PATH = join(sb.dir, 'empty-bin');
  try {
    await materializeLayers(sb, [[{ name: 'a', data: 'a', xattrs: { 'user.a': '1' } }, { name: 'b', data: 'b', xattrs: { 'user.b': '2' } }]], { onNotice: (m) => notices.push(m) });
  } finally {
    process.env.PATH = path;
  }
  assert.deepEqual(xattrNames(join(sb.rootfs, 'a')), []);
  assert.equal(notices.length, 1, notices.join('\n'));
  assert.match(notices[0] ?? '', /2 user\.\* xattrs not applied: setfattr is not installed/);
});

test('a second container cloned from the unpack cache gets the same xattrs', async (t) => {
  if (!haveXattrTools(t)) return;
  const sb = await sandbox();
  const cacheDir = join(sb.dir, 'cache');
  const layers: TarEntry[][] = [[{ name: 'etc/', type: 'dir', xattrs: { 'user.d': 'dir' } }, { name: 'etc/f', data: 'f', mode: 0o400, xattrs: { 'user.f': 'file' } }]];
  await materializeLayers(sb, layers, { cacheDir });
  const second = join(sb.dir, 'project', '.dabba', 'second');
  await materializeLayers(sb, layers, { cacheDir, containerDir: second });
  for (const rootfs of [sb.rootfs, join(second, 'rootfs')]) {
    assert.equal(getXattr(join(rootfs, 'etc'), 'user.d')?.toString(), 'dir', rootfs);
    assert.equal(getXattr(join(rootfs, 'etc/f'), 'user.f')?.toString(), 'file', rootfs);
    assert.equal(lstatSync(join(rootfs, 'etc/f')).mode & 0o777, 0o400);
  }
});
