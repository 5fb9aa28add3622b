/**
 * Reading the verified blobs under `blobs/sha256/`: paths from validated
 * digests, cheap presence checks, and reads that re-hash and remove a blob
 * that no longer matches its name.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { digestHex, digestProblem } from '../oci/digest.js';
import type { Digest } from '../oci/types.js';
import { DigestMismatchError, NotInStoreError, StoreError } from './errors.js';
import { describeFsError } from './fs-errors.js';

/** The folder holding every blob of the store at `root`. */
export function blobsDir(root: string): string {
  return join(root, 'blobs', 'sha256');
}

/** The path of a blob (whether it exists or not). Throws on an invalid digest. */
export function blobPath(root: string, digest: Digest): string {
  const problem = digestProblem(digest);
  if (problem) throw new StoreError(`invalid digest "${digest}": ${problem}`);
  return join(blobsDir(root), digestHex(digest));
}

/** Whether the blob is stored, with the given size when one is passed (a cheap check; reads verify the hash). */
export async function hasBlob(root: string, digest: Digest, size?: number): Promise<boolean> {
  try {
    const st = await stat(blobPath(root, digest));
    return st.isFile() && (size === undefined || st.size === size);
  } catch {
    return false;
  }
}

function corrupt(digest: Digest, actual: string): DigestMismatchError {
  return new DigestMismatchError(`blob ${digest} in the store is corrupt (it hashes to ${actual}); removed it, pull again`);
}

/** Reads a whole (small) blob and verifies it; a corrupt one is removed. */
export async function readBlob(root: string, digest: Digest): Promise<Buffer> {
  const path = blobPath(root, digest);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new NotInStoreError(`blob ${digest} is not in the store`);
    throw describeFsError(`reading blob ${digest}`, err);
  }
  const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (actual !== digest) {
    await rm(path, { force: true });
    throw corrupt(digest, actual);
  }
  return bytes;
}

/** A stream of a blob's stored bytes that fails at its end, and removes the blob, when they do not hash to its name. */
export async function openBlob(root: string, digest: Digest): Promise<Readable> {
  const path = blobPath(root, digest);
  if (!(await hasBlob(root, digest))) throw new NotInStoreError(`blob ${digest} is not in the store`);
  const hash = createHash('sha256');
  const check = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    },
    flush(cb) {
      const actual = `sha256:${hash.digest('hex')}`;
      if (actual === digest) return cb();
      rm(path, { force: true }).then(() => cb(corrupt(digest, actual)), cb);
    },
  });
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  file.on('error', (err) => check.destroy(err));
  return file.pipe(check);
}

/** Re-hashes a stored blob; removes it and returns false when it is corrupt. */
export async function verifyBlob(root: string, digest: Digest): Promise<boolean> {
  try {
    const s = await openBlob(root, digest);
    for await (const _chunk of s) {
      // draining is the check
    }
    return true;
  } catch (err) {
    if (err instanceof DigestMismatchError || err instanceof NotInStoreError) return false;
    throw err;
  }
}
