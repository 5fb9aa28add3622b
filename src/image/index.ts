/** The high-level image API later stages call: get an image into the store, read its layers. */
export { ensureImage, defaultPlatform, type EnsureImageOptions, type ResolvedImage, type PullPolicy } from './ensure.js';
export { openLayerTar } from './layers.js';
export { ImageNotFoundError, ImageSourceError } from './errors.js';
export type { PullEvent, PullProgress } from './progress.js';
export { listImages, type ImageSummary } from './list.js';
export { importImageAs, storeNameOf } from './import-layout.js';
export type { Fetcher, ManifestBytes } from './fetchers.js';
export { pinnedImages } from './pinned.js';
