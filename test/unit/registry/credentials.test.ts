import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCredential, removeCredential, saveCredential } from '../../../src/registry/credentials.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

async function fresh(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-creds-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await mkdir(join(dir, 'docker'));
  return dir;
}

test('docker config: auths by any key form, Docker Hub under its historic key', async (t) => {
  const dir = await fresh(t);
  const env = { DOCKER_CONFIG: join(dir, 'docker') };
  await writeFile(
    join(dir, 'docker', 'config.json'),
    JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: b64('hub:pw1') }, 'http://127.0.0.1:5000/v2/': { auth: b64('local:pw2') }, 'ghcr.io': { username: 'gh', password: 'pw3' } } }),
  );
  assert.deepEqual(await findCredential('docker.io', env), { username: 'hub', password: 'pw1' });
  assert.deepEqual(await findCredential('127.0.0.1:5000', env), { username: 'local', password: 'pw2' });
  assert.deepEqual(await findCredential('ghcr.io', env), { username: 'gh', password: 'pw3' });
  assert.equal(await findCredential('127.0.0.1:5001', env), undefined);
  assert.equal(await findCredential('quay.io', { DOCKER_CONFIG: join(dir, 'nowhere') }), undefined);
});

test('podman auth file first ($REGISTRY_AUTH_FILE, else $XDG_RUNTIME_DIR/containers/auth.json)', async (t) => {
  const dir = await fresh(t);
  await writeFile(join(dir, 'docker', 'config.json'), JSON.stringify({ auths: { 'r.example': { auth: b64('docker:d') } } }));
  await mkdir(join(dir, 'run', 'containers'), { recursive: true });
  await writeFile(join(dir, 'run', 'containers', 'auth.json'), JSON.stringify({ auths: { 'r.example': { auth: b64('xdg:x') } } }));
  await writeFile(join(dir, 'auth.json'), JSON.stringify({ auths: { 'r.example': { auth: b64('file:f') } } }));
  const base = { DOCKER_CONFIG: join(dir, 'docker'), XDG_RUNTIME_DIR: join(dir, 'run') };
  assert.equal((await findCredential('r.example', { ...base, REGISTRY_AUTH_FILE: join(dir, 'auth.json') }))?.username, 'file');
  assert.equal((await findCredential('r.example', base))?.username, 'xdg');
  assert.equal((await findCredential('r.example', { DOCKER_CONFIG: join(dir, 'docker') }))?.username, 'docker');
});

test('credential helpers: credHelpers per registry, else credsStore; a missing helper is a clear error', async (t) => {
  const dir = await fresh(t);
  const bin = join(dir, 'bin');
  await mkdir(bin);
  // a helper that answers for one server URL, as docker-credential-* helpers do on `get`
  const helper = (user: string) => `#!/bin/sh\nread server\nif [ "$1" = get ] && [ "$server" = "${'$'}{WANT}" ]; then printf '{"ServerURL":"%s","Username":"${user}","Secret":"s3cret"}' "$server"; else echo "credentials not found in native keychain"; exit 1; fi\n`;
  await writeFile(join(bin, 'docker-credential-store1'), helper('from-store'));
  await writeFile(join(bin, 'docker-credential-special'), helper('from-special'));
  await chmod(join(bin, 'docker-credential-store1'), 0o755);
  await chmod(join(bin, 'docker-credential-special'), 0o755);
  await writeFile(join(dir, 'docker', 'config.json'), JSON.stringify({ credsStore: 'store1', credHelpers: { 'ghcr.io': 'special' }, auths: { 'quay.io': { auth: b64('plain:p') } } }));
  const env = { DOCKER_CONFIG: join(dir, 'docker'), PATH: `${bin}:/usr/bin:/bin` };
  assert.deepEqual(await findCredential('docker.io', { ...env, WANT: 'https://index.docker.io/v1/' }), { username: 'from-store', password: 's3cret' });
  assert.equal((await findCredential('ghcr.io', { ...env, WANT: 'ghcr.io' }))?.username, 'from-special');
  // the helper knows nothing for quay.io: the plain entry is used
  assert.equal((await findCredential('quay.io', env))?.username, 'plain');
  await writeFile(join(dir, 'docker', 'config.json'), JSON.stringify({ credsStore: 'absent' }));
  await assert.rejects(findCredential('docker.io', env), /docker-credential-absent is not installed/);
});

test('login writes the docker config (0600, other settings kept); logout removes the entry', async (t) => {
  const dir = await fresh(t);
  const env = { DOCKER_CONFIG: join(dir, 'docker') };
  const file = join(dir, 'docker', 'config.json');
  await writeFile(file, JSON.stringify({ auths: { 'http://127.0.0.1:5000': { auth: b64('old:old') } }, psFormat: 'table' }));
  await saveCredential('127.0.0.1:5000', { username: 'u', password: 'p' }, env);
  await saveCredential('docker.io', { username: 'h', password: 'q' }, env);
  const doc = JSON.parse(await readFile(file, 'utf8')) as { auths: Record<string, { auth: string }>; psFormat: string };
  assert.deepEqual(Object.keys(doc.auths).sort(), ['127.0.0.1:5000', 'https://index.docker.io/v1/']);
  assert.equal(doc.psFormat, 'table');
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.deepEqual(await findCredential('127.0.0.1:5000', env), { username: 'u', password: 'p' });
  assert.equal(await removeCredential('127.0.0.1:5000', env), true);
  assert.equal(await removeCredential('127.0.0.1:5000', env), false);
  assert.equal(await findCredential('127.0.0.1:5000', env), undefined);
  assert.equal((await findCredential('docker.io', env))?.username, 'h');
});

test('with a credsStore, login stores through the helper and leaves no secret in the file', async (t) => {
  const dir = await fresh(t);
  const bin = join(dir, 'bin');
  await mkdir(bin);
  // a file-backed helper: store writes its stdin, get prints it back, erase removes it
  await writeFile(join(bin, 'docker-credential-filestore'), `#!/bin/sh\nf="${dir}/helper-$1"\ncase "$1" in store) cat > "${dir}/stored.json";; get) cat "${dir}/stored.json" 2>/dev/null || { echo "credentials not found"; exit 1; };; erase) rm "${dir}/stored.json";; esac\n`);
  await chmod(join(bin, 'docker-credential-filestore'), 0o755);
  const file = join(dir, 'docker', 'config.json');
  await writeFile(file, JSON.stringify({ credsStore: 'filestore' }));
  const env = { DOCKER_CONFIG: join(dir, 'docker'), PATH: `${bin}:/usr/bin:/bin` };
  assert.equal(await saveCredential('reg.example:5000', { username: 'u', password: 'hunter2' }, env), 'docker-credential-filestore');
  assert.deepEqual(JSON.parse(await readFile(join(dir, 'stored.json'), 'utf8')), { ServerURL: 'reg.example:5000', Username: 'u', Secret: 'hunter2' });
  const text = await readFile(file, 'utf8');
  assert.doesNotMatch(text, /hunter2|aHVudGVyMg/);
  assert.deepEqual((JSON.parse(text) as { auths: object }).auths, { 'reg.example:5000': {} });
  assert.equal(await removeCredential('reg.example:5000', env), true);
  await assert.rejects(stat(join(dir, 'stored.json')));
});
