/**
 * One dabba at a time changes a project: the lock `.dabba/lock`, taken with
 * the shared lock file implementation (src/util/file-lock.ts), which takes
 * over a lock whose owner is gone or could not be recorded.
 */
import { DabbaError } from '../errors/index.js';
import { acquireFileLock, type FileLock, type LockClock, type LockOwner } from '../util/file-lock.js';

export class ProjectLockedError extends DabbaError {
  readonly code = 'DABBA_PROJECT_LOCKED';
  readonly exitCode = 1;
  constructor(readonly holder: LockOwner | undefined) {
    super(`${describeHolder(holder)} is changing this project`, {
      hint: 'wait for it to finish, or stop it; a lock left by a dead process is taken over automatically',
    });
  }
}

/** "another dabba (pid 12, up)", or without the parentheses when the lock could not be read. */
export function describeHolder(holder: LockOwner | undefined): string {
  return `another dabba${holder ? ` (pid ${holder.pid}${holder.command ? `, ${holder.command}` : ''})` : ''}`;
}

export type ProjectLock = FileLock;

export interface AcquireOptions {
  /** What the holder is doing, shown to a process that finds the lock taken. */
  command?: string;
  /** How long to wait for another dabba; 0 fails at once. */
  waitMs?: number;
  /** Called once when the lock is found taken and we start waiting (holder undefined: not readable yet). */
  onWait?: (holder: LockOwner | undefined) => void;
  pollMs?: number;
  clock?: LockClock;
}

/**
 * Takes the project lock, waiting up to `waitMs` for a live holder, taking over
 * a stale one. Throws ProjectLockedError when the wait runs out.
 */
export function acquireProjectLock(file: string, options: AcquireOptions = {}): Promise<ProjectLock> {
  return acquireFileLock(file, { ...options, what: 'the project', heldError: (holder) => new ProjectLockedError(holder) });
}
