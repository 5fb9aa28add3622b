import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { formatYaml, yamlString } from '../../../src/config/emit-yaml.js';

const TRICKY = [
  '', ' ', 'plain', 'two words', 'no', 'No', 'yes', 'off', 'y', 'true', 'False', 'null', '~', '~/x', '.inf', '-.inf', '.nan', '.5', '-1', '+1', '0o17', '0x1f',
  '1e3', '22:22', '8080', '1.0', '-c', '--', '---', '--flag', '- item', 'a: b', 'a:b', 'key:', 'a #b', 'a#b', '#x', '&anchor', '*alias', '!tag', '%dir', '@at',
  '`tick', '"dq"', "'sq'", '{a}', '[a]', 'a, b', '|', '>', '?', '? x', 'tab\there', 'line\nbreak', 'trailing ', ' leading', 'del\u007f', 'c1\u0085', 'é ü ✓',
  '$HOME', '${X}', 'echo "a  b"', '/bin/sh', './rel', '127.0.0.1:5000/app:1', 'sha256:abc', 'http://x/?a=1#f', 'C:\\path', '\\', 'NULL', 'Null',
];

test('every tricky string reads back as the same string', () => {
  for (const s of TRICKY) {
    assert.equal(parse(`v: ${yamlString(s)}\n`).v, s, JSON.stringify(s));
    assert.deepEqual(parse(formatYaml({ [s]: [s, { [s]: s }] })), { [s]: [s, { [s]: s }] }, JSON.stringify(s));
  }
});

test('strings other YAML readers could take for booleans or numbers are quoted', () => {
  for (const s of ['no', 'yes', 'on', 'off', 'y', 'n', '22:22', '8080', '0755', '.inf']) assert.match(yamlString(s), /^"/, s);
  for (const s of ['busybox', '/www', '-c', 'on-failure:3', 'service_healthy', './site']) assert.equal(yamlString(s), s);
});

test('nested data in block style reads back equal', () => {
  const data = {
    name: 'p',
    services: { a: { list: [], map: {}, n: 1.5, b: false, z: null, seq: [{ x: 1, y: [1, 'two', { deep: [] }] }, 'scalar', [['nested']]] } },
  };
  assert.deepEqual(parse(formatYaml(data)), data);
  assert.equal(formatYaml({ a: { b: [1, { c: 2, d: 3 }] } }), 'a:\n  b:\n    - 1\n    - c: 2\n      d: 3\n');
});
