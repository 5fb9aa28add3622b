import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budArgs, buildahEnv, buildahPaths } from '../../../src/build/argv.js';
import type { BuildSpec } from '../../../src/config/model.js';

const paths = buildahPaths('/s/store');
const spec: BuildSpec = {
  context: '/p/app', args: { A: '1' }, labels: { l: 'v' }, extraHosts: ['db:10.0.0.2'], platforms: [], pull: false, noCache: false, tags: [], target: 'dev',
};

test('bud runs on dabba\'s own vfs storage, chroot isolation, never pulling, with every build option', () => {
  const argv = budArgs(paths, spec, { dockerfile: '/p/app/Dockerfile', tag: 'docker.io/library/p-web:latest', args: { A: '2', B: 'x' }, noCache: true, iidFile: '/t/iid' });
  assert.deepEqual(argv.slice(0, 6), ['--root', '/s/store/buildah/storage', '--runroot', '/s/store/buildah/run', '--storage-driver', 'vfs']);
  const s = argv.join(' ');
  for (const part of ['bud --signature-policy /s/store/buildah/policy.json', '--isolation chroot', '--pull=never', '--layers', '-f /p/app/Dockerfile', '-t docker.io/library/p-web:latest', '--build-arg A=2', '--build-arg B=x', '--target dev', '--label l=v', '--add-host db:10.0.0.2', '--no-cache', '--iidfile /t/iid']) {
    assert.ok(s.includes(part), `${part} in ${s}`);
  }
  assert.equal(argv.at(-1), '/p/app');
  assert.ok(!s.includes('--quiet'));
});

test('buildah gets its own HOME and config: the user\'s ~/.config/containers is never read', () => {
  const env = buildahEnv(paths, { PATH: '/usr/bin', LC_ALL: 'C' });
  assert.equal(env.HOME, '/s/store/buildah/home');
  assert.equal(env.XDG_CONFIG_HOME, '/s/store/buildah/home/.config');
  assert.equal(env.CONTAINERS_REGISTRIES_CONF, '/s/store/buildah/registries.conf');
  assert.equal(env.PATH, '/usr/bin');
});
