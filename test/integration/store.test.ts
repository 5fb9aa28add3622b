/**
 * The store from the outside: `dabba images`, `rmi` and `prune` on a store
 * filled by real pulls, a full disk (a small tmpfs in a user namespace),
 * index.json written by several processes at once, and zstd without the
 * zstd program.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureImage, openLayerTar } from '../../src/image/index.js';
import { Store } from '../../src/store/index.js';
import { buildBusyboxImage, buildMultiArchIndex, writeOciArchive, writeOciLayout } from '../helpers/image-builder.js';
import { isolatedEnv, missingTool, runDabba } from '../helpers/registry.js';

const run = promisify(execFile);
const storeModule = new URL('../../src/store/index.js', import.meta.url).pathname;

async function fresh(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-store-it-'));
  await chmod(dir, 0o755);
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('images lists what was pulled; rmi untags; prune then removes the unreferenced blobs only', async (t) => {
  const dir = await fresh(t);
  const env = isolatedEnv(dir);
  const store = await Store.open(env.DABBA_STORE!);
  const a = buildBusyboxImage({ marker: 'a' });
  const b = buildMultiArchIndex();
  await writeOciArchive(join(dir, 'a.tar'), a);
  await writeOciArchive(join(dir, 'b.tar'), b);
  await ensureImage('oci-archive:a.tar', { store, baseDir: dir, policy: 'missing', platform: 'linux/amd64' });
  await ensureImage('oci-archive:b.tar', { store, baseDir: dir, policy: 'missing', platform: 'linux/amd64' });

  const table = await runDabba(['images', '--platform', 'linux/amd64'], { cwd: dir, env });
  assert.equal(table.code, 0, table.stderr);
  const lines = table.stdout.trim().split('\n');
  assert.match(lines[0]!, /^NAME\s+DIGEST\s+PLATFORM\s+SIZE\s+CREATED$/);
  assert.equal(lines.length, 3);
  const json = await runDabba(['images', '--format', 'json', '--platform', 'linux/amd64'], { cwd: dir, env });
  const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { Name: string; Digest: string; ManifestDigest: string; Platform: string; Size: number });
  const rowA = rows.find((r) => r.Name === `oci-archive:${join(dir, 'a.tar')}`)!;
  assert.equal(rowA.Digest, a.digest);
  assert.equal(rowA.Platform, 'linux/amd64');
  assert.equal(rowA.Size, a.blobs.reduce((n, x) => n + x.descriptor.size, 0));
  const rowB = rows.find((r) => r.Name === `oci-archive:${join(dir, 'b.tar')}`)!;
  assert.equal(rowB.Digest, b.digest);
  assert.equal(rowB.ManifestDigest, b.images[0]!.digest);

  const rmi = await runDabba(['rmi', 'oci-archive:a.tar'], { cwd: dir, env });
  assert.equal(rmi.code, 0, rmi.stderr);
  assert.match(rmi.stdout, /Untagged: oci-archive:\/.*a\.tar/);
  const again = await runDabba(['rmi', 'oci-archive:a.tar'], { cwd: dir, env });
  assert.equal(again.code, 1);
  assert.match(again.stderr, /no such image in the store/);

  // Blobs younger than the grace period survive a prune; age them as if the pull was long ago.
  const blobs = join(env.DABBA_STORE!, 'blobs', 'sha256');
  const old = new Date(Date.now() - 3600_000);
  for (const f of await readdir(blobs)) await utimes(join(blobs, f), old, old);
  const onlyA = [a.digest, ...a.blobs.map((x) => x.descriptor.digest)].filter((d) => !b.images.some((img) => img.blobs.some((x) => x.descriptor.digest === d)));
  const prune = await runDabba(['prune'], { cwd: dir, env });
  assert.equal(prune.code, 0, prune.stderr);
  assert.match(prune.stdout, new RegExp(`removed ${onlyA.length} blobs?`));
  for (const d of onlyA) assert.equal(await store.hasBlob(d), false, d);
  // b is intact: still complete for its platform, by policy never
  const rb = await ensureImage('oci-archive:b.tar', { store, baseDir: dir, policy: 'never', platform: 'linux/amd64' });
  assert.equal(rb.manifestDigest, b.images[0]!.digest);
});

test('index.json written by several processes at once keeps every entry', async (t) => {
  const dir = await fresh(t);
  const root = join(dir, 'store');
  const script = (id: number) => `
    const { Store } = await import(${JSON.stringify(storeModule)});
    const s = await Store.open(${JSON.stringify(root)});
    for (let i = 0; i < 25; i++) await s.setRef('p${id}-' + i, { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:' + '${id}'.repeat(64), size: 1 });`;
  await Promise.all([1, 2, 3, 4].map((id) => run(process.execPath, ['--input-type=module', '-e', script(id)])));
  const store = await Store.open(root);
  assert.equal((await store.listRefs()).length, 100);
});

test('a full disk gives a clear error and leaves no partial blob', { skip: missingTool('unshare') }, async (t) => {
  const dir = await fresh(t);
  const mnt = join(dir, 'small');
  await mkdir(mnt);
  const script = `
    const { Store } = await import(${JSON.stringify(storeModule)});
    const { createHash } = await import('node:crypto');
    const { readdir } = await import('node:fs/promises');
    const s = await Store.open(${JSON.stringify(join(mnt, 'store'))});
    const big = Buffer.alloc(2 << 20, 1);
    const digest = 'sha256:' + createHash('sha256').update(big).digest('hex');
    let message = '', hint = '';
    try { await s.putBlob(digest, big.length, [big.subarray(0, 1 << 20), big.subarray(1 << 20)]); } catch (e) { message = e.message; hint = e.hint; }
    const left = [...await readdir(s.root + '/blobs/sha256'), ...await readdir(s.root + '/ingest')];
    console.log(JSON.stringify({ message, hint, left }));`;
  let out: string;
  try {
    ({ stdout: out } = await run('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=512k tmpfs "$0" && exec "$1" --input-type=module -e "$2"`, mnt, process.execPath, script]));
  } catch (err) {
    if (process.env.DABBA_MUST_WORK) throw err;
    t.skip(`cannot mount a tmpfs in a user namespace here: ${(err as Error).message}`);
    return;
  }
  const r = JSON.parse(out) as { message: string; hint: string; left: string[] };
  assert.match(r.message, /^storing blob sha256:[a-f0-9]{64} in .*: no space left on device$/);
  assert.match(r.hint, /dabba prune/);
  assert.deepEqual(r.left, []);
});

test('a zstd layer without the zstd program: a clear error naming the package', async (t) => {
  const dir = await fresh(t);
  const store = await Store.open(join(dir, 'store'));
  const img = buildBusyboxImage({ compression: missingTool('zstd') ? 'gzip' : 'zstd' });
  if (!img.manifest.layers[0]!.mediaType.endsWith('zstd')) return t.skip('zstd is needed to build the layer');
  await writeOciLayout(join(dir, 'z'), img);
  const r = await ensureImage('oci:z', { store, baseDir: dir, policy: 'missing' });
  const path = process.env.PATH;
  await writeFile(join(dir, 'empty'), '');
  process.env.PATH = join(dir, 'no-bin');
  try {
    const stream = await openLayerTar(store, r.layers[0]!);
    await assert.rejects(
      async () => {
        for await (const _ of stream) {
          // drain
        }
      },
      (e: unknown) => /is zstd-compressed and the zstd program is not installed/.test((e as Error).message) && /apt-get install zstd/.test((e as { hint?: string }).hint ?? ''),
    );
  } finally {
    process.env.PATH = path;
  }
});

test("prune keeps the images of the current project's containers even when untagged", async (t) => {
  const dir = await fresh(t);
  const env = isolatedEnv(dir);
  const store = await Store.open(env.DABBA_STORE!);
  const img = buildBusyboxImage({ marker: 'in use' });
  await writeOciArchive(join(dir, 'app.tar'), img);
  await writeFile(join(dir, 'dabba.yaml'), 'services:\n  web:\n    image: oci-archive:app.tar\n');
  const r = await ensureImage('oci-archive:app.tar', { store, baseDir: dir, policy: 'missing' });
  // the container made from it, as the unpacker records it
  const { writeRootfsOrigin } = await import('../../src/unpack/origin.js');
  await mkdir(join(dir, '.dabba', 'web', 'rootfs'), { recursive: true });
  await writeRootfsOrigin(join(dir, '.dabba', 'web'), { version: 1, image: 'oci-archive:app.tar', manifestDigest: r.manifestDigest, layers: r.layers.map((l) => l.digest), materializedAt: new Date().toISOString() });

  assert.equal((await runDabba(['rmi', 'oci-archive:app.tar'], { cwd: dir, env })).code, 0);
  const blobs = join(env.DABBA_STORE!, 'blobs', 'sha256');
  const old = new Date(Date.now() - 3600_000);
  for (const f of await readdir(blobs)) await utimes(join(blobs, f), old, old);

  const inProject = await runDabba(['prune'], { cwd: dir, env });
  assert.equal(inProject.code, 0, inProject.stderr);
  assert.match(inProject.stdout, /removed 0 blobs/);
  for (const d of [r.manifestDigest, r.configDigest, ...r.layers.map((l) => l.digest)]) assert.equal(await store.hasBlob(d), true, d);

  // from elsewhere, nothing references it any more
  const elsewhere = await fresh(t);
  const outside = await runDabba(['prune'], { cwd: elsewhere, env });
  assert.equal(outside.code, 0, outside.stderr);
  assert.equal(await store.hasBlob(r.manifestDigest), false);
});

test('prune removes the unpacked copy of an image it removes, never that of an image still stored', async (t) => {
  const dir = await fresh(t);
  const env = isolatedEnv(dir);
  await writeOciArchive(join(dir, 'app.tar'), buildBusyboxImage({ marker: 'unpacked' }));
  await writeFile(join(dir, 'dabba.yaml'), 'services:\n  web:\n    image: oci-archive:app.tar\n');
  const up = await runDabba(['up', '--no-start'], { cwd: dir, env });
  assert.equal(up.code, 0, up.stderr);
  const unpacked = join(env.DABBA_STORE!, 'unpacked');
  const entries = async () => (await readdir(unpacked)).filter((n) => !n.startsWith('.'));
  assert.equal((await entries()).length, 1, 'the first container filled the unpack cache');

  const elsewhere = await fresh(t);
  const kept = await runDabba(['prune'], { cwd: elsewhere, env });
  assert.equal(kept.code, 0, kept.stderr);
  assert.equal((await entries()).length, 1, 'a tagged image keeps its unpacked copy');

  assert.equal((await runDabba(['rmi', 'oci-archive:app.tar'], { cwd: dir, env })).code, 0);
  const blobs = join(env.DABBA_STORE!, 'blobs', 'sha256');
  const old = new Date(Date.now() - 3600_000);
  for (const f of await readdir(blobs)) await utimes(join(blobs, f), old, old);
  const pruned = await runDabba(['prune'], { cwd: elsewhere, env });
  assert.equal(pruned.code, 0, pruned.stderr);
  assert.match(pruned.stdout, /and 1 unpacked image, freed/);
  assert.deepEqual(await entries(), []);
});
