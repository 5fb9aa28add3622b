/**
 * The one lock file implementation of dabba, for the project (`.dabba/lock`)
 * and the image store (`index.json.lock`). A lock is a file created with
 * O_EXCL that holds its owner's pid and start time. A lock whose owner is gone
 * (pid dead, or reused by another process) is stale and taken over.
 *
 * A lock whose owner cannot be read (empty or garbled: a full disk can leave
 * it so) is stale once it has been so for UNREADABLE_GRACE_MS, judged by its
 * mtime or, when the clock disagrees with the file system, by how long this
 * process has seen it unchanged. A fresh empty file is a lock being written.
 *
 * Taking over is guarded by a second O_EXCL file, `<lock>.takeover`, so that
 * two processes that both find the same stale lock cannot both delete it after
 * one of them has already replaced it with a fresh one. The guard is stale by
 * the same rules, and every wait is bounded.
 */
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DabbaError } from '../errors/index.js';
import { isAlive, readProcessStartTime, type ProcessRef } from './process.js';

/** How long a lock file may stay unreadable before it counts as abandoned. */
export const UNREADABLE_GRACE_MS = 2000;

/** The owner recorded in a lock file. */
export interface LockOwner extends ProcessRef {
  command?: string;
}

export interface FileLock {
  readonly file: string;
  /** Removes the lock if it is still ours. Idempotent. */
  release(): Promise<void>;
}

export interface LockClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface FileLockOptions {
  /** What is locked, for messages: "the project", "the store". */
  what: string;
  /** What the owner is doing, shown to a process that finds the lock taken. */
  command?: string | undefined;
  /** How long to wait for a live owner; 0 fails at once. */
  waitMs?: number | undefined;
  pollMs?: number | undefined;
  /** Called once when the lock is found taken and waiting starts. */
  onWait?: ((owner: LockOwner | undefined) => void) | undefined;
  /** The error thrown when the wait runs out (owner undefined: it could not be read). */
  heldError(owner: LockOwner | undefined): Error;
  clock?: LockClock | undefined;
}

/** The file system refused a lock file (full disk, quota, read-only, permissions). */
export class LockFileError extends DabbaError {
  readonly exitCode = 1;
  constructor(
    readonly code: string,
    message: string,
    options: { hint: string; cause: unknown },
  ) {
    super(message, options);
  }
}

const realClock: LockClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

/**
 * Takes the lock `file`, waiting up to `waitMs` for a live owner and taking
 * over a stale one. Throws `heldError` when the wait runs out.
 */
export async function acquireFileLock(file: string, options: FileLockOptions): Promise<FileLock> {
  const clock = options.clock ?? realClock;
  const self = await ownRef();
  const content = `${JSON.stringify({ pid: self.pid, startTime: self.startTime, command: options.command ?? '' })}\n`;
  const seen = new Map<string, number>();
  const deadline = clock.now() + (options.waitMs ?? 0);
  let waited = false;
  await mkdir(dirname(file), { recursive: true }).catch((err: unknown) => {
    throw describeLockError(err, options.what, file);
  });
  for (;;) {
    if (await tryCreate(file, content, options.what)) return makeLock(file, content);
    // Whatever happens below (a takeover that keeps losing, a guard holder
    // stopped midway), no wait lasts longer than this.
    if (clock.now() >= deadline + UNREADABLE_GRACE_MS) throw options.heldError(undefined);
    const found = await inspect(file, clock, seen);
    if (found === 'gone') continue;
    if (found.stale) {
      // 'busy': another process is taking the lock over this instant
      if ((await takeOver(file, found.identity, content, options.what, clock, seen)) === 'retry') continue;
    } else {
      if (clock.now() >= deadline) throw options.heldError(found.owner);
      if (!waited) options.onWait?.(found.owner);
      waited = true;
    }
    await clock.sleep(options.pollMs ?? 100);
  }
}

async function ownRef(): Promise<ProcessRef> {
  const startTime = await readProcessStartTime(process.pid);
  return { pid: process.pid, startTime: startTime ?? '0' };
}

/** Creates `file` with `content` unless it exists. A file left empty by a failed write is removed. */
async function tryCreate(file: string, content: string, what: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(file, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw describeLockError(err, what, file);
  }
  try {
    await fh.writeFile(content);
  } catch (err) {
    await fh.close().catch(() => {});
    await unlink(file).catch(() => {});
    throw describeLockError(err, what, file);
  }
  await fh.close();
  return true;
}

/** The owner recorded in lock file content (pure); undefined for empty or garbled content. */
export function parseLockOwner(text: string): LockOwner | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (typeof v.pid === 'number' && typeof v.startTime === 'string') {
      return { pid: v.pid, startTime: v.startTime, ...(v.command ? { command: v.command } : {}) };
    }
  } catch {
    // empty (being written, or left so by a full disk) or garbled: judged by its age
  }
  return undefined;
}

interface Found {
  owner: LockOwner | undefined;
  stale: boolean;
  /** Tells this file apart from a later one at the same path. */
  identity: string;
}

/**
 * Reads the lock at `file` and judges it. `seen` remembers when each unreadable
 * file was first seen, so that one with a future mtime still ages.
 */
async function inspect(file: string, clock: LockClock, seen: Map<string, number>): Promise<Found | 'gone'> {
  let text: string;
  let st;
  try {
    st = await stat(file);
    text = await readFile(file, 'utf8');
  } catch {
    return 'gone';
  }
  const owner = parseLockOwner(text);
  const identity = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${text}`;
  if (owner !== undefined) return { owner, stale: !(await isAlive(owner)), identity };
  const now = clock.now();
  if (!seen.has(identity)) seen.set(identity, now);
  const age = Math.max(now - st.mtimeMs, now - seen.get(identity)!);
  return { owner, stale: age >= UNREADABLE_GRACE_MS, identity };
}

/**
 * Removes the stale lock `file` (still the one seen as `identity`) under the
 * takeover guard. 'retry' when the lock may be free now, 'busy' when another
 * process holds the guard.
 */
async function takeOver(file: string, identity: string, content: string, what: string, clock: LockClock, seen: Map<string, number>): Promise<'retry' | 'busy'> {
  const guard = `${file}.takeover`;
  if (!(await tryCreate(guard, content, what))) {
    // Someone else is taking over; a guard whose holder died, or that stays unreadable, is cleared.
    const g = await inspect(guard, clock, seen);
    if (g === 'gone') return 'retry';
    if (!g.stale) return 'busy';
    await removeIf(guard, g.identity, clock, seen, what);
    return 'retry';
  }
  try {
    await removeIf(file, identity, clock, seen, what);
  } finally {
    if ((await readFile(guard, 'utf8').catch(() => undefined)) === content) await unlink(guard).catch(() => {});
  }
  return 'retry';
}

/** Removes `file` if it is still the stale file seen as `identity` (not replaced meanwhile). */
async function removeIf(file: string, identity: string, clock: LockClock, seen: Map<string, number>, what: string): Promise<void> {
  const now = await inspect(file, clock, seen);
  if (now === 'gone' || !now.stale || now.identity !== identity) return;
  try {
    await unlink(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw describeLockError(err, what, file);
  }
}

function makeLock(file: string, content: string): FileLock {
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

const FS_ERRORS: Record<string, { code: string; reason: string; hint: string }> = {
  ENOSPC: { code: 'DABBA_NO_SPACE', reason: 'no space left on device', hint: 'free some space and run the command again; a lock file a full disk left empty is cleared by itself' },
  EDQUOT: { code: 'DABBA_NO_SPACE', reason: 'disk quota exceeded', hint: 'free some space within your quota and run the command again' },
  EROFS: { code: 'DABBA_LOCK_IO', reason: 'read-only file system', hint: 'run dabba where the folder can be written' },
  EACCES: { code: 'DABBA_LOCK_IO', reason: 'permission denied', hint: 'check the owner and permissions of the folder' },
  EPERM: { code: 'DABBA_LOCK_IO', reason: 'permission denied', hint: 'check the owner and permissions of the folder' },
};

/** A clear error for a file system failure while locking; other errors pass unchanged. */
function describeLockError(err: unknown, what: string, file: string): unknown {
  const known = FS_ERRORS[(err as NodeJS.ErrnoException)?.code ?? ''];
  if (known === undefined) return err;
  return new LockFileError(known.code, `${known.reason} while locking ${what} ${file}`, { hint: known.hint, cause: err });
}
