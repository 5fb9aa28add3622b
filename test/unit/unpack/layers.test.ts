/** OCI layer semantics: whiteouts, opaque directories, type changes, hardlinks, long names, modes, times. */
import assert from 'node:assert/strict';
import { existsSync, lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TarEntry } from '../../helpers/tar-builder.js';
import { describeTree, materializeLayers, trackSandboxes, type Sandbox } from './fixture.js';

const sandbox = trackSandboxes();

async function unpack(layers: TarEntry[][]): Promise<Sandbox> {
  const sb = await sandbox();
  await materializeLayers(sb, layers);
  return sb;
}

const read = (sb: Sandbox, p: string): string => readFileSync(join(sb.rootfs, p), 'utf8');
const has = (sb: Sandbox, p: string): boolean => existsSync(join(sb.rootfs, p)) || isSymlink(sb, p);
function isSymlink(sb: Sandbox, p: string): boolean {
  try {
    return lstatSync(join(sb.rootfs, p)).isSymbolicLink();
  } catch {
    return false;
  }
}

const LOWER: TarEntry[] = [
  { name: 'd/', type: 'dir' },
  { name: 'd/a', data: 'a' },
  { name: 'd/sub/', type: 'dir' },
  { name: 'd/sub/b', data: 'b' },
  { name: 'f', data: 'f' },
];

test('.wh.NAME removes a file of a lower layer', async () => {
  const sb = await unpack([LOWER, [{ name: '.wh.f' }]]);
  assert.equal(has(sb, 'f'), false);
  assert.equal(read(sb, 'd/a'), 'a');
});

test('.wh.NAME removes a directory of a lower layer with everything below it', async () => {
  const sb = await unpack([LOWER, [{ name: '.wh.d' }]]);
  assert.equal(has(sb, 'd'), false);
  assert.equal(read(sb, 'f'), 'f');
});

test('a whiteout for something that does not exist is harmless', async () => {
  const sb = await unpack([LOWER, [{ name: 'nope/.wh.x' }, { name: 'd/.wh.nothing' }]]);
  assert.equal(read(sb, 'd/a'), 'a');
  assert.equal(has(sb, 'nope'), false);
});

test('a whiteout does not remove what its own layer wrote', async () => {
  const sb = await unpack([LOWER, [{ name: 'g', data: 'new' }, { name: '.wh.g' }]]);
  assert.equal(read(sb, 'g'), 'new');
});

test('an opaque marker before the layer\'s entries hides the lower content', async () => {
  const sb = await unpack([LOWER, [{ name: 'd/', type: 'dir' }, { name: 'd/.wh..wh..opq' }, { name: 'd/new', data: 'n' }]]);
  assert.deepEqual([...describeTree(join(sb.rootfs, 'd')).keys()], ['new']);
});

test('an opaque marker after the layer\'s entries hides the lower content and spares the layer\'s own', async () => {
  const sb = await unpack([LOWER, [{ name: 'd/new', data: 'n' }, { name: 'd/sub/c', data: 'c' }, { name: 'd/.wh..wh..opq' }]]);
  assert.deepEqual([...describeTree(join(sb.rootfs, 'd')).keys()].sort(), ['new', 'sub', 'sub/c']);
});

test('an opaque directory of an upper layer keeps entries of the same layer below it and later layers add to it', async () => {
  const sb = await unpack([LOWER, [{ name: 'd/.wh..wh..opq' }, { name: 'd/x', data: 'x' }], [{ name: 'd/y', data: 'y' }]]);
  assert.deepEqual([...describeTree(join(sb.rootfs, 'd')).keys()].sort(), ['x', 'y']);
});

test('what one layer removes a later layer can create again', async () => {
  const sb = await unpack([LOWER, [{ name: '.wh.d' }], [{ name: 'd/a', data: 'again' }]]);
  assert.equal(read(sb, 'd/a'), 'again');
  assert.equal(has(sb, 'd/sub'), false);
});

test('a file replaces a directory and a directory replaces a file', async () => {
  const sb = await unpack([LOWER, [{ name: 'd', data: 'now a file' }, { name: 'f/', type: 'dir' }, { name: 'f/inner', data: 'i' }]]);
  assert.equal(read(sb, 'd'), 'now a file');
  assert.equal(read(sb, 'f/inner'), 'i');
});

test('a symlink replaces a directory and a directory replaces a symlink', async () => {
  const sb = await unpack([
    LOWER,
    [{ name: 'd', type: 'symlink', linkname: 'f' }, { name: 'l', type: 'symlink', linkname: '/d' }],
    [{ name: 'l/', type: 'dir' }, { name: 'l/z', data: 'z' }],
  ]);
  assert.equal(readlinkSync(join(sb.rootfs, 'd')), 'f');
  assert.ok(lstatSync(join(sb.rootfs, 'l')).isDirectory());
  assert.equal(read(sb, 'l/z'), 'z');
});

test('a file in a later layer replaces an earlier file without touching its hardlinks\' content', async () => {
  const sb = await unpack([[{ name: 'a', data: 'old' }, { name: 'b', type: 'link', linkname: 'a' }], [{ name: 'a', data: 'new' }]]);
  assert.equal(read(sb, 'a'), 'new');
  assert.equal(read(sb, 'b'), 'old');
});

test('hardlink chains within and across layers share one inode', async () => {
  const sb = await unpack([
    [{ name: 'x/a', data: 'shared' }, { name: 'x/b', type: 'link', linkname: 'x/a' }],
    [{ name: 'y/c', type: 'link', linkname: 'x/b' }, { name: 'y/d', type: 'link', linkname: 'y/c' }],
  ]);
  const ino = statSync(join(sb.rootfs, 'x/a')).ino;
  for (const p of ['x/b', 'y/c', 'y/d']) assert.equal(statSync(join(sb.rootfs, p)).ino, ino, p);
  assert.equal(statSync(join(sb.rootfs, 'x/a')).nlink, 4);
});

test('a hardlink through an in-rootfs symlink links the file it resolves to', async () => {
  const sb = await unpack([[{ name: 'usr/lib/libc.so', data: 'libc' }, { name: 'lib', type: 'symlink', linkname: 'usr/lib' }, { name: 'h', type: 'link', linkname: 'lib/libc.so' }]]);
  assert.equal(statSync(join(sb.rootfs, 'h')).ino, statSync(join(sb.rootfs, 'usr/lib/libc.so')).ino);
});

test('PAX and GNU long names and long link targets are kept', async () => {
  const longDir = `${'p'.repeat(90)}/${'q'.repeat(90)}`;
  const longTarget = `/${'t'.repeat(200)}`;
  const sb = await unpack([
    [
      { name: `${longDir}/pax-file`, data: 'pax' },
      { name: `${longDir}/gnu-file-${'g'.repeat(50)}`, data: 'gnu', longNames: 'gnu' },
      { name: 'pax-link', type: 'symlink', linkname: longTarget },
      { name: 'gnu-link', type: 'symlink', linkname: longTarget, longNames: 'gnu' },
      { name: `${longDir}/hard`, type: 'link', linkname: `${longDir}/pax-file` },
    ],
  ]);
  assert.equal(read(sb, `${longDir}/pax-file`), 'pax');
  assert.equal(read(sb, `${longDir}/gnu-file-${'g'.repeat(50)}`), 'gnu');
  assert.equal(readlinkSync(join(sb.rootfs, 'pax-link')), longTarget);
  assert.equal(readlinkSync(join(sb.rootfs, 'gnu-link')), longTarget);
  assert.equal(read(sb, `${longDir}/hard`), 'pax');
});

test('symlink targets are kept verbatim, absolute and relative', async () => {
  const sb = await unpack([[{ name: 'abs', type: 'symlink', linkname: '/etc/passwd' }, { name: 'rel', type: 'symlink', linkname: '../../x' }]]);
  assert.equal(readlinkSync(join(sb.rootfs, 'abs')), '/etc/passwd');
  assert.equal(readlinkSync(join(sb.rootfs, 'rel')), '../../x');
});

test('setuid, setgid and sticky bits, read-only and unreadable modes are the final modes', async () => {
  const sb = await unpack([
    [
      { name: 'suid', data: 's', mode: 0o4755 },
      { name: 'sgid', data: 's', mode: 0o2711 },
      { name: 'tmp/', type: 'dir', mode: 0o1777 },
      { name: 'ro/', type: 'dir', mode: 0o555 },
      { name: 'ro/inner/', type: 'dir', mode: 0o500 },
      { name: 'ro/inner/file', data: 'x', mode: 0o400 },
      { name: 'none/', type: 'dir', mode: 0o000 },
      { name: 'none/f', data: 'y', mode: 0o000 },
    ],
    // a later layer writes into the read-only directory: allowed, modes stay
    [{ name: 'ro/added', data: 'z', mode: 0o444 }],
  ]);
  const tree = describeTree(sb.rootfs);
  const mode = (p: string): number | undefined => (tree.get(p) as { mode?: number } | undefined)?.mode;
  assert.equal(mode('suid'), 0o4755);
  assert.equal(mode('sgid'), 0o2711);
  assert.equal(mode('tmp'), 0o1777);
  assert.equal(mode('ro'), 0o555);
  assert.equal(mode('ro/inner'), 0o500);
  assert.equal(mode('ro/inner/file'), 0o400);
  assert.equal(mode('ro/added'), 0o444);
  assert.equal(mode('none'), 0o000);
  assert.equal(mode('none/f'), 0o000);
});

test('modification times of files, directories and symlinks are the layer\'s', async () => {
  const sb = await unpack([
    [
      { name: 'dir/', type: 'dir', mtime: 1_000_000_000 },
      { name: 'dir/file', data: 'x', mtime: 1_100_000_000 },
      { name: 'dir/link', type: 'symlink', linkname: 'file', mtime: 1_200_000_000 },
    ],
  ]);
  assert.equal(lstatSync(join(sb.rootfs, 'dir')).mtimeMs, 1_000_000_000_000);
  assert.equal(lstatSync(join(sb.rootfs, 'dir/file')).mtimeMs, 1_100_000_000_000);
  assert.equal(lstatSync(join(sb.rootfs, 'dir/link')).mtimeMs, 1_200_000_000_000);
});

test('FIFOs are created as FIFOs', async () => {
  const sb = await unpack([[{ name: 'run/pipe', type: 'fifo', mode: 0o620 }]]);
  const st = lstatSync(join(sb.rootfs, 'run/pipe'));
  assert.ok(st.isFIFO());
  assert.equal(st.mode & 0o7777, 0o620);
});

test('implicit parent directories are created 0755', async () => {
  const sb = await unpack([[{ name: 'a/b/c', data: 'c' }]]);
  assert.equal(lstatSync(join(sb.rootfs, 'a/b')).mode & 0o7777, 0o755);
});

test('a "./"-prefixed layer (as docker save writes) unpacks like a plain one', async () => {
  const sb = await unpack([[{ name: './', type: 'dir', mode: 0o700 }, { name: './etc/', type: 'dir' }, { name: './etc/hostname', data: 'h' }]]);
  assert.equal(read(sb, 'etc/hostname'), 'h');
});
