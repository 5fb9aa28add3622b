// The fast parse: js-yaml builds plain data about 8× faster on a cold start
// than the yaml package's position-keeping parser (50 ms against 400 ms for a
// 200-service file), and a valid file needs no positions. Its contract is
// narrow on purpose: it returns exactly what parseYaml (parse.ts) returns as
// `value` for a file parseYaml accepts, or undefined, and then the caller
// parses with parseYaml, which finds and locates whatever is wrong. So every
// doubt below declines rather than decides.
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { MAX_ALIAS_EXPANSION } from './limits.js';

// The scalars of the yaml package's YAML 1.2 core schema, with its very tests
// and conversions (yaml/dist/schema/core), so that both parsers agree on every
// plain scalar. js-yaml's own CORE_SCHEMA differs in details (`0b1` is 1 there, a string here).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const isText = (data: unknown): data is string => typeof data === 'string';
// Every plain scalar, keys included, is tried against each type in turn: a
// look at the first character spares most of them the regular expressions.
const mayBeNull = (d: unknown): d is string => isText(d) && (d.length === 0 || '~nN'.includes(d[0]!));
const mayBeBool = (d: unknown): d is string => isText(d) && d.length >= 4 && 'tTfF'.includes(d[0]!);
const mayBeNumber = (d: unknown): d is string => isText(d) && d.length > 0 && '0123456789+-.'.includes(d[0]!);

const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (d) => d === null || (mayBeNull(d) && NULL.test(d)), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (d) => mayBeBool(d) && BOOL.test(d), construct: (d: string) => d[0] === 't' || d[0] === 'T' }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (d) => mayBeNumber(d) && (INT_DEC.test(d) || INT_OCT.test(d) || INT_HEX.test(d)),
      construct: (d: string) => (INT_OCT.test(d) ? parseInt(d.slice(2), 8) : INT_HEX.test(d) ? parseInt(d.slice(2), 16) : parseInt(d, 10)),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (d) => mayBeNumber(d) && (FLOAT.test(d) || FLOAT_NAN.test(d)),
      construct: (d: string) =>
        FLOAT_NAN.test(d) ? (d.slice(-3).toLowerCase() === 'nan' ? NaN : d[0] === '-' ? -Infinity : Infinity) : parseFloat(d),
    }),
    // Only the plain `<<`: a quoted "<<" is an ordinary key, as in the yaml package.
    new Type('tag:yaml.org,2002:merge', { kind: 'scalar', resolve: (d) => d === '<<' }),
  ],
});

/**
 * Texts whose reading js-yaml might get wrong without an error, left to the
 * yaml package: directives (`%YAML 1.1`), `---` or `...` followed by text (a
 * marker to js-yaml, a plain scalar to YAML), an anchor or tag run into a
 * flow indicator (`&a[`), explicit keys (`? `), aliases and
 * flow sequences used as keys (js-yaml turns `*a : x` and `[a]: x` into string
 * keys where parseYaml refuses them).
 */
const DOUBTFUL_TEXT = /^%|^(?:---|\.\.\.)[^\s]|(?:^|[\s,[{])[&!][^\s,[\]{}]*[,[\]{}]|^[ \t-]*\?(?:[ \t]|$)|\*[^\s,[\]{}]+[ \t]*:(?:[\s,[\]{}]|$)|\][ \t]*:(?:[\s,[\]{}]|$)/m;

/**
 * Keys parseYaml refuses that js-yaml accepts under another name: null keys
 * become "null", mappings "[object Object]", sequences their items joined by
 * commas; `__proto__` is refused outright.
 */
const DOUBTFUL_KEY = /^(?:null|\[object Object\]|__proto__)$|,/;

/**
 * YAML allows an implicit key to reach at most 1024 characters from its start
 * to its `:`, which the yaml package enforces and js-yaml does not; a key can
 * only be that long on a line at least that long.
 */
function hasLongLine(text: string): boolean {
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) if (end - start > 1024) return true;
  return text.length - start > 1024;
}

/** Deeper than any compose file; also stops a self-referencing alias (`&a [*a]`), which js-yaml builds as a cycle. */
const MAX_DEPTH = 200;

class Decline extends Error {}

const SPACE = new Set([' ', '\t', '\r', '\n']);

/** Where the node whose text begins at `from` really starts: past spaces, line breaks, comments and its `&anchor`/`!tag`. */
function nodeStart(input: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < input.length && SPACE.has(input[i]!)) i++;
    const c = input[i];
    if (c === '#') i = input.indexOf('\n', i) < 0 ? input.length : input.indexOf('\n', i);
    else if (c === '&' || c === '!') while (i < input.length && !SPACE.has(input[i]!)) i++;
    else return i;
  }
}

/**
 * The indentation the lines continuing a node starting at `start` must
 * exceed: the column of the mapping key or `-` entry it belongs to on its
 * line, else (a node alone on its line, or inside a flow collection) its own
 * column, which is stricter than YAML and so only ever declines more.
 */
function blockIndent(input: string, lineStart: number, start: number): number {
  let i = lineStart;
  let dash = -1;
  for (;;) {
    while (input[i] === ' ') i++;
    if (input[i] !== '-' || !SPACE.has(input[i + 1] ?? '\n')) break;
    dash = i;
    i++;
  }
  return (i >= start && dash >= 0 ? dash : i) - lineStart;
}

/**
 * Whether a node that js-yaml read from `from` to `end` keeps YAML's rule
 * for content continued on later lines (quoted and plain scalars, `[...]`,
 * `{...}`): each such line is indented more than the block holding the node.
 * js-yaml does not check it; the yaml package does, and refuses the file.
 */
function continuesIndented(input: string, from: number, end: number, kind: string | null): boolean {
  // Most nodes sit on one line: nothing continues.
  const lineBreak = input.indexOf('\n', from);
  if (lineBreak < 0 || lineBreak >= end) return true;
  const start = nodeStart(input, from);
  const c = input[start];
  if (kind === null || c === '|' || c === '>' || (kind !== 'scalar' && c !== '[' && c !== '{')) return true;
  let last = Math.min(end, input.length) - 1;
  while (last > start && SPACE.has(input[last]!)) last--;
  const firstBreak = input.indexOf('\n', start);
  if (firstBreak < 0 || firstBreak >= last) return true;
  const lineStart = input.lastIndexOf('\n', start - 1) + 1;
  const indent = blockIndent(input, lineStart, start);
  for (let line = firstBreak + 1; line <= last; ) {
    let i = line;
    while (input[i] === ' ') i++;
    const next = input.indexOf('\n', line);
    const blank = i === (next < 0 ? input.length : next) || input[i] === '\r';
    if (!blank && i - line <= indent) return false;
    if (next < 0) break;
    line = next + 1;
  }
  return true;
}

/**
 * Whether a collection read from `from` is a key of the flow mapping its
 * parent began at (`{[a]}`: js-yaml makes it the key "a", parseYaml refuses
 * it). A value follows a `:`; anything else there is a key.
 */
function isKeyInFlowMapping(input: string, from: number, parentFrom: number | undefined, kind: string | null): boolean {
  if ((kind !== 'mapping' && kind !== 'sequence') || parentFrom === undefined || input[nodeStart(input, parentFrom)] !== '{') return false;
  let i = nodeStart(input, from) - 1;
  while (i >= 0 && SPACE.has(input[i]!)) i--;
  return input[i] !== ':';
}

/**
 * The document as plain data, exactly as parseYaml would give it, or
 * undefined when the fast parse cannot vouch for that (a syntax error, a
 * duplicate key, a directive, an odd key, more values than
 * MAX_ALIAS_EXPANSION, …): the caller then parses with parseYaml. Pure; never
 * throws for bad input. The data shares nothing with js-yaml's result (aliases
 * are copied, as parseYaml does), so later phases may change it freely.
 */
export function parseYamlFast(text: string): { value: unknown } | undefined {
  if (DOUBTFUL_TEXT.test(text) || hasLongLine(text)) return undefined;
  let loaded: unknown;
  // Where each node being read began: its parent is the one below it.
  const starts: number[] = [];
  let vouched = true;
  try {
    loaded = load(text, {
      schema: SCHEMA,
      listener: (event, state) => {
        if (event === 'open') {
          starts.push(state.position);
          return;
        }
        const from = starts.pop() ?? 0;
        const kind = state.kind as string | null;
        vouched &&= continuesIndented(state.input, from, state.position, kind) && !isKeyInFlowMapping(state.input, from, starts.at(-1), kind);
      },
    });
  } catch {
    return undefined;
  }
  if (!vouched) return undefined;
  // js-yaml shares an anchored value among its aliases, so an alias bomb
  // loads quickly; copying counts every value each time it is reached, so the
  // bomb is caught before any later phase walks it.
  let values = 0;
  const copy = (value: unknown, depth: number): unknown => {
    if (++values > MAX_ALIAS_EXPANSION || depth > MAX_DEPTH) throw new Decline();
    if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    const source = value as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      if (DOUBTFUL_KEY.test(key)) throw new Decline();
      out[key] = copy(source[key], depth + 1);
    }
    return out;
  };
  try {
    return { value: copy(loaded ?? null, 0) };
  } catch (err) {
    if (err instanceof Decline) return undefined;
    throw err;
  }
}
