import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DigestMismatchError, NotInStoreError, Store, StoreError, withFileLock } from '../../../src/store/index.js';
import type { Digest } from '../../../src/oci/types.js';
import { MediaType } from '../../../src/oci/types.js';
import { processRef } from '../../../src/util/process.js';

const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}` as Digest;

async function freshStore(t: { after: (fn: () => Promise<void>) => void }): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-store-test-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return Store.open(join(dir, 'store'));
}

function chunks(b: Buffer, size = 7): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) parts.push(b.subarray(i, i + size));
  return Readable.from(parts);
}

const blobFiles = async (s: Store) => readdir(join(s.root, 'blobs', 'sha256'));
const ingestFiles = async (s: Store) => readdir(join(s.root, 'ingest'));

test('opening creates an OCI layout, and opening again changes nothing', async (t) => {
  const s = await freshStore(t);
  assert.deepEqual(JSON.parse(await readFile(join(s.root, 'oci-layout'), 'utf8')), { imageLayoutVersion: '1.0.0' });
  await s.setRef('x', { mediaType: MediaType.OciManifest, digest: sha('m'), size: 1 });
  await Store.open(s.root);
  assert.equal((await s.listRefs()).length, 1);
});

test('a blob streamed in with the right digest and size is stored under its digest', async (t) => {
  const s = await freshStore(t);
  const content = Buffer.from('hello layer '.repeat(1000));
  const seen: number[] = [];
  await s.putBlob(sha(content), content.length, chunks(content), { onBytes: (n) => seen.push(n) });
  assert.deepEqual(await readFile(s.blobPath(sha(content))), content);
  assert.equal(seen.at(-1), content.length);
  assert.deepEqual(await ingestFiles(s), []);
  // idempotent
  await s.putBlob(sha(content), content.length, chunks(content));
  assert.deepEqual(await blobFiles(s), [sha(content).slice(7)]);
});

test('wrong bytes, too many bytes or too few are refused and leave nothing behind', async (t) => {
  const s = await freshStore(t);
  const good = Buffer.from('the real content');
  const cases: [Buffer, number, RegExp][] = [
    [Buffer.from('other content!!!'), good.length, /hashes to sha256:/],
    [Buffer.concat([good, Buffer.from('x')]), good.length, /more than the expected 16 bytes/],
    [good.subarray(0, 5), good.length, /size 5 does not match the expected 16/],
  ];
  for (const [bytes, size, why] of cases) {
    await assert.rejects(s.putBlob(sha(good), size, chunks(bytes)), (e: unknown) => e instanceof DigestMismatchError && why.test(e.message) && e.message.includes(sha(good)));
  }
  assert.deepEqual(await blobFiles(s), []);
  assert.deepEqual(await ingestFiles(s), []);
});

test('a failing source leaves no partial blob', async (t) => {
  const s = await freshStore(t);
  async function* broken() {
    yield Buffer.from('partial');
    throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  }
  await assert.rejects(s.putBlob(sha('whatever'), 100, broken()), /socket hang up/);
  assert.deepEqual(await blobFiles(s), []);
  assert.deepEqual(await ingestFiles(s), []);
});

test('concurrent puts of the same blob all succeed and store it once', async (t) => {
  const s = await freshStore(t);
  const content = Buffer.alloc(300_000, 7);
  await Promise.all(Array.from({ length: 8 }, () => s.putBlob(sha(content), content.length, chunks(content, 4096))));
  assert.deepEqual(await blobFiles(s), [sha(content).slice(7)]);
  assert.equal((await stat(s.blobPath(sha(content)))).size, content.length);
});

test('a digest is validated before it becomes a path', async (t) => {
  const s = await freshStore(t);
  for (const bad of ['sha256:../../etc/passwd', `sha512:${'a'.repeat(128)}`, 'sha256:ABC']) {
    assert.throws(() => s.blobPath(bad as Digest), StoreError);
  }
});

test('a corrupt stored blob is detected on read, removed, and can be stored again', async (t) => {
  const s = await freshStore(t);
  const content = Buffer.from('{"a":1}');
  const d = await s.putBlobBytes(content);
  await writeFile(s.blobPath(d), '{"a":2}');
  await assert.rejects(s.readBlob(d), (e: unknown) => e instanceof DigestMismatchError && /corrupt/.test(e.message));
  assert.equal(await s.hasBlob(d), false);
  await assert.rejects(s.readBlob(d), NotInStoreError);
  await s.putBlobBytes(content);
  assert.deepEqual(await s.readBlob(d), content);

  // streaming reads verify too
  await writeFile(s.blobPath(d), '{"a":3}');
  const stream = await s.openBlob(d);
  await assert.rejects(async () => {
    for await (const _ of stream) {
      // drain
    }
  }, DigestMismatchError);
  assert.equal(await s.hasBlob(d), false);
});

test('openBlob streams the stored bytes; verifyBlob re-hashes', async (t) => {
  const s = await freshStore(t);
  const content = Buffer.alloc(3 << 20, 1);
  const d = sha(content);
  await s.putBlob(d, content.length, chunks(content, 65536));
  const got: Buffer[] = [];
  for await (const c of await s.openBlob(d)) got.push(c as Buffer);
  assert.deepEqual(Buffer.concat(got), content);
  assert.equal(await s.verifyBlob(d), true);
  await assert.rejects(s.openBlob(sha('absent')), NotInStoreError);
});

test('refs: set, replace, list, remove; concurrent writers lose nothing', async (t) => {
  const s = await freshStore(t);
  const desc = (c: string) => ({ mediaType: MediaType.OciManifest, digest: sha(c), size: 1 });
  await Promise.all(Array.from({ length: 20 }, (_, i) => s.setRef(`r${i}`, desc(String(i)))));
  assert.equal((await s.listRefs()).length, 20);
  await s.setRef('r3', desc('new'));
  assert.equal((await s.resolveRef('r3'))?.digest, sha('new'));
  assert.equal((await s.listRefs()).length, 20);
  assert.equal(await s.removeRef('r3'), true);
  assert.equal(await s.removeRef('r3'), false);
  assert.equal(await s.resolveRef('r3'), undefined);
  const index = JSON.parse(await readFile(join(s.root, 'index.json'), 'utf8')) as { manifests: { annotations: Record<string, string> }[] };
  // the order of concurrent writers is theirs; every name is there under the OCI annotation
  assert.deepEqual(index.manifests.map((m) => m.annotations['org.opencontainers.image.ref.name']).sort(), Array.from({ length: 20 }, (_, i) => `r${i}`).filter((n) => n !== 'r3').sort());
});

test('a lock left by a dead process is taken over; a live one is waited for', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-lock-test-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const lock = join(dir, 'x.lock');
  await writeFile(lock, JSON.stringify({ pid: 999999999, startTime: '1' }));
  assert.equal(await withFileLock(lock, async () => 'ran'), 'ran');
  await writeFile(lock, JSON.stringify(await processRef(process.pid)));
  await assert.rejects(withFileLock(lock, async () => 'ran', 200), new RegExp(`still held by pid ${process.pid}`));
});

test('prune removes what no tag or kept digest reaches, and nothing younger than the grace period', async (t) => {
  const s = await freshStore(t);
  const layer = await s.putBlobBytes(Buffer.from('layer'));
  const config = await s.putBlobBytes(Buffer.from('{"os":"linux"}'));
  const manifestOf = (l: Digest) => Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest, config: { mediaType: MediaType.OciConfig, digest: config, size: 14 }, layers: [{ mediaType: MediaType.OciLayerGzip, digest: l, size: 5 }] }));
  const m1 = manifestOf(layer);
  const tagged = await s.putBlobBytes(m1);
  await s.setRef('tagged', { mediaType: MediaType.OciManifest, digest: tagged, size: m1.length });
  const keptLayer = await s.putBlobBytes(Buffer.from('kept layer'));
  const kept = await s.putBlobBytes(manifestOf(keptLayer));
  const orphan = await s.putBlobBytes(Buffer.from('orphan'));
  const fresh = await s.putBlobBytes(Buffer.from('fresh orphan'));
  const old = new Date(Date.now() - 3600_000);
  for (const d of [layer, config, tagged, keptLayer, kept, orphan]) await utimes(s.blobPath(d), old, old);

  const r = await s.prune({ keep: [kept] });
  assert.deepEqual(r.removed, [orphan]);
  assert.equal(r.freedBytes, 6);
  for (const d of [layer, config, tagged, keptLayer, kept, fresh]) assert.equal(await s.hasBlob(d), true);

  await s.removeRef('tagged');
  const r2 = await s.prune({ minAgeMs: 0 });
  assert.deepEqual(new Set(r2.removed), new Set([layer, tagged, keptLayer, kept, fresh, config]));
  assert.deepEqual(await blobFiles(s), []);
});

test('ingestBlob names content by its hash', async (t) => {
  const s = await freshStore(t);
  const content = Buffer.from([0x1f, 0x8b, 1, 2, 3]);
  const r = await s.ingestBlob(chunks(content, 2));
  assert.equal(r.digest, sha(content));
  assert.equal(r.size, 5);
  assert.deepEqual([...r.head.subarray(0, 2)], [0x1f, 0x8b]);
});

test('a resumable put keeps what arrived before a failure and the next put asks only for the rest', async (t) => {
  const s = await freshStore(t);
  const content = Buffer.alloc(3 << 20);
  for (let i = 0; i < content.length; i++) content[i] = (i * 7) % 251;
  const d = sha(content);
  async function* failingAfter(offset: number, limit: number) {
    for (let at = offset; at < Math.min(limit, content.length); at += 65536) yield content.subarray(at, Math.min(at + 65536, limit));
    throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  }
  const offsets: number[] = [];
  await assert.rejects(s.putBlob(d, content.length, (offset) => (offsets.push(offset), failingAfter(offset, 1_800_000))), /socket hang up/);
  assert.equal(await s.hasBlob(d), false);
  assert.deepEqual(await ingestFiles(s), [`${d.slice(7)}.resume`]);
  const kept = (await stat(join(s.root, 'ingest', `${d.slice(7)}.resume`))).size;
  assert.ok(kept > 0 && kept <= 1_800_000);
  await s.putBlob(d, content.length, (offset) => (offsets.push(offset), chunks(content.subarray(offset), 65536)));
  assert.deepEqual(offsets, [0, kept]);
  assert.deepEqual(await readFile(s.blobPath(d)), content);
  assert.deepEqual(await ingestFiles(s), []);
});

test('a damaged partial download is discarded, not trusted', async (t) => {
  const s = await freshStore(t);
  const content = Buffer.alloc(1 << 20, 9);
  const d = sha(content);
  await writeFile(join(s.root, 'ingest', `${d.slice(7)}.resume`), Buffer.alloc(1000, 1));
  await assert.rejects(s.putBlob(d, content.length, (offset) => chunks(content.subarray(offset), 65536)), DigestMismatchError);
  assert.deepEqual(await ingestFiles(s), []);
  await s.putBlob(d, content.length, (offset) => chunks(content.subarray(offset), 65536));
  assert.equal(await s.verifyBlob(d), true);
});

test('two resumable puts of one blob at once: one resumes, the other downloads privately, both succeed', async (t) => {
  const s = await freshStore(t);
  const content = Buffer.alloc(2 << 20, 3);
  const d = sha(content);
  await Promise.all([0, 1, 2].map(() => s.putBlob(d, content.length, (offset) => chunks(content.subarray(offset), 65536))));
  assert.equal(await s.verifyBlob(d), true);
  assert.deepEqual(await ingestFiles(s), []);
});

test('opening the store clears what killed downloads left: dead temp files and locks, partials of stored blobs', async (t) => {
  const s = await freshStore(t);
  const stored = await s.putBlobBytes(Buffer.from('stored'));
  const ingest = join(s.root, 'ingest');
  const dead = '999999999';
  const partialOther = `${'e'.repeat(64)}.resume`;
  await writeFile(join(ingest, `${'a'.repeat(64)}.${dead}.0011`), 'x');
  await writeFile(join(ingest, `${'b'.repeat(64)}.resume.lock`), JSON.stringify({ pid: Number(dead), startTime: '1' }));
  await writeFile(join(ingest, `${stored.slice(7)}.resume`), 'stale');
  await writeFile(join(ingest, partialOther), 'kept for resuming');
  await writeFile(join(ingest, `${'c'.repeat(64)}.${process.pid}.0022`), 'a live download');
  await Store.open(s.root);
  assert.deepEqual((await ingestFiles(s)).sort(), [`${'c'.repeat(64)}.${process.pid}.0022`, partialOther].sort());
});
