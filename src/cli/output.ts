import { DabbaError } from '../errors/index.js';

export interface Output {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Colours on stderr: only on a TTY and never with NO_COLOR. */
  color: boolean;
  /** Results: to stdout. */
  print(text: string): void;
  /** Diagnostics and progress: to stderr. */
  info(text: string): void;
  warn(text: string): void;
}

export function createOutput(env: NodeJS.ProcessEnv, stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Output {
  const color = Boolean(stderr.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  return {
    stdout,
    stderr,
    color,
    print: (text) => void stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    info: (text) => void stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    warn: (text) => void stderr.write(`${paint(color, 33, 'warning')}: ${text}\n`),
  };
}

export function paint(enabled: boolean, code: number, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** Prints any error the way a person can act on it, and returns the exit code for it. */
export function reportError(out: Output, err: unknown): number {
  if (err instanceof DabbaError) {
    out.stderr.write(`${paint(out.color, 31, 'error')}: ${err.message}\n`);
    if (err.hint) out.stderr.write(`${paint(out.color, 36, 'hint')}: ${err.hint}\n`);
    if (err.code === 'DABBA_INTERNAL') out.stderr.write('this is a bug in dabba; please report it\n');
    return err.exitCode;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  out.stderr.write(`${paint(out.color, 31, 'error')}: ${e.message}\nthis is a bug in dabba; please report it\n${e.stack ?? ''}\n`);
  return 1;
}

/** `1.9 MB` (decimal units, as docker prints sizes). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = -1;
  do {
    v /= 1000;
    u++;
  } while (v >= 1000 && u < units.length - 1);
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}
