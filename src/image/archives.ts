/**
 * Importing `oci-archive:` and `docker-archive:` files (what `skopeo copy`,
 * `docker save` and `podman save` write) in one pass over the tar: every
 * blob goes straight into the store, hashed as it is written, and the small
 * JSON documents are kept in memory. Only regular files are looked at; a
 * link or an odd path in the archive cannot make dabba read anything else.
 */
import { list, type ReadEntry } from 'tar';
import { formatReference, parseReference, type ImageRef } from '../image-ref/index.js';
import { parseManifest } from '../oci/manifest.js';
import { MediaType, type Descriptor, type Digest } from '../oci/types.js';
import { REF_NAME, type Store } from '../store/index.js';
import { ImageNotFoundError, ImageSourceError } from './errors.js';
import { pickTagged } from './fetchers.js';

interface ScannedArchive {
  /** Small JSON files by their path in the archive. */
  json: Map<string, Buffer>;
  /** Every regular file stored as a blob: archive path → what it hashed to. */
  blobs: Map<string, { digest: Digest; size: number; head: Buffer }>;
}

function normalizeEntryPath(p: string): string {
  return p.replace(/^(\.\/)+/, '').replace(/\/+/g, '/');
}

/** Reads the archive once: small top-level JSON into memory, files `isBlob` accepts into the store, the rest skipped. */
async function scanArchive(store: Store, file: string, isBlob: (path: string) => boolean): Promise<ScannedArchive> {
  const json = new Map<string, Buffer>();
  const blobs = new Map<string, { digest: Digest; size: number; head: Buffer }>();
  const pending: Promise<void>[] = [];
  try {
    await list({
      file,
      noResume: true,
      onReadEntry: (entry: ReadEntry) => {
        const path = normalizeEntryPath(entry.path);
        if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') {
          entry.resume();
          return;
        }
        if (path.endsWith('.json') && !path.startsWith('blobs/') && (entry.size ?? 0) < 4 << 20) {
          const chunks: Buffer[] = [];
          entry.on('data', (c: Buffer) => chunks.push(c));
          pending.push(new Promise((resolve) => entry.on('end', () => (json.set(path, Buffer.concat(chunks)), resolve()))));
          entry.resume();
          return;
        }
        if (!isBlob(path)) {
          entry.resume();
          return;
        }
        pending.push(store.ingestBlob(entry as unknown as AsyncIterable<Uint8Array>).then((b) => void blobs.set(path, b)));
      },
    });
    await Promise.all(pending);
  } catch (err) {
    await Promise.allSettled(pending);
    if (err instanceof ImageSourceError) throw err;
    throw new ImageSourceError(`reading archive ${file}: ${(err as Error).message}`, { cause: err });
  }
  return { json, blobs };
}

/**
 * Imports an OCI archive (a tarred OCI layout) into the store and returns the
 * descriptor its `tag` (or its only image) names. Blobs whose content does not
 * match their file name are an error.
 */
export async function importOciArchive(store: Store, file: string, tag: string | undefined): Promise<Descriptor> {
  const { json, blobs } = await scanArchive(store, file, (p) => p.startsWith('blobs/'));
  for (const [path, b] of blobs) {
    const m = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(path);
    if (m && `sha256:${m[1]}` !== b.digest) throw new ImageSourceError(`reading archive ${file}: ${path} is corrupt (it hashes to ${b.digest})`);
  }
  const indexBytes = json.get('index.json');
  if (!indexBytes) throw new ImageSourceError(`reading archive ${file}: no index.json (not an OCI archive)`, { hint: 'for a `docker save` file use docker-archive:FILE' });
  const parsed = parseManifest(indexBytes);
  if (parsed.kind !== 'index') throw new ImageSourceError(`reading archive ${file}: index.json is not an image index`);
  return pickTagged(parsed.index.manifests, tag, `archive ${file}`);
}

interface DockerManifestEntry {
  Config?: string;
  RepoTags?: string[] | null;
  Layers?: string[];
}

/** Layer media type from its first bytes: gzip, zstd or a plain tar. */
function sniffLayerType(head: Buffer): string {
  if (head[0] === 0x1f && head[1] === 0x8b) return MediaType.DockerLayerGzip;
  if (head.readUInt32LE(0) === 0xfd2fb528) return MediaType.OciLayerZstd;
  return 'application/vnd.docker.image.rootfs.diff.tar';
}

/**
 * Imports a `docker save` archive into the store: its config and layers as
 * blobs, plus a Docker schema 2 manifest made for them. Returns the
 * manifest's descriptor, for `ref` when given, else for the archive's only image.
 */
export async function importDockerArchive(store: Store, file: string, ref: ImageRef | undefined): Promise<Descriptor> {
  const { json, blobs } = await scanArchive(store, file, (p) => p !== 'repositories' && p !== 'oci-layout');
  const manifestJson = json.get('manifest.json');
  if (!manifestJson) throw new ImageSourceError(`reading archive ${file}: no manifest.json (not a docker save archive)`, { hint: 'for an OCI archive use oci-archive:FILE' });
  let entries: DockerManifestEntry[];
  try {
    entries = JSON.parse(manifestJson.toString('utf8')) as DockerManifestEntry[];
    if (!Array.isArray(entries)) throw new Error('expected a list');
  } catch (err) {
    throw new ImageSourceError(`reading archive ${file}: manifest.json: ${(err as Error).message}`, { cause: err });
  }
  const wanted = ref ? formatReference(ref) : undefined;
  const tagsOf = (e: DockerManifestEntry) => (e.RepoTags ?? []).flatMap((t) => {
    try {
      return [formatReference(parseReference(t))];
    } catch {
      return [];
    }
  });
  let entry: DockerManifestEntry | undefined;
  if (wanted) entry = entries.find((e) => tagsOf(e).includes(wanted));
  else if (entries.length === 1) entry = entries[0];
  if (!entry) {
    const all = entries.flatMap(tagsOf).join(', ') || 'no tags';
    throw new ImageNotFoundError(wanted ? `archive ${file} has no image ${wanted} (it has: ${all})` : `archive ${file} holds ${entries.length} images; name one with :REPO:TAG (${all})`);
  }
  const blobOf = (path: string | undefined, what: string) => {
    const b = path === undefined ? undefined : (blobs.get(normalizeEntryPath(path)) ?? storedJson(path));
    if (!b) throw new ImageSourceError(`reading archive ${file}: ${what} ${path ?? '(none)'} is missing`);
    return b;
  };
  // The config is a small .json file kept in memory by the scan: store it as a blob too.
  const storedJson = (path: string) => {
    const bytes = json.get(normalizeEntryPath(path));
    return bytes ? { pending: bytes } : undefined;
  };
  const configRef = blobOf(entry.Config, 'config');
  const config = 'pending' in configRef ? await putJson(store, configRef.pending) : configRef;
  const layers: Descriptor[] = (entry.Layers ?? []).map((p) => {
    const b = blobOf(p, 'layer');
    if ('pending' in b) throw new ImageSourceError(`reading archive ${file}: layer ${p} is not a tar`);
    return { mediaType: sniffLayerType(b.head), digest: b.digest, size: b.size };
  });
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.DockerManifest,
    config: { mediaType: MediaType.DockerConfig, digest: config.digest, size: config.size },
    layers,
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = await store.putBlobBytes(bytes);
  const desc: Descriptor = { mediaType: MediaType.DockerManifest, digest, size: bytes.length };
  if (wanted) desc.annotations = { [REF_NAME]: wanted };
  return desc;
}

async function putJson(store: Store, bytes: Buffer): Promise<{ digest: Digest; size: number }> {
  return { digest: await store.putBlobBytes(bytes), size: bytes.length };
}
