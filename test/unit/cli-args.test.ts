import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, type OptionSpec } from '../../src/cli/args.js';
import { UsageError } from '../../src/errors/index.js';

const specs: OptionSpec[] = [
  { name: 'detach', short: 'd', type: 'boolean', description: '' },
  { name: 'env', short: 'e', type: 'string', multiple: true, description: '' },
  { name: 'user', short: 'u', type: 'string', description: '' },
];

test('long, short, grouped and repeated options', () => {
  const r = parseArgs(['-d', '--env', 'A=1', '-eB=2', '--user=root', 'web'], specs, 'x');
  assert.deepEqual(r.options, { detach: true, env: ['A=1', 'B=2'], user: 'root' });
  assert.deepEqual(r.positionals, ['web']);
});

test('everything after the service is the command, flags included', () => {
  const r = parseArgs(['-d', 'web', '--', '-x', '--detach'], specs, 'run', 1);
  assert.deepEqual(r.positionals, ['web', '--', '-x', '--detach']);
  assert.equal(r.options.detach, true);
});

test('unknown options and missing values are usage errors naming the option', () => {
  assert.throws(() => parseArgs(['--nope'], specs, 'up'), (e: unknown) => e instanceof UsageError && /--nope/.test(e.message) && e.exitCode === 2);
  assert.throws(() => parseArgs(['--user'], specs, 'up'), /--user needs a value/);
});
