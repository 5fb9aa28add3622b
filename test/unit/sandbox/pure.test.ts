import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The argv builders and the RunSpec are pure: they must stay testable without a process or a file.
const PURE = ['spec.ts', 'bwrap-args.ts', 'net-args.ts', 'ids.ts', 'users.ts'];
const IO = /from '(node:(fs|fs\/promises|child_process|net|dgram|os)|undici|execa|tar|chokidar)'/;

for (const file of PURE) {
  test(`src/sandbox/${file} imports no I/O module`, () => {
    const text = readFileSync(fileURLToPath(new URL(`../../../../src/sandbox/${file}`, import.meta.url)), 'utf8');
    assert.doesNotMatch(text, IO);
  });
}
