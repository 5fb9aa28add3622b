/**
 * Container logs under `.dabba/<service>/logs/`: one line per line of output,
 * `<ISO time> <stdout|stderr> <text>`, so `logs -t` can show times and `logs`
 * can strip them. A line is cut every MAX_LINE_BYTES, as docker does: each
 * piece but the last is written with `+` after the stream name
 * (`<time> stdout+ <text>`), meaning "continues on the next line". The file is
 * capped: past `maxBytes` it is rotated to `output.log.1` (the older `.1`
 * becomes `.2`, and so on up to `keep`).
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { DEFAULT_LOG_ROTATION } from '../config/run-options.js';

export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  time: string;
  stream: LogStream;
  text: string;
  /** A piece of a longer line, cut at MAX_LINE_BYTES; the rest follows. */
  partial?: boolean;
}

/** Where a line without a newline is cut, as docker's log drivers do. */
export const MAX_LINE_BYTES = 16 * 1024;

/** Without `logging:` (one default for the config and the log: config/run-options.ts). */
export const DEFAULT_LOG_MAX_BYTES = DEFAULT_LOG_ROTATION.maxBytes;
/** Rotated files kept besides the current one. */
export const DEFAULT_LOG_KEEP = DEFAULT_LOG_ROTATION.maxFiles - 1;

/** One log line as written to the file (pure). */
export function formatLogLine(line: LogLine): string {
  return `${line.time} ${line.stream}${line.partial ? '+' : ''} ${line.text}\n`;
}

/** Parses a line of a log file; undefined for a line that is not one (pure). */
export function parseLogLine(raw: string): LogLine | undefined {
  const m = /^(\S+) (stdout|stderr)(\+?) (.*)$/s.exec(raw);
  return m ? { time: m[1]!, stream: m[2] as LogStream, text: m[4]!, ...(m[3] ? { partial: true } : {}) } : undefined;
}

export interface SplitLine {
  text: string;
  /** Cut at the cap; the rest of the line follows. */
  partial: boolean;
}

export interface LineSplitter {
  push(chunk: Uint8Array): SplitLine[];
  /** What is left when the stream ends. */
  flush(): SplitLine[];
  /** Bytes held back for an unfinished line: never more than the cap. */
  retained(): number;
}

/**
 * Splits a byte stream into lines (pure). An unfinished line is kept until
 * the rest arrives, but never more than `maxBytes` of it: a longer line is
 * emitted in pieces marked partial, cut where no UTF-8 character is split, so
 * memory stays flat and each byte is looked at once.
 */
export function createLineSplitter(maxBytes = MAX_LINE_BYTES): LineSplitter {
  const buf = Buffer.alloc(maxBytes);
  let len = 0;
  const take = (end: number, partial: boolean): SplitLine => {
    const line = { text: buf.toString('utf8', 0, end), partial };
    buf.copy(buf, 0, end, len);
    len -= end;
    return line;
  };
  return {
    push(chunk) {
      const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const out: SplitLine[] = [];
      let i = 0;
      while (i < bytes.length) {
        const nl = bytes.indexOf(10, i);
        const end = nl < 0 ? bytes.length : nl;
        while (i < end) {
          if (len === maxBytes) out.push(take(utf8Boundary(buf, len), true));
          const n = Math.min(end - i, maxBytes - len);
          bytes.copy(buf, len, i, i + n);
          len += n;
          i += n;
        }
        if (nl < 0) break;
        out.push(take(len, false));
        i = nl + 1;
      }
      return out;
    },
    flush() {
      return len === 0 ? [] : [take(len, false)];
    },
    retained: () => len,
  };
}

/** Where to cut a full `buf` of `end` bytes: before a UTF-8 character that does not fit whole, else at `end`. */
function utf8Boundary(buf: Buffer, end: number): number {
  let lead = end - 1;
  while (lead > end - 4 && lead > 0 && (buf[lead]! & 0xc0) === 0x80) lead--;
  const b = buf[lead]!;
  const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return b >= 0xc0 && lead > 0 && lead + size > end ? lead : end;
}

export interface RotatingLog {
  write(stream: LogStream, text: string, partial?: boolean): void;
  close(): void;
}

/**
 * Appends lines to `file`, rotating at `maxBytes`. Writes are synchronous: the
 * supervisor does little else, and a line is on disk before the next one is read.
 */
export function openRotatingLog(file: string, options: { maxBytes?: number; keep?: number; now?: () => Date } = {}): RotatingLog {
  const maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
  const keep = options.keep ?? DEFAULT_LOG_KEEP;
  const now = options.now ?? (() => new Date());
  let fd = openSync(file, 'a', 0o644);
  let size = statSync(file).size;
  const rotate = () => {
    closeSync(fd);
    rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      try {
        renameSync(`${file}.${i}`, `${file}.${i + 1}`);
      } catch {
        // that generation does not exist yet
      }
    }
    // keep 0 (compose's max-file: 1): the one file starts again.
    if (keep === 0) rmSync(file);
    else renameSync(file, `${file}.1`);
    fd = openSync(file, 'a', 0o644);
    size = 0;
  };
  return {
    write(stream, text, partial = false) {
      const buf = Buffer.from(formatLogLine({ time: now().toISOString(), stream, text, partial }));
      if (size > 0 && size + buf.length > maxBytes) rotate();
      writeSync(fd, buf);
      size += buf.length;
    },
    close() {
      closeSync(fd);
    },
  };
}

/**
 * Follows a log file from byte `offset`, calling `onLine` for each complete
 * line, until `signal` aborts. Notices rotation (the file got smaller or was
 * replaced) and continues from the start of the new file. Polls: the files are
 * small and this keeps it independent of inotify limits.
 */
export async function followLog(file: string, offset: number, onLine: (line: string) => void, signal: AbortSignal, pollMs = 100): Promise<void> {
  const { open, stat } = await import('node:fs/promises');
  // A file line is a line piece of at most MAX_LINE_BYTES plus its prefix; decoding
  // and encoding again may triple it (each invalid byte becomes a 3-byte U+FFFD).
  const split = createLineSplitter(4 * MAX_LINE_BYTES);
  let pos = offset;
  let ino: number | undefined;
  while (!signal.aborted) {
    const st = await stat(file).catch(() => undefined);
    if (st !== undefined) {
      if ((ino !== undefined && st.ino !== ino) || st.size < pos) pos = 0;
      ino = st.ino;
      if (st.size > pos) {
        const fh = await open(file, 'r');
        try {
          const buf = Buffer.alloc(Math.min(st.size - pos, 1 << 20));
          const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
          pos += bytesRead;
          for (const l of split.push(buf.subarray(0, bytesRead))) onLine(l.text);
        } finally {
          await fh.close();
        }
        continue;
      }
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** The last `n` lines of a service's logs, across rotated files, oldest first. */
export async function readLogTail(file: string, n: number | undefined, keep = DEFAULT_LOG_KEEP): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const lines: string[] = [];
  for (let i = keep; i >= 0; i--) {
    const text = await readFile(i === 0 ? file : `${file}.${i}`, 'utf8').catch(() => '');
    // A line the supervisor is still writing has no newline yet: it is shown once it is whole.
    const whole = text.slice(0, text.lastIndexOf('\n') + 1);
    for (const l of whole.split('\n')) if (l !== '') lines.push(l);
  }
  return n === undefined ? lines : lines.slice(Math.max(0, lines.length - n));
}
