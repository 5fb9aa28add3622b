/**
 * A layer's tar stream, decompressed, for the unpacker. gzip through Node's
 * zlib; zstd through the `zstd` binary (Node 20 has no zstd), with a clear
 * error when it is not installed.
 */
import { spawn } from 'node:child_process';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createRequire } from 'node:module';
import { layerCompression } from '../oci/manifest.js';
import type { Descriptor } from '../oci/types.js';
import type { Store } from '../store/index.js';
import { ImageSourceError } from './errors.js';

/**
 * Opens the layer `desc` from the store as an uncompressed tar stream. The
 * compressed bytes are verified against the digest as they are read (a
 * mismatch fails the stream). The caller consumes or destroys the stream.
 */
export async function openLayerTar(store: Store, desc: Descriptor): Promise<Readable> {
  const compression = layerCompression(desc.mediaType);
  if (compression === undefined) throw new ImageSourceError(`layer ${desc.digest}: unsupported media type ${desc.mediaType}`);
  const raw = await store.openBlob(desc.digest);
  if (compression === 'none') return raw;
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  if (compression === 'gzip') {
    pipeline(raw, gunzip(), out).catch((err: Error) => out.destroy(new ImageSourceError(`decompressing layer ${desc.digest}: ${err.message}`, { cause: err })));
    return out;
  }
  const child = spawn('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' ? new ImageSourceError(`layer ${desc.digest} is zstd-compressed and the zstd program is not installed`, { hint: 'install the zstd package (apt-get install zstd)' }) : err),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new ImageSourceError(`decompressing layer ${desc.digest}: zstd exited with ${code}: ${stderr.trim()}`))));
  });
  Promise.all([pipeline(raw, child.stdin), pipeline(child.stdout, out, { end: false }), exited]).then(
    () => out.end(),
    (err: Error) => {
      child.kill('SIGKILL');
      out.destroy(err instanceof ImageSourceError ? err : new ImageSourceError(`decompressing layer ${desc.digest}: ${err.message}`, { cause: err }));
    },
  );
  return out;
}

/** node:zlib, loaded on first use: `run` and `up` of materialised containers never decompress. */
function gunzip(): NodeJS.ReadWriteStream {
  const zlib = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  return zlib.createGunzip({ chunkSize: 1 << 16 });
}
