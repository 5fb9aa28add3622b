import { DabbaError } from '../errors/index.js';

/** The store could not be read or written (permissions, full disk, a corrupt index.json). */
export class StoreError extends DabbaError {
  readonly code: string = 'DABBA_STORE';
  readonly exitCode = 1;
}

/** Bytes that do not hash to the digest they were stored or offered under. */
export class DigestMismatchError extends StoreError {
  override readonly code = 'DABBA_DIGEST_MISMATCH';
}

/** A blob or reference that is not in the store: its own error, as umoci's cas.ErrNotExist. */
export class NotInStoreError extends StoreError {
  override readonly code = 'DABBA_NOT_IN_STORE';
}
