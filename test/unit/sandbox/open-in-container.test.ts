/**
 * openFolderInRoot against hostile trees in a temp folder: links out of the
 * root (absolute and by `..`) resolve inside it, never to the host.
 */
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
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

test('readFileInRoot reads a regular file through links inside the root, and nothing out of it', async () => {
  const { readFileInRoot } = await import('../../../src/sandbox/open-in-container.js');
  const t = tree();
  try {
    writeFileSync(join(t.outside, 'secret'), 'host secret');
    writeFileSync(join(t.root, 'srv/app/passwd'), 'root:x:0:0::/:/bin/sh\n');
    symlinkSync('/srv/app/passwd', join(t.root, 'srv/link'));
    symlinkSync(join(t.outside, 'secret'), join(t.root, 'srv/leak'));
    assert.equal(readFileInRoot(t.root, '/srv/link', 1 << 20), 'root:x:0:0::/:/bin/sh\n');
    assert.equal(readFileInRoot(t.root, '/srv/link', 4), 'root');
    assert.equal(readFileInRoot(t.root, '/srv/leak', 1 << 20), undefined);
    assert.equal(readFileInRoot(t.root, '/host/secret', 1 << 20), undefined);
    assert.equal(readFileInRoot(t.root, '/srv', 1 << 20), undefined);
    execFileSync('mkfifo', [join(t.root, 'srv/fifo')]);
    assert.equal(readFileInRoot(t.root, '/srv/fifo', 1 << 20), undefined, 'a FIFO would block the reader');
  } finally {
    t.cleanup();
  }
});
