// Small helpers for dabba's benches: time commands or functions N times, and
// print a markdown table with ratios against a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Median of a non-empty list of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summarise(name, times) {
  return { name, runs: times.length, median: median(times), min: Math.min(...times), times };
}

/**
 * Runs `argv` `runs` times (after `warmup` untimed runs) and returns
 * { name, runs, median, min, times } in milliseconds. Throws when a run exits
 * non-zero, so a broken command never looks fast.
 */
export function timeCommand(name, argv, { runs = 10, warmup = 1, cwd, env = process.env } = {}) {
  const times = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${name}: ${argv.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr?.toString().slice(0, 2000)}`);
    if (i >= warmup) times.push(ms);
  }
  return summarise(name, times);
}

/** Like timeCommand for an async function. */
export async function timeFunction(name, fn, { runs = 10, warmup = 1 } = {}) {
  const times = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i >= warmup) times.push(ms);
  }
  return summarise(name, times);
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/**
 * A markdown table of results: median, min, the difference to the baseline's
 * median and the ratio to it. `baseline` is one of `results` (by name).
 */
export function formatTable(results, baseline) {
  const base = results.find((r) => r.name === baseline);
  if (!base) throw new Error(`baseline ${baseline} is not among the results`);
  const rows = [
    '| what | runs | median ms | min ms | vs baseline | ratio |',
    '|---|---:|---:|---:|---:|---:|',
    ...results.map((r) => {
      const delta = r.median - base.median;
      const diff = r === base ? 'baseline' : `${delta >= 0 ? '+' : ''}${fmt(delta)} ms`;
      return `| ${r.name} | ${r.runs} | ${fmt(r.median)} | ${fmt(r.min)} | ${diff} | ${(r.median / base.median).toFixed(2)}× |`;
    }),
  ];
  return rows.join('\n');
}

/** `--runs N` from the command line, or `fallback`. */
export function runsArg(fallback) {
  return Number(process.argv[process.argv.indexOf('--runs') + 1] || fallback) || fallback;
}

/**
 * Set-up shared by the benches that run the built CLI on a busybox image:
 * the path of `dist/src/cli/bin.js`, the test helpers that build the image and
 * find a free port, and a fresh folder (0755: as root, containers run as an
 * unprivileged mapped id that must reach it) with an env whose store is in it.
 * Exits with "build first" when `dist/` is missing. The caller removes `dir`.
 */
export async function setUpCliBench(prefix) {
  const bin = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url));
  const helpers = new URL('../dist/test/helpers/image-builder.js', import.meta.url);
  const registry = new URL('../dist/test/helpers/registry.js', import.meta.url);
  if (!existsSync(bin) || !existsSync(fileURLToPath(helpers)) || !existsSync(fileURLToPath(registry))) {
    console.error('build first: npm run build');
    process.exit(1);
  }
  const { buildBusyboxImage, writeOciLayout } = await import(helpers.href);
  const { freePort } = await import(registry.href);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  const env = { ...process.env, NO_COLOR: '1', DABBA_STORE: join(dir, 'store') };
  return { bin, dir, env, buildBusyboxImage, writeOciLayout, freePort };
}
