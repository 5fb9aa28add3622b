import { DabbaError } from '../errors/index.js';

/**
 * A registry request that failed. The message is a context chain naming what
 * was being done, the method and URL (never credentials; query strings are
 * elided as they often carry signatures), the HTTP status and the registry's
 * own error code: `fetching manifest: GET http://h/v2/app/manifests/1: 401 UNAUTHORIZED: authentication required`.
 */
export class RegistryError extends DabbaError {
  readonly code: string = 'DABBA_REGISTRY';
  readonly exitCode = 1;
  /** HTTP status, when the registry answered. */
  status: number | undefined;
  /** The registry's error code (`UNAUTHORIZED`, `MANIFEST_UNKNOWN`, …), when it sent one. */
  registryCode: string | undefined;
  constructor(message: string, options: { hint?: string; cause?: unknown; status?: number; registryCode?: string } = {}) {
    super(message, options);
    this.status = options.status;
    this.registryCode = options.registryCode;
  }
}

/** A TLS certificate that failed verification: never downgraded to plain HTTP or unverified TLS. */
export class CertificateError extends RegistryError {
  override readonly code = 'DABBA_REGISTRY_CERTIFICATE';
}

/** Credentials the registry refused (or none where it needs some). */
export class AuthenticationError extends RegistryError {
  override readonly code = 'DABBA_REGISTRY_AUTH';
}
