/** The pure parts of the unpacker: entry-name policy, whiteout names, compression detection. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectCompression, layerMediaTypeProblem } from '../../../src/unpack/compression.js';
import { EntryRefused } from '../../../src/unpack/errors.js';
import { isSameOrBelow, splitEntryPath } from '../../../src/unpack/path-policy.js';
import { parseWhiteout } from '../../../src/unpack/whiteout.js';

test('splitEntryPath drops "." and empty components', () => {
  assert.deepEqual(splitEntryPath('./usr//bin/'), ['usr', 'bin']);
  assert.deepEqual(splitEntryPath('.'), []);
  assert.deepEqual(splitEntryPath('./'), []);
  assert.deepEqual(splitEntryPath('a/./b'), ['a', 'b']);
});

test('splitEntryPath refuses absolute names, "..", NUL and over-long names', () => {
  for (const [name, reason] of [
    ['/etc/passwd', /absolute path/],
    ['..', /escapes/],
    ['a/..', /escapes/],
    ['a/../b', /escapes/],
    ['a\0b', /NUL/],
    ['x'.repeat(4097), /longer than 4096/],
  ] as const) {
    assert.throws(() => splitEntryPath(name), (err: unknown) => err instanceof EntryRefused && reason.test(err.reason), name);
  }
  // ".." as part of a longer name is an ordinary name
  assert.deepEqual(splitEntryPath('a/..b/c..'), ['a', '..b', 'c..']);
});

test('isSameOrBelow compares whole components', () => {
  assert.equal(isSameOrBelow('rootfs/x', 'rootfs'), true);
  assert.equal(isSameOrBelow('rootfs', 'rootfs'), true);
  assert.equal(isSameOrBelow('rootfs-sibling/x', 'rootfs'), false);
  assert.equal(isSameOrBelow('anything', ''), true);
});

test('parseWhiteout recognises .wh.NAME and the opaque marker', () => {
  assert.equal(parseWhiteout(['etc', 'passwd']), undefined);
  assert.deepEqual(parseWhiteout(['etc', '.wh.passwd']), { kind: 'remove', parent: ['etc'], name: 'passwd' });
  assert.deepEqual(parseWhiteout(['.wh.etc']), { kind: 'remove', parent: [], name: 'etc' });
  assert.deepEqual(parseWhiteout(['var', 'lib', '.wh..wh..opq']), { kind: 'opaque', dir: ['var', 'lib'] });
  assert.deepEqual(parseWhiteout(['.wh..wh..opq']), { kind: 'opaque', dir: [] });
});

test('parseWhiteout refuses whiteouts naming nothing, "." or "..", and aufs metadata', () => {
  for (const name of ['.wh.', '.wh..', '.wh...', '.wh..wh.plnk', '.wh..wh..tmp']) {
    assert.throws(() => parseWhiteout(['d', name]), EntryRefused, name);
  }
});

test('detectCompression reads magic bytes', () => {
  assert.equal(detectCompression(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0])), 'gzip');
  assert.equal(detectCompression(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0])), 'zstd');
  assert.equal(detectCompression(Buffer.from('etc/pa')), 'none');
  assert.equal(detectCompression(Buffer.alloc(0)), 'none');
  assert.throws(() => detectCompression(Buffer.from('BZh91A')), /bzip2/);
  assert.throws(() => detectCompression(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])), /xz/);
});

test('layerMediaTypeProblem accepts OCI and Docker layer types and refuses others', () => {
  for (const t of [
    'application/vnd.oci.image.layer.v1.tar',
    'application/vnd.oci.image.layer.v1.tar+gzip',
    'application/vnd.oci.image.layer.v1.tar+zstd',
    'application/vnd.docker.image.rootfs.diff.tar.gzip',
    'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
  ]) {
    assert.equal(layerMediaTypeProblem(t), undefined, t);
  }
  assert.match(layerMediaTypeProblem('application/vnd.oci.image.config.v1+json') ?? '', /not a tar layer/);
});
