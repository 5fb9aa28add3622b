import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLineSplitter, followLog, MAX_LINE_BYTES, openRotatingLog, parseLogLine, readLogTail } from '../../../src/supervisor/log-file.js';

const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

test('lines are split across chunks and a partial last line is kept until flushed', () => {
  const s = createLineSplitter();
  assert.deepEqual(texts(s.push(Buffer.from('a\nb'))), ['a']);
  assert.deepEqual(texts(s.push(Buffer.from('c\n\nd'))), ['bc', '']);
  assert.deepEqual(s.flush(), [{ text: 'd', partial: false }]);
  assert.deepEqual(s.flush(), []);
});

test('a line without a newline is cut at 16 KiB into partial pieces; memory stays at the cap and no byte is lost', () => {
  const s = createLineSplitter();
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let bytes = 0;
  let pieces = 0;
  for (let i = 0; i < 1024; i++) {
    for (const line of s.push(chunk)) {
      assert.equal(line.partial, true);
      assert.ok(Buffer.byteLength(line.text) <= MAX_LINE_BYTES, `a line of ${line.text.length} bytes`);
      bytes += Buffer.byteLength(line.text);
      pieces++;
    }
    // what is kept between chunks never grows past the cap: no re-scanning of an ever longer line
    assert.ok(s.retained() <= MAX_LINE_BYTES, `${s.retained()} bytes retained`);
  }
  const [last, ...none] = [...s.push(Buffer.from('\n')), ...s.flush()];
  assert.deepEqual(none, []);
  assert.equal(last!.partial, false);
  bytes += Buffer.byteLength(last!.text);
  assert.equal(bytes, 64 * 1024 * 1024);
  assert.equal(pieces, 64 * 1024 * 1024 / MAX_LINE_BYTES - 1);
});

test('a line of exactly the cap is whole; a cut never splits a UTF-8 character', () => {
  const s = createLineSplitter(8);
  assert.deepEqual(s.push(Buffer.from('12345678\n')), [{ text: '12345678', partial: false }]);
  // 'é' is 2 bytes: 7 ASCII bytes and the first byte of 'é' fill the cap, so the cut comes before 'é'
  assert.deepEqual(s.push(Buffer.from('1234567é9\n')), [{ text: '1234567', partial: true }, { text: 'é9', partial: false }]);
});

test('a piece of a cut line is written and read back as partial', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-log-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'output.log');
  const log = openRotatingLog(file, { now: () => new Date(0) });
  log.write('stdout', 'head', true);
  log.write('stdout', 'tail');
  log.close();
  const lines = (await readLogTail(file, undefined)).map((l) => parseLogLine(l));
  assert.deepEqual(lines, [
    { time: '1970-01-01T00:00:00.000Z', stream: 'stdout', text: 'head', partial: true },
    { time: '1970-01-01T00:00:00.000Z', stream: 'stdout', text: 'tail' },
  ]);
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

test('keep 0 (max-file: 1) keeps one capped file and no rotated one', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-log-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'output.log');
  const log = openRotatingLog(file, { maxBytes: 200, keep: 0, now: () => new Date(0) });
  for (let i = 0; i < 40; i++) log.write('stdout', `line ${i}`);
  log.close();
  assert.ok((await stat(file)).size <= 200);
  await assert.rejects(stat(`${file}.1`));
  assert.deepEqual((await readLogTail(file, 1, 0)).map((l) => parseLogLine(l)?.text), ['line 39']);
});

test('the tail leaves out a line the supervisor is still writing', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-log-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'output.log');
  // what a reader sees in the middle of a writeSync of a long line piece
  await writeFile(file, '1970-01-01T00:00:00.000Z stdout whole\n1970-01-01T00:00:00.000Z stdout+ aaaa');
  assert.deepEqual(await readLogTail(file, 3), ['1970-01-01T00:00:00.000Z stdout whole']);
});

test('following continues across a rotation', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-log-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'output.log');
  const log = openRotatingLog(file, { maxBytes: 120 });
  const seen: string[] = [];
  // Each line is written only once the follower has read the one before, so
  // every rotation happens after the follower has caught up: no sleeps.
  let onSeen = () => {};
  const seenNow = () => new Promise<void>((resolve) => (onSeen = resolve));
  const stop = new AbortController();
  const following = followLog(file, 0, (l) => {
    seen.push(parseLogLine(l)!.text);
    onSeen();
  }, stop.signal, 10);
  for (let i = 0; i < 8; i++) {
    const read = seenNow();
    log.write('stdout', `n${i}`);
    await read;
  }
  log.close();
  stop.abort();
  await following;
  assert.deepEqual(seen, ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7']);
});
