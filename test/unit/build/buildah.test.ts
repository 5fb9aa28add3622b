/**
 * runBuildah holds a bounded part of what it is given: a RUN step's output
 * passes through it, and one that prints without end (here: without a
 * newline) must not grow dabba's memory. `/bin/sh` stands in for buildah.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildahPaths } from '../../../src/build/argv.js';
import { buildahOk, runBuildah } from '../../../src/build/buildah.js';
import { BuildError } from '../../../src/build/errors.js';

const sh = { exe: '/bin/sh', paths: buildahPaths('/nonexistent') };
const FLOOD = ['-c', 'head -c 40000000 /dev/zero | tr "\\0" x'];

test('a line without end is passed on in pieces, and stdout is kept only up to its bound', async () => {
  let longest = 0;
  let total = 0;
  const r = await runBuildah(sh, FLOOD, (line) => {
    longest = Math.max(longest, line.length);
    total += line.length;
  });
  assert.equal(r.exitCode, 0);
  assert.equal(total, 40_000_000);
  assert.ok(longest <= 64 << 10, `a line of ${longest} characters`);
  assert.equal(r.stdoutCut, true);
  assert.equal(r.stdout.length, 16 << 20);
  assert.ok(r.tail.every((l) => l.length <= 64 << 10));
});

test('a command whose output is parsed refuses one beyond the bound', async () => {
  await assert.rejects(buildahOk(sh, FLOOD, 'listing'), (err: Error) => err instanceof BuildError && /listing: buildah printed more than 16777216 characters/.test(err.message));
  assert.equal(await buildahOk(sh, ['-c', 'echo sha256:1'], 'naming'), 'sha256:1\n');
});
