/* global AbortSignal */
// Bench (issue 6), in one run against baselines measured in the same run:
//  - no-op `dabba up -d` on an up-to-date 10-service project vs `node -e 0` (target ≤ +200 ms)
//  - `dabba ps` on the same 10 services vs `node -e 0` (target ≤ +100 ms)
//  - under `up --watch`: from saving an env change to the restarted service
//    accepting connections on its port (target < 1 s)
// Needs bwrap, slirp4netns and user namespaces. Talks only to 127.0.0.1.
// Usage: npm run build && node bench/up.mjs [--runs N]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTable, median, runsArg, setUpCliBench, timeCommand } from './lib.mjs';

const runs = runsArg(10);
const { bin, dir, env, buildBusyboxImage, writeOciLayout, freePort } = await setUpCliBench('dabba-bench-up-');

/** Whether web answers an HTTP request on `port` within 300 ms (slirp4netns accepts with a backlog of 1, so a bare connect can hang). */
async function answers(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/passwd`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(300) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

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
    if (!JSON.parse(first).Pid || !(await answers(port))) throw new Error(`web is not running: ${first}\n${err}`);
    const saved = process.hrtime.bigint();
    writeFileSync(join(dir, 'dabba.yaml'), projectYaml(`m${i}`));
    // Only the port is polled (cheap): the old web stops answering, then the restarted one answers.
    const deadline = Date.now() + 15_000;
    while ((await answers(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
    while (!(await answers(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
    if (Date.now() >= deadline) throw new Error(`web did not restart within 15 s\n${err}`);
    watchTimes.push(Number(process.hrtime.bigint() - saved) / 1e6);
    await new Promise((r) => setTimeout(r, 500));
  }

  console.log(`## dabba up (issue 6)\n\ncold \`up -d\` of 10 services (materialise + start): ${coldMs.toFixed(0)} ms\n`);
  console.log(formatTable(results, 'node -e 0'));
  const base = results[0].median;
  console.log(`\nno-op up -d: +${(results[1].median - base).toFixed(0)} ms over node (target ≤ +200 ms)`);
  console.log(`ps: +${(results[2].median - base).toFixed(0)} ms over node (target ≤ +100 ms)`);
  console.log(`watch: env change saved → restarted service accepts connections: median ${median(watchTimes).toFixed(0)} ms, min ${Math.min(...watchTimes).toFixed(0)} ms over ${watchTimes.length} edits (target < 1000 ms)`);
} finally {
  if (watcher && watcher.exitCode === null) {
    watcher.kill('SIGINT');
    await new Promise((r) => watcher.once('exit', r));
  }
  spawnSync(process.execPath, [bin, 'down', '-t', '0'], { cwd: dir, env });
  rmSync(dir, { recursive: true, force: true });
}
