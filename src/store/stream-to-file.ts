import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DigestMismatchError } from './errors.js';

/** Bytes per file write; also what a killed download keeps at most unwritten. */
const RUN_BYTES = 512 << 10;

/** The running hash and length of bytes on disk. */
interface Hashed {
  hash: Hash;
  bytes: number;
}

interface Written extends Hashed {
  head: Buffer;
}

/**
 * Writes `source` to a new file `path` while hashing and counting it; fails
 * as soon as more than `expectedSize` bytes arrive. Chunks are gathered into
 * runs written with one writev each (a socket delivers small chunks, and a
 * write per chunk costs more than the hashing), one run on disk while the
 * next is received. Never holds more than a couple of runs in memory. With
 * `resume`, appends to the bytes already in `path` (and already hashed).
 */
export async function streamToFile(
  path: string,
  source: Readable | AsyncIterable<Uint8Array>,
  expectedSize: number | undefined,
  onBytes?: (n: number) => void,
  signal?: AbortSignal,
  resume?: Hashed,
): Promise<Written> {
  const fh = await open(path, resume ? 'a' : 'wx', 0o600);
  const hash = resume?.hash ?? createHash('sha256');
  let bytes = resume?.bytes ?? 0;
  let head = Buffer.alloc(0);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let inflight: Promise<void> | undefined;
  const writeAll = async (batch: Buffer[], total: number) => {
    const { bytesWritten } = await fh.writev(batch);
    // writev may write less (a nearly full disk): finish with plain writes, which report ENOSPC
    if (bytesWritten < total) {
      const rest = Buffer.concat(batch).subarray(bytesWritten);
      for (let off = 0; off < rest.length; ) off += (await fh.write(rest, off)).bytesWritten;
    }
  };
  const flush = async () => {
    if (pendingBytes === 0) return;
    const batch = pending;
    const total = pendingBytes;
    pending = [];
    pendingBytes = 0;
    await inflight;
    inflight = writeAll(batch, total);
  };
  try {
    for await (const c of source) {
      if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : Object.assign(new Error('aborted'), { name: 'AbortError' });
      const chunk = Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
      bytes += chunk.length;
      if (expectedSize !== undefined && bytes > expectedSize) throw new DigestMismatchError(`received more than the expected ${expectedSize} bytes`);
      if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
      hash.update(chunk);
      onBytes?.(bytes);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= RUN_BYTES) await flush();
    }
    await flush();
    await inflight;
  } finally {
    await inflight?.catch(() => undefined);
    await fh.close();
  }
  return { hash, bytes, head };
}

/** The hash state and length of a partial download, or undefined (and no file) when there is nothing usable. */
export async function rehashPartial(path: string, size: number | undefined): Promise<Hashed | undefined> {
  const st = await stat(path).catch(() => undefined);
  if (!st) return undefined;
  if (size !== undefined && st.size > size) {
    await rm(path, { force: true });
    return undefined;
  }
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const c of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(c as Buffer);
    bytes += (c as Buffer).length;
  }
  return { hash, bytes };
}
