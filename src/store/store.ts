/**
 * The content store: an OCI image layout (`oci-layout`, `index.json`,
 * `blobs/sha256/…`) that skopeo and umoci can read, shared by every project
 * of a user. `Store` is the one face of it the rest of dabba uses; the work
 * is in `ingest.ts` (bytes in), `blobs.ts` (bytes out), `refs.ts` (tags) and
 * `gc.ts` (prune).
 *
 * Invariants:
 * - Nothing unverified is ever under `blobs/`: a blob is streamed into
 *   `ingest/` while its sha256 and size are checked, then renamed into place.
 *   Two writers of the same blob both succeed (rename is atomic; the content is
 *   the same by construction).
 * - `index.json` is only changed under `index.json.lock`, read-modify-write,
 *   and replaced atomically.
 * - Digests are validated before they become paths.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Descriptor, Digest } from '../oci/types.js';
import { ensurePrivateDir } from '../util/private-dir.js';
import { blobPath, blobsDir, hasBlob, openBlob, readBlob, verifyBlob } from './blobs.js';
import { describeFsError } from './fs-errors.js';
import { childrenOf, prune } from './gc.js';
import { ingestBlob, ingestDir, putBlob, removeAbandonedIngests, type BlobSource, type PutBlobOptions } from './ingest.js';
import { emptyIndex, indexPath, listRefs, removeRef, setRef, type StoreRef } from './refs.js';

/** The store folder: `$DABBA_STORE`, else `${XDG_CACHE_HOME:-~/.cache}/dabba/store`. */
export function defaultStorePath(env: NodeJS.ProcessEnv): string {
  if (env.DABBA_STORE) return env.DABBA_STORE;
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'dabba', 'store');
}

function ignoreExists(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EEXIST') throw err;
}

/** A store folder; get one with `Store.open`. Every method is safe to call from several processes at once. */
export class Store {
  private constructor(readonly root: string) {}

  /** Opens the store at `root`, creating the layout (idempotent, safe to race). */
  static async open(root: string): Promise<Store> {
    const store = new Store(root);
    try {
      // Images pulled with credentials are private: only the owner may enter the store.
      await ensurePrivateDir(root, 0o700);
      await mkdir(blobsDir(root), { recursive: true });
      await mkdir(ingestDir(root), { recursive: true });
      await writeFile(join(root, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}', { flag: 'wx' }).catch(ignoreExists);
      await writeFile(indexPath(root), JSON.stringify(emptyIndex()), { flag: 'wx' }).catch(ignoreExists);
      await removeAbandonedIngests(root, (digest) => store.hasBlob(digest));
    } catch (err) {
      throw describeFsError(`opening the store ${root}`, err);
    }
    return store;
  }

  /** The path of a blob (whether it exists or not). Throws on an invalid digest. */
  blobPath(digest: Digest): string {
    return blobPath(this.root, digest);
  }

  /** Whether the blob is stored, with the given size when one is passed (a cheap check; reads verify the hash). */
  hasBlob(digest: Digest, size?: number): Promise<boolean> {
    return hasBlob(this.root, digest, size);
  }

  /**
   * Streams `source` into the store as blob `digest`, verifying size (when
   * given) and sha256 before it becomes visible. Idempotent and safe against
   * concurrent writers of the same blob. On any failure nothing is left under
   * `blobs/`. Consumes `source`.
   *
   * `source` may be a function of a byte offset: the download is then
   * resumable across processes. Its bytes go to `ingest/<hex>.resume`
   * (guarded by a lock file naming the owner's pid); a later put of the same
   * blob, after a kill or a network failure, re-hashes what is there and asks
   * for the rest only. When another live process is downloading the same
   * blob, this one downloads privately, as with a plain stream.
   */
  putBlob(digest: Digest, size: number | undefined, source: BlobSource, options: PutBlobOptions = {}): Promise<void> {
    return putBlob(this.root, digest, size, source, options);
  }

  /**
   * Stores content whose digest is not known beforehand (layers of a
   * `docker save` archive): hashed while written, then named by its hash.
   * Returns the digest, the size and the first bytes (to sniff compression).
   */
  ingestBlob(source: Readable | AsyncIterable<Uint8Array>): Promise<{ digest: Digest; size: number; head: Buffer }> {
    return ingestBlob(this.root, source);
  }

  /** Stores small in-memory content (manifests, configs); returns its digest. Idempotent. */
  async putBlobBytes(bytes: Uint8Array, expected?: Digest): Promise<Digest> {
    const digest = (expected ?? `sha256:${createHash('sha256').update(bytes).digest('hex')}`) as Digest;
    if (await this.hasBlob(digest, bytes.length)) return digest;
    await this.putBlob(digest, bytes.length, Readable.from([Buffer.from(bytes)]));
    return digest;
  }

  /**
   * Reads a whole (small) blob and verifies it. A blob that does not hash to
   * its name is deleted, so the next pull fetches it again, and
   * DigestMismatchError is thrown; a missing one throws NotInStoreError.
   */
  readBlob(digest: Digest): Promise<Buffer> {
    return readBlob(this.root, digest);
  }

  /**
   * Opens a blob for streaming (the bytes as stored, i.e. still compressed).
   * The stream is verified: at its end, a hash mismatch removes the blob and
   * fails the stream with DigestMismatchError. The caller consumes or destroys it.
   * Throws NotInStoreError when the blob is absent.
   */
  openBlob(digest: Digest): Promise<Readable> {
    return openBlob(this.root, digest);
  }

  /** Re-hashes a stored blob; removes it and returns false when it is corrupt. */
  verifyBlob(digest: Digest): Promise<boolean> {
    return verifyBlob(this.root, digest);
  }

  /** Every named entry of index.json, in file order. */
  listRefs(): Promise<StoreRef[]> {
    return listRefs(this.root);
  }

  /** The descriptor recorded under `name` (a full reference or a canonical source string). */
  async resolveRef(name: string): Promise<Descriptor | undefined> {
    return (await this.listRefs()).find((r) => r.name === name)?.descriptor;
  }

  /**
   * Records `descriptor` under `name` in index.json, replacing a previous entry
   * of that name. Atomic and safe against concurrent writers.
   */
  setRef(name: string, descriptor: Descriptor, annotations: Record<string, string> = {}): Promise<void> {
    return setRef(this.root, name, descriptor, annotations);
  }

  /** Removes the entries named `name`; returns whether there was one. Blobs stay until `prune`. */
  removeRef(name: string): Promise<boolean> {
    return removeRef(this.root, name);
  }

  /**
   * Removes every blob that no tag, and no digest in `keep` (the manifests
   * containers were made from), reaches, plus abandoned ingest files of dead
   * processes. Blobs younger than `minAgeMs` are kept: a pull running now
   * stores blobs before it tags them.
   */
  prune(options: { keep?: Iterable<Digest>; minAgeMs?: number } = {}): Promise<{ removed: Digest[]; freedBytes: number }> {
    return prune(this.root, options.keep ?? [], options.minAgeMs ?? 10 * 60_000);
  }

  /** Digests a stored manifest or index refers to (none for other blobs or absent ones). */
  childrenOf(digest: Digest): Promise<Digest[]> {
    return childrenOf(this.root, digest);
  }
}
