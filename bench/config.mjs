// Bench: `dabba config` on a generated 200-service file vs `node -e 0`, in the
// same run. Target (issue 2): dabba config adds at most 150 ms to node's start.
// The first run of each row loads the file and caches the Project in
// .dabba/config-cache.json; the others take it from there, as every run after
// the first does on a project that has not changed. The last row is a file
// with a warning, which the cache reports again. The rows of three files
// (the 200-service file, then two files overriding every service, merged with
// -f) are timed against the one file, with the cache and without it (a file
// named .dabba keeps the cache from being written, so every run parses and
// merges). Target (issue 14): three files add at most 30 ms over one. The
// last row converts the same file to Kubernetes manifests (its binds as
// hostPath). Target (issue 16): at most 100 ms over dabba config.
// Usage: npm run build && node bench/config.mjs [--runs N]
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, timeCommand } from './lib.mjs';

const TARGET_MS = 150;
const MERGE_TARGET_MS = 30;
const CONVERT_TARGET_MS = 100;
const bin = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url));
if (!existsSync(bin)) {
  console.error('build first: npm run build');
  process.exit(1);
}
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 15) || 15;

/** A file as projects write them: an x- anchor merged into each service, short and long syntax mixed. */
function generate(count, top = []) {
  const lines = [...top, 'name: bench', 'x-defaults: &defaults', '  restart: on-failure:3', '  environment:', '    TZ: UTC', '    LOG_LEVEL: info', '  stop_grace_period: 5s', 'services:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  svc${i}:`,
      '    <<: *defaults',
      `    image: 127.0.0.1:5000/app/svc${i}:1.${i}`,
      `    command: ["sh", "-c", "exec httpd -f -p 80 -h /www"]`,
      `    ports: ["${10000 + i}:80", {target: 81, published: ${20000 + i}, protocol: udp}]`,
      `    volumes: ["./data/svc${i}:/data", "cache${i % 10}:/cache:ro", {type: tmpfs, target: /scratch}]`,
      `    environment: [SERVICE=svc${i}, "PORT=80", HOME]`,
      '    healthcheck:',
      '      test: ["CMD", "wget", "-q", "-O-", "http://127.0.0.1/"]',
      '      interval: 10s',
      ...(i > 0 ? [`    depends_on: [svc${i - 1}]`] : []),
      `    labels: {tier: "${i % 3}"}`,
    );
  }
  lines.push('volumes:', ...Array.from({ length: 10 }, (_, i) => `  cache${i}:`));
  return `${lines.join('\n')}\n`;
}

/** A file overriding every one of `count` services, as a stage or a developer's local file does. */
function overrides(count, stage) {
  const lines = ['services:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  svc${i}:`);
    if (stage) lines.push('    environment: [STAGE=prod, LOG_LEVEL=warn]', `    labels: {stage: prod}`, '    restart: always');
    else lines.push(`    ports: ["${30000 + i}:82"]`, `    volumes: ["./local/svc${i}:/local"]`, '    command: ["sh", "-c", "exec httpd -f -v -p 80 -h /www"]');
  }
  return `${lines.join('\n')}\n`;
}

/** A project folder with the 200-service file and its two override files; `cached` false: a file .dabba keeps the cache away. */
function project(parent, name, cached) {
  const at = join(parent, name);
  mkdirSync(at);
  writeFileSync(join(at, 'dabba.yaml'), generate(200));
  writeFileSync(join(at, 'stage.yaml'), overrides(200, true));
  writeFileSync(join(at, 'local.yaml'), overrides(200, false));
  if (!cached) writeFileSync(join(at, '.dabba'), '');
  return at;
}

const dir = mkdtempSync(join(tmpdir(), 'dabba-bench-config-'));
try {
  writeFileSync(join(dir, 'dabba.yaml'), generate(200));
  const warned = join(dir, 'warned');
  mkdirSync(warned);
  writeFileSync(join(warned, 'dabba.yaml'), generate(200, ['version: "3.8"']));
  const node = process.execPath;
  const cachedMerge = project(dir, 'merge', true);
  const uncached = project(dir, 'uncached', false);
  const three = ['-f', 'dabba.yaml', '-f', 'stage.yaml', '-f', 'local.yaml'];
  const results = [
    timeCommand('node -e 0', [node, '-e', '0'], { runs }),
    timeCommand('dabba config', [node, bin, 'config'], { runs, cwd: dir }),
    timeCommand('dabba config -q', [node, bin, 'config', '-q'], { runs, cwd: dir }),
    timeCommand('dabba config --format json', [node, bin, 'config', '--format', 'json'], { runs, cwd: dir }),
    timeCommand('dabba config, a warning (positions parsed too)', [node, bin, 'config'], { runs, cwd: warned }),
    timeCommand('dabba config, 1 file', [node, bin, 'config'], { runs, cwd: cachedMerge }),
    timeCommand('dabba config, 3 files merged', [node, bin, ...three, 'config'], { runs, cwd: cachedMerge }),
    timeCommand('dabba config, 1 file, no cache', [node, bin, 'config'], { runs, cwd: uncached }),
    timeCommand('dabba config, 3 files merged, no cache', [node, bin, ...three, 'config'], { runs, cwd: uncached }),
    timeCommand('dabba convert --to kubernetes', [node, bin, 'convert', '--to', 'kubernetes', '--allow-hostpath'], { runs, cwd: dir }),
  ];
  console.log(`200-service file, ${runs} runs each\n`);
  console.log(formatTable(results, 'node -e 0'));
  for (const r of results.slice(1, 4)) {
    const added = r.median - results[0].median;
    console.log(`${r.name}: adds ${added.toFixed(0)} ms to node -e 0 (target ≤ ${TARGET_MS} ms): ${added <= TARGET_MS ? 'met' : 'MISSED'}`);
  }
  for (const [one, merged] of [[results[5], results[6]], [results[7], results[8]]]) {
    const added = merged.median - one.median;
    console.log(`${merged.name}: adds ${added.toFixed(0)} ms to ${one.name} (target ≤ ${MERGE_TARGET_MS} ms): ${added <= MERGE_TARGET_MS ? 'met' : 'MISSED'}`);
  }
  const convert = results[9].median - results[1].median;
  console.log(`${results[9].name}: adds ${convert.toFixed(0)} ms to dabba config (target ≤ ${CONVERT_TARGET_MS} ms): ${convert <= CONVERT_TARGET_MS ? 'met' : 'MISSED'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
