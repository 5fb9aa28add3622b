import { acquireFileLock, type FileLock, type LockOwner } from '../util/file-lock.js';
import { StoreError } from './errors.js';

/**
 * Runs `fn` holding the lock file `path` (see src/util/file-lock.ts: a lock
 * whose owner is gone is taken over); a live owner is waited for up to `timeoutMs`.
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const heldError = (owner: LockOwner | undefined) =>
    new StoreError(`locking ${path}: still held by ${owner ? `pid ${owner.pid}` : 'another process'} after ${timeoutMs} ms`, { hint: `if no dabba is running, remove ${path}` });
  const lock = await acquireFileLock(path, { what: 'the store', waitMs: timeoutMs, pollMs: 20, heldError });
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}

/**
 * Takes the lock file `path` unless a live process holds it (a stale lock is
 * taken over); undefined when it is held or cannot be created, for locks that
 * only decide who does optional work.
 */
export async function tryFileLock(path: string): Promise<FileLock | undefined> {
  return acquireFileLock(path, { what: 'the store', waitMs: 0, heldError: () => new StoreError(`${path} is held`) }).catch(() => undefined);
}
