import { StoreError } from './errors.js';

/** A StoreError for a failed file-system call, with a hint where the user can do something about it. */
export function describeFsError(action: string, err: unknown): StoreError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOSPC') return new StoreError(`${action}: no space left on device`, { cause: err, hint: 'free some space (dabba prune removes unused blobs) or set DABBA_STORE to another disk' });
  if (e.code === 'EDQUOT') return new StoreError(`${action}: disk quota exceeded`, { cause: err });
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return new StoreError(`${action}: ${e.code}: permission denied`, { cause: err, hint: 'set DABBA_STORE to a folder you can write' });
  if (err instanceof StoreError) return err;
  return new StoreError(`${action}: ${e.message}`, { cause: err });
}

/** Whether `err` came from a file-system call (as opposed to the network or a verification). */
export function isFsError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && (err as NodeJS.ErrnoException).syscall !== undefined;
}
