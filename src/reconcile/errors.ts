import { DabbaError } from '../errors/index.js';

/** A dependency did not reach the state its dependant waits for (unhealthy, failed, exited non-zero). */
export class DependencyError extends DabbaError {
  readonly code = 'DABBA_DEPENDENCY';
  readonly exitCode = 1;
}

/** A step of the plan failed; the message names the service and the step. */
export class ReconcileError extends DabbaError {
  readonly code = 'DABBA_RECONCILE';
  readonly exitCode = 1;
}

/** `up --wait` (or `up -d`, for a container that died at once): a service did not come up; the message names it, says why and shows its last lines. */
export class ServiceNotReadyError extends DabbaError {
  readonly code = 'DABBA_NOT_READY';
  readonly exitCode = 1;
}
