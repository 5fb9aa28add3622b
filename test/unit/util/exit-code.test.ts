import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exitCodeOf } from '../../../src/util/exit-code.js';

test('exitCodeOf: a plain exit code is kept, 0 included', () => {
  assert.equal(exitCodeOf(0, null), 0);
  assert.equal(exitCodeOf(3, null), 3);
});

test('exitCodeOf: a signal is 128 + its number', () => {
  assert.equal(exitCodeOf(null, 'SIGTERM'), 143);
  assert.equal(exitCodeOf(null, 'SIGINT'), 130);
  assert.equal(exitCodeOf(null, 'SIGHUP'), 129);
  assert.equal(exitCodeOf(null, 'SIGKILL'), 137);
});
