/**
 * Hostile layers, one named test each. Every test checks what happened to the
 * hostile entry (refused with an error naming the image, layer and entry, or
 * confined to the rootfs with chroot semantics) and that the canary files
 * outside the rootfs keep their content, mode, inode and link count.
 */
import assert from 'node:assert/strict';
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { UnpackError } from '../../../src/unpack/index.js';
import { buildImage, buildTar, buildTarGz, type TarEntry } from '../../helpers/tar-builder.js';
import { assertCanariesIntact, materializeImage, materializeLayers, snapshotCanaries, trackSandboxes, type Sandbox } from './fixture.js';

const sandbox = trackSandboxes();

/** Materialises `layers`, expects an UnpackError matching `reason` for `entry`, and checks the canaries and leftovers. */
async function expectRefused(layers: TarEntry[][], entry: string | undefined, reason: RegExp): Promise<Sandbox> {
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  const err = await materializeLayers(sb, layers).then(
    () => assert.fail('the layer was accepted'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof UnpackError, `expected UnpackError, got ${String(err)}`);
  assert.match(err.message, /^unpacking test\/image@sha256:[0-9a-f]{64}: layer sha256:[0-9a-f]{64}: /);
  if (entry !== undefined) assert.ok(err.message.includes(`entry ${JSON.stringify(entry)}: `), err.message);
  assert.match(err.message, reason);
  assert.equal(err.exitCode, 1);
  assertCanariesIntact(sb, before);
  // nothing is left that a later run could take for a rootfs
  assert.equal(existsSync(sb.rootfs), false);
  assert.deepEqual(readdirSync(sb.containerDir).sort(), ['rootfs-sibling']);
  return sb;
}

/** Materialises `layers`, expects success, checks the canaries, returns the sandbox. */
async function expectConfined(layers: TarEntry[][]): Promise<Sandbox> {
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  await materializeLayers(sb, layers);
  assertCanariesIntact(sb, before);
  return sb;
}

test('entry "../x" is refused: path escapes the rootfs', async () => {
  await expectRefused([[{ name: '../rootfs-sibling/canary.txt', data: 'pwned' }]], '../rootfs-sibling/canary.txt', /path escapes the rootfs/);
});

test('an absolute entry name is refused', async () => {
  const sb = await sandbox();
  await expectRefused([[{ name: `${sb.outside}/canary.txt`, data: 'pwned' }]], `${sb.outside}/canary.txt`, /absolute path/);
});

test('".." in the middle of a name is refused even when it would stay inside', async () => {
  await expectRefused([[{ name: 'a/../../canary.txt', data: 'pwned' }]], 'a/../../canary.txt', /path escapes the rootfs/);
});

test('"./.." is refused', async () => {
  await expectRefused([[{ name: './../x', data: 'pwned' }]], './../x', /path escapes the rootfs/);
});

test('".." hidden in a PAX long name is refused', async () => {
  const name = `${'a'.repeat(120)}/../../../canary.txt`;
  await expectRefused([[{ name, data: 'pwned' }]], name, /path escapes the rootfs/);
});

test('".." hidden in a GNU long name is refused', async () => {
  const name = `${'b'.repeat(120)}/../../../canary.txt`;
  await expectRefused([[{ name, data: 'pwned', longNames: 'gnu' }]], name, /path escapes the rootfs/);
});

test('a file written through an absolute symlink to a host folder lands inside the rootfs', async () => {
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  await materializeLayers(sb, [[{ name: 'evil', type: 'symlink', linkname: sb.outside }, { name: 'evil/canary.txt', data: 'pwned' }]]);
  assertCanariesIntact(sb, before);
  assert.equal(readFileSync(join(sb.rootfs, sb.outside, 'canary.txt'), 'utf8'), 'pwned');
});

test('a symlink to "../.." used as a parent is clamped at the rootfs', async () => {
  const sb = await expectConfined([[{ name: 'up', type: 'symlink', linkname: '../..' }, { name: 'up/rootfs-sibling/canary.txt', data: 'pwned' }]]);
  assert.equal(readFileSync(join(sb.rootfs, 'rootfs-sibling/canary.txt'), 'utf8'), 'pwned');
});

test('a symlink to "/" used as a parent in a later layer resolves to the rootfs', async () => {
  const sb = await expectConfined([[{ name: 'root', type: 'symlink', linkname: '/' }], [{ name: 'root/etc/x', data: 'inside' }]]);
  assert.equal(readFileSync(join(sb.rootfs, 'etc/x'), 'utf8'), 'inside');
});

test('a file entry over a symlink to a host file replaces the symlink and leaves the host file alone', async () => {
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  const target = join(sb.outside, 'canary.txt');
  await materializeLayers(sb, [[{ name: 'f', type: 'symlink', linkname: target }], [{ name: 'f', data: 'pwned' }]]);
  assertCanariesIntact(sb, before);
  assert.ok(lstatSync(join(sb.rootfs, 'f')).isFile());
});

test('a directory entry over a symlink to outside replaces the symlink', async () => {
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  await materializeLayers(sb, [[{ name: 'd', type: 'symlink', linkname: sb.outside }, { name: 'd/', type: 'dir', mode: 0o777 }, { name: 'd/canary.txt', data: 'pwned' }]]);
  assertCanariesIntact(sb, before);
  assert.ok(lstatSync(join(sb.rootfs, 'd')).isDirectory());
  assert.equal(readFileSync(join(sb.rootfs, 'd/canary.txt'), 'utf8'), 'pwned');
});

test('a directory swapped for a symlink between two entries cannot redirect the second', async () => {
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  await materializeLayers(sb, [
    [
      { name: 'd/', type: 'dir' },
      { name: 'd/first', data: '1' },
      { name: 'd', type: 'symlink', linkname: sb.outside },
      { name: 'd/canary.txt', data: 'pwned' },
    ],
  ]);
  assertCanariesIntact(sb, before);
  assert.equal(readFileSync(join(sb.rootfs, sb.outside, 'canary.txt'), 'utf8'), 'pwned');
});

test('a hardlink to "../" is refused', async () => {
  await expectRefused([[{ name: 'h', type: 'link', linkname: '../rootfs-sibling/canary.txt' }]], 'h', /path escapes the rootfs/);
});

test('a hardlink to an absolute host path is refused', async () => {
  const sb = await sandbox();
  const name = 'h';
  await expectRefused([[{ name, type: 'link', linkname: join(sb.outside, 'canary.txt') }]], name, /absolute path/);
});

test('a hardlink whose target is a symlink to a host file links nothing outside', async () => {
  const sb = await sandbox();
  await expectRefused(
    [[{ name: 's', type: 'symlink', linkname: join(sb.outside, 'canary.txt') }, { name: 'h', type: 'link', linkname: 's' }]],
    'h',
    /does not exist/,
  );
});

test('a hardlink through a symlinked parent pointing outside links nothing outside', async () => {
  const sb = await sandbox();
  await expectRefused([[{ name: 's', type: 'symlink', linkname: sb.outside }, { name: 'h', type: 'link', linkname: 's/canary.txt' }]], 'h', /does not exist/);
});

test('a hardlink to a directory is refused', async () => {
  await expectRefused([[{ name: 'dir/', type: 'dir' }, { name: 'h', type: 'link', linkname: 'dir' }]], 'h', /hardlink to a directory/);
});

test('a whiteout naming ".." is refused', async () => {
  await expectRefused([[{ name: 'etc/', type: 'dir' }], [{ name: 'etc/.wh...' }]], 'etc/.wh...', /path escapes the rootfs/);
});

test('a whiteout through a symlink to a host folder is refused', async () => {
  const sb = await sandbox();
  await expectRefused([[{ name: 's', type: 'symlink', linkname: sb.outside }], [{ name: 's/.wh.canary.txt' }]], 's/.wh.canary.txt', /is a symlink/);
});

test('an opaque whiteout through a symlink to "../.." is refused', async () => {
  await expectRefused([[{ name: 's', type: 'symlink', linkname: '../..' }], [{ name: 's/.wh..wh..opq' }]], 's/.wh..wh..opq', /is a symlink/);
});

test('a whiteout of a symlink removes the symlink, not its target', async () => {
  const sb = await expectConfined([[{ name: 's', type: 'symlink', linkname: join('/', 'etc') }, { name: 'etc/keep', data: 'k' }], [{ name: '.wh.s' }]]);
  assert.equal(existsSync(join(sb.rootfs, 's')), false);
  assert.equal(readFileSync(join(sb.rootfs, 'etc/keep'), 'utf8'), 'k');
});

test('a symlink loop used as a parent is refused', async () => {
  await expectRefused(
    [[{ name: 'a', type: 'symlink', linkname: 'b' }, { name: 'b', type: 'symlink', linkname: 'a' }, { name: 'a/x', data: 'x' }]],
    'a/x',
    /too many levels of symbolic links/,
  );
});

test('a regular file used as a parent is refused', async () => {
  await expectRefused([[{ name: 'f', data: 'f' }, { name: 'f/child', data: 'c' }]], 'f/child', /not a directory/);
});

test('device nodes are never created, with one notice per layer', async () => {
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  const notices: string[] = [];
  await materializeLayers(
    sb,
    [[{ name: 'dev/', type: 'dir' }, { name: 'dev/null', type: 'char' }, { name: 'dev/sda', type: 'block' }, { name: 'dev/zero', type: 'char' }]],
    { onNotice: (m) => notices.push(m) },
  );
  assertCanariesIntact(sb, before);
  assert.deepEqual(readdirSync(join(sb.rootfs, 'dev')), []);
  assert.equal(notices.length, 1);
  assert.match(notices[0] ?? '', /skipped 3 device nodes/);
});

test('a file larger than the unpacked-size limit stops the extraction', async () => {
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  await assert.rejects(materializeLayers(sb, [[{ name: 'big', data: Buffer.alloc(4096) }]], { maxUnpackedBytes: 4000 }), (err: Error) => {
    assert.ok(err instanceof UnpackError);
    assert.match(err.message, /entry "big": unpacked size exceeds the limit of 4000 bytes/);
    return true;
  });
  assertCanariesIntact(sb, before);
  assert.equal(existsSync(sb.rootfs), false);
});

test('a decompression bomb is stopped by the limit summed over layers', async () => {
  const sb = await sandbox();
  const layer = [{ name: 'zeros', data: Buffer.alloc(8 << 20) }];
  await assert.rejects(materializeLayers(sb, [layer, [{ name: 'more', data: Buffer.alloc(8 << 20) }]], { maxUnpackedBytes: 12 << 20 }), /entry "more": unpacked size exceeds/);
});

test('a corrupt tar header is refused', async () => {
  const sb = await sandbox();
  const tar = buildTar([{ name: 'ok', data: 'ok' }]);
  tar[148] = 0x37; // break the checksum
  const image = buildImage([gzipSync(tar)]);
  await assert.rejects(
    materializeImage(sb, image),
    (err: Error) => err instanceof UnpackError && /layer sha256:/.test(err.message),
  );
  assert.equal(existsSync(sb.rootfs), false);
});

test('a truncated gzip layer is refused', async () => {
  const sb = await sandbox();
  const gz = buildTarGz([{ name: 'f', data: Buffer.alloc(100_000, 7) }]);
  const image = buildImage([gz.subarray(0, gz.length >> 1)]);
  await assert.rejects(
    materializeImage(sb, image),
    (err: Error) => err instanceof UnpackError && /layer sha256:/.test(err.message),
  );
  assert.equal(existsSync(sb.rootfs), false);
});

test('a layer whose media type is not a tar layer is refused', async () => {
  const sb = await sandbox();
  const image = buildImage([buildTarGz([{ name: 'f', data: 'x' }])], 'application/vnd.cncf.helm.chart.content.v1.tar+gzip');
  await assert.rejects(
    materializeImage(sb, image),
    /is not a tar layer/,
  );
});

test('a failed extraction leaves the previous rootfs and its record in place', async () => {
  const sb = await sandbox();
  await materializeLayers(sb, [[{ name: 'etc/version', data: 'one' }]]);
  const record = readFileSync(join(sb.containerDir, 'rootfs.json'), 'utf8');
  await assert.rejects(materializeLayers(sb, [[{ name: 'etc/version', data: 'two' }, { name: '../x', data: 'x' }]]), UnpackError);
  assert.equal(readFileSync(join(sb.rootfs, 'etc/version'), 'utf8'), 'one');
  assert.equal(readFileSync(join(sb.containerDir, 'rootfs.json'), 'utf8'), record);
  assert.deepEqual(readdirSync(sb.containerDir).filter((n) => n.startsWith('.')), []);
});

test('an opened layer stream that errors midway is reported with the layer', async () => {
  const sb = await sandbox();
  const image = buildImage([buildTarGz([{ name: 'f', data: 'x' }])]);
  await assert.rejects(
    materializeImage(sb, image, {
      openLayer: async () =>
        new Readable({
          read() {
            this.destroy(new Error('connection reset'));
          },
        }),
    }),
    (err: Error) => err instanceof UnpackError && /layer sha256:[0-9a-f]{64}: .*connection reset/.test(err.message),
  );
});
