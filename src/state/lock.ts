/**
 * One dabba at a time changes a project. The lock is `.dabba/lock`, created
 * with O_EXCL and holding the owner's pid and start time. A lock whose owner
 * is gone (pid dead, or reused by another process) is stale and taken over.
 *
 * Taking over is guarded by a second O_EXCL file, `lock.takeover`, so that two
 * processes that both find the same stale lock cannot both delete it after one
 * of them has already replaced it with a fresh one.
 */
import { open, readFile, unlink } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DabbaError } from '../errors/index.js';
import { isAlive, readProcessStartTime } from './process.js';
import type { ProcessRef } from './types.js';

export class ProjectLockedError extends DabbaError {
  readonly code = 'DABBA_PROJECT_LOCKED';
  readonly exitCode = 1;
  constructor(readonly holder: LockHolder) {
    super(`another dabba (pid ${holder.pid}${holder.command ? `, ${holder.command}` : ''}) is changing this project`, {
      hint: 'wait for it to finish, or stop it; a lock left by a dead process is taken over automatically',
    });
  }
}

export interface LockHolder extends ProcessRef {
  command?: string;
}

export interface ProjectLock {
  readonly file: string;
  /** Removes the lock if it is still ours. Idempotent. */
  release(): Promise<void>;
}

export interface AcquireOptions {
  /** What the holder is doing, shown to a process that finds the lock taken. */
  command?: string;
  /** How long to wait for another dabba; 0 fails at once. */
  waitMs?: number;
  /** Called once when the lock is found taken and we start waiting. */
  onWait?: (holder: LockHolder) => void;
  pollMs?: number;
}

/**
 * Takes the project lock, waiting up to `waitMs` for a live holder, taking over
 * a stale one. Throws ProjectLockedError when the wait runs out.
 */
export async function acquireProjectLock(file: string, options: AcquireOptions = {}): Promise<ProjectLock> {
  const self = await ownRef();
  const content = `${JSON.stringify({ pid: self.pid, startTime: self.startTime, command: options.command ?? '' })}\n`;
  const deadline = Date.now() + (options.waitMs ?? 0);
  let waited = false;
  await mkdir(dirname(file), { recursive: true });
  for (;;) {
    if (await tryCreate(file, content)) return makeLock(file, content);
    const holder = await readHolder(file);
    if (holder === undefined || !(await isAlive(holder))) {
      await takeOverStale(file, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new ProjectLockedError(holder);
    if (!waited) options.onWait?.(holder);
    waited = true;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 100));
  }
}

async function ownRef(): Promise<ProcessRef> {
  const startTime = await readProcessStartTime(process.pid);
  return { pid: process.pid, startTime: startTime ?? '0' };
}

async function tryCreate(file: string, content: string): Promise<boolean> {
  try {
    const fh = await open(file, 'wx', 0o644);
    try {
      await fh.writeFile(content);
    } finally {
      await fh.close();
    }
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** The holder recorded in a lock file; undefined for a missing, empty or garbled file. */
export async function readHolder(file: string): Promise<LockHolder | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseHolder(text);
}

/** Parses lock file content (pure). */
export function parseHolder(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid === 'number' && typeof v.startTime === 'string') {
      return { pid: v.pid, startTime: v.startTime, ...(v.command ? { command: v.command } : {}) };
    }
  } catch {
    // a lock file being written right now is empty for a moment; treated like a garbled one below
  }
  return undefined;
}

async function takeOverStale(file: string, seen: LockHolder | undefined): Promise<void> {
  const guard = `${file}.takeover`;
  const self = await ownRef();
  if (!(await tryCreate(guard, JSON.stringify(self)))) {
    // Someone else is taking over; if that someone died doing it, clear its guard.
    const guardHolder = await readHolder(guard);
    if (guardHolder !== undefined && !(await isAlive(guardHolder))) await unlink(guard).catch(() => {});
    await new Promise((r) => setTimeout(r, 20));
    return;
  }
  try {
    const now = await readHolder(file);
    // An empty file may be a lock being written this instant: only a garbled one
    // that stays garbled (seen twice) is treated as stale.
    const same = now === undefined ? seen === undefined : seen !== undefined && now.pid === seen.pid && now.startTime === seen.startTime;
    if (same && !(now !== undefined && (await isAlive(now)))) {
      if (now === undefined) await new Promise((r) => setTimeout(r, 50));
      if (now !== undefined || (await readHolder(file)) === undefined) await unlink(file).catch(() => {});
    }
  } finally {
    await unlink(guard).catch(() => {});
  }
}

function makeLock(file: string, content: string): ProjectLock {
  let released = false;
  return {
    file,
    async release() {
      if (released) return;
      released = true;
      // Only remove the file if it is still ours (it could have been taken over if we were stopped for long).
      const now = await readFile(file, 'utf8').catch(() => undefined);
      if (now === content) await unlink(file).catch(() => {});
    },
  };
}
