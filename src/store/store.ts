/**
 * The content store: an OCI image layout (`oci-layout`, `index.json`,
 * `blobs/sha256/…`) that skopeo and umoci can read, shared by every project
 * of a user.
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
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { writeFileAtomic } from '../util/atomic.js';
import { ensurePrivateDir } from '../util/private-dir.js';
import { digestHex, digestProblem } from '../oci/digest.js';
import { parseManifest } from '../oci/manifest.js';
import { MediaType, type Descriptor, type Digest, type ImageIndex } from '../oci/types.js';
import { DigestMismatchError, NotInStoreError, StoreError } from './errors.js';
import { tryFileLock, withFileLock } from './lock.js';
import { pidExists } from '../util/process.js';

export { DigestMismatchError, NotInStoreError, StoreError } from './errors.js';

/** The annotation holding a tag's full reference, as OCI layouts (and skopeo) use it. */
export const REF_NAME = 'org.opencontainers.image.ref.name';

/** A named entry of the store's index.json. */
export interface StoreRef {
  name: string;
  descriptor: Descriptor;
}

export interface PutBlobOptions {
  /** Called with the number of bytes received so far (for progress display). */
  onBytes?: (bytes: number) => void;
  signal?: AbortSignal;
}

/** The store folder: `$DABBA_STORE`, else `${XDG_CACHE_HOME:-~/.cache}/dabba/store`. */
export function defaultStorePath(env: NodeJS.ProcessEnv): string {
  if (env.DABBA_STORE) return env.DABBA_STORE;
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'dabba', 'store');
}

function checkedHex(digest: string): string {
  const problem = digestProblem(digest);
  if (problem) throw new StoreError(`invalid digest "${digest}": ${problem}`);
  return digestHex(digest as Digest);
}

function describeFsError(action: string, err: unknown): StoreError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOSPC') return new StoreError(`${action}: no space left on device`, { cause: err, hint: 'free some space (dabba prune removes unused blobs) or set DABBA_STORE to another disk' });
  if (e.code === 'EDQUOT') return new StoreError(`${action}: disk quota exceeded`, { cause: err });
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return new StoreError(`${action}: ${e.code}: permission denied`, { cause: err, hint: 'set DABBA_STORE to a folder you can write' });
  if (err instanceof StoreError) return err;
  return new StoreError(`${action}: ${e.message}`, { cause: err });
}

/** Bytes per file write; also what a killed download keeps at most unwritten. */
const RUN_BYTES = 512 << 10;

interface Written {
  hash: ReturnType<typeof createHash>;
  bytes: number;
  head: Buffer;
}

/**
 * Writes `source` to a new file `path` while hashing and counting it; fails
 * as soon as more than `expectedSize` bytes arrive. Chunks are written in
 * runs of about 1 MiB with one writev each (a socket delivers 64 KiB chunks,
 * and a write per chunk costs more than the hashing), one run on disk while
 * the next is received. Never holds more than a couple of runs in memory.
 */
async function streamToFile(
  path: string,
  source: Readable | AsyncIterable<Uint8Array>,
  expectedSize: number | undefined,
  onBytes?: (n: number) => void,
  signal?: AbortSignal,
  resume?: { hash: ReturnType<typeof createHash>; bytes: number },
): Promise<Written> {
  // A resumed download appends to the bytes already there (and already hashed).
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

/** A store folder; get one with `Store.open`. Every method is safe to call from several processes at once. */
export class Store {
  private constructor(readonly root: string) {}

  /** Opens the store at `root`, creating the layout (idempotent, safe to race). */
  static async open(root: string): Promise<Store> {
    const store = new Store(root);
    try {
      // Images pulled with credentials are private: only the owner may enter the store.
      await ensurePrivateDir(root, 0o700);
      await mkdir(join(root, 'blobs', 'sha256'), { recursive: true });
      await mkdir(join(root, 'ingest'), { recursive: true });
      await writeFile(join(root, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}', { flag: 'wx' }).catch(ignoreExists);
      const empty: ImageIndex = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
      await writeFile(join(root, 'index.json'), JSON.stringify(empty), { flag: 'wx' }).catch(ignoreExists);
      await store.removeAbandonedIngests();
    } catch (err) {
      throw describeFsError(`opening the store ${root}`, err);
    }
    return store;
  }

  /** Removes temp files of downloads whose process is gone (killed midway); live ones are left alone. */
  private async removeAbandonedIngests(): Promise<void> {
    const dir = join(this.root, 'ingest');
    for (const name of await readdir(dir)) {
      const [hex, second] = name.split('.');
      if (name.endsWith('.resume.lock')) {
        // a lock whose owner died (killed between storing a blob and unlocking): taking it over clears it
        await (await tryFileLock(join(dir, name)))?.release();
      } else if (name.endsWith('.resume')) {
        // a partial download of a blob that has been stored since is of no more use
        const lock = (await this.hasBlob(`sha256:${hex}` as Digest)) ? await tryFileLock(join(dir, `${name}.lock`)) : undefined;
        if (lock) {
          await rm(join(dir, name), { force: true });
          await lock.release();
        }
      } else {
        // `<hex|unknown>.<pid>.<random>`: a private temp file, abandoned when its process is gone
        const pid = Number(second);
        if (Number.isInteger(pid) && pid > 0 && !pidExists(pid)) await rm(join(dir, name), { force: true });
      }
    }
  }

  /** The path of a blob (whether it exists or not). Throws on an invalid digest. */
  blobPath(digest: Digest): string {
    return join(this.root, 'blobs', 'sha256', checkedHex(digest));
  }

  /** Whether the blob is stored, with the given size when one is passed (a cheap check; reads verify the hash). */
  async hasBlob(digest: Digest, size?: number): Promise<boolean> {
    try {
      const st = await stat(this.blobPath(digest));
      return st.isFile() && (size === undefined || st.size === size);
    } catch {
      return false;
    }
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
  async putBlob(digest: Digest, size: number | undefined, source: Readable | AsyncIterable<Uint8Array> | ((offset: number) => Readable | AsyncIterable<Uint8Array>), options: PutBlobOptions = {}): Promise<void> {
    const final = this.blobPath(digest);
    const hex = digestHex(digest);
    const resumable = typeof source === 'function' && size !== undefined;
    const lock = join(this.root, 'ingest', `${hex}.resume.lock`);
    const held = resumable ? await tryFileLock(lock) : undefined;
    const owned = held !== undefined;
    const tmp = owned ? join(this.root, 'ingest', `${hex}.resume`) : join(this.root, 'ingest', `${hex}.${process.pid}.${randomBytes(4).toString('hex')}`);
    let keepPartial = false;
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
      keepPartial = owned && !(err instanceof DigestMismatchError) && !isFsError(err);
      if (!keepPartial) await rm(tmp, { force: true });
      if (err instanceof DigestMismatchError) throw new DigestMismatchError(`storing blob ${digest}: ${err.message}`, { cause: err });
      if ((err as Error).name === 'AbortError') throw err;
      if (isFsError(err)) throw describeFsError(`storing blob ${digest} in ${this.root}`, err);
      throw err;
    } finally {
      await held?.release();
    }
  }

  /**
   * Stores content whose digest is not known beforehand (layers of a
   * `docker save` archive): hashed while written, then named by its hash.
   * Returns the digest, the size and the first bytes (to sniff compression).
   */
  async ingestBlob(source: Readable | AsyncIterable<Uint8Array>): Promise<{ digest: Digest; size: number; head: Buffer }> {
    const tmp = join(this.root, 'ingest', `unknown.${process.pid}.${randomBytes(6).toString('hex')}`);
    try {
      const { hash, bytes: size, head } = await streamToFile(tmp, source, undefined);
      const digest = `sha256:${hash.digest('hex')}` as Digest;
      await rename(tmp, this.blobPath(digest));
      return { digest, size, head };
    } catch (err) {
      await rm(tmp, { force: true });
      if (isFsError(err)) throw describeFsError(`storing a blob in ${this.root}`, err);
      throw err;
    }
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
  async readBlob(digest: Digest): Promise<Buffer> {
    const path = this.blobPath(digest);
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
      throw new DigestMismatchError(`blob ${digest} in the store is corrupt (it hashes to ${actual}); removed it, pull again`);
    }
    return bytes;
  }

  /**
   * Opens a blob for streaming (the bytes as stored, i.e. still compressed).
   * The stream is verified: at its end, a hash mismatch removes the blob and
   * fails the stream with DigestMismatchError. The caller consumes or destroys it.
   * Throws NotInStoreError when the blob is absent.
   */
  async openBlob(digest: Digest): Promise<Readable> {
    const path = this.blobPath(digest);
    if (!(await this.hasBlob(digest))) throw new NotInStoreError(`blob ${digest} is not in the store`);
    const hash = createHash('sha256');
    const check = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk);
        cb(null, chunk);
      },
      flush(cb) {
        const actual = `sha256:${hash.digest('hex')}`;
        if (actual === digest) return cb();
        rm(path, { force: true }).then(
          () => cb(new DigestMismatchError(`blob ${digest} in the store is corrupt (it hashes to ${actual}); removed it, pull again`)),
          cb,
        );
      },
    });
    const file = createReadStream(path, { highWaterMark: 1 << 20 });
    file.on('error', (err) => check.destroy(err));
    return file.pipe(check);
  }

  /** Re-hashes a stored blob; removes it and returns false when it is corrupt. */
  async verifyBlob(digest: Digest): Promise<boolean> {
    try {
      const s = await this.openBlob(digest);
      for await (const _chunk of s) {
        // draining is the check
      }
      return true;
    } catch (err) {
      if (err instanceof DigestMismatchError || err instanceof NotInStoreError) return false;
      throw err;
    }
  }

  /** Every named entry of index.json, in file order. */
  async listRefs(): Promise<StoreRef[]> {
    const index = await this.readIndex();
    return index.manifests.flatMap((d) => {
      const name = d.annotations?.[REF_NAME];
      return name === undefined ? [] : [{ name, descriptor: d }];
    });
  }

  /** The descriptor recorded under `name` (a full reference or a canonical source string). */
  async resolveRef(name: string): Promise<Descriptor | undefined> {
    return (await this.listRefs()).find((r) => r.name === name)?.descriptor;
  }

  /**
   * Records `descriptor` under `name` in index.json, replacing a previous entry
   * of that name. Atomic and safe against concurrent writers.
   */
  async setRef(name: string, descriptor: Descriptor, annotations: Record<string, string> = {}): Promise<void> {
    const entry: Descriptor = { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size, annotations: { ...annotations, [REF_NAME]: name } };
    if (descriptor.platform) entry.platform = descriptor.platform;
    // A re-pull that changed nothing writes nothing (no lock, no fsync): the common warm case.
    const current = (await this.readIndex()).manifests.filter((d) => d.annotations?.[REF_NAME] === name);
    if (current.length === 1 && JSON.stringify(current[0]) === JSON.stringify(entry)) return;
    await this.updateIndex((manifests) => [...manifests.filter((d) => d.annotations?.[REF_NAME] !== name), entry]);
  }

  /** Removes the entries named `name`; returns whether there was one. Blobs stay until `prune`. */
  async removeRef(name: string): Promise<boolean> {
    let found = false;
    await this.updateIndex((manifests) =>
      manifests.filter((d) => {
        const hit = d.annotations?.[REF_NAME] === name;
        found ||= hit;
        return !hit;
      }),
    );
    return found;
  }

  /**
   * Removes every blob that no tag, and no digest in `keep` (the manifests
   * containers were made from), reaches, plus abandoned ingest files of dead
   * processes. Blobs younger than `minAgeMs` are kept: a pull running now
   * stores blobs before it tags them.
   */
  async prune(options: { keep?: Iterable<Digest>; minAgeMs?: number } = {}): Promise<{ removed: Digest[]; freedBytes: number }> {
    const minAgeMs = options.minAgeMs ?? 10 * 60_000;
    return withFileLock(this.lockPath(), async () => {
      const index = await this.readIndex();
      const reachable = new Set<string>();
      const walk = async (digest: Digest): Promise<void> => {
        if (reachable.has(digest)) return;
        reachable.add(digest);
        for (const child of await this.childrenOf(digest)) await walk(child);
      };
      for (const d of index.manifests) await walk(d.digest);
      for (const d of options.keep ?? []) await walk(d);

      const removed: Digest[] = [];
      let freedBytes = 0;
      const now = Date.now();
      const dir = join(this.root, 'blobs', 'sha256');
      for (const hex of await readdir(dir)) {
        const digest = `sha256:${hex}` as Digest;
        if (reachable.has(digest)) continue;
        const path = join(dir, hex);
        const st = await stat(path).catch(() => undefined);
        if (!st || now - st.mtimeMs < minAgeMs) continue;
        await rm(path, { force: true });
        removed.push(digest);
        freedBytes += st.size;
      }
      for (const name of await readdir(join(this.root, 'ingest'))) {
        const path = join(this.root, 'ingest', name);
        if (name.endsWith('.resume') || name.endsWith('.resume.lock')) {
          // a partial download: kept for its next attempt unless abandoned for long and not being written
          const hex = name.split('.')[0]!;
          const st = await stat(path).catch(() => undefined);
          const lock = st && now - st.mtimeMs >= Math.max(minAgeMs, 60_000) ? await tryFileLock(join(this.root, 'ingest', `${hex}.resume.lock`)) : undefined;
          if (lock) {
            await rm(join(this.root, 'ingest', `${hex}.resume`), { force: true });
            await lock.release();
          }
          continue;
        }
        const pid = Number(name.split('.')[1]);
        if (!Number.isInteger(pid) || !pidExists(pid)) await rm(path, { force: true });
      }
      return { removed, freedBytes };
    });
  }

  /** Digests a stored manifest or index refers to (none for other blobs or absent ones). */
  async childrenOf(digest: Digest): Promise<Digest[]> {
    const st = await stat(this.blobPath(digest)).catch(() => undefined);
    if (!st || st.size > 4 << 20) return [];
    try {
      const parsed = parseManifest(await readFile(this.blobPath(digest)));
      return parsed.kind === 'index' ? parsed.index.manifests.map((d) => d.digest) : [parsed.manifest.config.digest, ...parsed.manifest.layers.map((l) => l.digest)];
    } catch {
      return [];
    }
  }

  private lockPath(): string {
    return join(this.root, 'index.json.lock');
  }

  private async readIndex(): Promise<ImageIndex> {
    const path = join(this.root, 'index.json');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
      throw describeFsError(`reading ${path}`, err);
    }
    try {
      const parsed = parseManifest(text, MediaType.OciIndex);
      if (parsed.kind !== 'index') throw new Error('not an index');
      return parsed.index;
    } catch (err) {
      throw new StoreError(`reading ${path}: ${(err as Error).message}`, { cause: err, hint: `the store's index is damaged; move ${this.root} away and pull again` });
    }
  }

  private async updateIndex(change: (manifests: Descriptor[]) => Descriptor[]): Promise<void> {
    await withFileLock(this.lockPath(), async () => {
      const index = await this.readIndex();
      const next: ImageIndex = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: change(index.manifests) };
      if (index.annotations) next.annotations = index.annotations;
      try {
        await writeFileAtomic(join(this.root, 'index.json'), `${JSON.stringify(next, null, 2)}\n`);
      } catch (err) {
        throw describeFsError(`writing ${join(this.root, 'index.json')}`, err);
      }
    });
  }
}

/** The hash state and length of a partial download, or undefined (and no file) when there is nothing usable. */
async function rehashPartial(path: string, size: number | undefined): Promise<{ hash: ReturnType<typeof createHash>; bytes: number } | undefined> {
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

function ignoreExists(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EEXIST') throw err;
}

function isFsError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && (err as NodeJS.ErrnoException).syscall !== undefined;
}
