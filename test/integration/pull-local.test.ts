/**
 * Local image sources behind the same API as registries: an OCI layout
 * folder, an OCI archive and a `docker save` archive built in the test;
 * zstd layers; pull policies against the store.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureImage, ImageNotFoundError, openLayerTar } from '../../src/image/index.js';
import { MediaType } from '../../src/oci/types.js';
import { Store } from '../../src/store/index.js';
import { buildBusyboxImage, buildMultiArchIndex, writeDockerArchive, writeOciArchive, writeOciLayout } from '../helpers/image-builder.js';
import { isolatedEnv, missingTool, runDabba } from '../helpers/registry.js';
import { writeFile } from 'node:fs/promises';

async function fresh(t: { after: (fn: () => Promise<void>) => void }): Promise<{ dir: string; store: Store }> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-local-'));
  await chmod(dir, 0o755);
  t.after(() => rm(dir, { recursive: true, force: true }));
  return { dir, store: await Store.open(join(dir, 'store')) };
}

async function tarText(store: Store, desc: Parameters<typeof openLayerTar>[1]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await openLayerTar(store, desc)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('latin1');
}

test('oci:DIR:TAG reads an OCI layout folder; a missing tag names the ones there', async (t) => {
  const { dir, store } = await fresh(t);
  const img = buildBusyboxImage({ marker: 'from-layout' });
  await writeOciLayout(join(dir, 'layout'), img, 'v1');
  const r = await ensureImage('oci:layout:v1', { store, baseDir: dir, policy: 'missing' });
  assert.equal(r.manifestDigest, img.digest);
  assert.equal(r.storeName, `oci:${join(dir, 'layout')}:v1`);
  assert.match(await tarText(store, r.layers[1]!), /from-layout/);
  await assert.rejects(ensureImage('oci:layout:v2', { store, baseDir: dir, policy: 'missing' }), (e: unknown) => e instanceof ImageNotFoundError && /has no image tagged "v2" \(it has: v1\)/.test(e.message));
});

test('oci-archive: a multi-platform archive, choosing the platform', async (t) => {
  const { dir, store } = await fresh(t);
  await writeOciArchive(join(dir, 'multi.tar'), buildMultiArchIndex(), 'latest');
  const r = await ensureImage('oci-archive:multi.tar:latest', { store, baseDir: dir, policy: 'missing', platform: 'linux/arm64' });
  assert.equal(r.config.architecture, 'arm64');
  assert.match(await tarText(store, r.layers[1]!), /linux\/arm64\/v8/);
  // untagged form: the archive's only image
  const again = await ensureImage('oci-archive:multi.tar', { store, baseDir: dir, policy: 'missing', platform: 'linux/arm64' });
  assert.equal(again.manifestDigest, r.manifestDigest);
});

test('docker-archive: a docker save file, by its only image or by REPO:TAG', async (t) => {
  const { dir, store } = await fresh(t);
  const img = buildBusyboxImage({ format: 'docker', marker: 'saved' });
  await writeDockerArchive(join(dir, 'saved.tar'), img, ['myapp:1.0']);
  const r = await ensureImage('docker-archive:saved.tar', { store, baseDir: dir, policy: 'missing' });
  assert.equal(r.layers.length, 3);
  assert.equal(r.manifest.mediaType, MediaType.DockerManifest);
  // the layers were saved uncompressed: their digests are the image's diff_ids
  assert.deepEqual(r.layers.map((l) => l.digest), img.config.rootfs.diff_ids);
  assert.equal(r.configDigest, img.manifest.config.digest);
  assert.match(await tarText(store, r.layers[1]!), /saved/);
  const tagged = await ensureImage('docker-archive:saved.tar:myapp:1.0', { store, baseDir: dir, policy: 'missing' });
  assert.equal(tagged.manifestDigest, r.manifestDigest);
  await assert.rejects(ensureImage('docker-archive:saved.tar:other:1', { store, baseDir: dir, policy: 'missing' }), /has no image docker\.io\/library\/other:1 \(it has: docker\.io\/library\/myapp:1\.0\)/);
  await assert.rejects(ensureImage('oci-archive:saved.tar', { store, baseDir: dir, policy: 'missing' }), /no index\.json \(not an OCI archive\)/);
});

test('zstd layers are stored as they are and decompressed through the zstd program', { skip: missingTool('zstd') }, async (t) => {
  const { dir, store } = await fresh(t);
  const img = buildBusyboxImage({ compression: 'zstd', marker: 'zstd-marker' });
  await writeOciLayout(join(dir, 'z'), img);
  const r = await ensureImage('oci:z', { store, baseDir: dir, policy: 'missing' });
  assert.equal(r.layers[1]!.mediaType, MediaType.OciLayerZstd);
  assert.match(await tarText(store, r.layers[1]!), /zstd-marker/);
});

test('policies: never fails when absent; missing notices a rebuilt archive; the CLI pulls a local source', async (t) => {
  const { dir, store } = await fresh(t);
  const file = join(dir, 'img.tar');
  await assert.rejects(ensureImage('oci-archive:img.tar', { store, baseDir: dir, policy: 'never' }), (e: unknown) => e instanceof ImageNotFoundError && /pull_policy is never/.test(e.message));
  await writeOciArchive(file, buildBusyboxImage({ marker: 'first' }));
  const first = await ensureImage('oci-archive:img.tar', { store, baseDir: dir, policy: 'missing' });
  assert.equal((await ensureImage('oci-archive:img.tar', { store, baseDir: dir, policy: 'never' })).manifestDigest, first.manifestDigest);
  await writeOciArchive(file, buildBusyboxImage({ marker: 'second, rebuilt' }));
  await utimes(file, new Date(), new Date(Date.now() + 5000));
  const second = await ensureImage('oci-archive:img.tar', { store, baseDir: dir, policy: 'missing' });
  assert.notEqual(second.manifestDigest, first.manifestDigest);
  assert.match(await tarText(store, second.layers[1]!), /second, rebuilt/);

  await writeFile(join(dir, 'dabba.yaml'), 'services:\n  web:\n    image: oci-archive:./img.tar\n');
  const env = isolatedEnv(dir, { DABBA_STORE: store.root });
  const cli = await runDabba(['pull', '--policy', 'always'], { cwd: dir, env });
  assert.equal(cli.code, 0, cli.stderr);
  assert.match(cli.stderr, new RegExp(`oci-archive:\\S*img.tar: up to date \\(${second.manifestDigest}`));
});

test('an explicit platform a single-platform image is not for is refused', async (t) => {
  const { dir, store } = await fresh(t);
  await writeOciLayout(join(dir, 'arm'), buildBusyboxImage({ platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }));
  const ok = await ensureImage('oci:arm', { store, baseDir: dir, policy: 'missing', platform: 'linux/arm64' });
  assert.equal(ok.config.architecture, 'arm64');
  await assert.rejects(ensureImage('oci:arm', { store, baseDir: dir, policy: 'missing', platform: 'linux/amd64' }), /the image is for linux\/arm64\/v8, not the requested linux\/amd64/);
  // without an explicit platform it is taken as it is
  assert.equal((await ensureImage('oci:arm', { store, baseDir: dir, policy: 'missing' })).config.architecture, 'arm64');
});
