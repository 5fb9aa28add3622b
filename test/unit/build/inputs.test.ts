import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contextFingerprint, inputsDigest, lastBuildFile, readLastBuild, writeLastBuild, type BuildInputs } from '../../../src/build/inputs.js';
import type { BuildSpec } from '../../../src/config/model.js';

const spec: BuildSpec = { context: '/p', args: {}, labels: {}, extraHosts: [], platforms: [], pull: false, noCache: false, tags: [] };
const inputs: BuildInputs = { dockerfile: 'FROM a\n', spec, args: { A: '1' }, bases: { 'docker.io/library/a:latest': 'sha256:1' }, names: ['docker.io/library/p-web:latest'], context: 'c' };

test('the inputs digest changes with every input that changes the result, not with pull/no_cache', () => {
  const d = inputsDigest(inputs);
  assert.equal(inputsDigest({ ...inputs, spec: { ...spec, pull: true, noCache: true } }), d);
  for (const changed of [
    { ...inputs, dockerfile: 'FROM a\nRUN x\n' }, { ...inputs, args: { A: '2' } }, { ...inputs, bases: { 'docker.io/library/a:latest': 'sha256:2' } },
    { ...inputs, context: 'd' }, { ...inputs, spec: { ...spec, target: 'dev' } }, { ...inputs, spec: { ...spec, labels: { l: 'v' } } }, { ...inputs, names: ['x'] },
  ]) assert.notEqual(inputsDigest(changed), d);
});

test('the context fingerprint changes when a file is edited or added, not for .dabba/', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-inputs-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'a.txt'), 'one');
  const first = await contextFingerprint(dir);
  assert.equal(await contextFingerprint(dir), first);
  await mkdir(join(dir, '.dabba', 'web'), { recursive: true });
  await writeFile(join(dir, '.dabba', 'web', 'state.json'), '{}');
  assert.equal(await contextFingerprint(dir), first);
  await writeFile(join(dir, 'src', 'a.txt'), 'two');
  const edited = await contextFingerprint(dir);
  assert.notEqual(edited, first);
  await writeFile(join(dir, 'b.txt'), '');
  assert.notEqual(await contextFingerprint(dir), edited);
});

test('the last build is found only for the same inputs', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-inputs-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = lastBuildFile(dir, 'docker.io/library/p-web:latest');
  assert.equal(await readLastBuild(file, 'k1'), undefined);
  await writeLastBuild(file, 'k1', 'sha256:abc');
  assert.equal(await readLastBuild(file, 'k1'), 'sha256:abc');
  assert.equal(await readLastBuild(file, 'k2'), undefined);
});
