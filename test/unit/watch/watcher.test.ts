import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchFiles } from '../../../src/watch/watcher.js';

// chokidar counts a path that does not exist twice towards "ready", so its ready came before the
// watchers of the last files it scanned were set: an edit made just after it was lost (the `.env`
// beside dabba.yaml is such a path, in most projects). `ready` must mean that every file is watched.
test('watchFiles: every file is watched once ready resolves, also with paths that do not exist yet', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-watcher-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const files = Array.from({ length: 40 }, (_, i) => join(dir, 'src', `f${i}.txt`));
  await mkdir(join(dir, 'src'));
  for (const f of files) await writeFile(f, 'one\n');
  const missing = Array.from({ length: 40 }, (_, i) => join(dir, `missing${i}.env`));
  const seen = new Set<string>();
  const watcher = watchFiles([...missing, join(dir, 'src')], (p) => seen.add(p));
  t.after(() => watcher.close());
  await watcher.ready;
  for (const f of files) await writeFile(f, 'two\n');
  const deadline = Date.now() + 5000;
  while (files.some((f) => !seen.has(f)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(files.filter((f) => !seen.has(f)), []);
  // A path that did not exist is still watched: creating it is seen.
  await writeFile(missing[0]!, 'A=1\n');
  const created = Date.now() + 5000;
  while (!seen.has(missing[0]!) && Date.now() < created) await new Promise((r) => setTimeout(r, 50));
  assert.ok(seen.has(missing[0]!), 'the created file is reported');
});
