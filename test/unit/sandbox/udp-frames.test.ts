import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeUdpFrame, UDP_FLOW_IDLE_MS, UdpClientTable, UdpFrameReader, type UdpFrame } from '../../../src/sandbox/udp-frames.js';

const frames: UdpFrame[] = [
  { port: 0, client: 1, payload: Buffer.from('ping') },
  { port: 3, client: 4_000_000_000, payload: Buffer.alloc(0) },
  { port: 65535, client: 7, payload: Buffer.alloc(65507, 0xab) },
];

test('frames come back whole and in order, whatever the chunk boundaries', () => {
  const stream = Buffer.concat(frames.map(encodeUdpFrame));
  for (const size of [1, 3, 9, 10, 11, 4096, stream.length]) {
    const reader = new UdpFrameReader();
    const got: UdpFrame[] = [];
    for (let at = 0; at < stream.length; at += size) got.push(...reader.push(stream.subarray(at, at + size)));
    assert.deepEqual(got.map((f) => [f.port, f.client, f.payload.toString('hex')]), frames.map((f) => [f.port, f.client, f.payload.toString('hex')]), `chunks of ${size}`);
  }
});

test('an incomplete frame waits for the rest', () => {
  const reader = new UdpFrameReader();
  const bytes = encodeUdpFrame(frames[0]!);
  assert.deepEqual(reader.push(bytes.subarray(0, bytes.length - 1)), []);
  assert.equal(reader.push(bytes.subarray(bytes.length - 1))[0]?.payload.toString(), 'ping');
});

test('clients keep their id while active, are forgotten when idle, and an id is never given to another client', () => {
  const t = new UdpClientTable<string>();
  const a = t.idFor('127.0.0.1/5000', 'a', 0);
  const b = t.idFor('127.0.0.1/5001', 'b', 0);
  assert.notEqual(a, b);
  assert.equal(t.idFor('127.0.0.1/5000', 'a', 1000), a, 'same client, same id');
  t.sweep(UDP_FLOW_IDLE_MS + 500);
  assert.equal(t.address(a), 'a', 'a was active 1 s later than b');
  assert.equal(t.address(b), undefined, 'b was idle');
  assert.equal(t.size, 1);
  const again = t.idFor('127.0.0.1/5001', 'b', UDP_FLOW_IDLE_MS + 600);
  assert.ok(again !== a && again !== b, 'a forgotten client comes back with a new id');
  t.sweep(3 * UDP_FLOW_IDLE_MS);
  assert.equal(t.size, 0);
});
