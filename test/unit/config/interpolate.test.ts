import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interpolateString, InterpolationError } from '../../../src/config/interpolate.js';
import type { Diagnostic } from '../../../src/config/index.js';
import { load, loadError } from './load-text.js';

const env: Record<string, string> = { SET: 'value', EMPTY: '' };
const lookup = (name: string) => env[name];

const table: [input: string, expected: string][] = [
  ['plain', 'plain'],
  ['$SET', 'value'],
  ['${SET}', 'value'],
  ['a${SET}b$SET.c', 'avaluebvalue.c'],
  ['${UNSET}', ''],
  ['${UNSET:-default}', 'default'],
  ['${EMPTY:-default}', 'default'],
  ['${UNSET-default}', 'default'],
  ['${EMPTY-default}', ''],
  ['${SET:-default}', 'value'],
  ['${UNSET:-${SET}}', 'value'],
  ['${UNSET:-a ${UNSET2:-b} c}', 'a b c'],
  ['${SET:+alt}', 'alt'],
  ['${EMPTY:+alt}', ''],
  ['${EMPTY+alt}', 'alt'],
  ['${UNSET+alt}', ''],
  ['$$', '$'],
  ['$$SET', '$SET'],
  ['$${SET}', '${SET}'],
  ['cost: $$5', 'cost: $5'],
  ['${SET:?needed}', 'value'],
  ['${UNSET:-}', ''],
  ['}{', '}{'],
];

for (const [input, expected] of table) {
  test(`interpolate ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
    assert.equal(interpolateString(input, lookup), expected);
  });
}

test('unset variables are reported, unused defaults are not', () => {
  const unset: string[] = [];
  interpolateString('${A} ${SET:-${B}} ${C:-${D}} $E', lookup, unset);
  assert.deepEqual(unset, ['A', 'D', 'E']);
});

const errors: [input: string, message: RegExp][] = [
  ['${UNSET:?set it please}', /^UNSET: set it please$/],
  ['${EMPTY:?must not be empty}', /^EMPTY: must not be empty$/],
  ['${UNSET?}', /^required variable UNSET is not set$/],
  ['${EMPTY:?}', /^required variable EMPTY is empty$/],
  ['${UNSET', /missing "}"/],
  ['${1ABC}', /expected a variable name/],
  ['${A B}', /expected }, :-, -, :\?, \?, :\+ or \+ after the name/],
  ['price $5', /invalid interpolation at "\$5".*write \$\$ for a literal \$/],
  ['trailing $', /invalid interpolation/],
];

for (const [input, message] of errors) {
  test(`interpolation error for ${JSON.stringify(input)}`, () => {
    assert.throws(() => interpolateString(input, lookup), (e: unknown) => e instanceof InterpolationError && message.test(e.message));
  });
}

test('${EMPTY?} is fine: the variable is set, if empty', () => {
  assert.equal(interpolateString('${EMPTY?}', lookup), '');
});

test('dabba\'s environment wins over .env; .env fills in the rest', () => {
  const p = load('services:\n  web:\n    image: ${IMAGE}:${TAG}\n', { env: { TAG: '1.36' }, dotenv: 'IMAGE=busybox\nTAG=latest\n' });
  assert.equal(p.services.web!.image, 'busybox:1.36');
});

test('.env values can use earlier ones and the environment', () => {
  const p = load('services:\n  web:\n    image: ${REF}\n', { env: { REG: '127.0.0.1:5000' }, dotenv: 'NAME=app\nREF=${REG}/${NAME}:1\n' });
  assert.equal(p.services.web!.image, '127.0.0.1:5000/app:1');
});

test('interpolated booleans and ports take the type the schema expects', () => {
  const p = load('services:\n  web:\n    image: busybox\n    read_only: ${RO}\n    net: ${NET:-true}\n    ports:\n      - target: ${PORT}\n        published: ${PORT}\n', { env: { RO: 'true', PORT: '8080' } });
  const web = p.services.web!;
  assert.equal(web.readOnly, true);
  assert.equal(web.networkMode.mode, 'bridge');
  assert.deepEqual(web.ports, [{ target: 8080, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' }]);
});

test('an interpolated value is still validated', () => {
  const err = loadError('services:\n  web:\n    image: busybox\n    read_only: ${RO}\n', { env: { RO: 'maybe' } });
  assert.equal(err.diagnostics[0]!.path, 'services.web.read_only');
  assert.match(err.diagnostics[0]!.message, /expected true or false, found the string "maybe"/);
});

test('keys are not interpolated, as in compose', () => {
  const p = load('services:\n  web:\n    image: busybox\n    environment:\n      ${KEY}: x\n', { env: { KEY: 'K' } });
  assert.deepEqual(p.services.web!.environment, { '${KEY}': 'x' });
});

test('an unset variable is a warning at its position, not an error', () => {
  const warnings: Diagnostic[] = [];
  const p = load('services:\n  web:\n    image: busybox${SUFFIX}\n', { warnings });
  assert.equal(p.services.web!.image, 'busybox');
  assert.deepEqual(
    warnings.map((w) => [w.line, w.col, w.path, w.message]),
    [[3, 12, 'services.web.image', 'variable SUFFIX is not set: using an empty string']],
  );
});

test('every interpolation error of the file is reported', () => {
  const err = loadError('services:\n  a:\n    image: ${A:?A is needed}\n  b:\n    image: ${B:?B is needed}\n');
  assert.deepEqual(
    err.diagnostics.map((d) => `${d.line}:${d.col} ${d.path} ${d.message}`),
    ['3:12 services.a.image A: A is needed', '5:12 services.b.image B: B is needed'],
  );
});
