import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject, type Diagnostic } from '../../../src/config/index.js';
import { cacheKey, decodeCache, encodeCache, recordEnv, type CacheEntry } from '../../../src/config/cache.js';

async function withProject(files: Record<string, string>, fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-config-cache-'));
  try {
    for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path), text);
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const FILE = 'x-d: &d\n  environment: {TAG: "${TAG:-1}"}\nservices:\n  s:\n    <<: *d\n    image: busybox\n    env_file: [{path: s.env, required: false}]\n    volumes: [{type: volume, target: /data}]\n';
const cacheFile = (dir: string) => join(dir, '.dabba', 'config-cache.json');

test('a second load with the same inputs takes the cached Project, equal to the first, from an owner-only file', () =>
  withProject({ 'dabba.yaml': FILE }, async (dir) => {
    const first = await loadProject({ cwd: dir, env: {} });
    assert.equal((await stat(cacheFile(dir))).mode & 0o777, 0o600);
    assert.equal((await stat(join(dir, '.dabba'))).mode & 0o777, 0o700);
    const second = await loadProject({ cwd: dir, env: {} });
    assert.deepStrictEqual(second, first);
    assert.ok('source' in second.services.s!.volumes[0]!, 'an undefined value survives the cache');
  }));

test('the cache answers only for the same environment variables, env_files and project file', () =>
  withProject({ 'dabba.yaml': FILE }, async (dir) => {
    assert.equal((await loadProject({ cwd: dir, env: {} })).services.s!.environment.TAG, '1');
    assert.equal((await loadProject({ cwd: dir, env: { TAG: '2' } })).services.s!.environment.TAG, '2');
    assert.equal((await loadProject({ cwd: dir, env: { TAG: '2', UNRELATED: 'x' } })).services.s!.environment.TAG, '2');
    await writeFile(join(dir, 's.env'), 'FROM_FILE=yes\n');
    assert.equal((await loadProject({ cwd: dir, env: { TAG: '2' } })).services.s!.environment.FROM_FILE, 'yes');
    await writeFile(join(dir, 's.env'), 'FROM_FILE=no\n');
    assert.equal((await loadProject({ cwd: dir, env: { TAG: '2' } })).services.s!.environment.FROM_FILE, 'no');
    await writeFile(join(dir, 'dabba.yaml'), FILE.replace('busybox', 'alpine'));
    assert.equal((await loadProject({ cwd: dir, env: { TAG: '2' } })).services.s!.image, 'alpine');
  }));

test('warnings are reported again when the cache answers', () =>
  withProject({ 'dabba.yaml': `version: "3"\n${FILE}` }, async (dir) => {
    for (let i = 0; i < 2; i++) {
      const warnings: Diagnostic[] = [];
      await loadProject({ cwd: dir, env: {}, onWarning: (w) => warnings.push(w) });
      assert.deepEqual(warnings.map((w) => `${w.line}:${w.col}: ${w.message}`), ['1:10: version is obsolete and ignored, as in compose']);
    }
  }));

test('a garbled or foreign cache file is not trusted, and one that cannot be written does not stop loading', () =>
  withProject({ 'dabba.yaml': FILE }, async (dir) => {
    const first = await loadProject({ cwd: dir, env: {} });
    const text = await readFile(cacheFile(dir), 'utf8');
    await writeFile(cacheFile(dir), text.replace('busybox', 'evil'));
    assert.deepStrictEqual(await loadProject({ cwd: dir, env: {} }), first);
    await writeFile(cacheFile(dir), text.slice(0, text.length / 2));
    assert.deepStrictEqual(await loadProject({ cwd: dir, env: {} }), first);
    await rm(join(dir, '.dabba'), { recursive: true });
    await writeFile(join(dir, '.dabba'), 'not a folder');
    assert.deepStrictEqual(await loadProject({ cwd: dir, env: {} }), first);
    await rm(join(dir, '.dabba'));
    await mkdir(join(dir, '.dabba'));
    await mkdir(cacheFile(dir));
    assert.deepStrictEqual(await loadProject({ cwd: dir, env: {} }), first);
  }));

test('an entry is decoded only whole and for its own key', () => {
  const key = cacheKey({ code: 'c', configFile: '/p/dabba.yaml', projectDir: '/p', cwd: '/p', text: 'services: {}', dotenv: undefined });
  const entry: CacheEntry = { key, env: { A: null }, envFiles: {}, warnings: [], project: { name: 'p', workingDir: '/p', configFile: '/p/dabba.yaml', inputFiles: [], services: {}, volumes: {}, networks: {} } };
  const text = encodeCache(entry);
  assert.deepStrictEqual(decodeCache(text, key), entry);
  assert.equal(decodeCache(text, cacheKey({ code: 'other', configFile: '/p/dabba.yaml', projectDir: '/p', cwd: '/p', text: 'services: {}', dotenv: undefined })), undefined);
  assert.equal(decodeCache(`${text} `, key), undefined);
  assert.equal(decodeCache('', key), undefined);
  assert.equal(decodeCache(undefined, key), undefined);
});

test('recordEnv notes the variables read, and a walk over all of them', () => {
  const recorded = recordEnv({ A: '1', B: '2' });
  assert.equal(recorded.env.A, '1');
  assert.equal(recorded.env.C, undefined);
  assert.deepEqual({ ...recorded.read }, { A: '1', C: null });
  assert.equal(recorded.everything(), false);
  Object.keys(recorded.env);
  assert.equal(recorded.everything(), true);
});
