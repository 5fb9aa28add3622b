import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStageScript, IDMAP_PERL, parseNotIdmapped, STAGE_DIR } from '../../../src/sandbox/stage.js';
import { buildBwrapArgs } from '../../../src/sandbox/bwrap-args.js';
import { buildRunSpec } from '../../../src/sandbox/spec.js';
import { makeImageConfig, makeService } from '../../helpers/rootfs.js';

test('the stage script binds each source on its own folder or file, sources only as arguments', () => {
  const { script, args, staged } = buildStageScript(
    [
      { source: '/root/p/.dabba/a/rootfs', folder: true },
      { source: "/root/p/it's a file", folder: false },
    ],
    '/proc/7/ns/user',
  );
  assert.deepEqual(args, [IDMAP_PERL, '/proc/7/ns/user', '/root/p/.dabba/a/rootfs', "/root/p/it's a file"]);
  assert.deepEqual([...staged.values()], [`${STAGE_DIR}/0`, `${STAGE_DIR}/1`]);
  assert.ok(!script.includes('/root/p'), 'no source in the script text');
  assert.match(script, /mkdir \/mnt\/0\nmount --bind -- "\$3" \/mnt\/0/);
  assert.match(script, /: > \/mnt\/1\nmount --bind -- "\$4" \/mnt\/1/);
  assert.doesNotMatch(script, /perl/, 'nothing asked for an idmapped mount');
});

test('a project bind is idmapped, falling back to a plain bind that the output names', () => {
  const entries = [
    { source: '/root/p/.dabba/a/rootfs', folder: true },
    { source: '/root/p/data', folder: true, idmap: true },
  ];
  const { script } = buildStageScript(entries, '/proc/7/ns/user');
  assert.match(script, /perl -e "\$1" -- "\$4" \/mnt\/1 "\$2" 2>\/dev\/null; then mount --bind -- "\$4" \/mnt\/1; echo 1; fi/);
  assert.deepEqual(parseNotIdmapped('1\n', entries), ['/root/p/data']);
  assert.deepEqual(parseNotIdmapped('', entries), []);
});

test('bwrap binds staged sources from the stage, and gives /tmp and /dev/shm mode 1777', () => {
  const spec = buildRunSpec({
    service: makeService({ volumes: [{ type: 'bind', source: '/root/p/data', target: '/data', readOnly: true }] }),
    image: makeImageConfig({ Cmd: ['true'] }),
    paths: { containerDir: '/root/p/.dabba/svc', rootfs: '/root/p/.dabba/svc/rootfs', projectDir: '/root/p', volumesDir: '/root/p/.dabba/volumes' },
    host: { uid: 1000, gid: 1000, userName: 'u', subuid: undefined, subgid: undefined },
    passwd: [],
    groups: [],
    overrides: { tty: false },
  });
  const staged = new Map([[spec.rootfs, '/mnt/0'], ['/root/p/data', '/mnt/1']]);
  const args = buildBwrapArgs(spec, { info: 3, staged });
  assert.deepEqual(args.slice(args.indexOf('--bind'), args.indexOf('--bind') + 3), ['--bind', '/mnt/0', '/']);
  assert.deepEqual(args.slice(args.indexOf('--ro-bind'), args.indexOf('--ro-bind') + 3), ['--ro-bind', '/mnt/1', '/data']);
  for (const dir of ['/tmp', '/dev/shm']) {
    const i = args.indexOf(dir);
    assert.deepEqual(args.slice(i - 3, i + 1), ['--perms', '1777', '--tmpfs', dir]);
  }
});
