import { DabbaError } from '../errors/index.js';

/** A reference or image source string that cannot be parsed: a usage/config problem, exit 2. */
export class BadReferenceError extends DabbaError {
  readonly code = 'DABBA_BAD_REFERENCE';
  readonly exitCode = 2;
}
