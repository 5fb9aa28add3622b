import { DabbaError } from '../errors/index.js';

/** buildah is not installed: building needs it. */
export class BuildahMissingError extends DabbaError {
  readonly code = 'DABBA_BUILDAH_MISSING';
  readonly exitCode = 1;
}

/** A build that could not be done: a failing step, a refused option, buildah failing. */
export class BuildError extends DabbaError {
  readonly code = 'DABBA_BUILD';
  readonly exitCode = 1;
}

export const BUILDAH_PACKAGE_HINT = 'install the package buildah (Debian/Ubuntu: sudo apt install buildah; Fedora: sudo dnf install buildah)';
