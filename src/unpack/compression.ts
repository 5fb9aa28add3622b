/**
 * Which decompressor a layer needs (pure). The media type says what the
 * image claims; the first bytes say what the blob is. Magic bytes win, as in
 * docker and containerd, because registries and tools mislabel layers; a
 * media type that is not a tar layer at all is refused.
 */
import { MediaType } from '../oci/types.js';

export type Compression = 'none' | 'gzip' | 'zstd';

/** Bytes needed by `detectCompression`. */
export const MAGIC_LENGTH = 6;

const LAYER_MEDIA_TYPES: ReadonlySet<string> = new Set([
  MediaType.OciLayer,
  MediaType.OciLayerGzip,
  MediaType.OciLayerZstd,
  MediaType.OciLayerNondistributableGzip,
  'application/vnd.oci.image.layer.nondistributable.v1.tar',
  'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd',
  MediaType.DockerLayerGzip,
  MediaType.DockerForeignLayerGzip,
  'application/vnd.docker.image.rootfs.diff.tar',
]);

/** Why a descriptor's media type cannot be unpacked as a layer, or undefined if it can. */
export function layerMediaTypeProblem(mediaType: string): string | undefined {
  if (LAYER_MEDIA_TYPES.has(mediaType)) return undefined;
  return `media type ${JSON.stringify(mediaType)} is not a tar layer`;
}

/**
 * The compression of a blob from its first bytes. Returns 'none' for anything
 * that is not gzip or zstd (the tar parser then rejects what isn't a tar);
 * throws for formats OCI layers never use (bzip2, xz), to say so plainly.
 */
export function detectCompression(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) throw new Error('bzip2-compressed layers are not supported');
  if (head[0] === 0xfd && head[1] === 0x37 && head[2] === 0x7a && head[3] === 0x58 && head[4] === 0x5a && head[5] === 0x00) {
    throw new Error('xz-compressed layers are not supported');
  }
  return 'none';
}
