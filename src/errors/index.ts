/**
 * One error base for all of dabba. Every error a user can see carries a stable
 * `code` (for scripts and tests), a message written as a context chain
 * ("pulling x: fetching manifest: GET …: 401 UNAUTHORIZED: …"), an optional
 * `hint` that says how to fix it, and the exit code of its category:
 * 2 for usage and configuration errors, 1 for everything that failed at run time.
 */
export type ExitCode = 1 | 2;

export interface DabbaErrorOptions {
  hint?: string | undefined;
  cause?: unknown;
}

export abstract class DabbaError extends Error {
  abstract readonly code: string;
  abstract readonly exitCode: ExitCode;
  readonly hint: string | undefined;

  constructor(message: string, options: DabbaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
}

/** Bad command-line usage: unknown flag, missing argument. */
export class UsageError extends DabbaError {
  readonly code = 'DABBA_USAGE';
  readonly exitCode = 2;
}

/** A state that should be impossible; printed as "this is a bug". */
export class InternalError extends DabbaError {
  readonly code = 'DABBA_INTERNAL';
  readonly exitCode = 1;
}

/** Adds what the caller was doing in front of an error's message, keeping its type. */
export function withContext<E extends Error>(context: string, err: E): E {
  err.message = `${context}: ${err.message}`;
  return err;
}
