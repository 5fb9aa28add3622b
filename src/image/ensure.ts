/**
 * `ensureImage`: the one call later stages make to get an image. It looks in
 * the store first or asks the source, according to the pull policy, fetches
 * whatever is missing (layers concurrently, each hashed while streaming into
 * the store), records the name in the store's index, and returns the image.
 */
import { setMaxListeners } from 'node:events';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { withContext } from '../errors/index.js';
import { formatImageSource, parseImageSource, type ImageSource } from '../image-ref/index.js';
import { manifestBlobs, parseImageConfig, parseManifest, PlatformNotFoundError } from '../oci/manifest.js';
import { formatPlatform, hostPlatform, normalizePlatform, parsePlatform, selectPlatform } from '../oci/platform.js';
import type { Descriptor, Digest, ImageConfig, ImageManifest, Platform } from '../oci/types.js';
import { credentialLookup, RegistryClient } from '../registry/index.js';
import type { Store } from '../store/index.js';
import { ImageNotFoundError } from './errors.js';
import { ociDirFetcher, registryFetcher, storeFetcher, type Fetcher, type ManifestBytes } from './fetchers.js';
import type { PullProgress } from './progress.js';

export type PullPolicy = 'missing' | 'always' | 'never';

export interface EnsureImageOptions {
  store: Store;
  /** Folder relative `oci:`/archive paths resolve against (the project folder). */
  baseDir: string;
  policy: PullPolicy;
  /** `os/arch[/variant]`; default the host's. */
  platform?: string | undefined;
  progress?: PullProgress | undefined;
  signal?: AbortSignal | undefined;
  /** Shared registry client (connection reuse across images); one is made (and closed) when absent. */
  registry?: RegistryClient | undefined;
  /** For credentials, insecure registries; default process.env. */
  env?: NodeJS.ProcessEnv | undefined;
  /** Concurrent blob downloads (default 4). */
  concurrency?: number | undefined;
}

export interface ResolvedImage {
  /** The source as written (`busybox`, `oci-archive:x.tar`). */
  name: string;
  /** The canonical name it is recorded under in the store. */
  storeName: string;
  /** The platform-specific image manifest's digest (what a container is made from). */
  manifestDigest: Digest;
  /** The index's digest when the name points at a multi-platform index. */
  indexDigest?: Digest;
  manifest: ImageManifest;
  config: ImageConfig;
  configDigest: Digest;
  layers: Descriptor[];
}

/** Annotation holding a local source's size and mtime, to notice a rebuilt archive under `missing`. */
const SOURCE_STAMP = 'io.dabba.source.stamp';

/** This host's platform (os/arch/variant of the running Node), the default for platform selection. */
export function defaultPlatform(): Platform {
  const arm = (process.config.variables as Record<string, unknown>).arm_version;
  return hostPlatform(process.platform, process.arch, typeof arm === 'string' || typeof arm === 'number' ? arm : undefined);
}

/**
 * Makes sure the image named by `source` is complete in the store and returns it.
 * - `missing`: a digest reference or a name already stored is used as is (no
 *   request); only what is absent is fetched.
 * - `always`: the name is resolved again (one manifest request for a registry)
 *   and only new blobs are downloaded.
 * - `never`: ImageNotFoundError unless the image is complete in the store.
 * Errors carry the context `pulling NAME: …`. Safe to run concurrently with
 * another process pulling the same image.
 */
export async function ensureImage(input: string, opts: EnsureImageOptions): Promise<ResolvedImage> {
  const source = parseImageSource(input, opts.baseDir);
  const storeName = formatImageSource(source);
  const want = opts.platform ? parsePlatform(opts.platform) : defaultPlatform();
  const ownClient = opts.registry === undefined && source.kind === 'registry';
  const env = opts.env ?? process.env;
  const client = opts.registry ?? (source.kind === 'registry' ? new RegistryClient({ env, credentials: credentialLookup(env) }) : undefined);
  try {
    return await ensure(input, source, storeName, want, opts, client);
  } catch (err) {
    throw err instanceof Error ? withContext(`pulling ${storeName}`, err) : err;
  } finally {
    if (ownClient) await client?.close();
  }
}

async function ensure(name: string, source: ImageSource, storeName: string, want: Platform, opts: EnsureImageOptions, client: RegistryClient | undefined): Promise<ResolvedImage> {
  const { store } = opts;
  const stamp = await sourceStamp(source);
  let recorded = await store.resolveRef(storeName);
  if (!recorded && source.kind === 'registry' && source.ref.digest && (await store.hasBlob(source.ref.digest))) {
    const bytes = await store.readBlob(source.ref.digest);
    const parsed = parseManifest(bytes);
    recorded = { mediaType: parsed.mediaType, digest: source.ref.digest, size: bytes.length };
  }
  const usable = recorded && (opts.policy === 'never' || (opts.policy === 'missing' && recorded.annotations?.[SOURCE_STAMP] === stamp));
  if (usable) {
    const local = await completeFromStore(store, recorded!, want);
    if (local) {
      opts.progress?.({ type: 'done', name, digest: local.manifestDigest, downloadedBytes: 0, downloadedBlobs: 0, upToDate: true });
      return finish(name, storeName, checkPlatform(local, opts.platform));
    }
  }
  if (opts.policy === 'never') {
    throw new ImageNotFoundError(`the image is not in the store and pull_policy is never`, { hint: 'pull it first: dabba pull (or set pull_policy: missing)' });
  }

  opts.progress?.({ type: 'resolving', name });
  let fetcher: Fetcher;
  let topDesc: Descriptor | undefined;
  switch (source.kind) {
    case 'registry':
      fetcher = registryFetcher(client!, source.ref);
      break;
    case 'oci':
      fetcher = ociDirFetcher(source.dir, source.tag);
      break;
    case 'oci-archive':
      // loaded only here: tar is not needed for registry pulls
      topDesc = await (await import('./archives.js')).importOciArchive(store, source.file, source.tag);
      fetcher = storeFetcher(store, topDesc, `archive ${source.file}`);
      break;
    case 'docker-archive':
      topDesc = await (await import('./archives.js')).importDockerArchive(store, source.file, source.ref);
      fetcher = storeFetcher(store, topDesc, `archive ${source.file}`);
      break;
  }
  const top = await fetcher.top(opts.signal);
  const image = await pullMissing(store, fetcher, top, want, name, opts);
  await store.setRef(storeName, { mediaType: top.mediaType || parseManifest(top.bytes).mediaType, digest: top.digest, size: top.bytes.length }, stamp ? { [SOURCE_STAMP]: stamp } : {});
  return finish(name, storeName, checkPlatform(image, opts.platform));
}

/**
 * A single-platform image asked for with an explicit platform it is not for
 * is refused, as docker does (it would not run). Without an explicit platform
 * the image is taken as it is.
 */
function checkPlatform(a: Assembled, platform: string | undefined): Assembled {
  if (platform === undefined || a.indexDigest !== undefined) return a;
  const want = parsePlatform(platform);
  const have = normalizePlatform({ os: a.config.os, architecture: a.config.architecture, ...(a.config.variant ? { variant: a.config.variant } : {}) });
  const variantOk = want.variant === undefined || have.variant === undefined || want.variant === have.variant;
  if (want.os !== have.os || want.architecture !== have.architecture || !variantOk) {
    throw new PlatformNotFoundError(`the image is for ${formatPlatform(have)}, not the requested ${formatPlatform(want)}`, { hint: 'remove platform: (or --platform), or use an image built for that platform' });
  }
  return a;
}

export interface Assembled {
  manifestDigest: Digest;
  indexDigest?: Digest;
  manifest: ImageManifest;
  config: ImageConfig;
}

export function finish(name: string, storeName: string, a: Assembled): ResolvedImage {
  const r: ResolvedImage = { name, storeName, manifestDigest: a.manifestDigest, manifest: a.manifest, config: a.config, configDigest: a.manifest.config.digest, layers: a.manifest.layers };
  if (a.indexDigest) r.indexDigest = a.indexDigest;
  return r;
}

/** A size+mtime stamp of a local source, so `missing` notices a rebuilt archive; undefined for registries. */
async function sourceStamp(source: ImageSource): Promise<string | undefined> {
  const path = source.kind === 'registry' ? undefined : source.kind === 'oci' ? join(source.dir, 'index.json') : source.file;
  if (!path) return undefined;
  const st = await stat(path).catch(() => undefined);
  return st ? `${st.size}:${Math.trunc(st.mtimeMs)}` : undefined;
}

/** The image as stored, when everything it needs is present (sizes checked; contents are verified as they are read). */
async function completeFromStore(store: Store, top: Descriptor, want: Platform): Promise<Assembled | undefined> {
  try {
    let parsed = parseManifest(await store.readBlob(top.digest), top.mediaType);
    let indexDigest: Digest | undefined;
    let manifestDigest = top.digest;
    if (parsed.kind === 'index') {
      indexDigest = top.digest;
      const child = selectPlatform(parsed.index, want);
      if (!(await store.hasBlob(child.digest, child.size))) return undefined;
      parsed = parseManifest(await store.readBlob(child.digest), child.mediaType);
      manifestDigest = child.digest;
      if (parsed.kind !== 'manifest') return undefined;
    }
    const manifest = parsed.manifest;
    for (const l of manifest.layers) if (!(await store.hasBlob(l.digest, l.size))) return undefined;
    if (!(await store.hasBlob(manifest.config.digest, manifest.config.size))) return undefined;
    const config = parseImageConfig(await store.readBlob(manifest.config.digest));
    return indexDigest ? { manifestDigest, indexDigest, manifest, config } : { manifestDigest, manifest, config };
  } catch (err) {
    if (err instanceof PlatformNotFoundError) throw err;
    return undefined;
  }
}

/** Stores the manifest(s), then downloads every absent blob, `concurrency` at a time. */
export async function pullMissing(store: Store, fetcher: Fetcher, top: ManifestBytes, want: Platform, name: string, opts: EnsureImageOptions): Promise<Assembled> {
  let parsed = parseManifest(top.bytes, top.mediaType);
  await store.putBlobBytes(top.bytes, top.digest);
  let indexDigest: Digest | undefined;
  let manifestDigest = top.digest;
  let platform: string | undefined;
  if (parsed.kind === 'index') {
    indexDigest = top.digest;
    const child = selectPlatform(parsed.index, want);
    platform = formatPlatform(want);
    const m = (await store.hasBlob(child.digest, child.size)) ? { bytes: await store.readBlob(child.digest), mediaType: child.mediaType, digest: child.digest } : await fetcher.manifest(child, opts.signal);
    if (m.digest !== child.digest) throw new ImageNotFoundError(`manifest ${child.digest}: content hashes to ${m.digest}`);
    parsed = parseManifest(m.bytes, child.mediaType);
    if (parsed.kind !== 'manifest') throw new ImageNotFoundError(`manifest ${child.digest}: an index inside an index is not supported`);
    await store.putBlobBytes(m.bytes, m.digest);
    manifestDigest = child.digest;
  }
  const manifest = parsed.manifest;
  const blobs = manifestBlobs(manifest);
  const totalBytes = blobs.reduce((n, b) => n + b.size, 0);
  opts.progress?.({ type: 'resolved', name, digest: manifestDigest, ...(platform ? { platform } : {}), blobs: blobs.length, totalBytes });

  let downloadedBytes = 0;
  let downloadedBlobs = 0;
  const seen = new Set<string>();
  // Largest first: with a bounded number of downloads at once, the big layer must not start last.
  const unique = blobs.filter((b) => !seen.has(b.digest) && seen.add(b.digest)).sort((a, b) => b.size - a.size);
  // One failed blob stops the others: their partial downloads are removed by the store.
  const stop = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, stop.signal]) : stop.signal;
  // every request and file write of this pull listens to it
  setMaxListeners(0, signal);
  await mapLimit(unique, opts.concurrency ?? 4, stop, async (desc) => {
    if (await store.hasBlob(desc.digest, desc.size)) {
      opts.progress?.({ type: 'blob-done', name, digest: desc.digest, size: desc.size, cached: true });
      return;
    }
    opts.progress?.({ type: 'blob-start', name, digest: desc.digest, size: desc.size, mediaType: desc.mediaType });
    const onBytes = opts.progress ? (bytes: number) => opts.progress!({ type: 'blob-progress', name, digest: desc.digest, bytes, size: desc.size }) : undefined;
    // given as a function of the offset, so a download a kill interrupted resumes where it stopped
    await store.putBlob(desc.digest, desc.size, (offset) => fetcher.blob(desc, signal, offset), { ...(onBytes ? { onBytes } : {}), signal });
    downloadedBytes += desc.size;
    downloadedBlobs++;
    opts.progress?.({ type: 'blob-done', name, digest: desc.digest, size: desc.size, cached: false });
  });
  const config = parseImageConfig(await store.readBlob(manifest.config.digest));
  opts.progress?.({ type: 'done', name, digest: manifestDigest, downloadedBytes, downloadedBlobs, upToDate: downloadedBlobs === 0 });
  return indexDigest ? { manifestDigest, indexDigest, manifest, config } : { manifestDigest, manifest, config };
}

/** Runs `fn` over `items` with at most `limit` at once; the first failure aborts `stop` and is what rejects. */
async function mapLimit<T>(items: readonly T[], limit: number, stop: AbortController, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (next < items.length && failed === undefined) {
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (err) {
        if (failed === undefined) {
          failed = err;
          stop.abort();
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failed !== undefined) throw failed;
}
