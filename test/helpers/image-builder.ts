/**
 * Builds real, small images for tests from the host's static busybox
 * (busybox-static): tar layers written here byte by byte (files, folders,
 * symlinks, a whiteout), Docker or OCI media types, multi-platform indexes
 * with a different marker file per architecture and an attestation entry.
 * Then: push them to a registry over its HTTP API, or write them as an OCI
 * layout, an OCI archive or a `docker save` archive.
 *
 * Everything is made in memory (busybox is ~2 MB): no tool but busybox itself
 * (to list its applets) is needed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Agent, request } from 'undici';
import { MediaType, type Descriptor, type Digest, type ImageConfig, type ImageIndex, type ImageManifest, type Platform } from '../../src/oci/types.js';

export type LayerEntry =
  | { type: 'file'; path: string; content: string | Buffer; mode?: number; uid?: number; gid?: number }
  | { type: 'dir'; path: string; mode?: number; uid?: number; gid?: number }
  | { type: 'symlink'; path: string; target: string }
  /** `.wh.NAME` in the folder of `path`: removes `path` from lower layers. */
  | { type: 'whiteout'; path: string };

export interface Blob {
  descriptor: Descriptor;
  bytes: Buffer;
}

export interface BuiltImage {
  kind: 'image';
  mediaType: string;
  manifest: ImageManifest;
  manifestBytes: Buffer;
  digest: Digest;
  config: ImageConfig;
  /** Config and layers. */
  blobs: Blob[];
  /** The marker file's content (`/etc/dabba-marker`), to tell images apart after unpacking. */
  marker: string;
}

export interface BuiltIndex {
  kind: 'index';
  mediaType: string;
  index: ImageIndex;
  indexBytes: Buffer;
  digest: Digest;
  /** The platform images, then the attestation manifest when there is one. */
  images: BuiltImage[];
}

export type Built = BuiltImage | BuiltIndex;

export function sha256(bytes: Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

/** One ustar header block; names longer than 100 bytes use the prefix field. */
function tarHeader(path: string, typeflag: string, size: number, mode: number, linkname = '', owner: { uid: number; gid: number } = { uid: 0, gid: 0 }): Buffer {
  const h = Buffer.alloc(512);
  let name = path;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  h.write(name, 0, 100);
  h.write(octal(mode, 8), 100);
  h.write(octal(owner.uid, 8), 108);
  h.write(octal(owner.gid, 8), 116);
  h.write(octal(size, 12), 124);
  h.write(octal(1_700_000_000, 12), 136);
  h.write('        ', 148);
  h.write(typeflag, 156);
  h.write(linkname, 157, 100);
  h.write('ustar\0', 257);
  h.write('00', 263);
  h.write('root', 265);
  h.write('root', 297);
  h.write(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148);
  return h;
}

/** A tar archive (uncompressed) of `entries`, in order. */
export function buildTar(entries: LayerEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const path = e.path.replace(/^\/+/, '');
    if (e.type === 'file') {
      const content = Buffer.from(e.content);
      parts.push(tarHeader(path, '0', content.length, e.mode ?? 0o644, '', { uid: e.uid ?? 0, gid: e.gid ?? 0 }), content, Buffer.alloc((512 - (content.length % 512)) % 512));
    } else if (e.type === 'dir') {
      parts.push(tarHeader(path.endsWith('/') ? path : `${path}/`, '5', 0, e.mode ?? 0o755, '', { uid: e.uid ?? 0, gid: e.gid ?? 0 }));
    } else if (e.type === 'symlink') {
      parts.push(tarHeader(path, '2', 0, 0o777, e.target));
    } else {
      const slash = path.lastIndexOf('/');
      parts.push(tarHeader(`${path.slice(0, slash + 1)}.wh.${path.slice(slash + 1)}`, '0', 0, 0o644));
    }
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export type Compression = 'gzip' | 'none' | 'zstd';

/** A layer blob and its diff_id. zstd uses the `zstd` binary. */
export function buildLayer(entries: LayerEntry[], format: 'docker' | 'oci', compression: Compression = 'gzip'): { blob: Blob; diffId: Digest } {
  const tar = buildTar(entries);
  let bytes: Buffer;
  let mediaType: string;
  if (compression === 'gzip') {
    bytes = gzipSync(tar, { level: 1 });
    mediaType = format === 'docker' ? MediaType.DockerLayerGzip : MediaType.OciLayerGzip;
  } else if (compression === 'zstd') {
    bytes = execFileSync('zstd', ['-q', '-c', '-1'], { input: tar, maxBuffer: 1 << 28 });
    mediaType = MediaType.OciLayerZstd;
  } else {
    bytes = tar;
    mediaType = format === 'docker' ? 'application/vnd.docker.image.rootfs.diff.tar' : MediaType.OciLayer;
  }
  return { blob: { descriptor: { mediaType, digest: sha256(bytes), size: bytes.length }, bytes }, diffId: sha256(tar) };
}

export interface ImageSpec {
  layers: LayerEntry[][];
  format?: 'docker' | 'oci';
  platform?: Platform;
  compression?: Compression;
  config?: ImageConfig['config'];
  marker?: string;
  /** Record a history entry per layer, as real images do (buildah's layer cache needs one). */
  history?: boolean;
}

/** An image from explicit layers. */
export function buildImage(spec: ImageSpec): BuiltImage {
  const format = spec.format ?? 'oci';
  const platform = spec.platform ?? { os: 'linux', architecture: 'amd64' };
  const layers = spec.layers.map((l) => buildLayer(l, format, spec.compression));
  const config: ImageConfig = {
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    created: '2024-01-01T00:00:00Z',
    config: spec.config ?? { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'] },
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    ...(spec.history ? { history: layers.map((_, i) => ({ created: '2024-01-01T00:00:00Z', created_by: `layer ${i + 1}` })) } : {}),
  };
  const configBytes = Buffer.from(JSON.stringify(config));
  const configBlob: Blob = { descriptor: { mediaType: format === 'docker' ? MediaType.DockerConfig : MediaType.OciConfig, digest: sha256(configBytes), size: configBytes.length }, bytes: configBytes };
  const mediaType = format === 'docker' ? MediaType.DockerManifest : MediaType.OciManifest;
  const manifest: ImageManifest = { schemaVersion: 2, mediaType, config: configBlob.descriptor, layers: layers.map((l) => l.blob.descriptor) };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  return { kind: 'image', mediaType, manifest, manifestBytes, digest: sha256(manifestBytes), config, blobs: [configBlob, ...layers.map((l) => l.blob)], marker: spec.marker ?? '' };
}

let busyboxCache: { bytes: Buffer; applets: string[] } | undefined;

/** The host's static busybox and the paths of its applets (`usr/bin/env`, `bin/sh`, …). */
export function hostBusybox(path = '/bin/busybox'): { bytes: Buffer; applets: string[] } {
  if (!busyboxCache) {
    const list = execFileSync(path, ['--list-full'], { encoding: 'utf8' });
    busyboxCache = { bytes: readFileSync(path), applets: list.split('\n').filter((l) => l !== '' && !l.includes('..')) };
  }
  return busyboxCache;
}

/** The base layer of a busybox image: /bin/busybox, an applet symlink each, /etc/passwd and group, /tmp, a web page. */
export function busyboxBaseLayer(): LayerEntry[] {
  const bb = hostBusybox();
  const dirs = new Set<string>(['bin', 'etc', 'tmp', 'www', 'root']);
  for (const a of bb.applets) for (let d = dirname(a); d !== '.'; d = dirname(d)) dirs.add(d);
  return [
    ...[...dirs].sort().map((d): LayerEntry => ({ type: 'dir', path: d, mode: d === 'tmp' ? 0o1777 : 0o755 })),
    { type: 'file', path: 'bin/busybox', content: bb.bytes, mode: 0o755 },
    ...bb.applets.filter((a) => a !== 'bin/busybox').map((a): LayerEntry => ({ type: 'symlink', path: a, target: '/bin/busybox' })),
    { type: 'file', path: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\napp:x:1000:1000:app:/tmp:/bin/sh\n' },
    { type: 'file', path: 'etc/group', content: 'root:x:0:\nnogroup:x:65534:\napp:x:1000:\n' },
    { type: 'file', path: 'www/index.html', content: '<h1>hello from dabba</h1>\n' },
  ];
}

/**
 * A three-layer busybox image: the base, a layer adding the marker file
 * `/etc/dabba-marker` and `/etc/removed-later`, and a layer whiting that out
 * and adding `/etc/layer3`.
 */
export function buildBusyboxImage(opts: { format?: 'docker' | 'oci'; platform?: Platform; marker?: string; compression?: Compression; config?: ImageConfig['config']; history?: boolean } = {}): BuiltImage {
  const platform = opts.platform ?? { os: 'linux', architecture: 'amd64' };
  const marker = opts.marker ?? `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`;
  return buildImage({
    ...opts,
    platform,
    marker,
    layers: [
      busyboxBaseLayer(),
      [
        { type: 'file', path: 'etc/dabba-marker', content: `${marker}\n` },
        { type: 'file', path: 'etc/removed-later', content: 'gone in layer 3\n' },
      ],
      [
        { type: 'whiteout', path: 'etc/removed-later' },
        { type: 'file', path: 'etc/layer3', content: 'layer 3\n' },
      ],
    ],
  });
}

/**
 * A multi-platform index of busybox images (each with its own marker) plus,
 * by default, a buildkit-style attestation manifest (`unknown/unknown`) that
 * must never be selected.
 */
export function buildMultiArchIndex(opts: { format?: 'docker' | 'oci'; platforms?: Platform[]; attestation?: boolean } = {}): BuiltIndex {
  const format = opts.format ?? 'oci';
  const platforms = opts.platforms ?? [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64', variant: 'v8' },
    { os: 'linux', architecture: 'arm', variant: 'v7' },
  ];
  const images = platforms.map((p) => buildBusyboxImage({ format, platform: p }));
  const descriptors: Descriptor[] = images.map((img, i) => ({ mediaType: img.mediaType, digest: img.digest, size: img.manifestBytes.length, platform: platforms[i]! }));
  if (opts.attestation ?? format === 'oci') {
    const att = buildImage({ format: 'oci', layers: [[{ type: 'file', path: 'attestation.json', content: '{}' }]], platform: { os: 'unknown', architecture: 'unknown' }, marker: 'attestation' });
    images.push(att);
    descriptors.push({
      mediaType: att.mediaType,
      digest: att.digest,
      size: att.manifestBytes.length,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': images[0]!.digest },
    });
  }
  const mediaType = format === 'docker' ? MediaType.DockerManifestList : MediaType.OciIndex;
  const index: ImageIndex = { schemaVersion: 2, mediaType, manifests: descriptors };
  const indexBytes = Buffer.from(JSON.stringify(index));
  return { kind: 'index', mediaType, index, indexBytes, digest: sha256(indexBytes), images };
}

/** Every blob of a built image or index, manifests included, by digest. */
export function allBlobs(built: Built): Map<Digest, Buffer> {
  const out = new Map<Digest, Buffer>();
  const images = built.kind === 'index' ? built.images : [built];
  if (built.kind === 'index') out.set(built.digest, built.indexBytes);
  for (const img of images) {
    out.set(img.digest, img.manifestBytes);
    for (const b of img.blobs) out.set(b.descriptor.digest, b.bytes);
  }
  return out;
}

function topDescriptor(built: Built, refName?: string): Descriptor {
  const bytes = built.kind === 'index' ? built.indexBytes : built.manifestBytes;
  const d: Descriptor = { mediaType: built.mediaType, digest: built.digest, size: bytes.length };
  if (refName !== undefined) d.annotations = { 'org.opencontainers.image.ref.name': refName };
  return d;
}

/** Writes an OCI image layout folder holding `built` under `tag` (adds to an existing layout). */
export async function writeOciLayout(dir: string, built: Built, tag = 'latest'): Promise<void> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  for (const [d, bytes] of allBlobs(built)) await writeFile(join(dir, 'blobs', 'sha256', d.slice(7)), bytes);
  let index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
  try {
    index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as ImageIndex;
  } catch {
    // a new layout
  }
  index.manifests = [...index.manifests.filter((m) => m.annotations?.['org.opencontainers.image.ref.name'] !== tag), topDescriptor(built, tag)];
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
}

/** Writes an OCI archive (a tar of an OCI layout), as `skopeo copy … oci-archive:FILE:TAG` does. */
export async function writeOciArchive(file: string, built: Built, tag = 'latest'): Promise<void> {
  const entries: LayerEntry[] = [
    { type: 'file', path: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' },
    { type: 'file', path: 'index.json', content: JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [topDescriptor(built, tag)] }) },
    { type: 'dir', path: 'blobs' },
    { type: 'dir', path: 'blobs/sha256' },
    ...[...allBlobs(built)].map(([d, bytes]): LayerEntry => ({ type: 'file', path: `blobs/sha256/${d.slice(7)}`, content: bytes })),
  ];
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, buildTar(entries));
}

/**
 * Writes a `docker save` archive (the classic layout: `manifest.json`,
 * `<config hex>.json`, `<id>/layer.tar` uncompressed) of a single image.
 */
export async function writeDockerArchive(file: string, image: BuiltImage, repoTags: string[]): Promise<void> {
  const { gunzipSync } = await import('node:zlib');
  const layerFiles = image.blobs.slice(1).map((b, i) => {
    const tar = b.descriptor.mediaType.includes('gzip') ? gunzipSync(b.bytes) : b.bytes;
    return { path: `${sha256(Buffer.from(`layer${i}`)).slice(7)}/layer.tar`, tar };
  });
  const configName = `${image.manifest.config.digest.slice(7)}.json`;
  const manifest = [{ Config: configName, RepoTags: repoTags, Layers: layerFiles.map((l) => l.path) }];
  const entries: LayerEntry[] = [
    { type: 'file', path: configName, content: image.blobs[0]!.bytes },
    ...layerFiles.flatMap((l): LayerEntry[] => [{ type: 'dir', path: dirname(l.path) }, { type: 'file', path: l.path, content: l.tar }]),
    { type: 'file', path: 'manifest.json', content: JSON.stringify(manifest) },
    { type: 'file', path: 'repositories', content: '{}' },
  ];
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, buildTar(entries));
}

/** What `pushImage` needs of a registry (a TestRegistry fits). */
export interface PushTarget {
  url: string;
  credentials?: { username: string; password: string } | undefined;
  /** PEM of the CA that signed the registry's certificate. */
  ca?: string | undefined;
}

/**
 * Pushes `built` to `repo:tag` over the registry HTTP API (monolithic blob
 * uploads, then child manifests by digest, then the tag). Handles Basic and
 * Bearer auth with the target's credentials.
 */
export async function pushImage(target: PushTarget, repo: string, tag: string, built: Built): Promise<void> {
  const dispatcher = new Agent(target.ca ? { connect: { ca: target.ca } } : {});
  let auth: string | undefined;
  const basic = target.credentials ? `Basic ${Buffer.from(`${target.credentials.username}:${target.credentials.password}`).toString('base64')}` : undefined;
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'HEAD', url: string, body?: Buffer, headers: Record<string, string> = {}) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await request(url, { dispatcher, method, body, headers: { ...headers, ...(auth ? { authorization: auth } : {}) } });
      if (res.statusCode !== 401 || attempt > 0) return res;
      const challenge = String(res.headers['www-authenticate'] ?? '');
      await res.body.dump();
      if (/^basic/i.test(challenge)) auth = basic;
      else {
        const realm = /realm="([^"]+)"/.exec(challenge)?.[1];
        const service = /service="([^"]+)"/.exec(challenge)?.[1] ?? '';
        const tokenUrl = `${realm}?service=${encodeURIComponent(service)}&scope=${encodeURIComponent(`repository:${repo}:pull,push`)}`;
        const t = await request(tokenUrl, { dispatcher, headers: basic ? { authorization: basic } : {} });
        if (t.statusCode !== 200) throw new Error(`push: token request: ${t.statusCode} ${await t.body.text()}`);
        auth = `Bearer ${((await t.body.json()) as { token: string }).token}`;
      }
    }
    throw new Error('unreachable');
  };
  const base = `${target.url}/v2/${repo}`;
  try {
    for (const [digest, bytes] of allBlobs(built)) {
      if (built.kind === 'index' && (digest === built.digest || built.images.some((i) => i.digest === digest))) continue;
      if (built.kind === 'image' && digest === built.digest) continue;
      const head = await call('HEAD', `${base}/blobs/${digest}`);
      await head.body.dump();
      if (head.statusCode === 200) continue;
      const start = await call('POST', `${base}/blobs/uploads/`);
      await start.body.dump();
      if (start.statusCode !== 202) throw new Error(`push: starting upload: ${start.statusCode}`);
      const location = new URL(String(start.headers.location), target.url);
      location.searchParams.set('digest', digest);
      const put = await call('PUT', location.toString(), bytes, { 'content-type': 'application/octet-stream' });
      if (put.statusCode !== 201) throw new Error(`push: uploading ${digest}: ${put.statusCode} ${await put.body.text()}`);
      await put.body.dump();
    }
    const putManifest = async (ref: string, mediaType: string, bytes: Buffer) => {
      const res = await call('PUT', `${base}/manifests/${ref}`, bytes, { 'content-type': mediaType });
      if (res.statusCode !== 201) throw new Error(`push: manifest ${ref}: ${res.statusCode} ${await res.body.text()}`);
      await res.body.dump();
    };
    if (built.kind === 'index') {
      for (const img of built.images) await putManifest(img.digest, img.mediaType, img.manifestBytes);
      await putManifest(tag, built.mediaType, built.indexBytes);
    } else {
      await putManifest(tag, built.mediaType, built.manifestBytes);
    }
  } finally {
    await dispatcher.close();
  }
}
