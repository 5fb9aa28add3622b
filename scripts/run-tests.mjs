// Runs the compiled test files with node's test runner and fails when no test ran.
// Usage: node scripts/run-tests.mjs [unit|integration]...  (default: both)
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const suites = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'integration'];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.js')) files.push(p);
  }
};
for (const s of suites) {
  try {
    walk(join('dist', 'test', s));
  } catch {
    // a suite with no folder has no tests; counted below
  }
}
if (files.length === 0) {
  console.error(`no test files found for: ${suites.join(', ')}`);
  process.exit(1);
}

const child = spawn(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-4000);
});
child.on('close', (code) => {
  const num = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(tail)?.[1] ?? NaN);
  const tests = num('tests');
  const pass = num('pass');
  const fail = num('fail');
  const skipped = num('skipped');
  if (!(tests > 0)) {
    console.error('no test was executed: failing the run');
    process.exit(1);
  }
  console.log(`${pass} passed, ${fail} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(code === 0 && fail === 0 ? 0 : 1);
});
