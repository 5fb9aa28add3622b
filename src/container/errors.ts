import { DabbaError } from '../errors/index.js';

/** A change to a container's files (a watch sync) that could not be made. Exit 1. */
export class ContainerFsError extends DabbaError {
  readonly code = 'DABBA_CONTAINER_FS';
  readonly exitCode = 1;
}
