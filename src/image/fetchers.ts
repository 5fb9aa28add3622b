/**
 * Where the bytes of an image come from, behind one interface: a registry, an
 * OCI layout folder, or the store itself (after an archive was imported into
 * it). Fetchers do not verify: the store hashes everything it is given.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { referenceToFetch, type ImageRef } from '../image-ref/index.js';
import { digestHex } from '../oci/digest.js';
import { parseManifest } from '../oci/manifest.js';
import type { Descriptor, Digest } from '../oci/types.js';
import type { RegistryClient } from '../registry/index.js';
import { REF_NAME, type Store } from '../store/index.js';
import { ImageNotFoundError, ImageSourceError } from './errors.js';

export interface ManifestBytes {
  bytes: Buffer;
  mediaType: string;
  digest: Digest;
}

export interface Fetcher {
  /** What the source's name points at (a tag's manifest or index). */
  top(signal?: AbortSignal): Promise<ManifestBytes>;
  /** A manifest by digest (an index's child). */
  manifest(desc: Descriptor, signal?: AbortSignal): Promise<ManifestBytes>;
  /** A blob's bytes as stored at the source, from byte `offset` on; the consumer verifies them and ends the iteration. */
  blob(desc: Descriptor, signal?: AbortSignal, offset?: number): Readable | AsyncIterable<Buffer>;
}

/** A registry reference: one manifest request for `top`, blobs streamed with resume. */
export function registryFetcher(client: RegistryClient, ref: ImageRef): Fetcher {
  return {
    top: (signal) => client.getManifest(ref, referenceToFetch(ref), signal),
    manifest: (desc, signal) => client.getManifest(ref, desc.digest, signal),
    blob: (desc, signal, offset) => client.blobChunks(ref, desc, signal, offset),
  };
}

function sha256(bytes: Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** An OCI image layout folder (`oci:DIR[:TAG]`); the tag is matched against `org.opencontainers.image.ref.name`. */
export function ociDirFetcher(dir: string, tag: string | undefined): Fetcher {
  const blobPath = (d: Digest) => join(dir, 'blobs', 'sha256', digestHex(d));
  const readManifest = async (desc: Descriptor): Promise<ManifestBytes> => {
    let bytes: Buffer;
    try {
      bytes = await readFile(blobPath(desc.digest));
    } catch (err) {
      throw new ImageSourceError(`reading OCI layout ${dir}: blob ${desc.digest}: ${(err as Error).message}`, { cause: err });
    }
    const digest = sha256(bytes);
    if (digest !== desc.digest) throw new ImageSourceError(`reading OCI layout ${dir}: blob ${desc.digest} is corrupt (it hashes to ${digest})`);
    return { bytes, mediaType: desc.mediaType, digest };
  };
  return {
    async top() {
      let text: string;
      try {
        text = await readFile(join(dir, 'index.json'), 'utf8');
      } catch (err) {
        throw new ImageSourceError(`reading OCI layout ${dir}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no index.json (not an OCI image layout)' : (err as Error).message}`, { cause: err });
      }
      const parsed = parseManifest(text);
      if (parsed.kind !== 'index') throw new ImageSourceError(`reading OCI layout ${dir}: index.json is not an image index`);
      return readManifest(pickTagged(parsed.index.manifests, tag, `OCI layout ${dir}`));
    },
    manifest: (desc) => readManifest(desc),
    blob: (desc, _signal, offset) => createReadStream(blobPath(desc.digest), { highWaterMark: 1 << 20, start: offset ?? 0 }),
  };
}

/** The entry named `tag` (or the only one when no tag is given). */
export function pickTagged(entries: Descriptor[], tag: string | undefined, where: string): Descriptor {
  const names = entries.map((d) => d.annotations?.[REF_NAME]).filter((n): n is string => n !== undefined);
  if (tag === undefined) {
    if (entries.length === 1) return entries[0]!;
    throw new ImageNotFoundError(`${where} holds ${entries.length} images; name one with :TAG (${names.join(', ') || 'none is tagged'})`);
  }
  const hit = entries.find((d) => d.annotations?.[REF_NAME] === tag);
  if (!hit) throw new ImageNotFoundError(`${where} has no image tagged "${tag}" (it has: ${names.join(', ') || 'none'})`);
  return hit;
}

/** Everything is already in the store (an imported archive); a missing blob is an error, not a fetch. */
export function storeFetcher(store: Store, top: Descriptor, where: string): Fetcher {
  const read = async (desc: Descriptor): Promise<ManifestBytes> => ({ bytes: await store.readBlob(desc.digest), mediaType: desc.mediaType, digest: desc.digest });
  return {
    top: () => read(top),
    manifest: read,
    blob: () => {
      throw new ImageSourceError(`${where} does not contain every blob its manifest lists`);
    },
  };
}
