import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEnvPairs } from '../../../src/cli/env-pairs.js';
import { UsageError } from '../../../src/errors/index.js';

test('K=V pairs keep everything after the first =, empty values included', () => {
  assert.deepEqual(parseEnvPairs('run', ['A=1', 'B=x=y', 'C='], {}), { A: '1', B: 'x=y', C: '' });
});

test("a bare K takes dabba's own value, and is left out when dabba has none", () => {
  assert.deepEqual(parseEnvPairs('exec', ['HOME', 'NOPE'], { HOME: '/root' }), { HOME: '/root' });
});

test('a later pair wins over an earlier one', () => {
  assert.deepEqual(parseEnvPairs('run', ['A=1', 'A=2'], {}), { A: '2' });
});

test('an empty key is a usage error naming the command', () => {
  assert.throws(() => parseEnvPairs('exec', ['=v'], {}), (e: unknown) => e instanceof UsageError && /^dabba exec: -e "=v"/.test(e.message));
});
