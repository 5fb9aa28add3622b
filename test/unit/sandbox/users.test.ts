import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGroup, parsePasswd, resolveUser } from '../../../src/sandbox/users.js';
import { SandboxError } from '../../../src/sandbox/errors.js';

const passwd = parsePasswd('root:x:0:0:root:/root:/bin/sh\n_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\nbroken:x:a:1::/:/bin/sh\npg:x:999:998:pg:/var/lib/pg:/bin/sh\n');
const groups = parseGroup('root:x:0:\nstaff:x:50:\npg:x:998:\n');

test('names and numbers resolve as docker does', () => {
  assert.deepEqual(resolveUser(undefined, passwd, groups), { uid: 0, gid: 0, home: '/root' });
  assert.deepEqual(resolveUser('pg', passwd, groups), { uid: 999, gid: 998, home: '/var/lib/pg' });
  assert.deepEqual(resolveUser('999', passwd, groups), { uid: 999, gid: 998, home: '/var/lib/pg' });
  assert.deepEqual(resolveUser('1234', passwd, groups), { uid: 1234, gid: 0, home: undefined });
  assert.deepEqual(resolveUser('pg:staff', passwd, groups), { uid: 999, gid: 50, home: '/var/lib/pg' });
  assert.deepEqual(resolveUser('1234:77', passwd, groups), { uid: 1234, gid: 77, home: undefined });
});

test('malformed passwd lines are skipped', () => {
  assert.deepEqual(passwd.map((p) => p.name), ['root', '_apt', 'pg']);
});

test('an unknown name is an error naming it', () => {
  assert.throws(() => resolveUser('nobody-here', passwd, groups), (e: unknown) => e instanceof SandboxError && /"nobody-here"/.test(e.message) && e.exitCode === 1);
  assert.throws(() => resolveUser('pg:wheel', passwd, groups), /group "wheel"/);
});
