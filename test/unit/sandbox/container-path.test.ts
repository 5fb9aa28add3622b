import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveContainerPath } from '../../../src/sandbox/container-path.js';

const links: Record<string, string> = {
  '/var/run': '/run',
  '/escape': '../../../../etc',
  '/abs': '/etc/../../..',
  '/loop': '/loop',
  '/etc/resolv.conf': '../run/systemd/resolve/stub-resolv.conf',
};
const readlink = (p: string): string | undefined => links[p];

test('symlinks resolve inside the rootfs: absolute restarts at its root, .. stops there', () => {
  assert.equal(resolveContainerPath('/var/run/app', readlink), '/run/app');
  assert.equal(resolveContainerPath('/escape/passwd', readlink), '/etc/passwd');
  assert.equal(resolveContainerPath('/abs/x', readlink), '/x');
  assert.equal(resolveContainerPath('/etc/resolv.conf', readlink), '/run/systemd/resolve/stub-resolv.conf');
  assert.equal(resolveContainerPath('/a/./b/../c//', readlink), '/a/c');
  assert.equal(resolveContainerPath('/', readlink), '/');
});

test('a symlink loop is an error, not a hang', () => {
  assert.throws(() => resolveContainerPath('/loop/x', readlink), /too many levels of symbolic links/);
});
