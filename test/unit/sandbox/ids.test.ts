import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIdMap, nestedIdMaps, parseSubidFile, planIdMapping, ROOT_ID_RANGE, rootIdShift, type HostFacts } from '../../../src/sandbox/ids.js';

const user: HostFacts = { uid: 1001, gid: 1002, userName: 'ana', subuid: { start: 100000, count: 65536 }, subgid: { start: 200000, count: 65536 } };

test('subid files match by name or numeric id; the first valid range wins', () => {
  const text = '# comment\nbob:300000:10\nana:100000:65536\n1001:500000:5\n';
  assert.deepEqual(parseSubidFile(text, { name: 'ana', id: 1001 }), { start: 100000, count: 65536 });
  assert.deepEqual(parseSubidFile(text, { name: undefined, id: 1001 }), { start: 500000, count: 5 });
  assert.equal(parseSubidFile('ana:x:1\nana:5:0\n', { name: 'ana', id: 1 }), undefined);
});

test('unprivileged with a range: container 0 is the user, 1… the range, via newuidmap', () => {
  const m = planIdMapping(user, true);
  assert.equal(m.writer, 'newuidmap');
  assert.equal(formatIdMap(m.uid), '0 1001 1\n1 100000 65536\n');
  assert.equal(formatIdMap(m.gid), '0 1002 1\n1 200000 65536\n');
  assert.equal(m.size, 65537);
  assert.equal(m.rootIsInvoker, true);
});

test('unprivileged without a range: only container root, written directly', () => {
  const m = planIdMapping({ ...user, subuid: undefined }, true);
  assert.deepEqual([m.writer, m.size, formatIdMap(m.uid), formatIdMap(m.gid)], ['direct', 1, '0 1001 1\n', '0 1002 1\n']);
});

test('fakeroot: false maps the invoking user to itself', () => {
  const m = planIdMapping(user, false);
  assert.deepEqual([formatIdMap(m.uid), formatIdMap(m.gid), m.rootIsInvoker], ['1001 1001 1\n', '1002 1002 1\n', false]);
});

test('as root, container ids go to an unprivileged range, and the unpacker shifts by the same', () => {
  const root: HostFacts = { uid: 0, gid: 0, userName: 'root', subuid: undefined, subgid: undefined };
  const m = planIdMapping(root, true);
  assert.equal(formatIdMap(m.uid), `0 ${ROOT_ID_RANGE.start} ${ROOT_ID_RANGE.count}\n`);
  assert.deepEqual(rootIdShift(0, undefined, undefined), { uid: ROOT_ID_RANGE.start, gid: ROOT_ID_RANGE.start });
  assert.deepEqual(rootIdShift(0, { start: 300000, count: 65536 }, { start: 400000, count: 65536 }), { uid: 300000, gid: 400000 });
  assert.equal(planIdMapping({ ...root, subuid: { start: 300000, count: 65536 } }, false).uid[0]?.outside, 300000);
  assert.equal(rootIdShift(1001, user.subuid, user.subgid), undefined);
});

test('the nested namespace maps every id but uid 0 (unless the process is root with another gid), extent by extent', () => {
  const n = nestedIdMaps(planIdMapping(user, true));
  assert.equal(formatIdMap(n.uid), '1 1 65536\n');
  assert.equal(formatIdMap(n.gid), '0 0 1\n1 1 65536\n');
  const root = nestedIdMaps(planIdMapping({ uid: 0, gid: 0, userName: 'root', subuid: undefined, subgid: undefined }, true));
  assert.equal(formatIdMap(root.uid), `1 1 ${ROOT_ID_RANGE.count - 1}\n`);
  const keepRoot = nestedIdMaps(planIdMapping(user, true), true);
  assert.equal(formatIdMap(keepRoot.uid), '0 0 1\n1 1 65536\n', 'uid 0 with another gid keeps root in the nested namespace');
});
