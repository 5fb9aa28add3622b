// Bench (issue 5): on a materialised busybox container, in the same run:
// `dabba run --rm svc true` vs bare `bwrap … /bin/true` vs `node -e 0`
// (target: dabba ≤ bwrap + node + 60 ms), and the time from starting
// `dabba run -p …` to the first successful TCP connect through the forwarded
// port (target: under 300 ms). Usage: npm run build && node bench/run.mjs [--runs N]
//
// The start-up rows are timed round-robin (one run of each, N times), so that
// load from elsewhere on the machine falls on all of them alike.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { formatTable, median, runsArg, setUpCliBench } from './lib.mjs';

const runs = runsArg(10);
const { bin, dir, env, buildBusyboxImage, writeOciLayout, freePort } = await setUpCliBench('dabba-bench-run-');
try {
  await writeOciLayout(join(dir, 'img'), buildBusyboxImage({ format: 'oci' }));
  writeFileSync(join(dir, 'dabba.yaml'), 'services:\n  svc:\n    image: oci:./img\n    command: ["true"]\n    stop_grace_period: 200ms\n  quiet:\n    image: oci:./img\n    net: false\n');
  const dabba = (...args) => [process.execPath, bin, ...args];
  // Materialise both containers before timing anything.
  for (const s of ['svc', 'quiet']) {
    const r = spawnSync(process.execPath, [bin, 'run', '--rm', s, 'true'], { cwd: dir, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`materialising ${s}: ${r.stderr}`);
  }
  const rootfs = join(dir, '.dabba/svc/rootfs');
  const bwrap = spawnSync('sh', ['-c', 'command -v bwrap'], { encoding: 'utf8' }).stdout.trim();
  const results = timeRoundRobin(
    [
      ['node -e 0', [process.execPath, '-e', '0']],
      ['bwrap --unshare-all … /bin/true', [bwrap, '--unshare-all', '--die-with-parent', '--bind', rootfs, '/', '--proc', '/proc', '--dev', '/dev', '--', '/bin/true']],
      ['dabba run --rm svc true (slirp4netns)', dabba('run', '--rm', 'svc', 'true')],
      ['dabba run --rm svc true (pasta)', dabba('run', '--rm', '--network-backend', 'pasta', 'svc', 'true')],
      ['dabba run --rm quiet true (net: false)', dabba('run', '--rm', 'quiet', 'true')],
    ],
    runs,
  );
  console.log(formatTable(results, 'node -e 0'));
  const [node, bare, ...dabbaRows] = results;
  const budget = bare.median + node.median + 60;
  console.log(`\ntarget: ≤ bwrap + node -e 0 + 60 = ${budget.toFixed(0)} ms`);
  for (const r of dabbaRows) {
    const over = r.median - bare.median - node.median;
    console.log(`${r.name}: ${r.median.toFixed(0)} ms = bwrap + node + ${over.toFixed(0)} ms: ${r.median <= budget ? 'met' : 'NOT met'}`);
  }

  for (const backend of ['slirp4netns', 'pasta']) {
    const times = [];
    for (let i = 0; i < Math.min(runs, 5); i++) times.push(await timeToConnect(backend));
    const m = median(times);
    console.log(`time from \`dabba run -p\` to the first TCP connect (${backend}): median ${m.toFixed(0)} ms over ${times.length} (target < 300 ms: ${m < 300 ? 'met' : 'NOT met'})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Times each [name, argv] `runs` times, one run of each in turn (after one
 * untimed round), in milliseconds: rows as lib.mjs's timeCommand returns them.
 * Throws when a run exits non-zero, so a broken command never looks fast.
 */
function timeRoundRobin(commands, runs) {
  const times = commands.map(() => []);
  for (let round = 0; round <= runs; round++) {
    commands.forEach(([name, argv], i) => {
      const start = process.hrtime.bigint();
      const r = spawnSync(argv[0], argv.slice(1), { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.status !== 0) throw new Error(`${name}: ${argv.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr?.toString().slice(0, 2000)}`);
      if (round > 0) times[i].push(ms);
    });
  }
  return commands.map(([name], i) => ({ name, runs, median: median(times[i]), min: Math.min(...times[i]), times: times[i] }));
}

/** Starts `dabba run -p` with busybox httpd and polls 127.0.0.1 until a connection is accepted and answered. */
async function timeToConnect(backend) {
  const port = await freePort();
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'run', '--rm', '--network-backend', backend, '-p', `127.0.0.1:${port}:8080`, 'svc', 'httpd', '-f', '-p', '8080', '-h', '/www'], { cwd: dir, env, stdio: 'ignore' });
  try {
    for (;;) {
      const ok = await new Promise((resolve) => {
        const sock = connect(port, '127.0.0.1');
        sock.on('connect', () => sock.end('GET / HTTP/1.0\r\n\r\n'));
        sock.on('data', () => {
          sock.destroy();
          resolve(true);
        });
        sock.on('error', () => resolve(false));
        sock.on('close', () => resolve(false));
      });
      if (ok) return Number(process.hrtime.bigint() - t0) / 1e6;
      if (Number(process.hrtime.bigint() - t0) > 10e9) throw new Error(`${backend}: no connection within 10 s`);
      await new Promise((r) => setTimeout(r, 2));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('close', r));
  }
}
