/** A process's end as an exit code, the way a shell reports it (pure). */
import { constants } from 'node:os';

/** `code` when the process exited; 128 + the signal's number when a signal ended it. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal !== null ? (constants.signals[signal] ?? 0) : 0);
}
