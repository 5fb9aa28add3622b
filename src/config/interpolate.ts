import type { KeyPath } from './source.js';

/** Looks a variable up: dabba's own environment first, then `.env`. */
export type Lookup = (name: string) => string | undefined;

/** An interpolation that cannot be done, with the reason (`${VAR:?message}` or bad syntax). */
export class InterpolationError extends Error {}

// compose-go's template.DefaultPattern, case-insensitive names spelt out; its
// `.` does not match a newline (JS's would not match \r either).
const NAME = '[_a-zA-Z][_a-zA-Z0-9]*';
const PATTERN = new RegExp(`\\$(?:(\\$)|(${NAME})|\\{(?:(${NAME}(?::?[-+?][^\\n]*)?)\\}|()))`, 'g');
const ONE = new RegExp(PATTERN.source);

/** `${NAME<op>word}`: what each operator does, looked up by the first operator written. */
type Substitution = (name: string, word: string, lookup: Lookup, unset: string[]) => string;
const OPERATORS: [op: string, apply: Substitution][] = [
  [':?', (n, w, l, u) => required(n, w, l, u, (v) => v !== '')],
  ['?', (n, w, l, u) => required(n, w, l, u, () => true)],
  [':-', (n, w, l, u) => { const v = l(n); return v === undefined || v === '' ? substitute(w, l, u) : v; }],
  ['-', (n, w, l, u) => l(n) ?? substitute(w, l, u)],
  [':+', (n, w, l, u) => { const v = l(n); return v !== undefined && v !== '' ? substitute(w, l, u) : (v ?? ''); }],
  ['+', (n, w, l, u) => (l(n) === undefined ? '' : substitute(w, l, u))],
];

function required(name: string, word: string, lookup: Lookup, unset: string[], valid: (v: string) => boolean): string {
  const v = lookup(name);
  if (v !== undefined && valid(v)) return v;
  const reason = substitute(word, lookup, unset);
  throw new InterpolationError(`required variable ${name} is missing a value${reason === '' ? '' : `: ${reason}`}`);
}

/**
 * Substitutes variables in one string exactly as compose-go's `template`
 * package does: `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty),
 * `${VAR-default}` (unset), `${VAR:?message}` / `${VAR?message}` (error),
 * `${VAR:+alt}` / `${VAR+alt}`, and `$$` for a literal `$`. A `$` followed by
 * anything else (`$1`, `$(`, `$ `, the end) stays as written; a `${` without a
 * name and `}` is an error. Words are expanded only when used, and braces in
 * them are counted (`${J:-{"a":1}}`). A variable that is not set and has no
 * default becomes the empty string and its name is added to `unset`. Throws
 * InterpolationError.
 */
export function interpolateString(input: string, lookup: Lookup, unset: string[] = []): string {
  return substitute(input, lookup, unset);
}

function substitute(template: string, lookup: Lookup, unset: string[]): string {
  return template.replace(PATTERN, (match: string, ...rest: unknown[]) => replace(match, template, rest[4] as number, lookup, unset));
}

/** One match of PATTERN, as compose-go's DefaultReplacementAppliedFunc. */
function replace(match: string, template: string, offset: number, lookup: Lookup, unset: string[]): string {
  // The pattern's word runs to the last `}` of the string; the expression ends
  // at the brace that balances its `${`, and the rest is substituted after it.
  const close = closingBrace(match);
  const head = close < 0 ? match : match.slice(0, close + 1);
  const rest = close < 0 ? '' : match.slice(close + 1);
  const groups = ONE.exec(head);
  if (groups?.[1] !== undefined) return '$';
  if (groups?.[2] !== undefined) return variable(groups[2], lookup, unset);
  const braced = groups?.[3];
  if (braced === undefined) {
    const shown = template.slice(offset).split('}')[0]!;
    throw new InterpolationError(`invalid interpolation "${shown}}" in "${template}": \${ takes a variable name, then }, or :-, -, :?, ?, :+ or + and a word (write $$ for a literal $)`);
  }
  const first = firstOperator(match);
  if (first !== undefined && braced.includes(first[0])) {
    const at = braced.indexOf(first[0]);
    return first[1](braced.slice(0, at), braced.slice(at + first[0].length), lookup, unset) + substitute(rest, lookup, unset);
  }
  return variable(braced, lookup, unset);
}

/** The operator written first in `s` (compose-go's getSubstitutionFunctionForTemplate). */
function firstOperator(s: string): (typeof OPERATORS)[number] | undefined {
  let best: (typeof OPERATORS)[number] | undefined;
  let bestAt = Infinity;
  for (const entry of OPERATORS) {
    const at = s.indexOf(entry[0]);
    if (at >= 0 && at < bestAt) [best, bestAt] = [entry, at];
  }
  return best;
}

/** Where the `}` balancing the first `{` is, or -1 (compose-go's getFirstBraceClosingIndex, which skips the character after each `{`). */
function closingBrace(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

function variable(name: string, lookup: Lookup, unset: string[]): string {
  const v = lookup(name);
  if (v === undefined) {
    unset.push(name);
    return '';
  }
  return v;
}

/**
 * Keys whose values compose converts from strings after interpolation (so that
 * `read_only: ${RO}` works): `*` matches any one key or index.
 */
const TYPED: [pattern: string[], kind: 'boolean' | 'integer'][] = [
  [['services', '*', 'read_only'], 'boolean'],
  [['services', '*', 'init'], 'boolean'],
  [['services', '*', 'net'], 'boolean'],
  [['services', '*', 'fakeroot'], 'boolean'],
  [['services', '*', 'healthcheck', 'disable'], 'boolean'],
  [['services', '*', 'healthcheck', 'retries'], 'integer'],
  [['services', '*', 'volumes', '*', 'read_only'], 'boolean'],
  [['services', '*', 'depends_on', '*', 'required'], 'boolean'],
  [['services', '*', 'depends_on', '*', 'restart'], 'boolean'],
  [['services', '*', 'env_file', '*', 'required'], 'boolean'],
  [['services', '*', 'ports', '*', 'target'], 'integer'],
  [['services', '*', 'ports', '*', 'published'], 'integer'],
  [['services', '*', 'networks', '*', 'priority'], 'integer'],
  [['services', '*', 'expose', '*'], 'integer'],
  [['networks', '*', 'external'], 'boolean'],
  [['networks', '*', 'internal'], 'boolean'],
  [['networks', '*', 'attachable'], 'boolean'],
  [['networks', '*', 'enable_ipv6'], 'boolean'],
];

function cast(path: KeyPath, s: string): unknown {
  const rule = TYPED.find(([p]) => p.length === path.length && p.every((k, i) => k === '*' || k === path[i]));
  if (rule === undefined) return s;
  if (rule[1] === 'integer') return /^[0-9]+$/.test(s) ? Number(s) : s;
  const lower = s.toLowerCase();
  if (['true', 'yes', 'y', 'on'].includes(lower)) return true;
  if (['false', 'no', 'n', 'off'].includes(lower)) return false;
  return s;
}

export interface InterpolationProblem {
  path: KeyPath;
  message: string;
}

/**
 * Interpolates every string value of a parsed document (keys are left as
 * written, as compose does), converting interpolated booleans and integers
 * where the schema expects them. Returns the new tree; problems and unset
 * variables are reported through the callbacks with their key path.
 */
export function interpolateTree(
  value: unknown,
  lookup: Lookup,
  onError: (p: InterpolationProblem) => void,
  onUnset: (p: InterpolationProblem) => void,
  path: KeyPath = [],
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('$')) return value;
    const unset: string[] = [];
    try {
      const out = interpolateString(value, lookup, unset);
      for (const name of new Set(unset)) onUnset({ path, message: `variable ${name} is not set: using an empty string` });
      return /\$[^$]/.test(value.replaceAll('$$', '')) ? cast(path, out) : out;
    } catch (err) {
      if (!(err instanceof InterpolationError)) throw err;
      onError({ path, message: err.message });
      return value;
    }
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateTree(v, lookup, onError, onUnset, [...path, i]));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolateTree(v, lookup, onError, onUnset, [...path, k]);
    return out;
  }
  return value;
}
