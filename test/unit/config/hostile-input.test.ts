import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../../../src/config/index.js';
// The excerpt width the error reporter promises (src/config/errors.ts).
const EXCERPT_WIDTH = 120;
import { loadProjectText } from '../../../src/config/load-text.js';
import { CONFIG_FILE, PROJECT_DIR } from './load-text.js';

// Files a careless or hostile hand wrote: each is refused by `dabba config`
// at its position, quickly, in bounded memory, with a message of bounded size.
// Loaded directly (not through load-text.ts's helper, which parses every text
// with both parsers first: exactly what these inputs must not reach).

function configError(text: string, envFiles: Parameters<typeof loadProjectText>[1] = {}): ConfigError {
  const started = Date.now();
  try {
    loadProjectText({ text, configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env: {} }, envFiles);
  } catch (err) {
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    if (err instanceof ConfigError) return err;
    throw err;
  }
  assert.fail('expected a ConfigError');
}

const service = (name: string) => `services:\n  ${name}:\n    image: busybox\n`;

interface Case {
  name: string;
  text: string;
  envFiles?: Parameters<typeof loadProjectText>[1];
  file?: string;
  line: number;
  col: number;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  { name: 'a service named lock (the project lock file)', text: service('lock'), line: 2, col: 3, path: 'services.lock', message: /^"lock" is reserved: \.dabba\/lock is the project lock/ },
  { name: 'a service named lock.takeover', text: service('lock.takeover'), line: 2, col: 3, path: 'services["lock.takeover"]', message: /^"lock\.takeover" is reserved/ },
  { name: 'a service named config-cache.json', text: service('config-cache.json'), line: 2, col: 3, path: 'services["config-cache.json"]', message: /^"config-cache\.json" is reserved/ },
  { name: 'a service named volumes', text: service('volumes'), line: 2, col: 3, path: 'services.volumes', message: /^"volumes" is reserved: \.dabba\/volumes holds named volumes/ },
  { name: 'a 64-character service name', text: service('a'.repeat(64)), line: 2, col: 3, path: `services.${'a'.repeat(64)}`, message: /^a service name is at most 63 characters .*; this one has 64$/ },
  { name: 'a 300-character service name', text: service('b'.repeat(300)), line: 2, col: 3, path: `services.${'b'.repeat(300)}`, message: /^a service name is at most 63 characters .*; this one has 300$/ },
  {
    name: 'a file over 4 MiB',
    text: `services:\n  web:\n    image: busybox\n# ${'x'.repeat(4 * 1024 * 1024)}\n`,
    line: 1, col: 1, path: '',
    message: /^the file has 419\d{4} bytes, more than the 4 MiB a project file may hold$/,
  },
  { name: 'flow nesting [[[ beyond the limit', text: `x: ${'['.repeat(100_000)}`, line: 1, col: 3 + 64, path: '', message: /nests deeper than 64 levels/ },
  { name: 'flow nesting {{{ in a service', text: `services:\n  web:\n    image: busybox\n    labels: ${'{a: '.repeat(70)}`, line: 4, col: 13 + 4 * 61, path: '', message: /nests deeper than 64 levels/ },
  {
    name: 'block nesting by indentation beyond the limit',
    text: Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    line: 65, col: 65, path: '', message: /nests deeper than 64 levels/,
  },
  { name: 'block nesting by sequence dashes on one line', text: `x:\n  ${'- '.repeat(70)}a\n`, line: 2, col: 3 + 2 * 62, path: '', message: /nests deeper than 64 levels/ },
  {
    name: 'env_file with a bad line names the service and key path',
    text: 'services:\n  app:\n    image: busybox\n    env_file: [./app.env]\n',
    envFiles: { '/srv/proj/app.env': 'OK=1\nnot a line\n' },
    file: 'app.env', line: 2, col: 1, path: 'services.app.env_file[0]', message: /^expected KEY=VALUE, found "not a line"$/,
  },
  {
    name: 'env_file that cannot be read names the service and the file',
    text: 'services:\n  app:\n    image: busybox\n    env_file: [./app.env]\n',
    envFiles: { '/srv/proj/app.env': { unreadable: 'reading /srv/proj/app.env: EACCES: permission denied' } },
    line: 4, col: 16, path: 'services.app.env_file[0]', message: /^env file "\.\/app\.env" cannot be read: reading \/srv\/proj\/app\.env: EACCES/,
  },
];

for (const c of cases) {
  test(`refused: ${c.name}`, () => {
    const err = configError(c.text, c.envFiles);
    const file = c.file ?? 'dabba.yaml';
    const d = err.diagnostics.find((x) => x.path === c.path && c.message.test(x.message));
    assert.ok(d, `no diagnostic at ${c.path} matching ${c.message} in:\n${err.message.slice(0, 2000)}`);
    assert.deepEqual({ file: d.file, line: d.line, col: d.col }, { file, line: c.line, col: c.col });
    // No message echoes a long line whole.
    for (const line of err.message.split('\n')) assert.ok(line.length <= EXCERPT_WIDTH + 400, `a line of ${line.length} characters`);
  });
}

test('a 63-character service name and one like lockd are fine', () => {
  const text = `${service('c'.repeat(63))}  lockd:\n    image: busybox\n`;
  const p = loadProjectText({ text, configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env: {} });
  assert.deepEqual(Object.keys(p.services), ['c'.repeat(63), 'lockd']);
});

test('nesting up to the limit, block scalars and brackets inside text are not counted as levels', () => {
  const deepButFine = `${'['.repeat(60)}${']'.repeat(60)}\n`;
  const script = Array.from({ length: 100 }, (_, i) => `        ${' '.repeat(i)}line ${i} [ {`).join('\n');
  const text = `services:\n  web:\n    image: busybox\n    command:\n      - |\n${script}\n    labels: {a: "[[[[", b: 'x[{'}\n    working_dir: /a[b{c\nx-deep: ${deepButFine}`;
  const p = loadProjectText({ text, configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env: {} });
  assert.equal(p.services.web!.labels.a, '[[[[');
});

test('the excerpt of a 200 KB line shows a window around the column, with the caret under it', () => {
  const filler = 'y'.repeat(100_000);
  const text = `services: {web: {image: busybox, labels: {a: "${filler}"}, ports: ["80:abc"], x: "${filler}"}}\n`;
  const err = configError(text);
  const d = err.diagnostics.find((x) => x.path === 'services.web.ports[0]');
  assert.ok(d, err.message.slice(0, 500));
  const shown = err.message.split('\n');
  const at = shown.findIndex((l) => l.startsWith(`dabba.yaml:1:${d.col}: services.web.ports[0]:`));
  assert.ok(at >= 0);
  const excerpt = shown[at + 1]!;
  const caret = shown[at + 2]!;
  assert.ok(excerpt.length <= EXCERPT_WIDTH + 4, `excerpt of ${excerpt.length} characters`);
  assert.match(excerpt, /^ {2}….*"80:abc".*…$/);
  assert.equal(excerpt[caret.length - 1], '"', 'the caret points at the value');
  assert.equal(excerpt.slice(caret.length - 1, caret.length + 8), '"80:abc"]');
  assert.ok(err.message.length < 2000, `message of ${err.message.length} characters`);
});
