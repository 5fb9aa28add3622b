/**
 * Turns a layer's stored bytes into a tar stream: gzip through zlib
 * (streaming, off the main thread), zstd through the `zstd` binary, plain tar
 * as is. The caller owns the returned stream and must consume or destroy it.
 */
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { detectCompression, MAGIC_LENGTH } from './compression.js';
import { findOnPath, helperExecaOptions, loadExeca } from '../util/host-helper.js';

/** Thrown when a zstd layer meets a host without the `zstd` binary. */
export class MissingToolError extends Error {
  constructor(readonly tool: string) {
    super(`${tool} is not installed`);
  }
}

/** Reads up to `n` bytes from the start of `stream` and puts them back. */
async function peek(stream: Readable, n: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let have = 0;
  while (have < n) {
    const chunk = stream.read() as Buffer | null;
    if (chunk !== null) {
      chunks.push(chunk);
      have += chunk.length;
      continue;
    }
    if (stream.readableEnded || stream.destroyed) break;
    const ended = await new Promise<boolean>((resolve, reject) => {
      const cleanup = (): void => {
        stream.off('readable', onReadable);
        stream.off('end', onEnd);
        stream.off('error', onError);
      };
      const onReadable = (): void => { cleanup(); resolve(false); };
      const onEnd = (): void => { cleanup(); resolve(true); };
      const onError = (err: Error): void => { cleanup(); reject(err); };
      stream.on('readable', onReadable);
      stream.on('end', onEnd);
      stream.on('error', onError);
    });
    if (ended) break;
  }
  const head = Buffer.concat(chunks);
  if (head.length > 0) stream.unshift(head);
  return head.subarray(0, n);
}

/**
 * Returns the decompressed tar stream of `source`, choosing the decompressor
 * from the first bytes. Errors of `source` and of the decompressor surface on
 * the returned stream; destroying it destroys `source` too.
 */
export async function decompressLayer(source: Readable): Promise<Readable> {
  const head = await peek(source, MAGIC_LENGTH);
  const kind = detectCompression(head);
  if (kind === 'none') return source;
  if (kind === 'gzip') {
    // Bigger chunks than zlib's 16 KiB default: fewer hops between the
    // decompressing thread and the main thread, which writes the files, so
    // that each hop's work on the thread overlaps more parsing and writing.
    const gunzip = createGunzip({ chunkSize: 512 * 1024 });
    source.on('error', (err) => gunzip.destroy(err));
    // pipe() leaves the source open when its destination is destroyed early
    gunzip.on('close', () => source.destroy());
    return source.pipe(gunzip);
  }
  return spawnZstd(source);
}

async function spawnZstd(source: Readable): Promise<Readable> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const zstd = findOnPath('zstd');
  if (zstd === undefined) {
    source.destroy();
    out.destroy(new MissingToolError('zstd'));
    return out;
  }
  const { execa } = await loadExeca();
  const child = execa(zstd, ['-dc', '-q'], { ...helperExecaOptions(), stdin: 'pipe', stdout: 'pipe', stderr: 'pipe', buffer: false, reject: false });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    if (stderr.length < 2000) stderr += s;
  });
  child.on('error', (err) => out.destroy(err));
  child.stdin.on('error', () => {
    // EPIPE when zstd exits early: its exit status explains why
  });
  source.on('error', (err) => {
    child.kill('SIGKILL');
    out.destroy(err);
  });
  source.pipe(child.stdin);
  child.stdout.pipe(out, { end: false });
  let stdoutDone = false;
  let exit: number | null | undefined;
  const finish = (): void => {
    if (!stdoutDone || exit === undefined) return;
    if (exit === 0) out.end();
    else out.destroy(new Error(`zstd -d failed (exit ${exit}): ${stderr.trim() || 'corrupt input'}`));
  };
  child.stdout.on('end', () => { stdoutDone = true; finish(); });
  child.on('close', (code) => { exit = code; finish(); });
  out.on('close', () => {
    if (exit === undefined) child.kill('SIGKILL');
    source.destroy();
  });
  return out;
}
