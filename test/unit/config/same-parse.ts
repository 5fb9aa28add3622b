// The differential check between the two YAML parsers: the fast one
// (js-yaml, parse-fast.ts) may decline any text, but what it returns must be
// exactly what the yaml package's parse (parse.ts) returns, key order
// included (it shows in `dabba config`), and it must decline every text the
// yaml package refuses. load-text.ts runs it on every text the config tests load.
import assert from 'node:assert/strict';
import { parseYaml } from '../../../src/config/parse.js';
import { parseYamlFast } from '../../../src/config/parse-fast.js';

/** JSON with the numbers JSON cannot hold spelled out, so that key order and values compare as text. */
function ordered(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? `#number ${Object.is(v, -0) ? '-0' : String(v)}` : v));
}

/**
 * Asserts that the fast parse of `text` declines, or agrees with the yaml
 * package's. Returns whether the fast parse answered.
 */
export function assertSameParse(text: string): boolean {
  const full = parseYaml(text, 'dabba.yaml');
  const fast = parseYamlFast(text);
  if (full.diagnostics.length > 0) {
    assert.equal(fast, undefined, `the fast parse accepts a text the yaml package refuses (${full.diagnostics[0]!.message}):\n${text}`);
    return false;
  }
  if (fast === undefined) return false;
  assert.deepStrictEqual(fast.value, full.value, `the parses differ for:\n${text}`);
  assert.equal(ordered(fast.value), ordered(full.value), `the parses differ in key order for:\n${text}`);
  return true;
}
