import { DabbaError } from '../errors/index.js';

/** The image is not in the store and the pull policy forbids fetching it, or a local source lacks it. */
export class ImageNotFoundError extends DabbaError {
  readonly code = 'DABBA_IMAGE_NOT_FOUND';
  readonly exitCode = 1;
}

/** A local image source (OCI layout, archive) that cannot be read or is malformed. */
export class ImageSourceError extends DabbaError {
  readonly code = 'DABBA_IMAGE_SOURCE';
  readonly exitCode = 1;
}
