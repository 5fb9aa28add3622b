#!/usr/bin/env -S node --
/**
 * dabba's executable. It runs the bundle `npm run build` makes
 * (scripts/bundle.mjs, from ./main.ts): one script of the whole CLI, compiled
 * from the V8 code cache made with it. Loading ~70 ES modules, each parsed
 * and compiled at every start, was most of a short command's start-up;
 * without the cache (another node) V8 compiles the script itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { main as Main } from './main.js';

/** The bundle: a function expression of CommonJS's parameters and the bundle's own URL, exporting main.ts. */
type Bundle = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string, bundleUrl: string) => void;

const bundleUrl = new URL('../bundle/cli.cjs', import.meta.url);
const file = fileURLToPath(bundleUrl);
// ASCII only (scripts/bundle.mjs): latin1 is the fastest way to read it.
const source = readFileSync(file, 'latin1');
// The last line names the cache made with this text.
const id = /dabba-bundle ([0-9a-f]+)/.exec(source.slice(-64))?.[1];
let cachedData: Buffer | undefined;
try {
  cachedData = id === undefined ? undefined : readFileSync(new URL(`cli.${id}.cache`, bundleUrl));
} catch {
  // no cache: compiled from the text
}
const bundle = new Script(source, { filename: file, cachedData }).runInThisContext() as Bundle;
const module = { exports: {} as { main: typeof Main } };
bundle(module.exports, createRequire(file), module, file, dirname(file), bundleUrl.href);
process.exitCode = await module.exports.main(process.argv.slice(2));
