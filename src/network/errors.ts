import { DabbaError } from '../errors/index.js';

/** A project network cannot be made, joined or kept (a tool missing, addresses exhausted, the kernel refusing). */
export class NetworkError extends DabbaError {
  readonly code = 'DABBA_NETWORK';
  readonly exitCode = 1;
}
