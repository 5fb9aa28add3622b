/**
 * Parsing and validation of manifests, indexes and image configs. Pure: bytes
 * in, typed documents out; anything that would later be used as a path or a
 * size (digests, sizes) is checked here so later stages can trust it.
 */
import { digestProblem } from './digest.js';
import { ImageFormatError } from './errors.js';
import { MediaType, type Descriptor, type Digest, type ImageConfig, type ImageIndex, type ImageManifest, type Platform } from './types.js';

export { ImageFormatError, PlatformNotFoundError } from './errors.js';

/** Every manifest media type dabba understands, for the `Accept` header (Distribution needs them all listed). */
export const MANIFEST_MEDIA_TYPES: readonly string[] = [
  MediaType.OciIndex,
  MediaType.OciManifest,
  MediaType.DockerManifestList,
  MediaType.DockerManifest,
];

/** The largest manifest or index dabba reads: a registry's limit, so a hostile one cannot exhaust memory. */
export const MAX_MANIFEST_BYTES = 4 << 20;

export const INDEX_MEDIA_TYPES: ReadonlySet<string> = new Set([MediaType.OciIndex, MediaType.DockerManifestList]);
export const IMAGE_MANIFEST_MEDIA_TYPES: ReadonlySet<string> = new Set([MediaType.OciManifest, MediaType.DockerManifest]);

export type ParsedManifest = { kind: 'manifest'; mediaType: string; manifest: ImageManifest } | { kind: 'index'; mediaType: string; index: ImageIndex };

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJson(bytes: Uint8Array | string, what: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    throw new ImageFormatError(`parsing ${what}: invalid JSON: ${(err as Error).message}`);
  }
  if (!isObject(value)) throw new ImageFormatError(`parsing ${what}: expected a JSON object`);
  return value;
}

/** Validates one descriptor (digest syntax, size, media type); `where` names it in errors. */
export function parseDescriptor(value: unknown, where: string): Descriptor {
  if (!isObject(value)) throw new ImageFormatError(`${where}: expected a descriptor object`);
  const { mediaType, digest, size, urls, annotations, platform } = value;
  if (typeof mediaType !== 'string' || mediaType === '') throw new ImageFormatError(`${where}: missing mediaType`);
  if (typeof digest !== 'string') throw new ImageFormatError(`${where}: missing digest`);
  const problem = digestProblem(digest);
  if (problem) throw new ImageFormatError(`${where}: invalid digest "${digest}": ${problem}`);
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw new ImageFormatError(`${where}: invalid size ${JSON.stringify(size)}`);
  const d: Descriptor = { mediaType, digest: digest as Digest, size };
  if (urls !== undefined) {
    if (!Array.isArray(urls) || !urls.every((u) => typeof u === 'string')) throw new ImageFormatError(`${where}: urls must be a list of strings`);
    d.urls = urls as string[];
  }
  if (annotations !== undefined) {
    if (!isObject(annotations)) throw new ImageFormatError(`${where}: annotations must be a map`);
    d.annotations = annotations as Record<string, string>;
  }
  if (platform !== undefined) {
    if (!isObject(platform) || typeof platform.os !== 'string' || typeof platform.architecture !== 'string') {
      throw new ImageFormatError(`${where}: platform needs os and architecture`);
    }
    d.platform = platform as unknown as Platform;
  }
  return d;
}

/**
 * Parses a manifest or an index. `headerMediaType` is the registry's
 * Content-Type (or the descriptor's media type), used when the document has
 * no `mediaType` of its own. Schema 1 gets a clear "unsupported" error.
 */
export function parseManifest(bytes: Uint8Array | string, headerMediaType?: string): ParsedManifest {
  const doc = parseJson(bytes, 'manifest');
  const declared = typeof doc.mediaType === 'string' ? doc.mediaType : undefined;
  const header = headerMediaType?.split(';')[0]?.trim();
  if (
    doc.schemaVersion === 1 ||
    header === MediaType.DockerSchema1 ||
    header === MediaType.DockerSchema1Signed ||
    declared === MediaType.DockerSchema1 ||
    declared === MediaType.DockerSchema1Signed
  ) {
    throw new ImageFormatError('unsupported manifest: Docker image manifest schema 1 (deprecated)', {
      hint: 're-push the image with a current docker or skopeo so the registry stores a schema 2 or OCI manifest',
    });
  }
  if (doc.schemaVersion !== 2) throw new ImageFormatError(`parsing manifest: unsupported schemaVersion ${JSON.stringify(doc.schemaVersion)}`);
  const isIndex = Array.isArray(doc.manifests) || (declared ?? header) === MediaType.OciIndex || (declared ?? header) === MediaType.DockerManifestList;
  if (isIndex) {
    if (!Array.isArray(doc.manifests)) throw new ImageFormatError('parsing index: missing manifests');
    const mediaType = declared ?? (header && INDEX_MEDIA_TYPES.has(header) ? header : MediaType.OciIndex);
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType,
      manifests: doc.manifests.map((m, i) => parseDescriptor(m, `parsing index: manifests[${i}]`)),
    };
    if (isObject(doc.annotations)) index.annotations = doc.annotations as Record<string, string>;
    return { kind: 'index', mediaType, index };
  }
  if (!Array.isArray(doc.layers)) throw new ImageFormatError('parsing manifest: missing layers');
  const mediaType = declared ?? (header && IMAGE_MANIFEST_MEDIA_TYPES.has(header) ? header : MediaType.OciManifest);
  if (!IMAGE_MANIFEST_MEDIA_TYPES.has(mediaType)) throw new ImageFormatError(`parsing manifest: unsupported media type "${mediaType}"`);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType,
    config: parseDescriptor(doc.config, 'parsing manifest: config'),
    layers: doc.layers.map((l, i) => parseDescriptor(l, `parsing manifest: layers[${i}]`)),
  };
  if (isObject(doc.annotations)) manifest.annotations = doc.annotations as Record<string, string>;
  return { kind: 'manifest', mediaType, manifest };
}

/** Parses an image config; checks what later stages rely on (os, architecture, rootfs.diff_ids). */
export function parseImageConfig(bytes: Uint8Array | string): ImageConfig {
  const doc = parseJson(bytes, 'image config');
  if (typeof doc.architecture !== 'string' || typeof doc.os !== 'string') throw new ImageFormatError('parsing image config: missing os or architecture');
  const rootfs = doc.rootfs;
  if (!isObject(rootfs) || !Array.isArray(rootfs.diff_ids)) throw new ImageFormatError('parsing image config: missing rootfs.diff_ids');
  rootfs.diff_ids.forEach((d, i) => {
    const problem = typeof d === 'string' ? digestProblem(d) : 'not a string';
    if (problem) throw new ImageFormatError(`parsing image config: rootfs.diff_ids[${i}]: ${problem}`);
  });
  if (doc.config !== undefined && doc.config !== null && !isObject(doc.config)) throw new ImageFormatError('parsing image config: config must be a map');
  return doc as unknown as ImageConfig;
}

/** Layer compression by media type; `undefined` for a media type that is not a layer dabba can unpack. */
export function layerCompression(mediaType: string): 'gzip' | 'zstd' | 'none' | undefined {
  if (mediaType.endsWith('+gzip') || mediaType.endsWith('.tar.gzip')) return 'gzip';
  if (mediaType.endsWith('+zstd')) return 'zstd';
  if (mediaType.endsWith('.tar') || mediaType === 'application/vnd.docker.image.rootfs.diff.tar') return 'none';
  return undefined;
}

/** Every blob a manifest references: config first, then layers in order. */
export function manifestBlobs(manifest: ImageManifest): Descriptor[] {
  return [manifest.config, ...manifest.layers];
}
