import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRunSpec } from '../../../src/sandbox/spec.js';
import { SandboxError } from '../../../src/sandbox/errors.js';
import { parseSignal } from '../../../src/sandbox/stop-signal.js';
import { parseGroup, parsePasswd } from '../../../src/sandbox/users.js';
import { makeImageConfig, makeService } from '../../helpers/rootfs.js';

const host = { uid: 1001, gid: 1001, userName: 'ana', subuid: { start: 100000, count: 65536 }, subgid: { start: 100000, count: 65536 } };
const paths = { containerDir: '/p/.dabba/db', rootfs: '/p/.dabba/db/rootfs', projectDir: '/p', volumesDir: '/p/.dabba/volumes' };

function stopSignalOf(configured: string | undefined, image: string | undefined): NodeJS.Signals | number {
  return buildRunSpec({
    service: makeService({ name: 'db', ...(configured === undefined ? {} : { stopSignal: configured }) }),
    image: makeImageConfig(image === undefined ? {} : { StopSignal: image }),
    paths,
    host,
    passwd: parsePasswd('root:x:0:0::/root:/bin/sh\n'),
    groups: parseGroup('root:x:0:\n'),
    overrides: { tty: false },
  }).stopSignal;
}

test('the stop signal: stop_signal, else the image\'s StopSignal, else SIGTERM', () => {
  const table: [configured: string | undefined, image: string | undefined, expected: NodeJS.Signals | number][] = [
    [undefined, undefined, 'SIGTERM'],
    [undefined, '', 'SIGTERM'],
    [undefined, 'SIGINT', 'SIGINT'],
    ['SIGTERM', 'SIGINT', 'SIGTERM'],
    ['SIGQUIT', undefined, 'SIGQUIT'],
  ];
  for (const [configured, image, expected] of table) assert.equal(stopSignalOf(configured, image), expected, `stop_signal ${configured}, StopSignal ${image}`);
});

test('an image\'s StopSignal is read in every form docker accepts', () => {
  for (const form of ['SIGINT', 'INT', 'sigint', 'int']) assert.equal(stopSignalOf(undefined, form), 'SIGINT', form);
  assert.equal(stopSignalOf(undefined, '2'), 2);
  assert.equal(stopSignalOf(undefined, 'SIGRTMIN+3'), 37);
  assert.equal(stopSignalOf(undefined, 'RTMAX'), 64);
  assert.equal(stopSignalOf(undefined, 'SIGWINCH'), 'SIGWINCH');
});

test('what is not a signal fails the start, saying where it comes from', () => {
  assert.throws(() => stopSignalOf(undefined, 'SIGNOPE'), (e: unknown) => e instanceof SandboxError && /image's StopSignal "SIGNOPE"/.test(e.message) && /stop_signal/.test(e.hint ?? ''));
  assert.throws(() => stopSignalOf('SIGNOPE', 'SIGINT'), (e: unknown) => e instanceof SandboxError && /stop_signal "SIGNOPE"/.test(e.message));
  for (const text of ['0', '65', 'RTMIN-1', 'RTMAX+1', 'SIG', '']) assert.equal(parseSignal(text), undefined, text);
});
