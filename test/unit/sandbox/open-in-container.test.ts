/**
 * openFolderInRoot against hostile trees in a temp folder: links out of the
 * root (absolute and by `..`) resolve inside it, never to the host.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFolderInRoot } from '../../../src/sandbox/open-in-container.js';

function tree(): { root: string; outside: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'dabba-openin-'));
  const root = join(base, 'root');
  const outside = join(base, 'outside');
  mkdirSync(join(root, 'srv/app'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'file'), 'x');
  symlinkSync('/srv/app', join(root, 'abs'));
  symlinkSync('srv/app', join(root, 'rel'));
  symlinkSync(outside, join(root, 'host'));
  symlinkSync('../../../../../../..' + outside, join(root, 'srv/up'));
  return { root, outside, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

function opened(root: string, path: string): string {
  const fd = openFolderInRoot(root, path);
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } finally {
    closeSync(fd);
  }
}

test('plain folders, and links that stay inside, open where the container would see them', () => {
  const t = tree();
  try {
    assert.equal(opened(t.root, '/srv/app'), join(t.root, 'srv/app'));
    assert.equal(opened(t.root, '/abs'), join(t.root, 'srv/app'));
    assert.equal(opened(t.root, '/srv/../rel/.'), join(t.root, 'srv/app'));
    assert.equal(opened(t.root, '/../../..'), t.root);
  } finally {
    t.cleanup();
  }
});

test('a link to a host folder, absolute or climbing with .., never leads out of the root', () => {
  const t = tree();
  try {
    assert.throws(() => openFolderInRoot(t.root, '/host'), /no such folder/);
    assert.throws(() => openFolderInRoot(t.root, '/srv/up'), /no such folder/);
  } finally {
    t.cleanup();
  }
});

test('a file, or a missing folder, is refused', () => {
  const t = tree();
  try {
    assert.throws(() => openFolderInRoot(t.root, '/file'), /not a folder/);
    assert.throws(() => openFolderInRoot(t.root, '/nope'), /no such folder/);
  } finally {
    t.cleanup();
  }
});
