/**
 * Limits on a project file checked before either YAML parser sees it: both
 * parsers use memory and time that grow faster than the text with nesting
 * (ten megabytes of `[[[` exhausted the heap), so a file too large or too deep
 * is refused with its position instead. The scan is one pass over the text,
 * and a compose file is never near either limit. Pure.
 */

/** Bytes a project file may hold: hundreds of services fit in a small part of it. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Nesting levels (block indentation and flow brackets together); compose files use fewer than ten. */
export const MAX_NESTING = 64;

export interface LimitProblem {
  /** Offset into the text where the limit is exceeded. */
  offset: number;
  message: string;
}

/** The first limit the text exceeds, or undefined. */
export function checkInputLimits(text: string): LimitProblem | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) return { offset: 0, message: fileTooLargeMessage(bytes) };
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    return { offset: deep, message: `the file nests deeper than ${MAX_NESTING} levels here: a project file needs far fewer; refusing it before parsing` };
  }
  return undefined;
}

/** Said by the reader (which refuses before reading) and by checkInputLimits alike. */
export function fileTooLargeMessage(bytes: number): string {
  return `the file has ${bytes} bytes, more than the ${MAX_FILE_BYTES / (1024 * 1024)} MiB a project file may hold`;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === undefined;

/** The index after the quoted scalar opening at `i` (it may span lines), or the end of the text. */
function skipQuoted(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (quote === '"' && c === '\\') j += 2;
    else if (c === quote && quote === "'" && text[j + 1] === "'") j += 2;
    else if (c === quote) return j + 1;
    else j++;
  }
  return j;
}

/**
 * Where nesting first exceeds MAX_NESTING, counting the open block nodes (by
 * indentation, each `- ` a level) and the open flow collections; quoted
 * scalars, comments and block scalars (`|`, `>`) are skipped, and a `[` or
 * `{` counts only where a node can start (inside a plain scalar it is text).
 * It may count a level more than YAML would, never fewer; every character is
 * looked at a bounded number of times.
 */
function tooDeepAt(text: string): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lineStart = i;
    while (text[i] === ' ') i++;
    const indent = i - lineStart;
    const first = text[i];
    if (first === '\n' || first === '\r' || first === '#' || i >= n) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol + 1;
      continue;
    }
    if (flow === 0) {
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > MAX_NESTING) return i;
      while (text[i] === '-' && isBlank(text[i + 1])) {
        const dash = i++;
        while (text[i] === ' ') i++;
        indents.push(i - lineStart);
        if (indents.length > MAX_NESTING) return dash;
      }
    }
    let nodeStart = true;
    let blockScalar = false;
    while (i < n && text[i] !== '\n') {
      const c = text[i]!;
      if (c === ' ' || c === '\t' || c === '\r') {
        i++;
      } else if (c === '#' && (i === lineStart || isBlank(text[i - 1]))) {
        const eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol;
      } else if (nodeStart && (c === '"' || c === "'")) {
        i = skipQuoted(text, i);
        nodeStart = false;
      } else if ((c === '[' || c === '{') && (nodeStart || flow > 0)) {
        if (indents.length + ++flow > MAX_NESTING) return i;
        nodeStart = true;
        i++;
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
        nodeStart = false;
        i++;
      } else if ((c === ',' && flow > 0) || (c === ':' && (flow > 0 || isBlank(text[i + 1])))) {
        nodeStart = true;
        i++;
      } else if ((c === '-' || c === '?') && nodeStart && isBlank(text[i + 1])) {
        i++;
      } else if ((c === '|' || c === '>') && nodeStart && flow === 0) {
        blockScalar = true;
        const eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol;
      } else if ((c === '&' || c === '!') && nodeStart) {
        while (i < n && !isBlank(text[i]) && !'[]{},'.includes(text[i]!)) i++;
      } else {
        nodeStart = false;
        i++;
      }
    }
    i++;
    if (blockScalar) i = skipBlockScalar(text, i, indent);
  }
  return undefined;
}

/** The start of the first line from `i` on that is not blank and is indented `indent` or less: where a block scalar ends. */
function skipBlockScalar(text: string, i: number, indent: number): number {
  while (i < text.length) {
    let j = i;
    while (text[j] === ' ') j++;
    const blank = j >= text.length || text[j] === '\n' || text[j] === '\r';
    if (!blank && j - i <= indent) return i;
    const eol = text.indexOf('\n', j);
    i = eol < 0 ? text.length : eol + 1;
  }
  return i;
}
