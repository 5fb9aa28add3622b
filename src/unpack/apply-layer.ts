/**
 * Reads one layer's tar stream with node-tar's `Parser` (used only as a
 * parser: names, PAX and GNU long names, link targets, modes) and hands each
 * entry to the `RootfsWriter`, which decides and performs every filesystem
 * operation. node-tar's PAX parser drops `SCHILY.xattr.*` records, so the
 * `user.*` ones are read from the raw header text it emits as `meta` (in
 * stream order, just before the entry they belong to) and passed on with the
 * entry; the caller applies them per layer (`RootfsWriter.takeLayerXattrs`).
 * A global PAX header's xattrs are treated like those of an ordinary one
 * (they go to the next entry only): images don't carry them.
 */
import type { Readable } from 'node:stream';
import { Parser, type ReadEntry } from 'tar';
import { EntryRefused } from './errors.js';
import { splitEntryPath } from './path-policy.js';
import type { EntryMeta, OpenFile, RootfsWriter } from './rootfs-writer.js';
import { parseWhiteout } from './whiteout.js';
import { parsePaxXattrs, type Xattrs } from './xattr.js';

/** Decompressed bytes read ahead of the parser: enough to keep the decompressor busy, bounded for memory. */
const QUEUE_HIGH_BYTES = 2 * 1024 * 1024;
const QUEUE_LOW_BYTES = 512 * 1024;
/** Bytes parsed per event-loop turn, so that the decompressor's callbacks get in between. */
const PARSE_SLICE_BYTES = 256 * 1024;

/** A failure tied to one entry of the layer; `materializeRootfs` adds the image and layer. */
export class EntryError extends Error {
  constructor(
    readonly entry: string | undefined,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

export interface ApplyLayerOptions {
  signal?: AbortSignal | undefined;
  /** Told once per layer when device nodes were skipped. */
  onNotice?: ((msg: string) => void) | undefined;
}

function metaOf(entry: ReadEntry, xattrs: Xattrs | undefined): EntryMeta {
  return { mode: (entry.mode ?? 0o644) & 0o7777, uid: entry.uid ?? 0, gid: entry.gid ?? 0, mtime: entry.mtime, xattrs };
}

function describe(err: unknown): string {
  if (err instanceof EntryRefused) return err.reason;
  const e = err as NodeJS.ErrnoException;
  if (typeof e.code === 'string' && typeof e.syscall === 'string') return `${e.syscall}: ${e.code}`;
  return e.message ?? String(err);
}

/**
 * Applies the tar stream `tar` (already decompressed) to the writer's rootfs.
 * Resolves when the whole layer is applied; rejects with an `EntryError` on the
 * first refused or failed entry, after destroying `tar`.
 */
export function applyLayer(tar: Readable, writer: RootfsWriter, options: ApplyLayerOptions = {}): Promise<void> {
  writer.beginLayer();
  return new Promise<void>((resolve, reject) => {
    const parser = new Parser({ strict: true });
    let failed = false;
    let current: string | undefined;
    let file: OpenFile | undefined;
    let devices = 0;
    /** `user.*` xattrs of the meta headers read since the last entry. */
    let pendingXattrs: Map<string, Buffer> | undefined;

    const fail = (err: unknown, entry = current): void => {
      if (failed) return;
      failed = true;
      if (file) writer.abandonFile(file);
      file = undefined;
      tar.destroy();
      options.signal?.removeEventListener('abort', onAbort);
      reject(err instanceof EntryError ? err : new EntryError(entry, describe(err), { cause: err }));
    };
    const onAbort = (): void => fail(new EntryError(undefined, 'aborted'));
    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });

    parser.on('meta', (headerText: string) => {
      const found = parsePaxXattrs(headerText);
      if (found.size > 0) pendingXattrs = new Map([...(pendingXattrs ?? []), ...found]);
    });

    parser.on('entry', (entry: ReadEntry) => {
      const xattrs = pendingXattrs;
      pendingXattrs = undefined;
      if (failed) {
        entry.resume();
        return;
      }
      current = entry.path;
      try {
        handleEntry(entry, xattrs);
      } catch (err) {
        entry.resume();
        fail(err);
      }
    });

    const handleEntry = (entry: ReadEntry, xattrs: Xattrs | undefined): void => {
      const components = splitEntryPath(entry.path);
      const whiteout = parseWhiteout(components);
      if (whiteout) {
        entry.resume();
        writer.whiteout(whiteout);
        return;
      }
      if (components.length === 0) {
        // the rootfs itself (`./`): its mode and owner are dabba's, not the layer's
        entry.resume();
        return;
      }
      const meta = metaOf(entry, xattrs);
      switch (entry.type) {
        case 'Directory':
        case 'GNUDumpDir':
          entry.resume();
          writer.directory(components, meta);
          return;
        case 'File':
        case 'OldFile':
        case 'ContiguousFile': {
          const f = writer.openFile(components, meta, entry.size);
          file = f;
          const name = entry.path;
          entry.on('data', (chunk: Buffer) => {
            if (failed) return;
            try {
              writer.write(f, chunk);
            } catch (err) {
              fail(err, name);
            }
          });
          entry.on('end', () => {
            if (failed) return;
            file = undefined;
            try {
              writer.closeFile(f);
            } catch (err) {
              fail(err, name);
            }
          });
          return;
        }
        case 'SymbolicLink':
          entry.resume();
          writer.symlink(components, entry.linkpath ?? '', meta);
          return;
        case 'Link':
          entry.resume();
          writer.hardlink(components, splitEntryPath(entry.linkpath ?? ''), meta);
          return;
        case 'FIFO':
          entry.resume();
          writer.fifo(components, meta);
          return;
        case 'CharacterDevice':
        case 'BlockDevice':
          entry.resume();
          devices++;
          return;
        default:
          entry.resume();
          throw new EntryRefused(`unsupported entry type ${entry.type}`);
      }
    };

    parser.on('error', (err: Error) => fail(err, undefined));
    parser.on('abort', (err: Error) => fail(err, undefined));
    parser.on('end', () => {
      if (failed) return;
      options.signal?.removeEventListener('abort', onAbort);
      if (devices > 0) options.onNotice?.(`skipped ${devices} device node${devices === 1 ? '' : 's'} (the sandbox provides /dev)`);
      resolve();
    });

    // Decompressed chunks are queued and parsed a slice per event-loop turn,
    // never inside the 'data' event: zlib hands its thread the next chunk only
    // after the listeners of the previous one return, so parsing (and writing
    // the files) there made decompression and writing take turns. A profile
    // of the bench image showed the main thread idle 2.0 of 5.0 s waiting for
    // zlib that way; queued, decompression runs while files are written.
    const queue: Buffer[] = [];
    let queuedBytes = 0;
    let scheduled = false;
    let parserBlocked = false;
    let tarEnded = false;
    const pump = (): void => {
      scheduled = false;
      if (failed || parserBlocked) return;
      const head = queue[0];
      if (head !== undefined) {
        const chunk = head.length <= PARSE_SLICE_BYTES ? head : head.subarray(0, PARSE_SLICE_BYTES);
        if (chunk === head) queue.shift();
        else queue[0] = head.subarray(PARSE_SLICE_BYTES);
        queuedBytes -= chunk.length;
        if (!parser.write(chunk)) {
          parserBlocked = true;
          parser.once('drain', () => {
            parserBlocked = false;
            schedule();
          });
        }
        if (queuedBytes <= QUEUE_LOW_BYTES && tar.isPaused() && !tarEnded) tar.resume();
      }
      if (queue.length > 0) schedule();
      else if (tarEnded && !failed) parser.end();
    };
    const schedule = (): void => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(pump);
    };

    tar.on('error', (err) => fail(new EntryError(undefined, `reading layer: ${err.message}`, { cause: err }), undefined));
    tar.on('data', (chunk: Buffer) => {
      if (failed) return;
      queue.push(chunk);
      queuedBytes += chunk.length;
      if (queuedBytes >= QUEUE_HIGH_BYTES) tar.pause();
      schedule();
    });
    tar.on('end', () => {
      tarEnded = true;
      schedule();
    });
  });
}
