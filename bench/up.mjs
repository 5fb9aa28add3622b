// Bench (issue 6), in one run against baselines measured in the same run:
//  - no-op `dabba up -d` on an up-to-date 10-service project vs `node -e 0` (target ≤ +200 ms)
//  - `dabba ps` on the same 10 services vs `node -e 0` (target ≤ +100 ms)
//  - under `up --watch`: from saving an env change to the restarted service
//    accepting connections on its port (target < 1 s)
// Needs bwrap, slirp4netns and user namespaces. Talks only to 127.0.0.1.
// Usage: npm run build && node bench/up.mjs [--runs N]
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, median, timeCommand } from './lib.mjs';

const bin = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url));
const helpers = new URL('../dist/test/helpers/image-builder.js', import.meta.url);
if (!existsSync(bin) || !existsSync(fileURLToPath(helpers))) {
  console.error('build first: npm run build');
  process.exit(1);
}
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 10) || 10;
const { buildBusyboxImage, writeOciLayout } = await import(helpers.href);

async function freePort() {
  const srv = createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

function canConnect(port) {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'dabba-bench-up-'));
// As root, containers run as an unprivileged mapped id: it must be able to reach the project folder.
chmodSync(dir, 0o755);
const env = { ...process.env, DABBA_STORE: join(dir, 'store'), NO_COLOR: '1' };
const dabba = (...args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dabba ${args.join(' ')}: ${r.stderr}`);
  return r;
};
const port = await freePort();

function projectYaml(mode) {
  const lines = ['services:'];
  // The watched one answers on a port and stops at once on SIGTERM.
  lines.push(
    '  web:',
    '    image: oci:./img',
    `    command: ["sh", "-c", "trap 'exit 0' TERM; httpd -f -p 80 -h /etc & wait"]`,
    `    ports: ["${port}:80"]`,
    '    environment:',
    `      MODE: "${mode}"`,
  );
  for (let i = 1; i < 10; i++) {
    lines.push(`  svc${i}:`, '    image: oci:./img', `    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]`, '    net: false', '    environment:', `      N: "${i}"`);
  }
  return `${lines.join('\n')}\n`;
}

let watcher;
try {
  await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'dabba.yaml'), projectYaml('a'));
  const coldStart = process.hrtime.bigint();
  dabba('up', '-d');
  const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;

  const results = [
    timeCommand('node -e 0', [process.execPath, '-e', '0'], { runs }),
    timeCommand('dabba up -d (no-op, 10 services)', [process.execPath, bin, 'up', '-d'], { runs, cwd: dir, env }),
    timeCommand('dabba ps (10 services)', [process.execPath, bin, 'ps'], { runs, cwd: dir, env }),
  ];

  // Watch: save an env change, time until the restarted web accepts a connection.
  watcher = spawn(process.execPath, [bin, 'up', '-d', '--watch'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  watcher.stderr.on('data', (d) => (err += d));
  while (!err.includes('watching for changes')) await new Promise((r) => setTimeout(r, 20));
  const watchTimes = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const first = dabba('ps', '-a', '--format', 'json').stdout.split('\n')[0] || '{}';
    const before = JSON.parse(first).Pid;
    if (!before) throw new Error(`web is not running: ${first}\n${err}`);
    const saved = process.hrtime.bigint();
    writeFileSync(join(dir, 'dabba.yaml'), projectYaml(`m${i}`));
    // Wait for the old web to be gone, then for the port to answer again.
    for (;;) {
      const row = JSON.parse(dabba('ps', '-a', '--format', 'json').stdout.split('\n')[0] || '{}');
      if (row.Pid !== before && row.State === 'running' && (await canConnect(port))) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    watchTimes.push(Number(process.hrtime.bigint() - saved) / 1e6);
    await new Promise((r) => setTimeout(r, 300));
  }

  console.log(`## dabba up (issue 6)\n\ncold \`up -d\` of 10 services (materialise + start): ${coldMs.toFixed(0)} ms\n`);
  console.log(formatTable(results, 'node -e 0'));
  const base = results[0].median;
  console.log(`\nno-op up -d: +${(results[1].median - base).toFixed(0)} ms over node (target ≤ +200 ms)`);
  console.log(`ps: +${(results[2].median - base).toFixed(0)} ms over node (target ≤ +100 ms)`);
  console.log(`watch: env change saved → restarted service accepts connections: median ${median(watchTimes).toFixed(0)} ms, min ${Math.min(...watchTimes).toFixed(0)} ms over ${watchTimes.length} edits (target < 1000 ms; includes polling dabba ps)`);
} finally {
  if (watcher && watcher.exitCode === null) {
    watcher.kill('SIGINT');
    await new Promise((r) => watcher.once('exit', r));
  }
  spawnSync(process.execPath, [bin, 'down', '-t', '0'], { cwd: dir, env });
  rmSync(dir, { recursive: true, force: true });
}
