const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, µs: 0.001, ns: 0.000001 };
const PART = /([0-9]+(?:\.[0-9]+)?)(ns|us|µs|ms|s|m|h)/y;

/**
 * Parses a compose (Go) duration such as `1m30s`, `500ms` or `1.5h` into
 * milliseconds, rounded to the nearest millisecond. Returns undefined when
 * the text is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  if (text === '') return undefined;
  PART.lastIndex = 0;
  let total = 0;
  while (PART.lastIndex < text.length) {
    const m = PART.exec(text);
    if (m === null) return undefined;
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
  }
  return Math.round(total);
}

/**
 * Formats milliseconds as compose prints a duration (Go's `time.Duration`):
 * `0s`, `500ms`, `10s`, `1m30s`, `1h0m0s`, `1.5s`. `parseDuration` reads it back
 * to the same number.
 */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  const secs = `${Number.isInteger(s) ? s : s.toFixed(3).replace(/0+$/, '')}s`;
  if (h > 0) return `${h}h${m}m${secs}`;
  if (m > 0) return `${m}m${secs}`;
  return secs;
}
