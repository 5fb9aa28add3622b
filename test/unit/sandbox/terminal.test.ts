import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { inNewTerminal, shellQuote } from '../../../src/sandbox/terminal.js';

const tools = { setpriv: '/usr/bin/setpriv', script: '/usr/bin/script' };

test('shellQuote: sh reads every word back exactly', () => {
  const words = ['plain', '', 'two words', "it's", '$HOME', '`id`', '--bind', 'a\nb', '\\', '"q"', '*', 'é'];
  const echoed = execFileSync('/bin/sh', ['-c', `printf '%s\\0' ${words.map(shellQuote).join(' ')}`], { encoding: 'utf8' });
  assert.deepEqual(echoed.split('\0').slice(0, -1), words);
});

test('inNewTerminal: setpriv ties script to dabba, script runs the argv with the container\'s own SHELL restored', () => {
  const inv = inNewTerminal(tools, ['/usr/bin/nsenter', '-t', '1', '--', 'sh', '-c', 'echo $X'], { PATH: '/bin', X: 'y' });
  assert.equal(inv.file, '/usr/bin/setpriv');
  assert.deepEqual(inv.args.slice(0, 7), ['--pdeathsig', 'KILL', '--', '/usr/bin/script', '--quiet', '--return', '--command']);
  assert.equal(inv.args[7], "unset SHELL; exec /usr/bin/nsenter -t 1 -- sh -c 'echo $X'");
  assert.equal(inv.args[8], '/dev/null');
  assert.deepEqual(inv.env, { PATH: '/bin', X: 'y', SHELL: '/bin/sh' });
  const withShell = inNewTerminal(tools, ['true'], { SHELL: "/bin/my shell's" });
  assert.equal(withShell.args[7], `SHELL='/bin/my shell'\\''s'; exec true`);
  assert.equal(withShell.env.SHELL, '/bin/sh');
});
