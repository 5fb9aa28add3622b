/**
 * Registry faults a real registry cannot be made to produce, from the local
 * fault server: truncated bodies (resumed with Range, or restarted where Range
 * is ignored), wrong bytes, 429 with Retry-After, a 500 once, redirects of
 * blobs to another origin (no credentials there), Docker Hub's rate limit,
 * and a stalled body.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureImage } from '../../src/image/index.js';
import { RegistryClient, RegistryError } from '../../src/registry/index.js';
import { DigestMismatchError, Store } from '../../src/store/index.js';
import { startFaultServer, type Faults, type FaultServer } from '../helpers/fault-server.js';
import { buildBusyboxImage, sha256, type BuiltImage } from '../helpers/image-builder.js';
import { isolatedEnv } from '../helpers/registry.js';

const image = buildBusyboxImage();
const bigLayer = image.blobs.find((b) => b.bytes.length > 100_000)!.descriptor.digest;

interface Ctx {
  server: FaultServer;
  store: Store;
  client: RegistryClient;
  dir: string;
}

async function withFaults(faults: Faults, fn: (c: Ctx) => Promise<void>, clientOptions: Partial<ConstructorParameters<typeof RegistryClient>[0]> = {}, built: BuiltImage = image): Promise<void> {
  const server = await startFaultServer(built, faults);
  const dir = await mkdtemp(join(tmpdir(), 'dabba-faults-'));
  await chmod(dir, 0o755);
  const store = await Store.open(join(dir, 'store'));
  const client = new RegistryClient({ env: isolatedEnv(dir), retryBaseMs: 20, ...clientOptions });
  try {
    await fn({ server, store, client, dir });
  } finally {
    await client.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const pull = (c: Ctx, name = `${c.server.host}/app:1`) => ensureImage(name, { store: c.store, baseDir: c.dir, policy: 'always', registry: c.client });
const blobRequests = (c: Ctx, digest: string) => c.server.requests.filter((r) => r.path.endsWith(`/blobs/${digest}`));

async function assertStoredIntact(store: Store): Promise<void> {
  for (const b of image.blobs) assert.equal(await store.verifyBlob(b.descriptor.digest), true, b.descriptor.digest);
  assert.deepEqual(await readdir(join(store.root, 'ingest')), []);
}

test('a body cut off midway is resumed with a Range request', () =>
  withFaults({ truncateOnce: [bigLayer] }, async (c) => {
    await pull(c);
    const reqs = blobRequests(c, bigLayer);
    assert.equal(reqs.length, 2);
    assert.equal(reqs[0]!.headers.range, undefined);
    assert.match(reqs[1]!.headers.range ?? '', /^bytes=\d+-$/);
    assert.ok(Number(/\d+/.exec(reqs[1]!.headers.range!)![0]) > 0);
    await assertStoredIntact(c.store);
  }));

test('where the registry ignores Range, the download starts over and still stores the right bytes', () =>
  withFaults({ truncateOnce: [bigLayer], ignoreRange: true }, async (c) => {
    await pull(c);
    assert.equal(blobRequests(c, bigLayer).length, 2);
    await assertStoredIntact(c.store);
  }));

test('wrong bytes for a digest are refused and not stored', () =>
  withFaults({ corrupt: [bigLayer] }, async (c) => {
    await assert.rejects(pull(c), (e: unknown) => e instanceof DigestMismatchError && e.message.startsWith(`pulling ${c.server.host}/app:1: storing blob ${bigLayer}: content hashes to sha256:`));
    assert.equal(await c.store.hasBlob(bigLayer), false);
    assert.deepEqual(await readdir(join(c.store.root, 'ingest')), []);
    assert.equal(await c.store.resolveRef(`${c.server.host}/app:1`), undefined);
  }));

test('429 with Retry-After is waited out, then the pull succeeds', () =>
  withFaults({ tooManyRequestsOnce: 1 }, async (c) => {
    const t0 = Date.now();
    await pull(c);
    assert.ok(Date.now() - t0 >= 950, 'waited for Retry-After');
    assert.equal(c.server.requests.filter((r) => r.path.includes('/manifests/')).length, 2);
  }));

test('a 500 once is retried', () =>
  withFaults({ error500Once: true }, async (c) => {
    await pull(c);
    assert.equal(blobRequests(c, bigLayer).length, 2);
    await assertStoredIntact(c.store);
  }));

test('a 500 that persists is reported with the status and the registry code after the retries', () =>
  withFaults({}, async (c) => {
    c.server.faults.error500Once = true;
    const client = new RegistryClient({ env: {}, retries: 0 });
    try {
      await assert.rejects(ensureImage(`${c.server.host}/app:1`, { store: c.store, baseDir: c.dir, policy: 'always', registry: client }), /fetching blob sha256:[a-f0-9]{64}: GET http:\/\/127\.0\.0\.1:\d+\/v2\/app\/blobs\/sha256:[a-f0-9]{64}: 500 UNKNOWN: internal error, try again/);
    } finally {
      await client.close();
    }
  }));

test('blobs redirected to another origin are fetched there without the credentials', async () => {
  const storage = await startFaultServer(image);
  const credentials = { username: 'alice', password: 'pa55-for-registry-only' };
  try {
    await withFaults({ basicAuth: credentials, redirectBlobsTo: storage.url }, async (c) => {
      const client = new RegistryClient({ env: {}, credentials: async (h) => (h === c.server.host ? credentials : undefined) });
      try {
        await ensureImage(`${c.server.host}/app:1`, { store: c.store, baseDir: c.dir, policy: 'always', registry: client });
      } finally {
        await client.close();
      }
      assert.ok(storage.requests.length >= image.blobs.length);
      for (const r of storage.requests) assert.equal(r.headers.authorization, undefined, `credentials leaked to ${r.path}`);
      assert.ok(c.server.requests.filter((r) => r.path.includes('/manifests/')).every((r) => r.headers.authorization?.startsWith('Basic ')));
      await assertStoredIntact(c.store);
    });
  } finally {
    await storage.close();
  }
});

test("Docker Hub's rate limit is reported as such, with the advice to log in", () =>
  withFaults({ rateLimited: true }, async (c) => {
    await assert.rejects(pull(c), (e: unknown) => e instanceof RegistryError && /429 TOOMANYREQUESTS: You have reached your pull rate limit\. \(Docker Hub's pull rate limit\)/.test(e.message) && /dabba login docker\.io/.test(e.hint ?? ''));
  }));

test('a stalled body times out with a clear error instead of hanging; the next pull resumes it', () =>
  withFaults(
    { stallBlobsOver: 100_000 },
    async (c) => {
      await assert.rejects(pull(c), /fetching blob sha256:[a-f0-9]{64}: GET http:\/\/127\.0\.0\.1:\d+\/v2\/app\/blobs\/sha256:[a-f0-9]{64}: the registry stalled/);
      assert.equal(await c.store.hasBlob(bigLayer), false);
      // what arrived is kept (outside blobs/) for the next attempt, which resumes it
      assert.deepEqual(await readdir(join(c.store.root, 'ingest')), [`${bigLayer.slice(7)}.resume`]);
      c.server.faults.stallBlobsOver = undefined;
      const before = c.server.requests.length;
      await pull(c);
      const again = c.server.requests.slice(before).filter((r) => r.path.endsWith(`/blobs/${bigLayer}`));
      assert.equal(again.length, 1);
      assert.match(again[0]!.headers.range ?? '', /^bytes=[1-9]\d*-$/);
      await assertStoredIntact(c.store);
    },
    { stallTimeoutMs: 300, retries: 1 },
  ));

test("a layer the registry lacks is fetched from its foreign urls, without the registry's credentials", async () => {
  const credentials = { username: 'bob', password: 'only-for-the-registry' };
  const elsewhere = await startFaultServer(image);
  try {
    // the same image, but its last layer names a foreign URL (as Windows base layers do)
    const last = image.manifest.layers.at(-1)!;
    const manifest = { ...image.manifest, layers: [...image.manifest.layers.slice(0, -1), { ...last, urls: [`${elsewhere.url}/blobs/${last.digest}`] }] };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const withUrls: BuiltImage = { ...image, manifest, manifestBytes, digest: sha256(manifestBytes) };
    await withFaults(
      { basicAuth: credentials, missingBlobs: [last.digest] },
      async (c) => {
        const r = await pull(c);
        assert.equal(r.layers.at(-1)!.urls?.[0], `${elsewhere.url}/blobs/${last.digest}`);
        assert.deepEqual(elsewhere.requests.map((q) => q.path), [`/blobs/${last.digest}`]);
        assert.equal(elsewhere.requests[0]!.headers.authorization, undefined);
        await assertStoredIntact(c.store);
      },
      { credentials: async () => credentials },
      withUrls,
    );
  } finally {
    await elsewhere.close();
  }
});

test('a Bearer token refused midway (expired, revoked) is renewed once and the pull goes on', () =>
  withFaults({ bearer: { revokeAfter: 2 } }, async (c) => {
    await pull(c);
    const tokenRequests = c.server.requests.filter((r) => r.path === '/token').length;
    assert.equal(tokenRequests, 2);
    await assertStoredIntact(c.store);
  }));

test('a registry that refuses every token: one renewal, then a clear error', () =>
  withFaults({ bearer: { refuseAll: true } }, async (c) => {
    await assert.rejects(pull(c), new RegExp(`fetching manifest: GET http://${c.server.host}/v2/app/manifests/1: 401 UNAUTHORIZED: authentication required`));
    assert.equal(c.server.requests.filter((r) => r.path === '/token').length, 2);
    assert.equal(c.server.requests.filter((r) => r.path.includes('/manifests/')).length, 2);
  }));

test('a schema 1 manifest is refused with the advice to re-push', async () => {
  const schema1 = Buffer.from(JSON.stringify({ schemaVersion: 1, name: 'app', tag: '1', architecture: 'amd64', fsLayers: [], history: [] }));
  const old: BuiltImage = { ...image, manifestBytes: schema1, digest: sha256(schema1) };
  await withFaults(
    {},
    async (c) => {
      await assert.rejects(pull(c), (e: unknown) => e instanceof Error && new RegExp(`^pulling ${c.server.host}/app:1: unsupported manifest: Docker image manifest schema 1`).test(e.message) && /re-push/.test((e as { hint?: string }).hint ?? ''));
      assert.equal(c.server.requests.filter((r) => r.path.includes('/blobs/')).length, 0);
    },
    {},
    old,
  );
});
