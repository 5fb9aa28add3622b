import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIdMap, mapsId, nestedIdMaps, parseSubidFile, planIdMapping, relativeIdMaps, ROOT_ID_RANGE, rootIdShift, type HostFacts, type IdMap } from '../../../src/sandbox/ids.js';

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

/** Extents overlap neither inside nor outside the container. */
function assertDisjoint(maps: IdMap[]): void {
  const overlaps = (side: 'inside' | 'outside') =>
    maps.some((a, i) => maps.some((b, j) => i !== j && a[side] < b[side] + b.count && b[side] < a[side] + a.count));
  assert.equal(overlaps('inside'), false, `inside ids overlap: ${formatIdMap(maps)}`);
  assert.equal(overlaps('outside'), false, `host ids overlap: ${formatIdMap(maps)}`);
}

test('fakeroot: false with user: and a range: you are that user, every other id (0 too) is range start + id', () => {
  const m = planIdMapping(user, false, { uid: 1000, gid: 50 });
  assert.equal(m.writer, 'newuidmap');
  assert.equal(formatIdMap(m.uid), '0 100000 1000\n1000 1001 1\n1001 101001 64535\n');
  assert.equal(formatIdMap(m.gid), '0 200000 50\n50 1002 1\n51 200051 65485\n');
  assert.deepEqual([m.size, m.rootIsInvoker], [65536, false]);
  for (const maps of [m.uid, m.gid]) assertDisjoint(maps);
  assert.equal(m.uid.some((e) => e.outside === 0), false, 'host root is never mapped');
  // A kept id beyond the range is still yours; the range keeps all its ids.
  const high = planIdMapping(user, false, { uid: 70000, gid: 70000 });
  assert.equal(formatIdMap(high.uid), '0 100000 65536\n70000 1001 1\n');
  assertDisjoint(high.uid);
  assert.ok(mapsId(high.uid, 70000) && mapsId(high.uid, 0) && !mapsId(high.uid, 65536));
  // Kept root is the fakeroot case seen from the other side: you are root, the range is everyone else.
  const root = planIdMapping(user, false, { uid: 0, gid: 0 });
  assert.deepEqual([formatIdMap(root.uid), root.rootIsInvoker], ['0 1001 1\n1 100001 65535\n', true]);
});

test('fakeroot: false with user: and no range: only you, as that user, written directly', () => {
  const m = planIdMapping({ ...user, subuid: undefined }, false, { uid: 1000, gid: 1000 });
  assert.deepEqual([m.writer, m.size, formatIdMap(m.uid), formatIdMap(m.gid), m.rootIsInvoker], ['direct', 1, '1000 1001 1\n', '1000 1002 1\n', false]);
  assert.ok(!mapsId(m.uid, 0), 'container root is not mapped');
});

test('as root, fakeroot: false with user: keeps the unprivileged range: host root is never mapped', () => {
  const root: HostFacts = { uid: 0, gid: 0, userName: 'root', subuid: undefined, subgid: undefined };
  const m = planIdMapping(root, false, { uid: 1000, gid: 1000 });
  assert.deepEqual(m, planIdMapping(root, true));
  assert.equal(formatIdMap(m.uid), `0 ${ROOT_ID_RANGE.start} ${ROOT_ID_RANGE.count}\n`);
  assert.equal([...m.uid, ...m.gid].some((e) => e.outside === 0), false);
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

test('the nested namespace maps every id of the container\'s as itself, root included, extent by extent', () => {
  const n = nestedIdMaps(planIdMapping(user, true));
  assert.equal(formatIdMap(n.uid), '0 0 1\n1 1 65536\n');
  assert.equal(formatIdMap(n.gid), '0 0 1\n1 1 65536\n');
  const root = nestedIdMaps(planIdMapping({ uid: 0, gid: 0, userName: 'root', subuid: undefined, subgid: undefined }, true));
  assert.equal(formatIdMap(root.uid), `0 0 ${ROOT_ID_RANGE.count}\n`);
  const kept = nestedIdMaps(planIdMapping(user, false, { uid: 1000, gid: 1000 }));
  assert.equal(formatIdMap(kept.uid), '0 0 1000\n1000 1000 1\n1001 1001 64535\n');
});

test('a container inside the network holder maps its ids through the holder, split at its extents', () => {
  const host: HostFacts = { uid: 1001, gid: 1001, userName: 'u', subuid: { start: 100000, count: 65536 }, subgid: { start: 100000, count: 65536 } };
  const parent = planIdMapping(host, true);
  // the default container: the holder's own mapping, as identity
  assert.deepEqual(relativeIdMaps(parent.uid, parent.uid), [{ inside: 0, outside: 0, count: 1 }, { inside: 1, outside: 1, count: 65536 }]);
  // keep-id: the kept user lands on the holder's root (the invoking user), the others on the range
  const kept = planIdMapping(host, false, { uid: 1000, gid: 1000 });
  assert.deepEqual(relativeIdMaps(parent.uid, kept.uid), [
    { inside: 0, outside: 1, count: 1000 },
    { inside: 1000, outside: 0, count: 1 },
    { inside: 1001, outside: 1002, count: 64535 },
  ]);
  // one extent across two of the holder's: split
  assert.deepEqual(relativeIdMaps(parent.uid, [{ inside: 0, outside: 1001, count: 3 }]), undefined);
  assert.deepEqual(relativeIdMaps([{ inside: 0, outside: 10, count: 2 }, { inside: 2, outside: 12, count: 5 }], [{ inside: 0, outside: 11, count: 3 }]), [
    { inside: 0, outside: 1, count: 1 },
    { inside: 1, outside: 2, count: 2 },
  ]);
  // as root: the holder maps the container range, the container is its identity
  const root = planIdMapping({ uid: 0, gid: 0, userName: 'root', subuid: undefined, subgid: undefined }, true);
  assert.deepEqual(relativeIdMaps(root.uid, root.uid), [{ inside: 0, outside: 0, count: ROOT_ID_RANGE.count }]);
});
