/**
 * `dabba pull` and `ensureImage` against the real Distribution registry:
 * tags and digests, platform choice, Basic and Bearer auth, wrong
 * credentials, TLS with a test CA, no blob requests on a second pull,
 * kill -9 mid-download, concurrent pulls, and skopeo reading the store.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureImage, openLayerTar } from '../../src/image/index.js';
import { RegistryClient } from '../../src/registry/index.js';
import { Store } from '../../src/store/index.js';
import { startFaultServer } from '../helpers/fault-server.js';
import { allBlobs, buildBusyboxImage, buildMultiArchIndex, pushImage } from '../helpers/image-builder.js';
import { DABBA_BIN, isolatedEnv, missingTool, runDabba, startRegistry, type TestRegistry } from '../helpers/registry.js';

const skip = missingTool('docker-registry', ['--version']);

/** A fresh folder, removed after the test whatever its outcome. */
async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-pull-test-'));
  await chmod(dir, 0o755);
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function project(dir: string, services: Record<string, { image: string; platform?: string; pull_policy?: string }>): Promise<void> {
  const lines = ['services:'];
  for (const [name, s] of Object.entries(services)) {
    lines.push(`  ${name}:`, `    image: "${s.image}"`);
    if (s.platform) lines.push(`    platform: ${s.platform}`);
    if (s.pull_policy) lines.push(`    pull_policy: ${s.pull_policy}`);
  }
  await writeFile(join(dir, 'dabba.yaml'), `${lines.join('\n')}\n`);
}

/** The registry writes its access log line just after answering: wait for it to settle. */
async function settledLog(reg: TestRegistry): Promise<string[]> {
  let last = -1;
  for (;;) {
    await sleep(150);
    const log = reg.accessLog();
    if (log.length === last) return log;
    last = log.length;
  }
}

async function layerText(store: Store, desc: Parameters<typeof openLayerTar>[1]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await openLayerTar(store, desc)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('latin1');
}

describe('pull from a registry without auth', { skip }, () => {
  let reg: TestRegistry;
  const dockerImage = buildBusyboxImage({ format: 'docker' });
  const ociImage = buildBusyboxImage({ format: 'oci', marker: 'oci-flavour' });
  const multi = buildMultiArchIndex({ format: 'oci' });
  before(async () => {
    reg = await startRegistry();
    await pushImage(reg, 'app', '1', dockerImage);
    await pushImage(reg, 'oci/app', 'v1', ociImage);
    await pushImage(reg, 'multi', 'latest', multi);
  });
  after(() => reg?.stop());

  test('by tag, then again (pull re-resolves by default): one manifest request and no blob request', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { web: { image: `${reg.host}/app:1` } });
    const env = isolatedEnv(dir);
    const first = await runDabba(['pull'], { cwd: dir, env });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, new RegExp(`pulled ${dockerImage.digest}`));
    const store = await Store.open(env.DABBA_STORE!);
    for (const [digest] of allBlobs(dockerImage)) assert.equal(await store.hasBlob(digest), true, digest);
    assert.equal((await store.resolveRef(`${reg.host}/app:1`))?.digest, dockerImage.digest);

    const before = (await settledLog(reg)).length;
    const second = await runDabba(['pull'], { cwd: dir, env });
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /up to date/);
    const requests = (await settledLog(reg)).slice(before);
    assert.deepEqual(requests.filter((l) => l.includes('/manifests/')), [`GET /v2/app/manifests/1 200`]);
    assert.deepEqual(requests.filter((l) => l.includes('/blobs/')), []);

    // policy missing with the tag stored: no request at all
    const third = await runDabba(['pull', '--policy', 'missing'], { cwd: dir, env });
    assert.equal(third.code, 0, third.stderr);
    assert.equal((await settledLog(reg)).length, before + requests.length);
  });

  test('progress without a TTY is one line per event, and nothing with --quiet', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { web: { image: `${reg.host}/app:1` } });
    const env = isolatedEnv(dir);
    const r = await runDabba(['pull'], { cwd: dir, env });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.ok(!r.stderr.includes('\u001b'), 'no terminal control sequences');
    // resolving, resolved, start+done per blob, done: never one line per chunk
    assert.equal(lines.length, 3 + 2 * dockerImage.blobs.length);
    assert.match(lines[0]!, new RegExp(`^${reg.host}/app:1: resolving$`));
    const quiet = await runDabba(['pull', '-q', '--policy', 'always'], { cwd: dir, env });
    assert.equal(quiet.code, 0);
    assert.equal(quiet.stderr, '');
    assert.equal(quiet.stdout, '');
  });

  test('by digest: stored once, then no request under policy missing', async (t) => {
    const dir = await tempDir(t);
    const store = await Store.open(join(dir, 'store'));
    const ref = `${reg.host}/oci/app@${ociImage.digest}`;
    const r = await ensureImage(ref, { store, baseDir: dir, policy: 'missing', env: isolatedEnv(dir) });
    assert.equal(r.manifestDigest, ociImage.digest);
    assert.equal(r.layers.length, 3);
    assert.match(await layerText(store, r.layers[1]!), /oci-flavour/);
    const before = (await settledLog(reg)).length;
    const again = await ensureImage(ref, { store, baseDir: dir, policy: 'missing', env: isolatedEnv(dir) });
    assert.equal(again.manifestDigest, ociImage.digest);
    assert.equal((await settledLog(reg)).length, before);
  });

  test('platform choice from an index: host default, explicit, and never the attestation', async (t) => {
    const dir = await tempDir(t);
    const store = await Store.open(join(dir, 'store'));
    const env = isolatedEnv(dir);
    const arm = await ensureImage(`${reg.host}/multi`, { store, baseDir: dir, policy: 'always', platform: 'linux/arm64', env });
    assert.equal(arm.config.architecture, 'arm64');
    assert.equal(arm.indexDigest, multi.digest);
    assert.match(await layerText(store, arm.layers[1]!), /linux\/arm64\/v8/);
    const armv7 = await ensureImage(`${reg.host}/multi`, { store, baseDir: dir, policy: 'missing', platform: 'linux/arm/v7', env });
    assert.match(await layerText(store, armv7.layers[1]!), /linux\/arm\/v7/);
    if (process.arch === 'x64') {
      const host = await ensureImage(`${reg.host}/multi`, { store, baseDir: dir, policy: 'missing', env });
      assert.equal(host.config.architecture, 'amd64');
    }
    await assert.rejects(ensureImage(`${reg.host}/multi`, { store, baseDir: dir, policy: 'missing', platform: 'unknown/unknown', env }), /no manifest for platform unknown\/unknown.*offers: linux\/amd64, linux\/arm64\/v8, linux\/arm\/v7\)/);
  });

  test('via the CLI: --platform and a service platform', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { a: { image: `${reg.host}/multi`, platform: 'linux/arm/v7' } });
    const env = isolatedEnv(dir);
    const r = await runDabba(['pull'], { cwd: dir, env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /linux\/arm\/v7/);
    const r2 = await runDabba(['pull', '--platform', 'linux/arm64', 'a'], { cwd: dir, env });
    assert.equal(r2.code, 0, r2.stderr);
    assert.match(r2.stderr, new RegExp(multi.images[1]!.digest));
    // pull_policy: never is honoured by pull too: the image must be there already
    await project(dir, { a: { image: `${reg.host}/multi`, platform: 'linux/arm/v7' }, n: { image: `${reg.host}/app:1`, pull_policy: 'never' } });
    const never = await runDabba(['pull', 'n'], { cwd: dir, env });
    assert.equal(never.code, 1);
    assert.match(never.stderr, new RegExp(`pulling ${reg.host}/app:1: the image is not in the store and pull_policy is never`));
    const none = await runDabba(['pull', 'nope'], { cwd: dir, env });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no such service "nope"/);
  });

  test('up shows the progress of the pulls it makes, as pull does', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { a: { image: `${reg.host}/app:1` } });
    const r = await runDabba(['up', '--no-start'], { cwd: dir, env: isolatedEnv(dir) });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`${reg.host}/app:1: sha256:[0-9a-f]{64}, \\d+ blobs`));
    assert.match(r.stderr, new RegExp(`${reg.host}/app:1: pulled sha256:[0-9a-f]{64} \\(\\d+ blobs, `));
  });

  test('an unknown tag: clear message with the URL and the registry code, exit 1', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { a: { image: `${reg.host}/app:nope` } });
    const r = await runDabba(['pull'], { cwd: dir, env: isolatedEnv(dir) });
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`pulling ${reg.host}/app:nope: fetching manifest: GET http://${reg.host}/v2/app/manifests/nope: 404 MANIFEST_UNKNOWN`));
  });

  test('two concurrent pulls into one store both succeed', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { a: { image: `${reg.host}/multi`, platform: 'linux/amd64' }, b: { image: `${reg.host}/app:1` } });
    const env = isolatedEnv(dir);
    const [r1, r2] = await Promise.all([runDabba(['pull', '--policy', 'always'], { cwd: dir, env }), runDabba(['pull', '--policy', 'always'], { cwd: dir, env })]);
    assert.equal(r1.code, 0, r1.stderr);
    assert.equal(r2.code, 0, r2.stderr);
    const store = await Store.open(env.DABBA_STORE!);
    const refs = await store.listRefs();
    assert.deepEqual(refs.map((x) => x.name).sort(), [`${reg.host}/app:1`, `${reg.host}/multi:latest`]);
    for (const f of await readdir(join(env.DABBA_STORE!, 'blobs', 'sha256'))) assert.equal(await store.verifyBlob(`sha256:${f}`), true);
    assert.deepEqual(await readdir(join(env.DABBA_STORE!, 'ingest')), []);
  });

  test('skopeo reads an image from the store', { skip: missingTool('skopeo') }, async (t) => {
    const dir = await tempDir(t);
    const store = await Store.open(join(dir, 'store'));
    await ensureImage(`${reg.host}/oci/app:v1`, { store, baseDir: dir, policy: 'always', env: isolatedEnv(dir) });
    const out = execFileSync('skopeo', ['inspect', '--config', `oci:${store.root}:${reg.host}/oci/app:v1`], { encoding: 'utf8' });
    const config = JSON.parse(out) as { rootfs: { diff_ids: string[] } };
    assert.deepEqual(config.rootfs.diff_ids, ociImage.config.rootfs.diff_ids);
    // and copies it out, verifying every blob on the way
    execFileSync('skopeo', ['copy', '-q', `oci:${store.root}:${reg.host}/oci/app:v1`, `oci:${join(dir, 'copy')}:x`]);
  });
});

describe('pull with Basic auth (htpasswd)', { skip }, () => {
  let reg: TestRegistry;
  before(async () => {
    reg = await startRegistry({ auth: 'htpasswd' });
    await pushImage(reg, 'private/app', '1', buildBusyboxImage());
  });
  after(() => reg?.stop());

  test('anonymous: 401 with a login hint, exit 1', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { a: { image: `${reg.host}/private/app:1` } });
    const r = await runDabba(['pull'], { cwd: dir, env: isolatedEnv(dir) });
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`error: pulling ${reg.host}/private/app:1: fetching manifest: GET http://${reg.host}/v2/private/app/manifests/1: 401 UNAUTHORIZED: authentication required`));
    assert.match(r.stderr, new RegExp(`hint: log in with: dabba login ${reg.host}`));
  });

  test('dabba login refuses wrong credentials without echoing them, accepts right ones; pull then works; logout', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { a: { image: `${reg.host}/private/app:1` } });
    const env = isolatedEnv(dir);
    const { username, password } = reg.credentials!;
    const wrongPassword = 'Wr0ng-Pa55word';
    const bad = await runDabba(['login', '-u', username, '--password-stdin', reg.host], { cwd: dir, env, input: `${wrongPassword}\n` });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /401 UNAUTHORIZED/);
    assert.doesNotMatch(bad.stdout + bad.stderr, new RegExp(wrongPassword));
    await assert.rejects(stat(join(dir, 'docker', 'config.json')));

    const good = await runDabba(['login', '-u', username, '--password-stdin', reg.host], { cwd: dir, env, input: `${password}\n` });
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /Login Succeeded/);
    const file = join(dir, 'docker', 'config.json');
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    const pulled = await runDabba(['pull'], { cwd: dir, env });
    assert.equal(pulled.code, 0, pulled.stderr);

    // credentials that went wrong later: clear message, nothing secret printed
    const config = JSON.parse(await readFile(file, 'utf8')) as { auths: Record<string, { auth: string }> };
    config.auths[reg.host] = { auth: Buffer.from(`${username}:${wrongPassword}`).toString('base64') };
    await writeFile(file, JSON.stringify(config));
    const r = await runDabba(['pull', '--policy', 'always'], { cwd: dir, env });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /401 UNAUTHORIZED: authentication required/);
    assert.match(r.stderr, /check the credentials/);
    for (const secret of [wrongPassword, config.auths[reg.host]!.auth, password]) assert.doesNotMatch(r.stdout + r.stderr, new RegExp(secret.replace(/[+/=]/g, '\\$&')));

    const out = await runDabba(['logout', reg.host], { cwd: dir, env });
    assert.equal(out.code, 0);
    assert.equal(Object.keys((JSON.parse(await readFile(file, 'utf8')) as { auths: object }).auths).length, 0);
  });

  test('credentials from $REGISTRY_AUTH_FILE (podman format)', async (t) => {
    const dir = await tempDir(t);
    const authFile = join(dir, 'auth.json');
    const { username, password } = reg.credentials!;
    await writeFile(authFile, JSON.stringify({ auths: { [reg.host]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } }));
    const store = await Store.open(join(dir, 'store'));
    const r = await ensureImage(`${reg.host}/private/app:1`, { store, baseDir: dir, policy: 'always', env: isolatedEnv(dir, { REGISTRY_AUTH_FILE: authFile }) });
    assert.equal(r.layers.length, 3);
  });
});

describe('pull with Bearer auth (token server)', { skip }, () => {
  let reg: TestRegistry;
  const image = buildBusyboxImage();
  before(async () => {
    reg = await startRegistry({ auth: 'token' });
    await pushImage(reg, 'team/app', '1', image);
  });
  after(() => reg?.stop());

  test('with credentials: one token for the whole pull, credentials only to the token realm', async (t) => {
    const dir = await tempDir(t);
    const store = await Store.open(join(dir, 'store'));
    const client = new RegistryClient({ env: isolatedEnv(dir), credentials: async (h) => (h === reg.host ? reg.credentials : undefined) });
    const tokensBefore = reg.tokenRequests().length;
    const r = await ensureImage(`${reg.host}/team/app:1`, { store, baseDir: dir, policy: 'always', registry: client });
    assert.equal(r.manifestDigest, image.digest);
    const tokens = reg.tokenRequests().slice(tokensBefore);
    assert.equal(tokens.length, 1);
    assert.match(tokens[0]!, /scope=repository%3Ateam%2Fapp%3Apull/);
    assert.match(tokens[0]!, /service=dabba-test-registry/);
    // the token is reused for the next pull of the same repository
    await ensureImage(`${reg.host}/team/app:1`, { store, baseDir: dir, policy: 'always', registry: client });
    assert.equal(reg.tokenRequests().length, tokensBefore + 1);
    await client.close();
  });

  test('wrong credentials: the token server refuses; clear message, exit 1, no secret printed', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { a: { image: `${reg.host}/team/app:1` } });
    const env = isolatedEnv(dir);
    await mkdir(join(dir, 'docker'));
    const wrong = 'NotTheP4ssword';
    await writeFile(join(dir, 'docker', 'config.json'), JSON.stringify({ auths: { [`http://${reg.host}`]: { auth: Buffer.from(`tester:${wrong}`).toString('base64') } } }));
    const r = await runDabba(['pull'], { cwd: dir, env });
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`pulling ${reg.host}/team/app:1: fetching manifest: getting a token: GET http://127\\.0\\.0\\.1:\\d+/token\\?…: 401 UNAUTHORIZED: invalid username or password`));
    assert.doesNotMatch(r.stdout + r.stderr, new RegExp(wrong));
    assert.doesNotMatch(r.stdout + r.stderr, /tester/);
  });

  test('dabba login checks credentials against the token server', async (t) => {
    const dir = await tempDir(t);
    const env = isolatedEnv(dir);
    const ok = await runDabba(['login', '-u', reg.credentials!.username, '--password-stdin', reg.host], { cwd: dir, env, input: reg.credentials!.password });
    assert.equal(ok.code, 0, ok.stderr);
    const bad = await runDabba(['login', '-u', reg.credentials!.username, '--password-stdin', reg.host], { cwd: dir, env, input: 'nope' });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /401/);
  });
});

describe('pull over TLS with a test CA', { skip }, () => {
  let reg: TestRegistry;
  before(async () => {
    reg = await startRegistry({ tls: true });
    await pushImage(reg, 'app', '1', buildBusyboxImage());
  });
  after(() => reg?.stop());

  test('trusted through NODE_EXTRA_CA_CERTS; otherwise a certificate error, never a downgrade', async (t) => {
    const dir = await tempDir(t);
    await project(dir, { a: { image: `${reg.host}/app:1` } });
    const mark = (await settledLog(reg)).length;
    const untrusted = await runDabba(['pull'], { cwd: dir, env: isolatedEnv(dir) });
    assert.equal(untrusted.code, 1);
    assert.match(untrusted.stderr, new RegExp(`GET https://${reg.host}/v2/: the TLS certificate of ${reg.host} failed verification`));
    assert.match(untrusted.stderr, /NODE_EXTRA_CA_CERTS/);
    assert.deepEqual((await settledLog(reg)).slice(mark), [], 'no request got through, over TLS or plain HTTP');

    const trusted = await runDabba(['pull'], { cwd: dir, env: isolatedEnv(dir, { NODE_EXTRA_CA_CERTS: reg.caFile }) });
    assert.equal(trusted.code, 0, trusted.stderr);
    assert.ok((await settledLog(reg)).some((l) => l.startsWith('GET /v2/app/manifests/1 200')));
  });
});

describe('kill -9 in the middle of a download, then pull again', () => {
  test('the second run completes, fetching only what the first did not store and resuming the cut blob', async (t) => {
    const image = buildBusyboxImage();
    const server = await startFaultServer(image, { stallBlobsOver: 10_000 });
    const dir = await tempDir(t);
    let child: ReturnType<typeof spawn> | undefined;
    try {
      await project(dir, { a: { image: `${server.host}/app:1` } });
      const env = isolatedEnv(dir);
      child = spawn(process.execPath, [DABBA_BIN, 'pull'], { cwd: dir, env, stdio: 'ignore' });
      const big = image.blobs.find((b) => b.bytes.length > 10_000)!.descriptor.digest;
      const ingest = join(env.DABBA_STORE!, 'ingest');
      const deadline = Date.now() + 15_000;
      // mid-download: the big blob has been asked for and part of it is on disk
      const partial = join(ingest, `${big.slice(7)}.resume`);
      for (;;) {
        const asked = server.requests.some((q) => q.path.endsWith(`/blobs/${big}`));
        const size = await stat(partial).then((s) => s.size, () => 0);
        if (asked && size > 0) break;
        if (Date.now() > deadline) throw new Error('the download never started');
        await sleep(20);
      }
      const killed = child;
      killed.kill('SIGKILL');
      await new Promise((resolve) => killed.on('close', resolve));

      const storeDir = join(env.DABBA_STORE!, 'blobs', 'sha256');
      const storedAfterKill = new Set((await readdir(storeDir)).map((h) => `sha256:${h}`));
      assert.equal(storedAfterKill.has(big), false, 'no partial blob under blobs/');
      const kept = (await stat(partial)).size;
      assert.ok(kept > 0 && kept < image.blobs.find((b) => b.descriptor.digest === big)!.bytes.length);

      server.faults.stallBlobsOver = undefined;
      const firstRequests = server.requests.length;
      const r = await runDabba(['pull'], { cwd: dir, env });
      assert.equal(r.code, 0, r.stderr);
      const fetched = server.requests.slice(firstRequests).filter((q) => q.path.includes('/blobs/')).map((q) => q.path.split('/blobs/')[1]!);
      const expected = image.blobs.map((b) => b.descriptor.digest).filter((d) => !storedAfterKill.has(d));
      assert.deepEqual(fetched.sort(), expected.sort());
      const resumed = server.requests.slice(firstRequests).find((q) => q.path.endsWith(`/blobs/${big}`))!;
      assert.equal(resumed.headers.range, `bytes=${kept}-`, 'the cut blob is resumed where the killed pull stopped');
      const store = await Store.open(env.DABBA_STORE!);
      for (const b of image.blobs) assert.equal(await store.verifyBlob(b.descriptor.digest), true);
      // the killed pull's temp file was cleaned up by the next one
      assert.deepEqual(await readdir(ingest), []);
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await server.close();
    }
  });
});
