/**
 * `materializeRootfs`: an image's layers → `<containerDir>/rootfs`, atomically
 * and idempotently.
 *
 * Crash safety rests on one ordering. The new tree is built in a temporary
 * folder beside `rootfs/`; then `rootfs.json` is removed (from here on no run
 * trusts the folder), the old rootfs is renamed aside, the new one renamed
 * into place, the ownership file and config written (and the ownership
 * applied, when the caller gives `applyOwnership`), and `rootfs.json`
 * written last. A kill at any point leaves either the previous committed
 * state or no `rootfs.json`, which makes the next run start over.
 *
 * With `cacheDir`, the first container of an image is unpacked together with
 * a copy in `<cacheDir>/<manifest hex>/` (every file written twice from the
 * same decompressed bytes, cheaper than copying the tree afterwards; the
 * cache entry is committed by a rename, with a summary of the tree that each
 * copy checks), and later containers of the image
 * are copies of that (reflinked where the filesystem can), which costs no
 * decompression and no tar parsing (bench/unpack.mjs measures both). The cached tree keeps working
 * modes (owner rwx on directories, owner read on files) so that an
 * unprivileged copy can read all of it; the final modes are applied to each
 * container's copy.
 */
import { lstat, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Descriptor, Digest, ImageConfig } from '../oci/types.js';
import { writeFileAtomic } from '../util/atomic.js';
import { applyLayer, EntryError } from './apply-layer.js';
import { layerMediaTypeProblem } from './compression.js';
import { decompressLayer, MissingToolError } from './decompress.js';
import { UnpackError } from './errors.js';
import { cachePaths, containerPaths, OLD_ROOTFS_PREFIX, TEMP_CACHE_PREFIX, TEMP_ROOTFS_PREFIX } from './layout.js';
import { applyOwnershipToTree, parseOwnership, serializeOwnership, writeOwnershipFile } from './ownership.js';
import { isCurrentRootfs, readRootfsOrigin, rootfsOwnership, writeRootfsOrigin } from './origin.js';
import { applyModeFixups, type ModeFixups, type OwnershipMap, RootfsWriter, type XattrMap } from './rootfs-writer.js';
import { cloneTreeParallel } from './clone.js';
import { setXattrs } from './set-xattrs.js';
import { describeXattrOutcome, type XattrTarget } from './xattr.js';
import { removeStaleTemps, removeTree, summarizeTree, tempName, type TreeSummary } from './tree.js';

export const DEFAULT_MAX_UNPACKED_BYTES = 64 * 1024 ** 3;

export interface ImageToMaterialize {
  /** The image name as the service gave it (for messages and the record). */
  name: string;
  manifestDigest: Digest;
  config: ImageConfig;
  /** In application order, as in the manifest. */
  layers: Descriptor[];
}

export interface MaterializeOptions {
  /** The container folder, `.dabba/<service>`. */
  containerDir: string;
  image: ImageToMaterialize;
  /** Opens a layer's stored (compressed) bytes; the unpacker consumes or destroys the stream. */
  openLayer(layer: Descriptor): Promise<Readable>;
  /**
   * A folder in the store for unpacked copies of images, shared by
   * containers: the first container of an image fills it, later ones copy
   * from it. Without it every container is unpacked from the layers.
   */
  cacheDir?: string | undefined;
  /** Limit on file data written per image; default 64 GiB. */
  maxUnpackedBytes?: number | undefined;
  /** As root: give container id N the host id shift+N. */
  idShift?: { uid: number; gid: number } | undefined;
  /**
   * Unprivileged with a subordinate id range: gives the swapped-in rootfs the
   * recorded ownership (`rootfs-ownership.json`), e.g. from inside the
   * container's user namespace. Runs before `rootfs.json` is written, so a
   * rootfs it did not finish is never taken as complete.
   */
  applyOwnership?: ((containerDir: string) => Promise<void>) | undefined;
  /**
   * The `user:` of a `fakeroot: false` service for which `applyOwnership`
   * lays the files out (see `rootfsOwnership`): another user needs another layout.
   */
  keptUser?: string | undefined;
  /**
   * Removes a tree this process may not (EACCES/EPERM), such as an old rootfs
   * holding files of subordinate ids (see `removeTree`). Without it the
   * error is thrown.
   */
  removeDenied?: ((path: string) => Promise<void>) | undefined;
  onNotice?: ((msg: string) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/** What an unpacked tree needs besides its files: final modes and recorded ownership. */
interface UnpackRecord {
  fixups: ModeFixups;
  ownership: OwnershipMap;
  /** Paths sharing an inode, for copies that cannot see it themselves. */
  hardlinks: string[][];
  /** `user.*` xattrs, for copies (a file copy does not carry them). */
  xattrs: XattrMap;
}

/**
 * Makes `<containerDir>/rootfs` hold exactly the image's filesystem.
 * Idempotent: when `rootfs.json` already records `image.manifestDigest` and
 * the rootfs exists, nothing is done (`changed: false`). Otherwise the
 * rootfs is rebuilt and swapped in atomically (see the module comment), and
 * `config.json`, `rootfs-ownership.json` and `rootfs.json` are written.
 * Throws `UnpackError` naming the image, layer and entry; the previous rootfs
 * (if any) is then left as it was, though no longer recorded as complete
 * once the swap has begun.
 */
export async function materializeRootfs(opts: MaterializeOptions): Promise<{ changed: boolean }> {
  const { containerDir, image } = opts;
  const paths = containerPaths(containerDir);
  const ownership = rootfsOwnership(opts);
  if (isCurrentRootfs(await readRootfsOrigin(containerDir), image.manifestDigest, ownership) && (await isDirectory(paths.rootfs))) return { changed: false };

  const imageLabel = `${image.name}@${image.manifestDigest}`;
  await mkdir(containerDir, { recursive: true });
  await removeStaleTemps(containerDir, [TEMP_ROOTFS_PREFIX, OLD_ROOTFS_PREFIX], opts.removeDenied);
  const tmp = join(containerDir, tempName(TEMP_ROOTFS_PREFIX));
  let old: string | undefined;
  try {
    const onNotice = (msg: string): void => opts.onNotice?.(`${imageLabel}: ${msg}`);
    const cached = opts.cacheDir === undefined ? undefined : await readCachedTree(opts.cacheDir, image.manifestDigest);
    let record = cached === undefined ? undefined : await copyCachedTree(cached, tmp, onNotice);
    if (record === undefined) record = opts.cacheDir === undefined ? await unpackLayers(tmp, [], opts) : await unpackIntoCache(tmp, opts.cacheDir, opts);
    applyModeFixups(tmp, record.fixups);
    const shift = opts.idShift;
    if (shift) applyOwnershipToTree(tmp, record.ownership, (u, g) => [shift.uid + u, shift.gid + g]);

    await removeTree(paths.origin);
    if (await exists(paths.rootfs)) {
      old = join(containerDir, tempName(OLD_ROOTFS_PREFIX));
      await rename(paths.rootfs, old);
    }
    await rename(tmp, paths.rootfs);
    await writeOwnershipFile(containerDir, record.ownership);
    await opts.applyOwnership?.(containerDir);
    // The image's Env may hold credentials baked into it: only the owner reads the config.
    await writeFileAtomic(paths.config, `${JSON.stringify(image.config, null, 2)}\n`, 0o600);
    await writeRootfsOrigin(containerDir, {
      version: 1,
      image: image.name,
      manifestDigest: image.manifestDigest,
      layers: image.layers.map((l) => l.digest),
      materializedAt: new Date().toISOString(),
      ownership,
    });
  } catch (err) {
    await removeTree(tmp).catch(() => undefined);
    if (err instanceof UnpackError) throw err;
    throw new UnpackError(describeError(err), { image: imageLabel }, { cause: err });
  }
  if (old !== undefined) await removeTree(old, opts.removeDenied);
  return { changed: true };
}

/**
 * Unpacks every layer in order into the new folder `target` (and the same
 * into each new folder of `mirrors`) and returns what the tree needs besides
 * its files. The trees are left with working modes.
 */
async function unpackLayers(target: string, mirrors: readonly string[], opts: MaterializeOptions): Promise<UnpackRecord> {
  const { image } = opts;
  const imageLabel = `${image.name}@${image.manifestDigest}`;
  for (const dir of [target, ...mirrors]) await mkdir(dir, { mode: 0o755 });
  const writer = new RootfsWriter(target, opts.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES, mirrors);
  for (const layer of image.layers) {
    opts.signal?.throwIfAborted();
    const ctx = { image: imageLabel, layer: layer.digest };
    const problem = layerMediaTypeProblem(layer.mediaType);
    if (problem !== undefined) throw new UnpackError(problem, ctx);
    let tar: Readable;
    try {
      tar = await decompressLayer(await opts.openLayer(layer));
    } catch (err) {
      throw new UnpackError(`opening layer: ${describeError(err)}`, ctx, hintFor(err));
    }
    const onNotice = (msg: string): void => opts.onNotice?.(`${imageLabel}: layer ${layer.digest}: ${msg}`);
    try {
      await applyLayer(tar, writer, { signal: opts.signal, onNotice });
    } catch (err) {
      if (!(err instanceof EntryError)) throw err;
      throw new UnpackError(err.reason, { ...ctx, entry: err.entry }, { ...hintFor(err.cause), cause: err });
    }
    // after the layer's entries, in one process per root: never a process per entry
    await applyXattrs([target, ...mirrors], writer.takeLayerXattrs(), onNotice);
  }
  writer.finishDirectories();
  return { fixups: writer.fixups, ownership: writer.ownership, hardlinks: writer.hardlinkGroups(), xattrs: writer.xattrs };
}

/**
 * Sets `targets`' xattrs in each of `roots` (identical trees); what the
 * filesystem refuses, or a missing setfattr, is one notice, not an error.
 */
async function applyXattrs(roots: readonly string[], targets: readonly XattrTarget[], onNotice: (msg: string) => void): Promise<void> {
  if (targets.length === 0) return;
  const total = targets.reduce((n, t) => n + t.xattrs.size, 0);
  let notice: string | undefined;
  for (const root of roots) notice ??= describeXattrOutcome(await setXattrs(root, targets), total);
  if (notice !== undefined) onNotice(notice);
}

interface CacheRecordFile {
  version: 2;
  image: string;
  manifestDigest: Digest;
  fixups: [string, number][];
  ownership: string;
  hardlinks: string[][];
  /** Path → [name, base64 value] pairs. */
  xattrs: [string, [string, string][]][];
  /** What the tree held when it was committed. */
  summary: TreeSummary;
}

interface CachedTree {
  dir: string;
  rootfs: string;
  record: UnpackRecord;
  summary: TreeSummary;
}

/** The cached unpacked tree of the image, if a committed one is there. */
async function readCachedTree(cacheDir: string, manifestDigest: Digest): Promise<CachedTree | undefined> {
  const paths = cachePaths(cacheDir, manifestDigest);
  const read = await readCacheRecord(paths.record);
  if (read === undefined || !(await isDirectory(paths.rootfs))) return undefined;
  return { dir: paths.dir, rootfs: paths.rootfs, ...read };
}

/**
 * Copies a cached tree to the new folder `tmp` and returns its record, or
 * undefined (with `tmp` and the entry removed) when the entry no longer holds
 * what it held when committed: files a power loss emptied before they reached
 * the disk, or a hand that removed some. The check runs while cp copies.
 */
async function copyCachedTree(cached: CachedTree, tmp: string, onNotice: (msg: string) => void): Promise<UnpackRecord | undefined> {
  const copying = cloneTreeParallel(cached.rootfs, tmp, cached.record.hardlinks).then(
    () => undefined,
    (err: unknown) => err,
  );
  let found: TreeSummary | undefined;
  try {
    found = summarizeTree(cached.rootfs);
  } catch {
    found = undefined;
  }
  const failure = await copying;
  if (found?.entries !== cached.summary.entries || found.fileBytes !== cached.summary.fileBytes) {
    onNotice('the unpacked copy of the image in the store was damaged: unpacking its layers again');
    await removeTree(tmp);
    await removeTree(cached.dir);
    return undefined;
  }
  if (failure !== undefined) throw failure;
  await applyXattrs([tmp], [...cached.record.xattrs].map(([path, xattrs]) => ({ path, xattrs })), onNotice);
  return cached.record;
}

/**
 * Unpacks the image into `target` and, in the same pass, into a new cache
 * entry, which is committed by renaming it into place. If another dabba
 * committed the same image meanwhile, theirs is kept.
 */
async function unpackIntoCache(target: string, cacheDir: string, opts: MaterializeOptions): Promise<UnpackRecord> {
  const paths = cachePaths(cacheDir, opts.image.manifestDigest);
  await mkdir(cacheDir, { recursive: true });
  await removeStaleTemps(cacheDir, [TEMP_CACHE_PREFIX]);
  const tmp = join(cacheDir, tempName(TEMP_CACHE_PREFIX));
  try {
    await mkdir(tmp);
    const record = await unpackLayers(target, [join(tmp, 'rootfs')], opts);
    const file: CacheRecordFile = {
      version: 2,
      image: opts.image.name,
      manifestDigest: opts.image.manifestDigest,
      fixups: [...record.fixups],
      ownership: serializeOwnership(record.ownership),
      hardlinks: record.hardlinks,
      xattrs: [...record.xattrs].map(([path, x]) => [path, [...x].map(([name, value]) => [name, value.toString('base64')])]),
      summary: summarizeTree(join(tmp, 'rootfs')),
    };
    await writeFile(join(tmp, 'unpack.json'), JSON.stringify(file));
    // an incomplete entry (no record) is in the way of the rename; a complete one is someone else's, kept
    if ((await readCachedTree(cacheDir, opts.image.manifestDigest)) === undefined) await removeTree(paths.dir);
    try {
      await rename(tmp, paths.dir);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw err;
    }
    return record;
  } finally {
    await removeTree(tmp);
  }
}

/** A cache entry's record, or undefined when it is missing, cut short or of another format. */
async function readCacheRecord(path: string): Promise<{ record: UnpackRecord; summary: TreeSummary } | undefined> {
  try {
    const file = JSON.parse(await readFile(path, 'utf8')) as Partial<CacheRecordFile>;
    const { summary } = file;
    if (file.version !== 2 || !Array.isArray(file.fixups) || typeof file.ownership !== 'string' || !Array.isArray(file.hardlinks) || !Array.isArray(file.xattrs)) return undefined;
    if (typeof summary?.entries !== 'number' || typeof summary.fileBytes !== 'number') return undefined;
    const xattrs: XattrMap = new Map(file.xattrs.map(([path, x]) => [path, new Map(x.map(([name, value]) => [name, Buffer.from(value, 'base64')]))]));
    return { record: { fixups: new Map(file.fixups), ownership: parseOwnership(file.ownership), hardlinks: file.hardlinks, xattrs }, summary: { entries: summary.entries, fileBytes: summary.fileBytes } };
  } catch {
    return undefined;
  }
}

/** Whether anything (even a dangling symlink) is at `path`. */
async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function describeError(err: unknown): string {
  if (err instanceof UnpackError) return err.message;
  const e = err as NodeJS.ErrnoException;
  if (e?.name === 'AbortError') return 'aborted';
  return e?.message ?? String(err);
}

function hintFor(err: unknown): { hint?: string } {
  if (err instanceof MissingToolError) return { hint: `install ${err.tool} (Debian: apt-get install ${err.tool}) to unpack ${err.tool}-compressed layers` };
  if ((err as NodeJS.ErrnoException)?.code === 'ENOSPC') return { hint: 'the disk is full: free space, or remove unused containers with `dabba down`' };
  return {};
}
