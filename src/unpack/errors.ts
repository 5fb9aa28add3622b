import { DabbaError, type DabbaErrorOptions } from '../errors/index.js';

/** Where in an image an unpack error happened; every part is optional. */
export interface UnpackErrorContext {
  /** `name@digest` of the image. */
  image?: string | undefined;
  layer?: string | undefined;
  entry?: string | undefined;
}

/**
 * Anything that stops a rootfs from being materialised: a hostile or corrupt
 * layer, a missing tool, a full disk. The message is a context chain:
 * `unpacking busybox@sha256:…: layer sha256:…: entry "../x": path escapes the rootfs`.
 */
export class UnpackError extends DabbaError {
  readonly code = 'DABBA_UNPACK';
  readonly exitCode = 1;
  readonly context: UnpackErrorContext;

  constructor(reason: string, context: UnpackErrorContext = {}, options: DabbaErrorOptions = {}) {
    super(formatUnpackMessage(reason, context), options);
    this.context = context;
  }
}

/**
 * A violation of the path policy (or another per-entry refusal) found while
 * applying one entry; `applyLayer` turns it into an `UnpackError` with the
 * image, layer and entry names in front.
 */
export class EntryRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'EntryRefused';
  }
}

/** A path component that does not exist where a path had to be resolved without creating it. */
export class MissingPath extends EntryRefused {}

function formatUnpackMessage(reason: string, ctx: UnpackErrorContext): string {
  const parts: string[] = [];
  if (ctx.image !== undefined) parts.push(`unpacking ${ctx.image}`);
  if (ctx.layer !== undefined) parts.push(`layer ${ctx.layer}`);
  if (ctx.entry !== undefined) parts.push(`entry ${JSON.stringify(ctx.entry)}`);
  parts.push(reason);
  return parts.join(': ');
}
