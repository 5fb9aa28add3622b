/** A path into a document: mapping keys and sequence indexes. */
export type KeyPath = readonly (string | number)[];

/** Where a value (and, for a mapping entry, its key) starts in the source. */
export interface NodePosition {
  offset: number;
  keyOffset?: number | undefined;
}

/** 1-based line and column, with the text of that line. */
export interface LineCol {
  line: number;
  col: number;
  sourceLine: string;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Formats a key path as people read it: `services.web.ports[0]`, odd keys quoted (`labels["a.b"]`). */
export function formatPath(path: KeyPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (PLAIN_KEY.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function pathId(path: KeyPath): string {
  return path.map((p) => (typeof p === 'number' ? `#${p}` : `.${p}`)).join('\u0000');
}

/**
 * One source text with the positions of the values parsed from it, so that
 * every later phase can report a problem at `file:line:col` by key path.
 */
export class SourceFile {
  readonly file: string;
  readonly text: string;
  /** Offsets at which lines start (yaml's LineCounter would load the whole yaml package). */
  private readonly lineStarts: number[] = [0];
  private readonly positions = new Map<string, NodePosition>();

  /** `file` is the name shown in messages. */
  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** Records where the value at `path` starts. A later record for the same path (a merge override) wins. */
  record(path: KeyPath, position: NodePosition): void {
    this.positions.set(pathId(path), position);
  }

  /** Line, column and text of an offset into the source. */
  lineCol(offset: number): LineCol {
    const at = Math.min(Math.max(offset, 0), this.text.length);
    // The last line start at or before the offset.
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo]!;
    const line = lo + 1;
    const col = at - start + 1;
    const end = this.text.indexOf('\n', start);
    const sourceLine = this.text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
    return { line, col, sourceLine };
  }

  /**
   * The position of the value at `path`, or of its key when `atKey` is set
   * (for "unknown key" errors). A path not in the document (a default, a
   * missing key) falls back to its nearest ancestor that is.
   */
  locate(path: KeyPath, atKey = false): LineCol {
    for (let n = path.length; n >= 0; n--) {
      const pos = this.positions.get(pathId(path.slice(0, n)));
      if (pos === undefined) continue;
      const exact = n === path.length;
      const offset = (atKey || !exact) && pos.keyOffset !== undefined ? pos.keyOffset : pos.offset;
      return this.lineCol(offset);
    }
    return this.lineCol(0);
  }
}
