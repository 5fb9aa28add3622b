/**
 * Container logs under `.dabba/<service>/logs/`: one line per line of output,
 * `<ISO time> <stdout|stderr> <text>`, so `logs -t` can show times and `logs`
 * can strip them. The file is capped: past `maxBytes` it is rotated to
 * `output.log.1` (the older `.1` becomes `.2`, and so on up to `keep`).
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';

export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  time: string;
  stream: LogStream;
  text: string;
}

export const DEFAULT_LOG_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_LOG_KEEP = 3;

/** One log line as written to the file (pure). */
export function formatLogLine(line: LogLine): string {
  return `${line.time} ${line.stream} ${line.text}\n`;
}

/** Parses a line of a log file; undefined for a line that is not one (pure). */
export function parseLogLine(raw: string): LogLine | undefined {
  const m = /^(\S+) (stdout|stderr) (.*)$/s.exec(raw);
  return m ? { time: m[1]!, stream: m[2] as LogStream, text: m[3]! } : undefined;
}

/**
 * Splits a byte stream into lines, keeping a partial last line until the rest
 * arrives (pure). `flush` returns what is left when the stream ends.
 */
export function createLineSplitter(): { push(chunk: string): string[]; flush(): string[] } {
  let pending = '';
  return {
    push(chunk) {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop()!;
      return parts;
    },
    flush() {
      const rest = pending;
      pending = '';
      return rest === '' ? [] : [rest];
    },
  };
}

export interface RotatingLog {
  write(stream: LogStream, text: string): void;
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
    renameSync(file, `${file}.1`);
    fd = openSync(file, 'a', 0o644);
    size = 0;
  };
  return {
    write(stream, text) {
      const buf = Buffer.from(formatLogLine({ time: now().toISOString(), stream, text }));
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
  const split = createLineSplitter();
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
          for (const l of split.push(buf.subarray(0, bytesRead).toString('utf8'))) onLine(l);
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
    for (const l of text.split('\n')) if (l !== '') lines.push(l);
  }
  return n === undefined ? lines : lines.slice(Math.max(0, lines.length - n));
}
