import type { ErrorObject } from 'ajv';
import { validate as compiledValidate } from './schema-validator.generated.js';
import type { KeyPath } from './source.js';
import { suggest } from './suggest.js';

/** One schema problem, placed at a key path; `atKey` when it is about the key itself (unknown or missing). */
export interface SchemaProblem {
  path: KeyPath;
  atKey: boolean;
  message: string;
}

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validator = compiledValidate as unknown as Validator;

/**
 * Validates a document against `schema/dabba.schema.json` and returns the most
 * specific problem per location, in words a compose user knows ("mapping",
 * "sequence"), with "did you mean" for unknown keys. Empty when valid.
 */
export function validateDocument(data: unknown): SchemaProblem[] {
  if (validator(data)) return [];
  return selectProblems(validator.errors ?? [], data);
}

/** Which error wins when several are reported at the same location: the one that says most. */
const PRIORITY: Record<string, number> = { 'x-error': 0, type: 1, required: 2, additionalProperties: 2, enum: 3, const: 3 };

/**
 * Turns ajv's raw list into one problem per location. Errors of `if` (a
 * summary of a `then` that failed, reported on its own) are dropped.
 */
export function selectProblems(errors: readonly ErrorObject[], data: unknown): SchemaProblem[] {
  const best = new Map<string, { rank: number; problem: SchemaProblem }>();
  for (const err of errors) {
    if (err.keyword === 'if') continue;
    const path = instancePath(err.instancePath, data);
    let problem: SchemaProblem;
    let rank = PRIORITY[err.keyword] ?? 4;
    const custom = customMessage(err);
    if (err.keyword === 'additionalProperties') {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((err.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = suggest(key, known);
      problem = { path: [...path, key], atKey: true, message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}` };
    } else if (err.keyword === 'required') {
      problem = { path, atKey: true, message: `missing required key "${(err.params as { missingProperty: string }).missingProperty}"` };
    } else if (err.keyword === 'uniqueItems') {
      const { i, j } = err.params as { i: number; j: number };
      const [first, again] = [Math.min(i, j), Math.max(i, j)];
      problem = { path: [...path, again], atKey: false, message: `${show((err.data as unknown[])[again])} is listed twice (also at [${first}])` };
    } else if (custom !== undefined && err.keyword !== 'type') {
      rank = PRIORITY['x-error']!;
      // A key that is not allowed at all (build:) is pointed at by its key.
      problem = { path, atKey: err.keyword === 'not', message: custom };
    } else {
      problem = { path, atKey: false, message: describe(err) };
    }
    const id = `${problem.atKey ? 'k' : 'v'}:${JSON.stringify(problem.path)}`;
    const seen = best.get(id);
    if (seen === undefined || rank < seen.rank) best.set(id, { rank, problem });
  }
  return [...best.values()].map((b) => b.problem);
}

function customMessage(err: ErrorObject): string | undefined {
  const template = (err.parentSchema as Record<string, unknown> | undefined)?.['x-error'];
  if (typeof template !== 'string') return undefined;
  return template.replace('{value}', show(err.data));
}

/** JSON pointer → key path, with indexes as numbers where the data is a sequence. */
function instancePath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) {
      out.push(Number(token));
      node = node[Number(token)];
    } else {
      out.push(token);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
    }
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a sequence',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'nothing',
};

/** A value as a message shows it: strings quoted, collections by kind. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a sequence';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

function found(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return show(value);
}

function describe(err: ErrorObject): string {
  const params = err.params as Record<string, unknown>;
  const schema = (err.parentSchema ?? {}) as Record<string, unknown>;
  switch (err.keyword) {
    case 'type': {
      const types = ([] as string[]).concat(params.type as string | string[]).map((t) => TYPE_WORDS[t] ?? t);
      const list = types.length > 1 ? `${types.slice(0, -1).join(', ')} or ${types.at(-1)}` : types[0];
      return `expected ${list}, found ${found(err.data)}`;
    }
    case 'enum':
      return `${show(err.data)} is not one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${show(err.data)} is not allowed here (expected ${String(params.allowedValue)})`;
    case 'minimum':
    case 'maximum':
      return `${show(err.data)} is out of range (expected ${String(schema.minimum ?? '…')} to ${String(schema.maximum ?? '…')})`;
    case 'minItems':
      return `expected at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'pattern':
      return `${show(err.data)} does not match ${String(params.pattern)}`;
    default:
      return err.message ?? `is invalid (${err.keyword})`;
  }
}
