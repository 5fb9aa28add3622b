import { DabbaError } from '../errors/index.js';

/** An image document (manifest, index, config) that is malformed or unsupported. Exit 1: it came from outside. */
export class ImageFormatError extends DabbaError {
  readonly code = 'DABBA_IMAGE_FORMAT';
  readonly exitCode = 1;
}

/** No manifest in an index matches the wanted platform. */
export class PlatformNotFoundError extends DabbaError {
  readonly code = 'DABBA_PLATFORM_NOT_FOUND';
  readonly exitCode = 1;
}
