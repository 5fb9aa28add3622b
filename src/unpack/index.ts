/**
 * Layers → rootfs. What other stages call: `materializeRootfs`,
 * `readRootfsOrigin` (for the planner), `applyOwnership` (for the sandbox),
 * `ensureVolume`, `removeTree` (for removing container folders and cached
 * trees, which may hold read-only directories), `pruneUnpackCache` (for prune).
 */
export { materializeRootfs, DEFAULT_MAX_UNPACKED_BYTES, type MaterializeOptions, type ImageToMaterialize } from './materialize.js';
export { isCurrentRootfs, readRootfsOrigin, rootfsOwnership, type RootfsOrigin, type RootfsOwnership } from './origin.js';
export { applyOwnership, readOwnershipFile, type IdMap } from './ownership.js';
export { ensureVolume, type EnsureVolumeOptions } from './volume.js';
export { removeTree } from './tree.js';
export { pruneUnpackCache } from './prune-cache.js';
export { UnpackError, type UnpackErrorContext } from './errors.js';
export { containerPaths, cachePaths } from './layout.js';
