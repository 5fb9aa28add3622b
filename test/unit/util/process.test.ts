import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { isAlive, parseStatStartTime, parseStatState, processRef } from '../../../src/util/process.js';

test('start time is field 22, counted from the last parenthesis of the command name', () => {
  const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
  // fields[19] is field 22
  const stat = `1234 (we(ird) name) ${fields.join(' ')}`;
  assert.equal(parseStatStartTime(stat), '22');
  assert.equal(parseStatState('1 (x) Z 0 0'), 'Z');
  assert.equal(parseStatStartTime('garbage'), undefined);
  assert.equal(parseStatStartTime('1 (x) S 1 2'), undefined);
});

test('a live process is alive; the same pid with another start time is not', async () => {
  const me = await processRef(process.pid);
  assert.ok(me);
  assert.equal(await isAlive(me), true);
  assert.equal(await isAlive({ pid: process.pid, startTime: String(Number(me.startTime) + 1) }), false);
  assert.equal(await isAlive(undefined), false);
  assert.equal(await isAlive({ pid: -5, startTime: '1' }), false);
});

test('a process that exited is not alive', async () => {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
  const ref = await processRef(child.pid!);
  assert.ok(ref);
  assert.equal(await isAlive(ref), true);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  assert.equal(await isAlive(ref), false);
});
