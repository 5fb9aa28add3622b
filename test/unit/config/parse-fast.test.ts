import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlFast } from '../../../src/config/parse-fast.js';
import { assertSameParse } from './same-parse.js';

// The fast parse against the yaml package's, beyond the texts the other
// config tests load (load-text.ts checks each of those too).
const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** The project file of each example. */
function exampleFiles(): string[] {
  return readdirSync(EXAMPLES, { withFileTypes: true })
    .map((d) => join(EXAMPLES, d.name, 'dabba.yaml'))
    .filter((f) => existsSync(f));
}

test('the examples parse the same with both parsers, and the fast parse answers', () => {
  const files = exampleFiles();
  assert.ok(files.length >= 3, `examples found: ${files.join(', ')}`);
  for (const file of files) assert.ok(assertSameParse(readFileSync(file, 'utf8')), `${file}: the fast parse declined`);
});

// Plain scalars at the edges of the YAML 1.2 core schema, and YAML 1.1 forms
// that must stay strings.
const SCALARS = [
  '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'No', 'on', 'OFF', 'y', 'n',
  '0', '-0', '+0', '012', '+12', '-12', '0o17', '0O17', '0o8', '0x1F', '0X1F', '0xg', '0b101', '1_000', '9007199254740993',
  '1e3', '1E3', '-1.5e-3', '1e', '.5', '-.5', '5.', '1.0', '1.50', '1e400', '+.inf', '-.Inf', '.INF', '.inF', 'inf', '.nan', '.NaN', '.NAN', 'nan', '-.nan',
  '22:22', '1:20:30', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '=', '.', '-x', '+', '0.', '00', '1.2.3', '80/tcp', '"quoted"', "'single'",
];

test('plain scalars of the core schema, as values and as keys, parse the same', () => {
  let answered = 0;
  for (const s of SCALARS) {
    if (assertSameParse(`value: ${s}\nlist: [${s}, x]\nflow: {k: ${s}}\n`)) answered++;
    assertSameParse(`${s}: as a key\n`);
  }
  assert.equal(answered, SCALARS.length, 'the fast parse declined a plain value');
});

test('strings: block scalars, folding, escapes, multi-line plain and quoted', () => {
  const texts = [
    'a: |\n  line one\n  line two\n\nb: >\n  folded\n  text\n\n  new paragraph\nc: |-\n  stripped\nd: |+\n  kept\n\ne: end\n',
    'a: "tab\\there \\u00e9 \\x41 \\\\ \\" \\/ \\N"\nb: \'it\'\'s\'\nc: plain # comment\nd: "a\n  b\n\n  c"\n',
    'a: a plain\n  scalar over\n  lines\nb: >2\n   indented\n  less\n',
    '\ufeffservices:\n  web:\n    image: busybox\n',
    '--- # document start\nservices: {}\n...\n',
    '# only a comment\n',
    '',
    'a: !!str 12\nb: !!int "12"\nc: ! 12\nd: !!null ""\n',
  ];
  for (const t of texts) assertSameParse(t);
});

test('<< merges: same values and the same key order as the yaml package', () => {
  const texts = [
    'x: &d {a: 1, b: 2}\ny:\n  <<: *d\n  c: 3\n',
    'x: &d {a: 1, b: 2}\ny:\n  c: 3\n  <<: *d\n  a: 0\n',
    'x: &d {a: 1, b: 2}\nz: &e {b: 3, e: 4}\ny:\n  <<: [*e, *d]\n  f: 5\n',
    'x: &d {a: 1, b: 2}\nz: &e {b: 3, e: 4}\ny:\n  b: 9\n  <<: [*d, *e]\n',
    'x: &d {a: 1}\nz: &e {<<: *d, b: 2}\ny: {<<: *e, c: 3}\n',
    'x: &d {a: 1}\ny:\n  <<: *d\n  <<: {b: 2}\n',
    'x: &d {a: 1}\ny:\n  "<<": *d\n',
    'x: &l [a, b]\ny:\n  <<: *l\n',
    'a: <<\n',
  ];
  for (const t of texts) assertSameParse(t);
  assert.ok(assertSameParse(texts[1]!), 'the fast parse declined an ordinary merge');
});

test('what the yaml package refuses, or reads otherwise, the fast parse declines', () => {
  const texts = [
    // Keys that are not plain scalars, or become other strings in js-yaml.
    '~: x\n', 'null: x\n', ': x\n', '? [a, b]\n: x\n', '[a]: x\n', '[a, b]: x\n', '{a: 1}: x\n', '? {a: 1}\n: x\n',
    'k: &k key\n*k : x\n', 'k: &k key\nm: {*k : x}\n', '__proto__: x\n', 'a: {__proto__: {b: 1}}\n',
    '{[a]}\n', 'a: {b: 1, [2]}\n', 'a: {[]}\n', 'a: {{b: 1}}\n', 'a: {x: [1], y: &y {b: 2}, z:\n  [3]}\n', 'labels: {"a,b": x}\n',
    `${'k'.repeat(1100)}: x\n`, `a: {${'k'.repeat(1100)}: x}\n`, `"${'\\u0041'.repeat(200)}": x\n`,
    // Duplicates, directives, markers, tags, anchors and aliases.
    '1: a\n"1": b\n', 'a: 1\na: 2\n', '"a": 1\na: 2\n', '%YAML 1.2\n---\na: 1\n', '%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n',
    '---# not a marker\na: 1\n', '---x: 1\n', '...x: 1\n', 'a: 1\n---\nb: 2\n', 'a: &x[1]\nb: *x\n', 'a: [!!str, b]\n',
    'a: &a [*a]\n', 'a: &a {b: *a}\n', 'a: *b\n', 'a: !!binary aGk=\n', 'a: !custom x\n',
    // Syntax and indentation.
    'a: [1, 2\n', 'a:\n\t- b\n', 'a: "unterminated\n', 'a:\n  b: "x\n  y"\n', 'a:\n  b: [x,\n  y]\n', 'a:\n  - b: \'x\n    y\'\n',
    'a:\n  b: "x\n   y"\n', 'a:\n  b: [x,\n   y]\n',
  ];
  for (const t of texts) assertSameParse(t);
});

test('an alias bomb is declined by the fast parse before anything walks it', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  assert.equal(parseYamlFast(`${levels.join('\n')}\n`), undefined);
  // A few thousand values through aliases is what real files do.
  const shared = Array.from({ length: 300 }, (_, i) => `  s${i}: {<<: *d, image: busybox}`).join('\n');
  assert.notEqual(parseYamlFast(`x: &d {restart: always, environment: {A: "1", B: "2"}, labels: [a, b]}\nservices:\n${shared}\n`), undefined);
});

test('the data is the fast parse\'s own: aliases are copies, not shared objects', () => {
  const parsed = parseYamlFast('x: &d {a: [1]}\ny: *d\nz: *d\n') as { value: Record<string, { a: number[] }> };
  assert.notEqual(parsed.value.y, parsed.value.z);
  parsed.value.y!.a.push(2);
  assert.deepEqual(parsed.value.z, { a: [1] });
});

test('seeded mutations of the examples: the fast parse declines or agrees, and still answers often', () => {
  const seeds = exampleFiles().map((f) => readFileSync(f, 'utf8'));
  seeds.push('x: &d {a: 1, b: [2, 3]}\ny:\n  <<: *d\n  c: "q\\tq"\n  d: |\n    block\n    text\n  e: >-\n    folded\n  f: \'s\'\'q\'\n  g: [x, {h: i}]\n');
  // The characters YAML's grammar turns on, and a few whole tokens.
  const pieces = [':', '-', ' ', '  ', '\t', '"', "'", '[', ']', '{', '}', '#', '&a', '*a', '!', '|', '>', '?', '%', '\n', ',', '<<', '\\', '---', '...', '~', '0x1', ': ', '- ', '\n  ', '\n    '];
  let state = 12345;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const runs = 3000;
  let answered = 0;
  for (let i = 0; i < runs; i++) {
    let text = seeds[next(seeds.length)]!;
    for (let m = 1 + next(3); m > 0; m--) {
      const at = next(text.length);
      text = next(10) < 3 ? text.slice(0, at) + text.slice(at + 1 + next(3)) : text.slice(0, at) + pieces[next(pieces.length)]! + text.slice(at);
    }
    if (assertSameParse(text)) answered++;
  }
  assert.ok(answered > runs / 4, `the fast parse answered only ${answered} of ${runs}`);
});
