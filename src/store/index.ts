export { Store, REF_NAME, defaultStorePath, DigestMismatchError, NotInStoreError, StoreError, type StoreRef, type PutBlobOptions } from './store.js';
export { withFileLock } from './lock.js';
