/**
 * Hand-built tar layers, in memory, byte by byte: every header field is what
 * the test says, so hostile names, odd types and long names reach the
 * unpacker exactly as written. Plus a writer for a minimal OCI image layout
 * (blobs + index.json) so that umoci can unpack the same image.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Descriptor, Digest, ImageConfig } from '../../src/oci/types.js';

export type TarEntryType = 'file' | 'dir' | 'symlink' | 'link' | 'fifo' | 'char' | 'block';

export interface TarEntry {
  name: string;
  type?: TarEntryType;
  /** A raw typeflag character, overriding `type`. */
  typeflag?: string;
  data?: string | Uint8Array;
  mode?: number;
  uid?: number;
  gid?: number;
  /** Seconds since the epoch. */
  mtime?: number;
  linkname?: string;
  /** How names over 100 bytes are written: a PAX header (default) or GNU's L/K entries. */
  longNames?: 'pax' | 'gnu';
  /** Written as `SCHILY.xattr.NAME` records of a PAX header, as GNU tar and docker write them. */
  xattrs?: Record<string, string | Uint8Array>;
}

const TYPEFLAG: Record<TarEntryType, string> = { file: '0', link: '1', symlink: '2', char: '3', block: '4', dir: '5', fifo: '6' };

function octal(buf: Buffer, offset: number, width: number, value: number): void {
  buf.write(value.toString(8).padStart(width - 1, '0') + '\0', offset, width, 'ascii');
}

function header(fields: { name: string; typeflag: string; size: number; mode: number; uid: number; gid: number; mtime: number; linkname: string }): Buffer {
  const h = Buffer.alloc(512);
  Buffer.from(fields.name).copy(h, 0, 0, 100);
  octal(h, 100, 8, fields.mode);
  octal(h, 108, 8, fields.uid);
  octal(h, 116, 8, fields.gid);
  octal(h, 124, 12, fields.size);
  octal(h, 136, 12, fields.mtime);
  h.write('        ', 148, 8, 'ascii');
  h.write(fields.typeflag, 156, 1, 'ascii');
  Buffer.from(fields.linkname).copy(h, 157, 0, 100);
  h.write('ustar\0', 257, 6, 'ascii');
  h.write('00', 263, 2, 'ascii');
  h.write('root', 265, 32, 'ascii');
  h.write('root', 297, 32, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return h;
}

function padded(data: Uint8Array): Buffer[] {
  const rest = data.length % 512;
  return rest === 0 ? [Buffer.from(data)] : [Buffer.from(data), Buffer.alloc(512 - rest)];
}

function paxRecord(key: string, value: string | Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(` ${key}=`), Buffer.from(value), Buffer.from('\n')]);
  let len = body.length + 1;
  while (String(len).length + body.length !== len) len = String(len).length + body.length;
  return Buffer.concat([Buffer.from(String(len)), body]);
}

/** A tar archive (uncompressed, with the two zero end blocks) of `entries` in order. */
export function buildTar(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const type = e.type ?? 'file';
    const data = e.data === undefined ? Buffer.alloc(0) : Buffer.from(e.data);
    const base = { mode: e.mode ?? (type === 'dir' ? 0o755 : 0o644), uid: e.uid ?? 0, gid: e.gid ?? 0, mtime: e.mtime ?? 1_700_000_000 };
    let name = e.name;
    let linkname = e.linkname ?? '';
    const longName = Buffer.byteLength(name) > 100;
    const longLink = Buffer.byteLength(linkname) > 100;
    const gnu = e.longNames === 'gnu';
    const paxRecords = [
      ...(longName && !gnu ? [paxRecord('path', name)] : []),
      ...(longLink && !gnu ? [paxRecord('linkpath', linkname)] : []),
      ...Object.entries(e.xattrs ?? {}).map(([k, v]) => paxRecord(`SCHILY.xattr.${k}`, v)),
    ];
    if (paxRecords.length > 0) {
      const body = Buffer.concat(paxRecords);
      parts.push(header({ ...base, name: 'PaxHeader', typeflag: 'x', size: body.length, linkname: '' }), ...padded(body));
    }
    if (gnu) {
      for (const [flag, value] of [['L', longName ? name : undefined], ['K', longLink ? linkname : undefined]] as const) {
        if (value === undefined) continue;
        const body = Buffer.from(`${value}\0`);
        parts.push(header({ ...base, name: '././@LongLink', typeflag: flag, size: body.length, linkname: '' }), ...padded(body));
      }
    }
    if (longName) name = name.slice(0, 100);
    if (longLink) linkname = linkname.slice(0, 100);
    const typeflag = e.typeflag ?? TYPEFLAG[type];
    const size = type === 'file' || e.typeflag !== undefined ? data.length : 0;
    parts.push(header({ ...base, name, typeflag, size, linkname }));
    if (size > 0) parts.push(...padded(data));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** `buildTar` then gzip. */
export function buildTarGz(entries: readonly TarEntry[]): Buffer {
  return gzipSync(buildTar(entries));
}

export function sha256(data: Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** A layer descriptor for stored bytes. */
export function layerDescriptor(blob: Uint8Array, mediaType = 'application/vnd.oci.image.layer.v1.tar+gzip'): Descriptor {
  return { mediaType, digest: sha256(blob), size: blob.length };
}

/** The digest of a layer's uncompressed tar; for a deliberately broken gzip blob, the blob's own. */
function diffId(blob: Buffer): Digest {
  if (blob[0] !== 0x1f || blob[1] !== 0x8b) return sha256(blob);
  try {
    return sha256(gunzipSync(blob));
  } catch {
    return sha256(blob);
  }
}

export interface BuiltImage {
  manifestDigest: Digest;
  config: ImageConfig;
  layers: Descriptor[];
  /** The stored bytes of each layer, by digest. */
  blobs: Map<string, Buffer>;
}

/** An image (config + manifest digest) from gzip layers, without writing anything. */
export function buildImage(layers: readonly Buffer[], mediaType?: string): BuiltImage {
  const blobs = new Map<string, Buffer>();
  const descs = layers.map((blob) => {
    const d = layerDescriptor(blob, mediaType);
    blobs.set(d.digest, blob);
    return d;
  });
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    config: { Cmd: ['/bin/sh'] },
    rootfs: { type: 'layers', diff_ids: layers.map(diffId) },
  };
  const configBlob = Buffer.from(JSON.stringify(config));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(configBlob), size: configBlob.length },
      layers: descs,
    }),
  );
  blobs.set(sha256(configBlob), configBlob);
  const manifestDigest = sha256(manifest);
  blobs.set(manifestDigest, manifest);
  return { manifestDigest, config, layers: descs, blobs };
}

/**
 * Writes `image` as an OCI image layout in `dir` with the tag `tag`, as
 * umoci and skopeo read it.
 */
export async function writeOciLayout(dir: string, image: BuiltImage, tag = 'latest'): Promise<void> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  for (const [digest, blob] of image.blobs) await writeFile(join(dir, 'blobs', 'sha256', digest.slice(7)), blob);
  const manifest = image.blobs.get(image.manifestDigest) as Buffer;
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: image.manifestDigest,
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': tag },
        },
      ],
    }),
  );
}
