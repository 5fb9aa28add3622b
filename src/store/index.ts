export { Store, defaultStorePath } from './store.js';
export { REF_NAME, listRefs, type StoreRef } from './refs.js';
export { type PutBlobOptions } from './ingest.js';
export { DigestMismatchError, NotInStoreError, StoreError } from './errors.js';
export { withFileLock } from './lock.js';
