/** materializeRootfs as a whole: records, idempotence, replacement, the cache, compression forms, ownership, volumes. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import {
  applyOwnership,
  cachePaths,
  ensureVolume,
  pruneUnpackCache,
  readOwnershipFile,
  readRootfsOrigin,
  removeTree,
} from '../../../src/unpack/index.js';
import { buildImage, buildTar, buildTarGz, type TarEntry } from '../../helpers/tar-builder.js';
import { assertCanariesIntact, describeTree, materializeImage, materializeLayers, openerFor, snapshotCanaries, trackSandboxes } from './fixture.js';

const sandbox = trackSandboxes();

const isRoot = process.getuid?.() === 0;

const LAYERS: TarEntry[][] = [
  [
    { name: 'etc/passwd', data: 'root:x:0:0\n' },
    { name: 'home/app/', type: 'dir', uid: 1000, gid: 1000, mode: 0o750 },
    { name: 'home/app/.profile', data: 'export A=1\n', uid: 1000, gid: 1001 },
    { name: 'usr/bin/su', data: 'su', mode: 0o4755, gid: 7 },
    { name: 'var/data/', type: 'dir', uid: 70, gid: 70 },
    { name: 'var/data/seed', data: 'seed', uid: 70, gid: 70 },
  ],
  [{ name: 'etc/hostname', data: 'box\n' }],
];

const materialize = materializeImage;

test('records the origin, the image config and the ownership of non-root entries', async () => {
  const sb = await sandbox();
  const { image, changed } = await materializeLayers(sb, LAYERS);
  assert.equal(changed, true);
  const origin = await readRootfsOrigin(sb.containerDir);
  assert.equal(origin?.manifestDigest, image.manifestDigest);
  assert.equal(origin?.image, 'test/image');
  assert.deepEqual(origin?.layers, image.layers.map((l) => l.digest));
  assert.deepEqual(JSON.parse(readFileSync(join(sb.containerDir, 'config.json'), 'utf8')), image.config);
  const owners = await readOwnershipFile(sb.containerDir);
  assert.deepEqual(
    [...owners].sort(),
    [
      ['home/app', [1000, 1000]],
      ['home/app/.profile', [1000, 1001]],
      ['usr/bin/su', [0, 7]],
      ['var/data', [70, 70]],
      ['var/data/seed', [70, 70]],
    ],
  );
});

test('is idempotent for the same manifest digest and replaces the rootfs when it changes', async () => {
  const sb = await sandbox();
  const first = buildImage(LAYERS.map((l) => buildTarGz(l)));
  assert.deepEqual(await materialize(sb, first), { changed: true });
  const ino = lstatSync(join(sb.rootfs, 'etc/passwd')).ino;
  let opened = 0;
  assert.deepEqual(await materialize(sb, first, { openLayer: async () => (opened++, Readable.from([])) }), { changed: false });
  assert.equal(opened, 0);
  assert.equal(lstatSync(join(sb.rootfs, 'etc/passwd')).ino, ino);

  const second = buildImage([buildTarGz([{ name: 'etc/passwd', data: 'v2\n' }])]);
  assert.deepEqual(await materialize(sb, second), { changed: true });
  assert.equal(readFileSync(join(sb.rootfs, 'etc/passwd'), 'utf8'), 'v2\n');
  assert.equal(existsSync(join(sb.rootfs, 'etc/hostname')), false);
  assert.equal((await readRootfsOrigin(sb.containerDir))?.manifestDigest, second.manifestDigest);
  assert.deepEqual(readdirSync(sb.containerDir).filter((n) => n.startsWith('.')), []);
});

test('a rootfs without its record is materialised again', async () => {
  const sb = await sandbox();
  const image = buildImage(LAYERS.map((l) => buildTarGz(l)));
  await materialize(sb, image);
  await removeTree(join(sb.containerDir, 'rootfs.json'));
  writeFileSync(join(sb.rootfs, 'stray'), 'x');
  assert.deepEqual(await materialize(sb, image), { changed: true });
  assert.equal(existsSync(join(sb.rootfs, 'stray')), false);
});

test('a second container of the same image is cloned from the cache: equal, independent, no layer read', async () => {
  const sb = await sandbox();
  const cacheDir = join(sb.dir, 'cache');
  // hardlinks spanning top-level folders (copied by different cp processes) and read-only folders
  const links: TarEntry[] = [
    { name: 'a/deep/x', data: 'linked' },
    { name: 'b/y', type: 'link', linkname: 'a/deep/x' },
    { name: 'zz/z', type: 'link', linkname: 'b/y' },
    { name: 'ro/', type: 'dir', mode: 0o555 },
    { name: 'ro/f', data: 'f', mode: 0o000 },
  ];
  const image = buildImage([...LAYERS, links].map((l) => buildTarGz(l)));
  await materialize(sb, image, { cacheDir });
  const other = join(sb.dir, 'project', '.dabba', 'other');
  let opened = 0;
  const result = await materialize(sb, image, {
    containerDir: other,
    openLayer: async () => {
      opened++;
      throw new Error('the cache should have been used');
    },
    cacheDir,
  });
  assert.deepEqual(result, { changed: true });
  assert.equal(opened, 0);
  const strip = (t: ReturnType<typeof describeTree>) => new Map([...t].map(([p, e]) => [p, e.type === 'file' ? { ...e, ino: 0 } : e]));
  assert.deepEqual(strip(describeTree(join(other, 'rootfs'))), strip(describeTree(sb.rootfs)));
  assert.deepEqual(await readOwnershipFile(other), await readOwnershipFile(sb.containerDir));
  // never hardlinked: a write in one container stays there
  assert.notEqual(lstatSync(join(other, 'rootfs/etc/passwd')).ino, lstatSync(join(sb.rootfs, 'etc/passwd')).ino);
  writeFileSync(join(other, 'rootfs/etc/passwd'), 'changed');
  assert.equal(readFileSync(join(sb.rootfs, 'etc/passwd'), 'utf8'), 'root:x:0:0\n');
  const ino = lstatSync(join(other, 'rootfs/a/deep/x')).ino;
  assert.equal(lstatSync(join(other, 'rootfs/b/y')).ino, ino);
  assert.equal(lstatSync(join(other, 'rootfs/zz/z')).ino, ino);
  assert.equal(lstatSync(join(other, 'rootfs/ro')).mode & 0o7777, 0o555);
  // and the setuid bit survives the copy
  assert.equal(lstatSync(join(other, 'rootfs/usr/bin/su')).mode & 0o7777, 0o4755);
});

test('uncompressed layers, mislabelled gzip layers and zstd layers unpack', async (t) => {
  const entries: TarEntry[] = [{ name: 'etc/os-release', data: 'ID=test\n' }];
  const sb = await sandbox();
  // gzip bytes labelled as an uncompressed tar: the magic bytes decide
  const mislabelled = buildImage([buildTarGz(entries)], 'application/vnd.oci.image.layer.v1.tar');
  await materialize(sb, mislabelled);
  assert.equal(readFileSync(join(sb.rootfs, 'etc/os-release'), 'utf8'), 'ID=test\n');

  const plain = buildImage([buildTar([{ name: 'plain', data: 'p' }])], 'application/vnd.oci.image.layer.v1.tar');
  await materialize(sb, plain);
  assert.equal(readFileSync(join(sb.rootfs, 'plain'), 'utf8'), 'p');

  let zstd: Buffer;
  try {
    zstd = execFileSync('zstd', ['-c', '-q'], { input: buildTar([{ name: 'z', data: 'zstd!' }]) });
  } catch {
    if (process.env.DABBA_MUST_WORK) assert.fail('zstd is not installed (DABBA_MUST_WORK is set)');
    t.skip('zstd is not installed');
    return;
  }
  await materialize(sb, buildImage([zstd], 'application/vnd.oci.image.layer.v1.tar+zstd'));
  assert.equal(readFileSync(join(sb.rootfs, 'z'), 'utf8'), 'zstd!');
});

test('as root with idShift every entry gets shift+id, setuid kept; unprivileged the ownership is only recorded', async () => {
  const sb = await sandbox();
  const image = buildImage(LAYERS.map((l) => buildTarGz(l)));
  if (!isRoot) {
    await materialize(sb, image);
    const mine = process.getuid?.();
    assert.equal(lstatSync(join(sb.rootfs, 'home/app/.profile')).uid, mine);
    assert.deepEqual((await readOwnershipFile(sb.containerDir)).get('home/app/.profile'), [1000, 1001]);
    return;
  }
  await materialize(sb, image, { idShift: { uid: 100000, gid: 200000 } });
  const owner = (p: string): [number, number] => {
    const st = lstatSync(join(sb.rootfs, p));
    return [st.uid, st.gid];
  };
  assert.deepEqual(owner(''), [100000, 200000]);
  assert.deepEqual(owner('etc/passwd'), [100000, 200000]);
  assert.deepEqual(owner('home/app/.profile'), [101000, 201001]);
  assert.deepEqual(owner('usr/bin/su'), [100000, 200007]);
  assert.equal(lstatSync(join(sb.rootfs, 'usr/bin/su')).mode & 0o7777, 0o4755);
});

test('applyOwnership gives recorded entries their ids and never follows a symlink out of the rootfs', async (t) => {
  if (!isRoot) {
    t.skip('chown to other ids needs root (or a user namespace, tested with the sandbox)');
    return;
  }
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  await materializeLayers(sb, LAYERS);
  // a container replaced a recorded directory with a symlink to the host
  await removeTree(join(sb.rootfs, 'var/data'));
  await symlink(sb.outside, join(sb.rootfs, 'var/data'));
  await applyOwnership(sb.containerDir);
  assert.equal(lstatSync(join(sb.rootfs, 'home/app/.profile')).uid, 1000);
  assert.equal(lstatSync(join(sb.rootfs, 'home/app/.profile')).gid, 1001);
  assert.equal(lstatSync(join(sb.rootfs, 'etc/passwd')).uid, 0);
  assertCanariesIntact(sb, before);
  assert.equal(lstatSync(join(sb.outside, 'canary.txt')).uid, 0);
});

test('the first container fills the unpack cache: one complete entry, no leftovers', async () => {
  const sb = await sandbox();
  const cacheDir = join(sb.dir, 'cache');
  const image = buildImage(LAYERS.map((l) => buildTarGz(l)));
  await materialize(sb, image, { cacheDir });
  const entry = cachePaths(cacheDir, image.manifestDigest);
  assert.deepEqual(readdirSync(cacheDir), [basename(entry.dir)]);
  assert.deepEqual(readdirSync(entry.dir).sort(), ['rootfs', 'unpack.json']);
  assert.equal(readFileSync(join(entry.rootfs, 'etc/hostname'), 'utf8'), 'box\n');
  // the cache is a copy, never the container's files
  assert.notEqual(lstatSync(join(entry.rootfs, 'etc/passwd')).ino, lstatSync(join(sb.rootfs, 'etc/passwd')).ino);
});

/**
 * Ways a cache entry can be incomplete or damaged, before anything was
 * committed under its name or after; none of them may be copied.
 */
const BROKEN_ENTRIES: [string, 'empty cache' | 'after commit', (entry: ReturnType<typeof cachePaths>) => Promise<void>][] = [
  ['a tree without its record (an entry someone assembled by hand)', 'empty cache', async (e) => {
    await mkdir(join(e.rootfs, 'etc'), { recursive: true });
    await writeFile(join(e.rootfs, 'etc/passwd'), 'stale');
  }],
  ['a record that is cut short', 'after commit', async (e) => {
    await writeFile(e.record, readFileSync(e.record, 'utf8').slice(0, 40));
  }],
  ['a record of another format version', 'after commit', async (e) => {
    await writeFile(e.record, JSON.stringify({ ...JSON.parse(readFileSync(e.record, 'utf8')), version: 1 }));
  }],
  ['a record without its tree', 'after commit', async (e) => {
    await removeTree(e.rootfs);
  }],
  ['a file emptied after the commit (as a power loss can leave one)', 'after commit', async (e) => {
    await writeFile(join(e.rootfs, 'etc/passwd'), '');
  }],
  ['a file removed after the commit', 'after commit', async (e) => {
    await removeTree(join(e.rootfs, 'etc/hostname'));
  }],
];

for (const [what, when, damage] of BROKEN_ENTRIES) {
  test(`a cache entry with ${what} is never used, and is replaced by a complete one`, async () => {
    const sb = await sandbox();
    const cacheDir = join(sb.dir, 'cache');
    const image = buildImage(LAYERS.map((l) => buildTarGz(l)));
    if (when === 'after commit') await materialize(sb, image, { cacheDir, containerDir: join(sb.dir, 'filler') });
    await damage(cachePaths(cacheDir, image.manifestDigest));
    let opened = 0;
    await materialize(sb, image, { cacheDir, openLayer: async (layer) => (opened++, openerFor(image)(layer)) });
    assert.equal(opened, image.layers.length, 'the layers were unpacked, not the broken entry copied');
    assert.equal(readFileSync(join(sb.rootfs, 'etc/passwd'), 'utf8'), 'root:x:0:0\n');
    assert.equal(readFileSync(join(sb.rootfs, 'etc/hostname'), 'utf8'), 'box\n');

    const other = join(sb.dir, 'project', '.dabba', 'other');
    await materialize(sb, image, { containerDir: other, cacheDir, openLayer: async () => assert.fail('the repaired entry should have been used') });
    const strip = (t: ReturnType<typeof describeTree>) => new Map([...t].map(([p, e]) => [p, e.type === 'file' ? { ...e, ino: 0 } : e]));
    assert.deepEqual(strip(describeTree(join(other, 'rootfs'))), strip(describeTree(sb.rootfs)));
    assert.deepEqual(readdirSync(cacheDir), [basename(cachePaths(cacheDir, image.manifestDigest).dir)]);
  });
}

test('pruneUnpackCache removes the entries of unwanted images and killed fills, and keeps the rest', async () => {
  const sb = await sandbox();
  const cacheDir = join(sb.dir, 'cache');
  const kept = buildImage(LAYERS.map((l) => buildTarGz(l)));
  const dropped = buildImage([buildTarGz([{ name: 'big', data: 'x'.repeat(5000) }])]);
  await materialize(sb, kept, { cacheDir });
  await materialize(sb, dropped, { cacheDir, containerDir: join(sb.dir, 'project', '.dabba', 'other') });
  // a fill killed midway (its pid is gone) and one running now (this process)
  const deadPid = 2 ** 22 + 1; // above Linux's pid_max: never a live process
  await mkdir(join(cacheDir, `.tmp-${deadPid}-0badf00d`, 'rootfs'), { recursive: true });
  await mkdir(join(cacheDir, `.tmp-${process.pid}-0badf00d`));

  const recordBytes = lstatSync(cachePaths(cacheDir, dropped.manifestDigest).record).size;
  const asked: string[] = [];
  const result = await pruneUnpackCache(cacheDir, async (digest) => (asked.push(digest), digest === kept.manifestDigest));
  assert.deepEqual(result, { removed: [dropped.manifestDigest], freedBytes: 5000 + recordBytes });
  assert.deepEqual(asked.sort(), [kept.manifestDigest, dropped.manifestDigest].sort());
  assert.deepEqual(readdirSync(cacheDir).sort(), [`.tmp-${process.pid}-0badf00d`, basename(cachePaths(cacheDir, kept.manifestDigest).dir)].sort());
  // the kept entry still serves a new container without reading layers
  await materialize(sb, kept, { cacheDir, containerDir: join(sb.dir, 'project', '.dabba', 'third'), openLayer: async () => assert.fail('the kept entry should have been used') });
  assert.deepEqual(await pruneUnpackCache(join(sb.dir, 'missing'), async () => false), { removed: [], freedBytes: 0 });
});

test('ensureVolume seeds a new volume with the image content at its path, once', async () => {
  const sb = await sandbox();
  await materializeLayers(sb, LAYERS);
  const volumeDir = join(sb.dir, 'project', '.dabba', 'volumes', 'data');
  assert.deepEqual(await ensureVolume({ volumeDir, rootfs: sb.rootfs, containerPath: '/var/data' }), { created: true });
  assert.equal(readFileSync(join(volumeDir, 'seed'), 'utf8'), 'seed');
  writeFileSync(join(volumeDir, 'seed'), 'changed by the container');
  assert.deepEqual(await ensureVolume({ volumeDir, rootfs: sb.rootfs, containerPath: '/var/data' }), { created: false });
  assert.equal(readFileSync(join(volumeDir, 'seed'), 'utf8'), 'changed by the container');
  assert.deepEqual(readdirSync(join(sb.dir, 'project', '.dabba', 'volumes')), ['data']);
});

test('ensureVolume creates an empty volume when the image has nothing at the path', async () => {
  const sb = await sandbox();
  await materializeLayers(sb, LAYERS);
  const volumeDir = join(sb.containerDir, 'volumes', 'srv');
  assert.deepEqual(await ensureVolume({ volumeDir, rootfs: sb.rootfs, containerPath: '/srv/www' }), { created: true });
  assert.deepEqual(readdirSync(volumeDir), []);
});

test('ensureVolume never reads through a symlink out of the rootfs', async () => {
  const sb = await sandbox();
  const before = snapshotCanaries(sb);
  await materializeLayers(sb, [[{ name: 'data', type: 'symlink', linkname: sb.outside }, { name: 'up', type: 'symlink', linkname: '../../..' }]]);
  await mkdir(join(sb.rootfs, 'inner'));
  await writeFile(join(sb.rootfs, 'inner/own'), 'own');
  const v1 = join(sb.dir, 'v1');
  await ensureVolume({ volumeDir: v1, rootfs: sb.rootfs, containerPath: '/data' });
  assert.deepEqual(readdirSync(v1), [], 'the host folder must not be copied');
  const v2 = join(sb.dir, 'v2');
  await ensureVolume({ volumeDir: v2, rootfs: sb.rootfs, containerPath: '/up/inner' });
  assert.deepEqual(readdirSync(v2), ['own'], '"../../.." is clamped at the rootfs');
  assertCanariesIntact(sb, before);
});

test('an aborted materialisation stops with an error and leaves nothing behind', async () => {
  const sb = await sandbox();
  const controller = new AbortController();
  // one layer: the abort must be seen inside the layer, not only between layers
  const image = buildImage([buildTarGz(LAYERS[0] ?? [])]);
  await assert.rejects(
    materialize(sb, image, {
      signal: controller.signal,
      openLayer: async () => {
        controller.abort();
        return Readable.from([image.blobs.get(image.layers[0]?.digest ?? '') ?? Buffer.alloc(0)]);
      },
    }),
    (err: Error) => err.name === 'UnpackError' && /aborted/.test(err.message),
  );
  assert.equal(existsSync(sb.rootfs), false);
  assert.deepEqual(readdirSync(sb.containerDir), ['rootfs-sibling']);
});
