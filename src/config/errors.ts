import { DabbaError } from '../errors/index.js';

/**
 * One problem in a configuration file, at a position a person can jump to.
 * `file` is the path as shown to the user (relative to the working folder when
 * inside it); `line` and `col` are 1-based; `path` is the key path in the
 * document (`services.web.ports[0]`, empty for problems not tied to a key).
 */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
  /** The source line the position is in, shown under the message with a caret. */
  sourceLine?: string | undefined;
}

/** How much of a source line an excerpt shows: a minified or generated line can be megabytes long. */
export const EXCERPT_WIDTH = 120;

/**
 * Formats one diagnostic as `file:line:col: path: message`, then the source
 * line and a caret under the column; of a line longer than EXCERPT_WIDTH only
 * the part around the column is shown, its cut ends marked with `…`.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.path === '' ? '' : `${d.path}: `}${d.message}`;
  if (d.sourceLine === undefined) return head;
  const at = Math.max(0, d.col - 1);
  let shown = d.sourceLine;
  let before = at;
  if (shown.length > EXCERPT_WIDTH) {
    const start = Math.max(0, Math.min(at - EXCERPT_WIDTH / 2, shown.length - EXCERPT_WIDTH));
    const end = start + EXCERPT_WIDTH;
    shown = `${start > 0 ? '…' : ''}${shown.slice(start, end)}${end < d.sourceLine.length ? '…' : ''}`;
    before = at - start + (start > 0 ? 1 : 0);
  }
  // Tabs keep their width in the caret line so the caret lands under the column.
  const pad = shown.slice(0, before).replace(/[^\t]/g, ' ');
  return `${head}\n  ${shown}\n  ${pad}^`;
}

/** A file read for the project (an env_file): its text, undefined when it does not exist, or why it cannot be read. */
export type FileText = string | undefined | { unreadable: string };

/** Orders diagnostics by file, then position, so that a file's errors read top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1));
}

/**
 * Everything wrong with a project file, reported at once (exit 2). The message
 * lists every diagnostic, each with its source line and caret.
 */
export class ConfigError extends DabbaError {
  readonly code = 'DABBA_CONFIG';
  readonly exitCode = 2;
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const sorted = sortDiagnostics(diagnostics);
    const count = sorted.length === 1 ? '' : ` (${sorted.length} problems)`;
    super(`invalid configuration${count}:\n${sorted.map(formatDiagnostic).join('\n')}`);
    this.diagnostics = sorted;
  }
}

/** No project file was given and none of the usual names exists in the folder or its parents. */
export class ConfigNotFoundError extends DabbaError {
  readonly code = 'DABBA_CONFIG_NOT_FOUND';
  readonly exitCode = 2;
}

/** A project file, `.env` or `env_file` that exists but cannot be read. */
export class ConfigReadError extends DabbaError {
  readonly code = 'DABBA_CONFIG_READ';
  readonly exitCode = 2;
}

/**
 * A port, volume or other short-syntax value that does not parse. `reason` is
 * the message without context, e.g. `"80:abc" is not a port mapping (expected …)`,
 * so that the config loader can place it at a position and `dabba run -p` can
 * prefix its flag.
 */
export class InvalidSpecError extends DabbaError {
  readonly code = 'DABBA_INVALID_SPEC';
  readonly exitCode = 2;
  readonly reason: string;

  constructor(reason: string, options: { hint?: string } = {}) {
    super(reason, options);
    this.reason = reason;
  }
}
