import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, utimes, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { acquireProjectLock, ProjectLockedError } from '../../../src/state/lock.js';
import { processRef } from '../../../src/util/process.js';

async function tempLockFile(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-lock-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return join(dir, '.dabba', 'lock');
}

/** A lock file held by a live process other than this one. */
async function holdByChild(file: string, t: { after: (fn: () => void) => void }) {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  t.after(() => child.kill('SIGKILL'));
  const ref = await processRef(child.pid!);
  assert.ok(ref);
  await writeFile(file, JSON.stringify({ ...ref, command: 'up' }));
  return { child, ref };
}

test('the lock is exclusive and records our pid; release removes it', async (t) => {
  const file = await tempLockFile(t);
  const lock = await acquireProjectLock(file, { command: 'up' });
  assert.equal(JSON.parse(await readFile(file, 'utf8')).pid, process.pid);
  await lock.release();
  await assert.rejects(access(file));
  const again = await acquireProjectLock(file);
  await again.release();
});

test('a lock held by a live process fails with its pid', async (t) => {
  const file = await tempLockFile(t);
  await acquireProjectLock(file).then((l) => l.release());
  const { ref } = await holdByChild(file, t);
  await assert.rejects(acquireProjectLock(file, { waitMs: 0 }), (e: unknown) => {
    assert.ok(e instanceof ProjectLockedError);
    assert.match(e.message, new RegExp(`another dabba \\(pid ${ref.pid}, up\\) is changing this project`));
    return true;
  });
});

test('waiting succeeds once the holder goes away, calling onWait once', async (t) => {
  const file = await tempLockFile(t);
  await acquireProjectLock(file).then((l) => l.release());
  const { child } = await holdByChild(file, t);
  let waits = 0;
  setTimeout(() => child.kill('SIGKILL'), 300);
  const lock = await acquireProjectLock(file, { waitMs: 10_000, pollMs: 20, onWait: () => waits++ });
  assert.equal(waits, 1);
  assert.equal(JSON.parse(await readFile(file, 'utf8')).pid, process.pid);
  await lock.release();
});

test('a stale lock (dead pid, or pid reused by another process) is taken over', async (t) => {
  const file = await tempLockFile(t);
  await acquireProjectLock(file).then((l) => l.release());
  const me = await processRef(process.pid);
  // Our own pid but another start time: a reused pid, not a live holder.
  await writeFile(file, JSON.stringify({ pid: process.pid, startTime: String(Number(me!.startTime) - 1) }));
  const lock = await acquireProjectLock(file, { waitMs: 0 });
  await lock.release();
  await writeFile(file, JSON.stringify({ pid: 2 ** 22 + 7, startTime: '1' }));
  const lock2 = await acquireProjectLock(file, { waitMs: 0 });
  await lock2.release();
});

test('many concurrent acquirers of a stale lock: exactly one wins', async (t) => {
  const file = await tempLockFile(t);
  await acquireProjectLock(file).then((l) => l.release());
  await writeFile(file, JSON.stringify({ pid: 2 ** 22 + 9, startTime: '1' }));
  // Separate processes, since one process always sees itself alive.
  const script = `import(${JSON.stringify(new URL('../../../src/state/lock.js', import.meta.url).href)}).then(async (m) => {
    try { await m.acquireProjectLock(${JSON.stringify(file)}, { waitMs: 0 }); console.log('won'); setTimeout(() => {}, 1500); }
    catch (e) { console.log(e.code); }
  })`;
  const runs = Array.from({ length: 6 }, () => new Promise<string>((resolve) => {
    const c = spawn(process.execPath, ['--input-type=module', '-e', script]);
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.stdout.on('end', () => resolve(out.trim()));
  }));
  const results = await Promise.all(runs);
  assert.equal(results.filter((r) => r === 'won').length, 1, results.join(','));
  assert.equal(results.filter((r) => r === 'DABBA_PROJECT_LOCKED').length, 5, results.join(','));
});

/** A clock that moves only when the lock sleeps, so waits take no real time (the timeouts below catch a hang). */
function fakeClock() {
  let now = Date.now();
  return { now: () => now, sleep: (ms: number) => new Promise<void>((r) => setImmediate(() => ((now += ms), r()))) };
}

const longAgo = new Date(Date.now() - 3600_000);

test('a fresh empty lock is being written: held at first, taken over once it stays empty past the grace', { timeout: 10_000 }, async (t) => {
  const file = await tempLockFile(t);
  await acquireProjectLock(file).then((l) => l.release());
  await writeFile(file, 'garbled');
  await assert.rejects(acquireProjectLock(file, { waitMs: 0 }), (e: unknown) => e instanceof ProjectLockedError && /^another dabba is changing/.test(e.message));
  // its mtime stays fresh for a clock that does not move: only the time this process saw it unchanged counts
  const clock = fakeClock();
  await utimes(file, new Date(clock.now() + 3600_000), new Date(clock.now() + 3600_000));
  let waits = 0;
  const lock = await acquireProjectLock(file, { waitMs: 60_000, clock, onWait: () => waits++ });
  assert.equal(waits, 1);
  assert.equal(JSON.parse(await readFile(file, 'utf8')).pid, process.pid);
  await lock.release();
});

test('an empty takeover guard left long ago does not block taking over an empty lock', { timeout: 10_000 }, async (t) => {
  const file = await tempLockFile(t);
  await acquireProjectLock(file).then((l) => l.release());
  for (const f of [file, `${file}.takeover`]) {
    await writeFile(f, '');
    await utimes(f, longAgo, longAgo);
  }
  const lock = await acquireProjectLock(file, { waitMs: 5000, clock: fakeClock() });
  await lock.release();
  await assert.rejects(access(`${file}.takeover`));
});

test('a takeover guard of a dead process, or of a reused pid, is cleared', { timeout: 10_000 }, async (t) => {
  const file = await tempLockFile(t);
  await acquireProjectLock(file).then((l) => l.release());
  const me = await processRef(process.pid);
  for (const guardOwner of [{ pid: 2 ** 22 + 11, startTime: '1' }, { pid: process.pid, startTime: String(Number(me!.startTime) - 1) }]) {
    await writeFile(file, JSON.stringify({ pid: 2 ** 22 + 7, startTime: '1' }));
    await writeFile(`${file}.takeover`, JSON.stringify(guardOwner));
    const lock = await acquireProjectLock(file, { waitMs: 5000, clock: fakeClock() });
    await lock.release();
    await assert.rejects(access(`${file}.takeover`));
  }
});

test('a live holder is waited for until the timeout, then ProjectLockedError', { timeout: 10_000 }, async (t) => {
  const file = await tempLockFile(t);
  await acquireProjectLock(file).then((l) => l.release());
  const { ref } = await holdByChild(file, t);
  const clock = fakeClock();
  const start = clock.now();
  await assert.rejects(acquireProjectLock(file, { waitMs: 30_000, clock }), (e: unknown) => e instanceof ProjectLockedError && e.holder?.pid === ref.pid);
  assert.ok(clock.now() - start >= 30_000);
  assert.equal(JSON.parse(await readFile(file, 'utf8')).pid, ref.pid);
});

test('a live takeover guard holder that never finishes cannot block for longer than the wait and the grace', { timeout: 10_000 }, async (t) => {
  const file = await tempLockFile(t);
  await acquireProjectLock(file).then((l) => l.release());
  await writeFile(file, JSON.stringify({ pid: 2 ** 22 + 7, startTime: '1' }));
  const { ref } = await holdByChild(`${file}.takeover`, t);
  assert.ok(ref);
  const clock = fakeClock();
  const start = clock.now();
  await assert.rejects(acquireProjectLock(file, { waitMs: 5000, clock }), ProjectLockedError);
  assert.ok(clock.now() - start < 60_000);
});
