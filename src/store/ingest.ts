/**
 * How bytes enter the store: streamed into `ingest/` while hashed, renamed
 * under `blobs/` only once verified. The names in `ingest/` are a protocol
 * between processes sharing the store:
 * - `<hex>.resume`: the resumable download of blob `<hex>`, written only by
 *   the holder of `<hex>.resume.lock` (a lock file naming the owner's pid);
 * - `<hex|unknown>.<pid>.<random>`: a private temp file of process `<pid>`.
 * `parseIngestName` is the one reader of those names.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { digestHex } from '../oci/digest.js';
import type { Digest } from '../oci/types.js';
import { pidExists } from '../util/process.js';
import { blobPath } from './blobs.js';
import { DigestMismatchError } from './errors.js';
import { describeFsError, isFsError } from './fs-errors.js';
import { tryFileLock } from './lock.js';
import { rehashPartial, streamToFile } from './stream-to-file.js';

export interface PutBlobOptions {
  /** Called with the number of bytes received so far (for progress display). */
  onBytes?: (bytes: number) => void;
  signal?: AbortSignal;
}

/** A blob's bytes, or a function of a byte offset giving the bytes from there on (a resumable source). */
export type BlobSource = Readable | AsyncIterable<Uint8Array> | ((offset: number) => Readable | AsyncIterable<Uint8Array>);

const PARTIAL = '.resume';
const PARTIAL_LOCK = '.resume.lock';

type IngestEntry = { kind: 'partial'; hex: string } | { kind: 'partial-lock'; hex: string } | { kind: 'private'; pid: number };

/** What a name in `ingest/` is. */
function parseIngestName(name: string): IngestEntry {
  const [hex = '', pid] = name.split('.');
  if (name.endsWith(PARTIAL_LOCK)) return { kind: 'partial-lock', hex };
  if (name.endsWith(PARTIAL)) return { kind: 'partial', hex };
  return { kind: 'private', pid: Number(pid) };
}

export function ingestDir(root: string): string {
  return join(root, 'ingest');
}

function partialPath(root: string, hex: string): string {
  return join(ingestDir(root), `${hex}${PARTIAL}`);
}

function partialLockPath(root: string, hex: string): string {
  return join(ingestDir(root), `${hex}${PARTIAL_LOCK}`);
}

function privatePath(root: string, label: string): string {
  return join(ingestDir(root), `${label}.${process.pid}.${randomBytes(6).toString('hex')}`);
}

/**
 * Streams `source` into the store as blob `digest`, verifying size (when
 * given) and sha256 before it becomes visible; see `Store.putBlob`.
 */
export async function putBlob(root: string, digest: Digest, size: number | undefined, source: BlobSource, options: PutBlobOptions = {}): Promise<void> {
  const final = blobPath(root, digest);
  const hex = digestHex(digest);
  const resumable = typeof source === 'function' && size !== undefined;
  const held = resumable ? await tryFileLock(partialLockPath(root, hex)) : undefined;
  const owned = held !== undefined;
  const tmp = owned ? partialPath(root, hex) : privatePath(root, hex);
  try {
    const resume = owned ? await rehashPartial(tmp, size) : undefined;
    const stream = typeof source === 'function' ? source(resume?.bytes ?? 0) : source;
    const written = await streamToFile(tmp, stream, size, options.onBytes, options.signal, resume);
    if (size !== undefined && written.bytes !== size) throw new DigestMismatchError(`size ${written.bytes} does not match the expected ${size}`);
    const actual = `sha256:${written.hash.digest('hex')}`;
    if (actual !== digest) throw new DigestMismatchError(`content hashes to ${actual}`);
    await rename(tmp, final);
  } catch (err) {
    // What arrived before a network failure or an abort is worth keeping for the next attempt; bad bytes are not.
    const keepPartial = owned && !(err instanceof DigestMismatchError) && !isFsError(err);
    if (!keepPartial) await rm(tmp, { force: true });
    if (err instanceof DigestMismatchError) throw new DigestMismatchError(`storing blob ${digest}: ${err.message}`, { cause: err });
    if ((err as Error).name === 'AbortError') throw err;
    if (isFsError(err)) throw describeFsError(`storing blob ${digest} in ${root}`, err);
    throw err;
  } finally {
    await held?.release();
  }
}

/** Stores content whose digest is not known beforehand; see `Store.ingestBlob`. */
export async function ingestBlob(root: string, source: Readable | AsyncIterable<Uint8Array>): Promise<{ digest: Digest; size: number; head: Buffer }> {
  const tmp = privatePath(root, 'unknown');
  try {
    const { hash, bytes: size, head } = await streamToFile(tmp, source, undefined);
    const digest = `sha256:${hash.digest('hex')}` as Digest;
    await rename(tmp, blobPath(root, digest));
    return { digest, size, head };
  } catch (err) {
    await rm(tmp, { force: true });
    if (isFsError(err)) throw describeFsError(`storing a blob in ${root}`, err);
    throw err;
  }
}

/** Takes the lock of blob `hex`'s partial download, when no live process holds it, and removes the partial. */
async function dropPartial(root: string, hex: string): Promise<void> {
  const lock = await tryFileLock(partialLockPath(root, hex));
  if (!lock) return;
  await rm(partialPath(root, hex), { force: true });
  await lock.release();
}

/**
 * At open: removes temp files of downloads whose process is gone (killed
 * midway), and partial downloads of blobs stored since; live ones are left alone.
 */
export async function removeAbandonedIngests(root: string, isStored: (digest: Digest) => Promise<boolean>): Promise<void> {
  const dir = ingestDir(root);
  for (const name of await readdir(dir)) {
    const entry = parseIngestName(name);
    if (entry.kind === 'partial-lock') {
      // a lock whose owner died (killed between storing a blob and unlocking): taking it over clears it
      await (await tryFileLock(join(dir, name)))?.release();
    } else if (entry.kind === 'partial') {
      // a partial download of a blob that has been stored since is of no more use
      if (await isStored(`sha256:${entry.hex}` as Digest)) await dropPartial(root, entry.hex);
    } else if (Number.isInteger(entry.pid) && entry.pid > 0 && !pidExists(entry.pid)) {
      await rm(join(dir, name), { force: true });
    }
  }
}

/**
 * At prune: removes private temp files of dead processes, and partial
 * downloads abandoned for at least `minAgeMs` (and a minute) that no live
 * process is writing; younger ones are kept for their next attempt.
 */
export async function pruneIngests(root: string, now: number, minAgeMs: number): Promise<void> {
  const dir = ingestDir(root);
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const entry = parseIngestName(name);
    if (entry.kind === 'private') {
      if (!Number.isInteger(entry.pid) || !pidExists(entry.pid)) await rm(path, { force: true });
      continue;
    }
    const st = await stat(path).catch(() => undefined);
    if (st && now - st.mtimeMs >= Math.max(minAgeMs, 60_000)) await dropPartial(root, entry.hex);
  }
}
