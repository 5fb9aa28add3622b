import type { KeyPath } from './source.js';

/** Looks a variable up: dabba's own environment first, then `.env`. */
export type Lookup = (name: string) => string | undefined;

/** An interpolation that cannot be done, with the reason (`${VAR:?message}` or bad syntax). */
export class InterpolationError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Substitutes variables in one string as compose does: `$VAR`, `${VAR}`,
 * `${VAR:-default}` (unset or empty), `${VAR-default}` (unset),
 * `${VAR:?message}` / `${VAR?message}` (error), `${VAR:+alt}` / `${VAR+alt}`,
 * and `$$` for a literal `$`. Defaults may hold interpolations themselves.
 * A variable that is not set and has no default becomes the empty string and
 * its name is added to `unset`. Throws InterpolationError.
 */
export function interpolateString(input: string, lookup: Lookup, unset: string[] = []): string {
  return expand(input, 0, lookup, unset, false)[0];
}

/** Expands from `i` to the end, or (nested) to the `}` closing a default; returns the text and where it stopped. */
function expand(s: string, i: number, lookup: Lookup, unset: string[], nested: boolean): [string, number] {
  let out = '';
  while (i < s.length) {
    const c = s[i]!;
    if (nested && c === '}') return [out, i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = s[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const [value, end] = braced(s, i + 2, lookup, unset);
      out += value;
      i = end + 1;
      continue;
    }
    const name = NAME.exec(s.slice(i + 1))?.[0];
    if (name === undefined) throw new InterpolationError(`invalid interpolation at "${s.slice(i, i + 8)}" in "${s}": write $$ for a literal $`);
    out += value(name, lookup, unset);
    i += 1 + name.length;
  }
  if (nested) throw new InterpolationError(`missing "}" in "${s}"`);
  return [out, i];
}

/** `${` has been read; parses NAME[op word] up to the matching `}` (returned as the end index). */
function braced(s: string, i: number, lookup: Lookup, unset: string[]): [string, number] {
  const name = NAME.exec(s.slice(i))?.[0];
  if (name === undefined) throw new InterpolationError(`invalid interpolation "\${${s.slice(i).split('}')[0]}}" in "${s}": expected a variable name`);
  i += name.length;
  if (s[i] === '}') return [value(name, lookup, unset), i];
  const op = /^(:?[-?+])/.exec(s.slice(i))?.[1];
  if (op === undefined) {
    if (i >= s.length) throw new InterpolationError(`missing "}" in "${s}"`);
    throw new InterpolationError(`invalid interpolation "\${${name}${s.slice(i).split('}')[0]}}" in "${s}": expected }, :-, -, :?, ?, :+ or + after the name`);
  }
  // The word is expanded only when it is used, as a shell does; `unset` is not
  // reported for variables inside an unused default.
  const raw = lookup(name);
  const set = raw !== undefined;
  const nonEmpty = set && raw !== '';
  const chosen = op.startsWith(':') ? nonEmpty : set;
  const scratch: string[] = [];
  const [word, end] = expand(s, i + op.length, lookup, scratch, true);
  const kind = op.slice(-1);
  if (kind === '-') {
    if (!chosen) unset.push(...scratch);
    return [chosen ? raw! : word, end];
  }
  if (kind === '+') {
    if (chosen) unset.push(...scratch);
    return [chosen ? word : '', end];
  }
  if (!chosen) throw new InterpolationError(word !== '' ? `${name}: ${word}` : `required variable ${name} is ${set ? 'empty' : 'not set'}`);
  return [raw!, end];
}

function value(name: string, lookup: Lookup, unset: string[]): string {
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
