/**
 * The unpacker's result equals umoci's (`umoci raw unpack --rootless`) for the
 * same image, file by file: type, permission bits, size, content hash, link
 * target and hardlink groups.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { materializeRootfs, removeTree } from '../../src/unpack/index.js';
import { buildImage, buildTarGz, writeOciLayout, type TarEntry } from '../helpers/tar-builder.js';
import { assertSameTree, describeTree, hardlinkGroups, makeSandbox, openerFor, requireTool } from '../unit/unpack/fixture.js';

const long = 'd'.repeat(60) + '/' + 'e'.repeat(70) + '/' + 'f'.repeat(80);

/** Four layers exercising whiteouts, opaque directories, type changes, hardlinks, modes and long names. */
const LAYERS: TarEntry[][] = [
  [
    { name: 'bin/', type: 'dir' },
    { name: 'bin/busybox', data: 'pretend busybox\n', mode: 0o755 },
    { name: 'bin/sh', type: 'symlink', linkname: 'busybox' },
    { name: 'bin/ls', type: 'link', linkname: 'bin/busybox' },
    { name: 'etc/', type: 'dir' },
    { name: 'etc/passwd', data: 'root:x:0:0::/root:/bin/sh\n' },
    { name: 'etc/shadow', data: 'root:*:1::::::\n', mode: 0o640, gid: 42 },
    { name: 'etc/old/', type: 'dir' },
    { name: 'etc/old/a', data: 'a' },
    { name: 'etc/old/sub/b', data: 'b' },
    { name: 'opq/', type: 'dir' },
    { name: 'opq/lower1', data: 'lower one' },
    { name: 'opq/keep/', type: 'dir' },
    { name: 'opq/keep/lower2', data: 'lower two' },
    { name: 'tmp/', type: 'dir', mode: 0o1777 },
    { name: 'usr/bin/passwd', data: 'suid', mode: 0o4755 },
    { name: 'usr/bin/wall', data: 'sgid', mode: 0o2755, gid: 5 },
    { name: 'becomes-dir', data: 'file first' },
    { name: 'becomes-file/', type: 'dir' },
    { name: 'becomes-file/inner', data: 'inner' },
    { name: 'becomes-link/', type: 'dir' },
    { name: long, data: 'long name via pax' },
    { name: 'var/lib/thing', data: 'thing', uid: 1000, gid: 1000 },
  ],
  [
    { name: 'etc/.wh.old' },
    { name: 'opq/.wh..wh..opq' },
    { name: 'opq/keep/', type: 'dir' },
    { name: 'opq/keep/upper', data: 'upper' },
    { name: 'becomes-dir/', type: 'dir' },
    { name: 'becomes-dir/child', data: 'child' },
    { name: 'becomes-file', data: 'now a file' },
    { name: 'becomes-link', type: 'symlink', linkname: '/etc' },
    { name: 'bin/.wh.sh' },
    { name: 'glong/' + 'g'.repeat(120), data: 'gnu long name', longNames: 'gnu' },
    { name: 'glong/link', type: 'symlink', linkname: '/' + 'x'.repeat(150), longNames: 'gnu' },
  ],
  [
    // the opaque marker after the entries it spares, and a re-creation of what layer 2 removed
    { name: 'opq2/', type: 'dir' },
    { name: 'opq2/new', data: 'new' },
    { name: 'etc/old/', type: 'dir', mode: 0o700 },
    { name: 'etc/old/back', data: 'back again' },
    { name: 'bin/sh', type: 'symlink', linkname: '/bin/busybox' },
    { name: 'bin/cat', type: 'link', linkname: 'bin/ls' },
    { name: 'ro/', type: 'dir', mode: 0o555 },
    { name: 'ro/file', data: 'in a read-only dir', mode: 0o444 },
    { name: 'locked/', type: 'dir', mode: 0o700 },
    { name: 'locked/secret', data: 'no one reads me', mode: 0o000 },
    { name: 'fifo', type: 'fifo', mode: 0o600 },
  ],
  [
    { name: 'opq/keep/.wh.upper' },
    { name: 'usr/bin/.wh..wh..opq' },
    { name: 'usr/bin/env', data: 'env', mode: 0o755 },
    { name: 'etc/passwd', data: 'root:x:0:0::/root:/bin/sh\nuser:x:1000:1000::/home/user:/bin/sh\n' },
    { name: 'bin/busybox', data: 'a newer busybox\n', mode: 0o755 },
    { name: 'locked/', type: 'dir', mode: 0o000 },
  ],
];

test('a 4-layer image with whiteouts unpacks exactly as umoci unpacks it', async (t) => {
  if (!requireTool(t, 'umoci')) return;
  const sb = await makeSandbox();
  try {
    const image = buildImage(LAYERS.map((l) => buildTarGz(l)));
    const layout = join(sb.dir, 'layout');
    await writeOciLayout(layout, image, 'test');
    const umociRootfs = join(sb.dir, 'umoci-rootfs');
    execFileSync('umoci', ['raw', 'unpack', '--rootless', '--image', `${layout}:test`, umociRootfs], { stdio: 'pipe' });

    await materializeRootfs({
      containerDir: sb.containerDir,
      image: { name: 'test', manifestDigest: image.manifestDigest, config: image.config, layers: image.layers },
      openLayer: openerFor(image),
    });
    const ours = describeTree(sb.rootfs);
    const theirs = describeTree(umociRootfs);
    assertSameTree(ours, theirs);
    // the comparison is not vacuous: the interesting entries are there
    assert.equal(ours.get('opq/lower1'), undefined);
    assert.equal(ours.get('etc/old/back')?.type, 'file');
    assert.equal(ours.get('usr/bin/passwd'), undefined);
    assert.deepEqual(ours.get('becomes-link'), { type: 'symlink', target: '/etc' });
    // layer 4 replaced bin/busybox, which leaves its two hardlinks as one group of their own
    assert.ok(hardlinkGroups(ours).some((g) => g.join() === 'bin/cat,bin/ls'), 'bin/ls and bin/cat are one inode');
    assert.deepEqual(ours.get('locked'), { type: 'dir', mode: 0o000 });
    assert.deepEqual(ours.get('tmp'), { type: 'dir', mode: 0o1777 });
  } finally {
    await removeTree(sb.dir);
  }
});
