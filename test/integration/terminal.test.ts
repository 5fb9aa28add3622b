/**
 * `dabba run` and `dabba exec` from a terminal: the real CLI started inside a
 * pty of util-linux `script` (standing for the user's terminal) gives the
 * container a terminal of its own, never dabba's.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { makeTempDir } from '../helpers/rootfs.js';
import { shellQuote } from '../../src/sandbox/terminal.js';
import { whichTool } from '../../src/sandbox/host.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));
const mustWork = process.env.DABBA_MUST_WORK === '1';
const missing = ['bwrap', 'unshare', 'nsenter', 'script', 'setpriv'].filter((t) => !whichTool(t));
const skip = !mustWork && missing.length > 0 ? `missing ${missing.join(', ')}` : false;

let dir: string;
let env: NodeJS.ProcessEnv;
const dabba = (args: string): string => `${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args}`;

/**
 * Runs the sh `snippet` with a pty as its terminal (columns × rows given) and
 * returns what the terminal showed, without carriage returns. Its stdin stays
 * open until the snippet ends, as a user's terminal would.
 */
function inTerminal(snippet: string, size = '80x24'): Promise<{ code: number; out: string }> {
  const [cols, rows] = size.split('x');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['--quiet', '--return', '--command', `stty cols ${cols} rows ${rows}; ${snippet}`, '/dev/null'], {
      cwd: dir,
      env: { ...env, SHELL: '/bin/sh' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out: out.replace(/\r/g, '') });
    });
  });
}

before(async () => {
  if (skip) return;
  if (mustWork && missing.length > 0) throw new Error(`DABBA_MUST_WORK: missing ${missing.join(', ')}`);
  dir = await makeTempDir();
  await writeOciLayout(join(dir, 'img'), buildBusyboxImage({ format: 'oci' }));
  await writeFile(join(dir, 'dabba.yaml'), 'services:\n  app:\n    image: oci:./img\n    net: false\n    command: ["sleep", "60"]\n    stop_grace_period: 100ms\n');
  env = { ...process.env, NO_COLOR: '1', DABBA_STORE: join(dir, 'store'), HOME: dir };
});
after(() => {
  if (!dir) return;
  spawnSync(process.execPath, [BIN, 'down'], { cwd: dir, env });
  rmSync(dir, { recursive: true, force: true });
});

// The minor number of a pty's device tells it apart from every other pty.
const SHOW_TERMINAL = `[ -t 0 ] && echo "in: $(stat -L -c %T /proc/self/fd/0)"`;

describe('a terminal of the container\'s own', { skip }, () => {
  test('run: the command has a terminal that is not dabba\'s, of dabba\'s size, and its exit code comes back', async () => {
    const r = await inTerminal(`echo "dabba: $(stat -L -c %T /proc/self/fd/0)"; ${dabba(`run --rm app sh -c ${shellQuote(`${SHOW_TERMINAL}; stty size; exit 42`)}`)}; echo "code: $?"`, '123x45');
    const outer = /dabba: (\w+)/.exec(r.out)?.[1];
    const inner = /in: (\w+)/.exec(r.out)?.[1];
    assert.ok(outer && inner, r.out);
    assert.notEqual(inner, outer, 'the container must not get dabba\'s own terminal');
    assert.match(r.out, /^45 123$/m);
    assert.match(r.out, /^code: 42$/m);
  });

  test('run: the window size follows dabba\'s terminal', async () => {
    // The terminal is resized once the command has shown its size (a file in a bound folder says so), whatever
    // the start-up takes; the command shows it again once told the resize is done.
    const resize = 'i=0; while [ ! -e sig/shown ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; stty -F /dev/tty cols 77 rows 22; touch sig/resized';
    const command = 'stty size; touch /sig/shown; i=0; while [ ! -e /sig/resized ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; sleep 0.3; stty size';
    const r = await inTerminal(`rm -rf sig; (${resize}) & ${dabba(`run --rm -v ./sig:/sig app sh -c ${shellQuote(command)}`)}; wait`, '99x33');
    assert.match(r.out, /^33 99\n22 77$/m);
  });

  test('run -T: no terminal', async () => {
    const r = await inTerminal(`${dabba(`run --rm -T app sh -c ${shellQuote('[ -t 0 ] || echo "no terminal"')}`)}`);
    assert.match(r.out, /^no terminal$/m);
  });

  test('a dabba killed with SIGKILL leaves no container process behind', async () => {
    const waitFor = (cond: string) => `i=0; until ${cond} || [ $i -ge 200 ]; do sleep 0.05; i=$((i+1)); done`;
    const r = await inTerminal(
      `${dabba('run --rm app sleep 71')} </dev/tty & ${waitFor('pgrep -f "^sleep 71" >/dev/null')}; pgrep -f "^sleep 71" >/dev/null && echo running; kill -9 $!; ${waitFor('! pgrep -f "^sleep 71" >/dev/null')}; pgrep -f "^sleep 71" || echo gone`,
    );
    assert.match(r.out, /^running\ngone$/m);
  });

  test('exec: the command has a terminal that is not dabba\'s, and its exit code comes back', async () => {
    const up = spawnSync(process.execPath, [BIN, 'up', '-d'], { cwd: dir, env, encoding: 'utf8' });
    assert.equal(up.status, 0, up.stderr);
    const r = await inTerminal(`echo "dabba: $(stat -L -c %T /proc/self/fd/0)"; ${dabba(`exec app sh -c ${shellQuote(`${SHOW_TERMINAL}; exit 7`)}`)}; echo "code: $?"`);
    const outer = /dabba: (\w+)/.exec(r.out)?.[1];
    const inner = /in: (\w+)/.exec(r.out)?.[1];
    assert.ok(outer && inner, r.out);
    assert.notEqual(inner, outer);
    assert.match(r.out, /^code: 7$/m);
  });
});
