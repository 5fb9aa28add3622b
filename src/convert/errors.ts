import { DabbaError } from '../errors/index.js';

/** The project cannot be converted as it stands (a host path, a name the cluster cannot resolve); every reason is listed. */
export class ConvertError extends DabbaError {
  readonly code = 'DABBA_CONVERT';
  readonly exitCode = 2;
}
