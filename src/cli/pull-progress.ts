/** Pull progress for `dabba pull` and the pulls of `dabba up`. */
import type { PullEvent } from '../image/index.js';
import { formatBytes, type Output } from './output.js';

export interface PullProgress {
  onEvent: (e: PullEvent) => void;
  /** Stops redrawing and clears the live block. */
  finish: () => void;
}

function short(digest: string): string {
  return digest.slice('sha256:'.length, 'sha256:'.length + 12);
}

interface BlobState {
  name: string;
  digest: string;
  size: number;
  bytes: number;
  started: number;
  done: boolean;
}

/**
 * Progress on stderr: on a TTY a live block (one line per downloading layer
 * with bytes, total and rate, redrawn 10 times a second); otherwise one line
 * per event, never per chunk.
 */
export function createPullProgress(out: Output): PullProgress {
  const tty = Boolean((out.stderr as NodeJS.WriteStream).isTTY);
  const blobs = new Map<string, BlobState>();
  /** Per image: total bytes to fetch and bytes of blobs already stored (counted as done). */
  const images = new Map<string, { total: number; cached: number; started: number }>();
  let drawn = 0;
  const bar = (fraction: number, done: boolean) => `${'='.repeat(Math.floor(Math.min(1, fraction) * 20))}${done ? '' : '>'}`.padEnd(21).slice(0, 21);
  const draw = () => {
    const lines = [...images].flatMap(([name, img]) => {
      const own = [...blobs.values()].filter((b) => b.name === name);
      const bytes = img.cached + own.reduce((n, b) => n + b.bytes, 0);
      const secs = (Date.now() - img.started) / 1000;
      return [`${name} [${bar(img.total > 0 ? bytes / img.total : 1, false)}] ${formatBytes(bytes)}/${formatBytes(img.total)} ${secs > 0 ? `${formatBytes((bytes - img.cached) / secs)}/s` : ''}`, ...own.map(blobLine)];
    });
    out.stderr.write(`${erase()}${lines.map((l) => `${l}\n`).join('')}`);
    drawn = lines.length;
  };
  const blobLine = (b: BlobState) => {
    const secs = (Date.now() - b.started) / 1000;
    const rate = secs > 0 ? `${formatBytes(b.bytes / secs)}/s` : '';
    return `  ${short(b.digest)} [${bar(b.size > 0 ? b.bytes / b.size : 1, b.done)}] ${formatBytes(b.bytes)}/${formatBytes(b.size)} ${b.done ? 'done' : rate}`;
  };
  /** Moves up over the live block and clears it. */
  const erase = () => {
    const text = drawn > 0 ? `\u001b[${drawn}A\u001b[J` : '';
    drawn = 0;
    return text;
  };
  const timer = tty ? setInterval(draw, 100) : undefined;
  timer?.unref();
  const onEvent = (e: PullEvent) => {
    switch (e.type) {
      case 'resolving':
        if (!tty) out.info(`${e.name}: resolving`);
        break;
      case 'resolved':
        images.set(e.name, { total: e.totalBytes, cached: 0, started: Date.now() });
        if (!tty) out.info(`${e.name}: ${e.digest}${e.platform ? ` (${e.platform})` : ''}, ${e.blobs} blobs, ${formatBytes(e.totalBytes)}`);
        break;
      case 'blob-start':
        blobs.set(`${e.name} ${e.digest}`, { name: e.name, digest: e.digest, size: e.size, bytes: 0, started: Date.now(), done: false });
        if (!tty) out.info(`${e.name}: ${short(e.digest)} downloading ${formatBytes(e.size)}`);
        break;
      case 'blob-progress': {
        const b = blobs.get(`${e.name} ${e.digest}`);
        if (b) b.bytes = e.bytes;
        break;
      }
      case 'blob-done': {
        const b = blobs.get(`${e.name} ${e.digest}`);
        if (b) {
          b.bytes = b.size;
          b.done = true;
        }
        const img = images.get(e.name);
        if (e.cached && img) img.cached += e.size;
        if (!tty) out.info(`${e.name}: ${short(e.digest)} ${e.cached ? 'already stored' : 'done'}`);
        break;
      }
      case 'done':
        if (tty) {
          for (const [k, b] of blobs) if (b.name === e.name) blobs.delete(k);
          images.delete(e.name);
          out.stderr.write(erase());
        }
        out.info(e.upToDate ? `${e.name}: up to date (${e.digest})` : `${e.name}: pulled ${e.digest} (${e.downloadedBlobs} blobs, ${formatBytes(e.downloadedBytes)})`);
        if (tty) draw();
        break;
    }
  };
  return {
    onEvent,
    finish: () => {
      if (timer) clearInterval(timer);
      if (tty) out.stderr.write(erase());
    },
  };
}
