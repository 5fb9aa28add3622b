import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLineSplitter, followLog, openRotatingLog, parseLogLine, readLogTail } from '../../../src/supervisor/log-file.js';

test('lines are split across chunks and a partial last line is kept until flushed', () => {
  const s = createLineSplitter();
  assert.deepEqual(s.push('a\nb'), ['a']);
  assert.deepEqual(s.push('c\n\nd'), ['bc', '']);
  assert.deepEqual(s.flush(), ['d']);
  assert.deepEqual(s.flush(), []);
});

test('the log is capped and rotated, and the tail reads across rotated files in order', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-log-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'output.log');
  const log = openRotatingLog(file, { maxBytes: 200, keep: 2, now: () => new Date(0) });
  for (let i = 0; i < 40; i++) log.write(i % 2 ? 'stderr' : 'stdout', `line ${i}`);
  log.close();
  for (const f of [file, `${file}.1`, `${file}.2`]) assert.ok((await stat(f)).size <= 200, f);
  await assert.rejects(stat(`${file}.3`));
  const tail = await readLogTail(file, 3, 2);
  assert.deepEqual(tail.map((l) => parseLogLine(l)?.text), ['line 37', 'line 38', 'line 39']);
  assert.deepEqual(parseLogLine(tail[0]!), { time: '1970-01-01T00:00:00.000Z', stream: 'stderr', text: 'line 37' });
  const all = await readLogTail(file, undefined, 2);
  const numbers = all.map((l) => Number(parseLogLine(l)!.text.slice(5)));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
  assert.match(await readFile(file, 'utf8'), /stderr line 39\n$/);
});

test('following continues across a rotation', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-log-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'output.log');
  const log = openRotatingLog(file, { maxBytes: 120 });
  const seen: string[] = [];
  const stop = new AbortController();
  const following = followLog(file, 0, (l) => seen.push(parseLogLine(l)!.text), stop.signal, 10);
  for (let i = 0; i < 8; i++) {
    log.write('stdout', `n${i}`);
    await new Promise((r) => setTimeout(r, 40));
  }
  log.close();
  await new Promise((r) => setTimeout(r, 50));
  stop.abort();
  await following;
  assert.deepEqual(seen, ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7']);
});
