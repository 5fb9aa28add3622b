import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, ConfigNotFoundError, loadProject } from '../../../src/config/index.js';
import { withFiles } from '../../helpers/rootfs.js';

const withTree = (files: Record<string, string>, fn: (root: string) => Promise<void>) => withFiles(files, fn, 'dabba-config-');

const svc = (image: string) => `services:\n  s:\n    image: ${image}\n`;

test('discovery: dabba.yaml wins over compose names in the same folder', () =>
  withTree({ 'p/compose.yaml': svc('compose'), 'p/dabba.yaml': svc('dabba'), 'p/docker-compose.yml': svc('docker') }, async (root) => {
    const p = await loadProject({ cwd: join(root, 'p'), env: {} });
    assert.equal(p.services.s!.image, 'dabba');
    assert.equal(p.configFile, join(root, 'p', 'dabba.yaml'));
  }));

test('discovery: compose.yaml, then compose.yml, docker-compose.yml, docker-compose.yaml', () =>
  withTree({ 'a/compose.yml': svc('yml'), 'a/docker-compose.yaml': svc('dc'), 'b/docker-compose.yml': svc('dcyml') }, async (root) => {
    assert.equal((await loadProject({ cwd: join(root, 'a'), env: {} })).services.s!.image, 'yml');
    assert.equal((await loadProject({ cwd: join(root, 'b'), env: {} })).services.s!.image, 'dcyml');
  }));

test('discovery: searched from the working folder up through its parents; the project is the file\'s folder', () =>
  withTree({ 'My App/compose.yaml': svc('up'), 'My App/src/deep/.keep': '' }, async (root) => {
    const p = await loadProject({ cwd: join(root, 'My App', 'src', 'deep'), env: {} });
    assert.equal(p.services.s!.image, 'up');
    assert.equal(p.workingDir, join(root, 'My App'));
    assert.equal(p.name, 'myapp');
  }));

test('discovery: nothing found is a clear error with exit 2', () =>
  withTree({ 'empty/.keep': '' }, async (root) => {
    // The temp folder's parents (/tmp, /) hold no project file on a sane machine.
    await assert.rejects(loadProject({ cwd: join(root, 'empty'), env: {} }), (e: unknown) => e instanceof ConfigNotFoundError && e.exitCode === 2 && /dabba\.yaml, compose\.yaml/.test(e.message));
  }));

test('-f names the file, relative to the working folder; a missing one is an error', () =>
  withTree({ 'p/conf/other.yml': svc('other') }, async (root) => {
    const p = await loadProject({ cwd: join(root, 'p'), env: {}, files: ['conf/other.yml'] });
    assert.equal(p.services.s!.image, 'other');
    assert.equal(p.workingDir, join(root, 'p', 'conf'));
    await assert.rejects(loadProject({ cwd: join(root, 'p'), env: {}, files: ['nope.yml'] }), (e: unknown) => e instanceof ConfigNotFoundError && /nope\.yml: no such file/.test(e.message));
  }));

test('--project-directory: relative paths and .env come from it', () =>
  withTree({ 'f/dabba.yaml': 'services:\n  s:\n    image: ${IMG}\n    volumes: [./data:/data]\n', 'proj/.env': 'IMG=from-proj-env\n' }, async (root) => {
    const p = await loadProject({ cwd: root, env: {}, files: ['f/dabba.yaml'], projectDirectory: 'proj' });
    assert.equal(p.services.s!.image, 'from-proj-env');
    assert.deepEqual(p.services.s!.volumes[0], { type: 'bind', source: join(root, 'proj', 'data'), target: '/data', readOnly: false });
    assert.equal(p.name, 'proj');
  }));

test('.env and env_file are read; inputFiles lists them for watch', () =>
  withTree(
    {
      'p/dabba.yaml': 'services:\n  s:\n    image: busybox\n    env_file: [conf/a.env, ./b.env]\n    environment: [C=own]\n',
      'p/.env': 'SHARED=dot\n',
      'p/conf/a.env': 'A=${SHARED}\nC=file\n',
      'p/b.env': 'B=2\n',
    },
    async (root) => {
      const p = await loadProject({ cwd: join(root, 'p'), env: {} });
      assert.deepEqual(p.services.s!.environment, { A: 'dot', C: 'own', B: '2' });
      assert.deepEqual(p.inputFiles, [join(root, 'p', '.env'), join(root, 'p', 'conf', 'a.env'), join(root, 'p', 'b.env')]);
    },
  ));

test('errors name the file relative to the working folder, and errors in env files name that file', () =>
  withTree({ 'p/dabba.yaml': 'services:\n  s:\n    image: busybox\n    env_file: x.env\n', 'p/x.env': 'OK=1\nnot a line\n' }, async (root) => {
    await assert.rejects(loadProject({ cwd: root, env: {}, files: ['p/dabba.yaml'] }), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, /^p\/x\.env:2:1: services\.s\.env_file: expected KEY=VALUE, found "not a line"\n {2}not a line\n {2}\^$/m);
      return true;
    });
  }));

test('a project folder whose name normalises to nothing needs name:', () =>
  withTree({ '__/dabba.yaml': svc('x') }, async (root) => {
    await assert.rejects(loadProject({ cwd: join(root, '__'), env: {} }), /cannot derive a project name from the folder name "__": set name:/);
  }));

test('the same text loads, and with an error gets the error at its position (a cached load is not taken for other inputs)', () =>
  withTree({ 'p/dabba.yaml': 'x-d: &d\n  read_only: ${RO:-false}\nservices:\n  s:\n    <<: *d\n    image: busybox\n' }, async (root) => {
    const cwd = join(root, 'p');
    const project = await loadProject({ cwd, env: {} });
    assert.equal(project.services.s!.image, 'busybox');
    assert.equal(project.services.s!.readOnly, false);
    await assert.rejects(loadProject({ cwd, env: { RO: 'maybe' } }), /invalid configuration:\ndabba\.yaml:5:5: services\.s\.read_only: expected true or false, found the string "maybe"/);
    const warnings: string[] = [];
    await loadProject({ cwd, env: {}, onWarning: (w) => warnings.push(`${w.line}:${w.col}: ${w.message}`) });
    assert.equal(warnings.length, 0);
    await writeFile(join(cwd, 'dabba.yaml'), 'version: "3"\nservices:\n  s:\n    image: alpine\n');
    await loadProject({ cwd, env: {}, onWarning: (w) => warnings.push(`${w.line}:${w.col}: ${w.message}`) });
    assert.deepEqual(warnings, ['1:10: version is obsolete and ignored, as in compose']);
  }));

test('fakeroot: false with user: is accepted (the user becomes you, keep-id)', () =>
  withTree({ 'p/dabba.yaml': 'services:\n  dev:\n    image: busybox\n    fakeroot: false\n    user: "node:node"\n' }, async (root) => {
    const dev = (await loadProject({ cwd: join(root, 'p'), env: {} })).services.dev!;
    assert.deepEqual([dev.fakeroot, dev.user], [false, 'node:node']);
  }));

test('discovery: the first override file beside the project file is merged over it, as compose', () =>
  withTree({ 'p/compose.yaml': svc('base'), 'p/compose.override.yml': svc('override'), 'p/docker-compose.override.yaml': svc('second') }, async (root) => {
    const p = await loadProject({ cwd: join(root, 'p'), env: {} });
    assert.equal(p.services.s!.image, 'override');
    assert.deepEqual(p.configFiles, [join(root, 'p', 'compose.yaml'), join(root, 'p', 'compose.override.yml')]);
  }));

test('-f files merge in order; COMPOSE_FILE (with COMPOSE_PATH_SEPARATOR) when there is no -f', () =>
  withTree({ 'p/a.yaml': svc('a'), 'p/b.yaml': svc('b'), 'p/compose.override.yaml': svc('ignored') }, async (root) => {
    const cwd = join(root, 'p');
    assert.equal((await loadProject({ cwd, env: {}, files: ['a.yaml', 'b.yaml'] })).services.s!.image, 'b');
    assert.equal((await loadProject({ cwd, env: { COMPOSE_FILE: 'b.yaml:a.yaml' } })).services.s!.image, 'a');
    assert.equal((await loadProject({ cwd, env: { COMPOSE_FILE: 'a.yaml;b.yaml', COMPOSE_PATH_SEPARATOR: ';' } })).services.s!.image, 'b');
    assert.equal((await loadProject({ cwd, env: { COMPOSE_FILE: 'b.yaml' }, files: ['a.yaml'] })).services.s!.image, 'a');
  }));

test('--env-file replaces .env, later files winning; a missing one is an error', () =>
  withTree({ 'p/dabba.yaml': 'services:\n  s:\n    image: ${A}-${B}\n', 'p/.env': 'A=dot\nB=dot\n', 'p/one.env': 'A=one\nB=one\n', 'p/two.env': 'B=two\n' }, async (root) => {
    const cwd = join(root, 'p');
    assert.equal((await loadProject({ cwd, env: {} })).services.s!.image, 'dot-dot');
    assert.equal((await loadProject({ cwd, env: {}, envFiles: ['one.env', 'two.env'] })).services.s!.image, 'one-two');
    await assert.rejects(loadProject({ cwd, env: {}, envFiles: ['nope.env'] }), (e: unknown) => e instanceof ConfigNotFoundError && /--env-file nope\.env: no such file/.test(e.message));
  }));
