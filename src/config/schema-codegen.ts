import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';

/**
 * Compiling the schema with ajv at every start costs about 100 ms (loading ajv
 * and generating code), most of `dabba config`'s budget. So the validator is
 * compiled once, ahead of time, into `schema-validator.generated.ts`; a unit
 * test fails when that file no longer matches the schema, and
 * `node scripts/build-schema-validator.mjs` regenerates it.
 */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  // Union types ("string or list") are how compose's own schema reads, and
  // required-under-if and open tuples are deliberate.
  allowUnionTypes: true,
  strictRequired: false,
  strictTuples: false,
  // Our annotation: the message for a value that fails this schema, `{value}` replaced.
  keywords: ['x-error'],
  code: { source: true, esm: true, lines: true },
} as const;

export const SCHEMA_URL = new URL('../../../schema/dabba.schema.json', import.meta.url);

/** Reads `schema/dabba.schema.json` (from the package root, beside `dist/`). */
export function readSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>;
}

/** The TypeScript source of the precompiled validator for `schema`. Deterministic for a given schema and ajv version. */
export function generateValidatorSource(schema: Record<string, unknown>): string {
  const Ajv = AjvModule.default;
  const ajv = new Ajv({ ...AJV_OPTIONS, keywords: [...AJV_OPTIONS.keywords], code: { ...AJV_OPTIONS.code } });
  const validate = ajv.compile(schema);
  const code = standaloneModule.default(ajv, validate);
  if (/\brequire\(/.test(code)) throw new Error('generated validator needs an ajv runtime module: adjust AJV_OPTIONS');
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '// Generated from schema/dabba.schema.json by scripts/build-schema-validator.mjs: do not edit.',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
