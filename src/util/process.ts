/**
 * Telling whether a recorded process still runs. A pid alone is not enough:
 * after a crash or a reboot the pid may belong to something else, so each
 * record carries the process's start time (field 22 of /proc/<pid>/stat, in
 * clock ticks since boot) and both must match.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

/** A process told apart from a later one with the same pid: `startTime` is field 22 of /proc/<pid>/stat. */
export interface ProcessRef {
  pid: number;
  startTime: string;
}

/**
 * Field 22 (starttime) of a /proc/<pid>/stat line. The command name (field 2)
 * is in parentheses and may itself contain spaces and parentheses, so fields
 * are counted from the last ')'.
 */
export function parseStatStartTime(stat: string): string | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // After ')' come fields 3.. ; starttime is field 22, so index 19 of the rest.
  const rest = stat.slice(close + 1).trim().split(/\s+/);
  const value = rest[19];
  return value !== undefined && /^\d+$/.test(value) ? value : undefined;
}

/** The process state letter (field 3): 'Z' is a zombie, which counts as dead. */
export function parseStatState(stat: string): string | undefined {
  const close = stat.lastIndexOf(')');
  return close < 0 ? undefined : stat.slice(close + 1).trim().split(/\s+/)[0];
}

/** The start time of `pid`, or undefined when no such (live) process exists. */
export async function readProcessStartTime(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return parseStatState(stat) === 'Z' ? undefined : parseStatStartTime(stat);
  } catch {
    return undefined;
  }
}

/** Synchronous variant, for places that must not yield (exit handlers). */
export function readProcessStartTimeSync(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return parseStatState(stat) === 'Z' ? undefined : parseStatStartTime(stat);
  } catch {
    return undefined;
  }
}

/** A reference to the live process `pid`, or undefined if it does not exist. */
export async function processRef(pid: number): Promise<ProcessRef | undefined> {
  const startTime = await readProcessStartTime(pid);
  return startTime === undefined ? undefined : { pid, startTime };
}

/**
 * Whether `ref` is still the same live process (pid and start time match).
 * When /proc hides other users' processes (mounted with hidepid), the start
 * time cannot be read; a pid that kill(0) answers with EPERM then exists,
 * and counts as alive, since taking over a live owner's lock is worse than
 * waiting for it.
 */
export async function isAlive(ref: ProcessRef | undefined): Promise<boolean> {
  if (ref === undefined || !Number.isInteger(ref.pid) || ref.pid <= 0) return false;
  let stat: string;
  try {
    stat = await readFile(`/proc/${ref.pid}/stat`, 'utf8');
  } catch {
    return pidExists(ref.pid);
  }
  return parseStatState(stat) !== 'Z' && parseStatStartTime(stat) === ref.startTime;
}

/** Whether a process with this pid exists (EPERM: it does, as another user's); for pids known only as numbers. */
export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Sends `signal` to `ref` only if it is still the same process; returns whether
 * it was sent. The check and the kill are not atomic, but a pid is reused only
 * after the process is reaped, and the window is microseconds.
 */
export async function signalProcess(ref: ProcessRef, signal: NodeJS.Signals): Promise<boolean> {
  if (!(await isAlive(ref))) return false;
  try {
    process.kill(ref.pid, signal);
    return true;
  } catch {
    return false;
  }
}
