import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidSpecError, parsePortSpec, parseVolumeSpec } from '../../../src/config/index.js';
import { formatDuration, parseDuration } from '../../../src/config/duration.js';
import { ShellSplitError, splitShellWords } from '../../../src/config/shell-split.js';
import { parseDotenv } from '../../../src/config/dotenv.js';
import { normalizeProjectName } from '../../../src/config/project-name.js';
import { suggest } from '../../../src/config/suggest.js';

test('parsePortSpec: forms compose accepts', () => {
  const t = (s: string) => parsePortSpec(s).map((p) => `${p.hostIp}:${p.published}->${p.target}/${p.protocol}`);
  assert.deepEqual(t('8080:80'), ['0.0.0.0:8080->80/tcp']);
  assert.deepEqual(t('8080:80/udp'), ['0.0.0.0:8080->80/udp']);
  assert.deepEqual(t('127.0.0.1:5000:5000'), ['127.0.0.1:5000->5000/tcp']);
  assert.deepEqual(t('[::1]:8080:80'), ['::1:8080->80/tcp']);
  assert.deepEqual(t('9000-9002:7000-7002'), ['0.0.0.0:9000->7000/tcp', '0.0.0.0:9001->7001/tcp', '0.0.0.0:9002->7002/tcp']);
  // No host port: one picked when the container starts (published 0).
  assert.deepEqual(t('80'), ['0.0.0.0:0->80/tcp']);
  assert.deepEqual(t('127.0.0.1::5432'), ['127.0.0.1:0->5432/tcp']);
  assert.deepEqual(t('[::1]::53/udp'), ['::1:0->53/udp']);
  assert.deepEqual(t('7000-7001'), ['0.0.0.0:0->7000/tcp', '0.0.0.0:0->7001/tcp']);
});

test('parsePortSpec: errors say why', () => {
  const reason = (s: string) => {
    try {
      parsePortSpec(s);
    } catch (err) {
      assert.ok(err instanceof InvalidSpecError);
      assert.equal(err.exitCode, 2);
      return err.reason;
    }
    return assert.fail(`${s} parsed`);
  };
  assert.equal(reason('80:abc'), '"80:abc" is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])');
  assert.match(reason('8080:80/sctp'), /unsupported protocol "sctp"/);
  assert.match(reason('70000:80'), /"70000" is not a host port or range \(1-65535\)/);
  assert.match(reason('8080:0'), /"0" is not a container port/);
  assert.match(reason('8001-8000:80-81'), /is not a host port or range/);
  assert.match(reason('999.1.1.1:80:80'), /"999\.1\.1\.1" is not an IP address/);
  assert.match(reason('::1:8080:80'), /write an IPv6 address in brackets/);
  assert.match(reason('8000-8001:80'), /different lengths/);
});

test('parseVolumeSpec: binds, named and anonymous volumes', () => {
  assert.deepEqual(parseVolumeSpec('./site:/www', '/p'), { type: 'bind', source: '/p/site', target: '/www', readOnly: false });
  assert.deepEqual(parseVolumeSpec('../x:/x:ro', '/p/q'), { type: 'bind', source: '/p/x', target: '/x', readOnly: true });
  assert.deepEqual(parseVolumeSpec('/abs:/a:rw', '/p'), { type: 'bind', source: '/abs', target: '/a', readOnly: false });
  assert.deepEqual(parseVolumeSpec('~:/home', '/p', '/home/u'), { type: 'bind', source: '/home/u', target: '/home', readOnly: false });
  assert.deepEqual(parseVolumeSpec('data:/d:ro', '/p'), { type: 'volume', source: 'data', target: '/d', readOnly: true });
  assert.deepEqual(parseVolumeSpec('/anon', '/p'), { type: 'volume', source: undefined, target: '/anon', readOnly: false });
});

test('parseVolumeSpec: errors say why', () => {
  const bad: [string, RegExp][] = [
    ['a:b:c:d', /is not a volume \(expected/],
    ['./x:rel', /must be absolute/],
    ['bad name!:/x', /neither a host path \(start it with \.\/ or \/\) nor a volume name/],
    ['./x:/x:z', /unsupported option "z"/],
    ['~/x:/x', /~ needs HOME/],
    ['./x:', /is not a volume/],
  ];
  for (const [spec, message] of bad) {
    assert.throws(() => parseVolumeSpec(spec, '/p'), (e: unknown) => e instanceof InvalidSpecError && message.test(e.reason), spec);
  }
});

test('durations: compose forms in, compose forms out', () => {
  const table: [string, number][] = [['0s', 0], ['500ms', 500], ['10s', 10_000], ['1m30s', 90_000], ['1.5s', 1500], ['1h', 3_600_000], ['2h3m4s', 7_384_000], ['1500us', 2], ['100ns', 0]];
  for (const [text, ms] of table) assert.equal(parseDuration(text), ms, text);
  for (const bad of ['', '10', 's', '1 m', '1d', '-1s']) assert.equal(parseDuration(bad), undefined, bad);
  const out: [number, string][] = [[0, '0s'], [500, '500ms'], [10_000, '10s'], [90_000, '1m30s'], [1500, '1.5s'], [3_600_000, '1h0m0s'], [61_250, '1m1.25s']];
  for (const [ms, text] of out) {
    assert.equal(formatDuration(ms), text, String(ms));
    assert.equal(parseDuration(text), ms, text);
  }
});

test('shell words', () => {
  assert.deepEqual(splitShellWords(`sh -c 'echo "$HOME"'`), ['sh', '-c', 'echo "$HOME"']);
  assert.deepEqual(splitShellWords('a\\ b "c \\"d\\" \\n" e'), ['a b', 'c "d" \\n', 'e']);
  assert.deepEqual(splitShellWords("  x''  \"\" "), ['x', '']);
  assert.deepEqual(splitShellWords(''), []);
  assert.throws(() => splitShellWords('"open'), ShellSplitError);
  assert.throws(() => splitShellWords("'open"), ShellSplitError);
  assert.throws(() => splitShellWords('end\\'), ShellSplitError);
});

test('dotenv: quotes, comments, export, bare keys', () => {
  const { values, problems } = parseDotenv(
    ['# comment', '', 'export A=1', 'B = spaced # note', "C='${A} literal'", 'D="multi', 'line"', 'E=${A}${X:-x}', 'HOSTVAR', 'MISSING', 'F="tab\\tq\\"\\$A"'].join('\n'),
    (n) => ({ HOSTVAR: 'h' })[n],
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(values, { A: '1', B: 'spaced', C: '${A} literal', D: 'multi\nline', E: '1x', HOSTVAR: 'h', F: 'tab\tq"$A' });
});

test('dotenv: problems with line and column', () => {
  const { problems } = parseDotenv('A=1\n  1BAD=x\nC="open\n', () => undefined);
  assert.deepEqual(problems, [
    { line: 2, col: 3, message: 'expected KEY=VALUE, found "1BAD=x"' },
    { line: 3, col: 3, message: 'missing closing double quote' },
  ]);
});

test('project names normalise as compose does', () => {
  assert.equal(normalizeProjectName('My_App-2'), 'my_app-2');
  assert.equal(normalizeProjectName('--Web Site.v2'), 'websitev2');
  assert.equal(normalizeProjectName('ÄÖ'), '');
});

test('suggestions only for near misses', () => {
  const keys = ['environment', 'entrypoint', 'env_file', 'image', 'ports'];
  assert.equal(suggest('enviroment', keys), 'environment');
  assert.equal(suggest('port', keys), 'ports');
  assert.equal(suggest('Image', keys), 'image');
  assert.equal(suggest('networks', keys), undefined);
  assert.equal(suggest('x', keys), undefined);
});
