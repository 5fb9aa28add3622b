import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bwrapEnvArgs, helperEnv, isHostSensitive, splitEnv, withInsideEnv } from '../../../src/sandbox/host-env.js';
import { buildEnterArgs } from '../../../src/sandbox/enter.js';

test('variables a host loader, libc or shell acts on are host-sensitive; ordinary ones are not', () => {
  for (const name of ['LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT', 'GCONV_PATH', 'GLIBC_TUNABLES', 'MALLOC_ARENA_MAX', 'BASH_ENV', 'ENV', 'BASH_FUNC_x%%', 'IFS', 'TZ', 'SHELL']) {
    assert.ok(isHostSensitive(name), name);
  }
  for (const name of ['PATH', 'HOME', 'POSTGRES_PASSWORD', 'LANG', 'TERM', 'LD', 'XLD_PRELOAD']) assert.ok(!isHostSensitive(name), name);
});

test('splitEnv keeps every variable, each on exactly one side', () => {
  const env = { PATH: '/bin', LD_PRELOAD: '/x.so', A: '1', GCONV_PATH: '/g' };
  const { carried, inside } = splitEnv(env);
  assert.deepEqual(carried, { PATH: '/bin', A: '1' });
  assert.deepEqual(inside, { LD_PRELOAD: '/x.so', GCONV_PATH: '/g' });
});

test('withInsideEnv leaves argv alone when nothing is set inside, and otherwise exports through the container shell', () => {
  assert.deepEqual(withInsideEnv({}, ['id', '-u']), ['id', '-u']);
  const argv = withInsideEnv({ LD_PRELOAD: 'a b' }, ['id', '--', '-u']);
  assert.deepEqual(argv.slice(0, 2), ['/bin/sh', '-c']);
  assert.deepEqual(argv.slice(3), ['sh', 'LD_PRELOAD=a b', '--', 'id', '--', '-u']);
});

test('the host helper environment is fixed: nothing of dabba\'s or the image\'s', () => {
  assert.deepEqual(Object.keys(helperEnv()).sort(), ['LC_ALL', 'PATH']);
  assert.equal(helperEnv({ term: 'xterm' }).TERM, 'xterm');
});

test('bwrapEnvArgs clears bwrap\'s environment and sets exactly the container\'s, NUL-separated', () => {
  const text = bwrapEnvArgs({ A: '1', LD_PRELOAD: 'x' }).toString();
  assert.deepEqual(text.split('\0'), ['--clearenv', '--setenv', 'A', '1', '--setenv', 'LD_PRELOAD', 'x', '']);
});

test('exec enters the outer user namespace when it is known, and the working directory only as a descriptor', () => {
  const info = { initPid: 40, userNamespacePid: 30, env: {}, workdir: '/w', uid: 1000, gid: 1000 };
  const args = buildEnterArgs(info, { uid: 1000, gid: 1000 }, 3, ['id']);
  assert.ok(args.includes('--user=/proc/30/ns/user'));
  assert.ok(args.includes('--wd=/proc/self/fd/3'));
  assert.ok(!args.some((a) => a.includes('/proc/40/root')), 'no host path into the container root');
  assert.deepEqual(args.slice(args.indexOf('--')), ['--', 'id']);
  assert.ok(buildEnterArgs({ ...info, userNamespacePid: undefined }, { uid: 0, gid: 0 }, 3, ['id']).includes('-U'));
});
