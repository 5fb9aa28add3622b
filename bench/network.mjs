// Bench (issue 13), in one run against baselines measured in the same run:
//  - service → service by name on a project network: TCP throughput (netc, 1 GiB) and
//    request latency (connect + 64 bytes + reply, median of 200) vs the host's loopback
//    (targets: ≥ 0.7× loopback throughput, ≤ 2× loopback latency), and podman rootless on
//    a bridge network with the same image when podman is installed (target: dabba ahead);
//  - start-up: `dabba run --rm svc true` on the project network vs network_mode none, and
//    `up -d` of 10 stopped (materialised) services on one network vs network_mode none
//    (target ≤ 1.3×);
//  - a published port of a networked service: first connect and throughput from the host,
//    for slirp4netns (up) and pasta (run --network-backend pasta).
// Needs bwrap, slirp4netns, iproute2 and musl-gcc. Talks only to 127.0.0.1 and inside its namespaces.
// Usage: npm run build && node bench/network.mjs [--runs N] [--mib N]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable, median, runsArg, setUpCliBench, timeCommand } from './lib.mjs';

const runs = runsArg(5);
const mib = Number(process.argv[process.argv.indexOf('--mib') + 1] || 1024) || 1024;
const { bin, dir, env, writeOciLayout, freePort } = await setUpCliBench('dabba-bench-net-');
const { buildNetImage } = await import(new URL('../dist/test/helpers/net-image.js', import.meta.url).href);
const { compileC } = await import(new URL('../dist/test/helpers/c-programs.js', import.meta.url).href);
const netcPath = join(dir, 'netc');
writeFileSync(netcPath, compileC('net/netc.c', 'static'), { mode: 0o755 });
// Its own runtime folder: the bench's networks are not the user's.
env.DABBA_RUNTIME_DIR = join(dir, 'run');

const run = (cwd, argv, options = {}) => {
  const r = spawnSync(argv[0], argv.slice(1), { cwd, env, encoding: 'utf8', ...options });
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status ?? r.signal}: ${r.stderr}`);
  return r.stdout;
};
const dabba = (cwd, ...args) => run(cwd, [process.execPath, bin, ...args]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Throughput in MiB/s and median latency in µs of each path, measured by netc itself (no process
 * start in the figures), the paths taking turns so that a change in the machine's load hits all.
 */
function measure(paths) {
  const seconds = Object.fromEntries(Object.keys(paths).map((k) => [k, []]));
  const latency = Object.fromEntries(Object.keys(paths).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [k, exec] of Object.entries(paths)) seconds[k].push(Number(exec(['source', 'sink', '9000', String(mib)])));
    for (const [k, exec] of Object.entries(paths)) latency[k].push(Number(exec(['rtt', 'echo', '9001', '200'])));
  }
  return Object.fromEntries(Object.keys(paths).map((k) => [k, { mibps: mib / median(seconds[k]), latencyUs: median(latency[k]) }]));
}

function project(name, yaml) {
  const p = join(dir, name);
  mkdirSync(p, { recursive: true });
  writeFileSync(join(p, 'dabba.yaml'), yaml);
  return p;
}

const hostServers = [];
// podman of its own (storage, vfs: nothing stays mounted), with runc and cgroupfs as this host needs.
const podmanArgs = ['--runtime', 'runc', '--cgroup-manager', 'cgroupfs', '--storage-driver', 'vfs', '--root', join(dir, 'podman', 'root'), '--runroot', join(dir, 'podman', 'run')];
let podmanNet;
const PODMAN_SUBNET = '10.89.202.0/24';
const PODMAN_DNS = '10.89.202.1';
const podmanImage = join(tmpdir(), `dabba-bench-net-img-${process.pid}`);
try {
  await writeOciLayout(join(dir, 'img'), buildNetImage());

  const step = (what) => console.error(`… ${what}`);
  step('host loopback');
  // Host loopback: the same program, no namespaces.
  const hostSink = await freePort();
  const hostEcho = await freePort();
  hostServers.push(spawn(netcPath, ['sink', String(hostSink)], { stdio: 'ignore' }), spawn(netcPath, ['echo', String(hostEcho)], { stdio: 'ignore' }));
  await sleep(200);
  const paths = { loopback: (a) => run(dir, [netcPath, a[0], '127.0.0.1', a[2] === '9000' ? String(hostSink) : String(hostEcho), a[3]]) };

  step('dabba: service to service');
  // dabba: three services on the default network.
  const port = await freePort();
  const stack = project('stack', `services:
  sink:
    image: oci:../img
    command: ["netc", "sink", "9000"]
    ports: ["127.0.0.1:${port}:9000"]
  echo:
    image: oci:../img
    command: ["netc", "echo", "9001"]
  client:
    image: oci:../img
    command: ["sleep", "100000"]
`);
  dabba(stack, 'up', '-d');
  await sleep(300);
  paths.dabba = (a) => dabba(stack, 'exec', 'client', 'netc', ...a);

  // podman rootless (or as root) on a bridge network, same image, when installed.
  let podman;
  if (spawnSync('podman', ['--version']).status === 0) {
    step('podman');
    try {
      // podman names the image after its path, which must be lowercase.
      run(dir, ['cp', '-a', join(dir, 'img'), podmanImage]);
      run(dir, ['podman', ...podmanArgs, 'pull', '-q', `oci:${podmanImage}`]);
      const images = run(dir, ['podman', ...podmanArgs, 'images', '-q']).trim().split('\n')[0];
      podmanNet = `dabba-bench-${process.pid}`;
      run(dir, ['podman', ...podmanArgs, 'network', 'create', '--subnet', PODMAN_SUBNET, podmanNet]);
      for (const [name, cmd] of [['sink', ['netc', 'sink', '9000']], ['echo', ['netc', 'echo', '9001']], ['client', ['sleep', '100000']]]) {
        // runc here refuses podman's default process limit (no CAP_SYS_RESOURCE), and `--ulimit host` as well.
        // --dns: aardvark-dns only, so that no name is asked of the host's resolvers (musl asks all at once).
        run(dir, ['podman', ...podmanArgs, 'run', '-d', '--ulimit', 'nofile=4096:4096', '--ulimit', 'nproc=4096:4096', '--dns', PODMAN_DNS, '--name', `${podmanNet}-${name}`, '--network', podmanNet, '--network-alias', name, images, ...cmd]);
      }
      await sleep(500);
      run(dir, ['podman', ...podmanArgs, 'exec', `${podmanNet}-client`, 'netc', 'rtt', 'echo', '9001', '1']);
      paths.podman = (a) => run(dir, ['podman', ...podmanArgs, 'exec', `${podmanNet}-client`, 'netc', ...a]);
    } catch (err) {
      podman = { error: String(err.message).split('\n')[0] };
    }
  }

  step('throughput and latency');
  const measured = measure(paths);
  const { loopback, dabba: onNetwork } = measured;
  if (measured.podman) podman = measured.podman;
  step('published ports');
  // Published port (slirp4netns, through up): host → 127.0.0.1:port → sink.
  const firstConnect = timeCommand('first connect to a published port (netc send)', [netcPath, 'send', '127.0.0.1', String(port), 'x'], { runs, warmup: 0 });
  const published = [];
  for (let i = 0; i < runs; i++) published.push(Number(run(dir, [netcPath, 'source', '127.0.0.1', String(port), String(Math.min(mib, 256))])));
  const publishedMibps = Math.min(mib, 256) / median(published);
  // pasta, through dabba run -p.
  const pastaPort = await freePort();
  const pastaRun = spawn(process.execPath, [bin, 'run', '--rm', '-T', '--network-backend', 'pasta', '-p', `127.0.0.1:${pastaPort}:9000`, 'sink', 'netc', 'sink', '9000'], { cwd: stack, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let pastaErr = '';
  pastaRun.stderr.on('data', (d) => (pastaErr += d));
  let pastaMibps;
  for (let i = 0; i < 100 && pastaMibps === undefined; i++) {
    const r = spawnSync(netcPath, ['source', '127.0.0.1', String(pastaPort), String(Math.min(mib, 256))], { encoding: 'utf8' });
    if (r.status === 0) pastaMibps = Math.min(mib, 256) / Number(r.stdout);
    else await sleep(100);
  }
  if (pastaRun.exitCode === null) {
    pastaRun.kill('SIGTERM');
    await new Promise((r) => pastaRun.once('exit', r));
  }

  step('start-up');
  // Start-up: run --rm on the network vs network_mode none, and up -d of 10 stopped services.
  const startup = [
    timeCommand('dabba run --rm client true (project network)', [process.execPath, bin, 'run', '--rm', '-T', 'client', 'true'], { runs, cwd: stack, env }),
  ];
  const lone = project('lone', `services:\n  client:\n    image: oci:../img\n    network_mode: none\n`);
  dabba(lone, 'pull');
  startup.push(timeCommand('dabba run --rm client true (network_mode none)', [process.execPath, bin, 'run', '--rm', '-T', 'client', 'true'], { runs, cwd: lone, env }));
  const ten = (mode) => `services:\n${Array.from({ length: 10 }, (_, i) => `  s${i}:\n    image: oci:../img\n    command: ["sleep", "100000"]\n    stop_grace_period: 0s\n${mode}`).join('')}`;
  const upTimes = {};
  for (const [name, mode] of [['network', ''], ['none', '    network_mode: none\n']]) {
    const p = project(`ten-${name}`, ten(mode));
    dabba(p, 'up', '-d');
    const times = [];
    for (let i = 0; i < runs; i++) {
      dabba(p, 'stop', '-t', '0');
      const t0 = process.hrtime.bigint();
      dabba(p, 'up', '-d');
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    upTimes[name] = times;
    dabba(p, 'down', '-t', '0');
  }
  startup.push({ name: 'up -d, 10 stopped services, network_mode none', runs, median: median(upTimes.none), min: Math.min(...upTimes.none), times: upTimes.none });
  startup.push({ name: 'up -d, 10 stopped services, one project network', runs, median: median(upTimes.network), min: Math.min(...upTimes.network), times: upTimes.network });

  const row = (name, r, base) => `| ${name} | ${r.mibps.toFixed(0)} | ${(r.mibps / base.mibps).toFixed(2)}× | ${r.latencyUs.toFixed(0)} | ${(r.latencyUs / base.latencyUs).toFixed(2)}× |`;
  console.log(`## project networks (issue 13)\n\n${mib} MiB per transfer, ${runs} transfers (median), latency = median of 200 connect + 64 B + reply\n`);
  console.log('| path | MiB/s | vs loopback | latency µs | vs loopback |\n|---|---:|---:|---:|---:|');
  console.log(row('host loopback (baseline)', loopback, loopback));
  console.log(row('dabba: service → service by name', onNetwork, loopback));
  if (podman === undefined) console.log('| podman: not installed | | | | |');
  else if (podman.error) console.log(`| podman: ${podman.error} | | | | |`);
  else console.log(row('podman: container → container by name', podman, loopback));
  console.log(`\npublished port, host → 127.0.0.1 → service: slirp4netns ${publishedMibps.toFixed(0)} MiB/s (${(publishedMibps / loopback.mibps).toFixed(2)}× loopback), pasta ${pastaMibps === undefined ? `did not answer: ${pastaErr.trim().split('\n').slice(-2).join(' ')}` : `${pastaMibps.toFixed(0)} MiB/s (${(pastaMibps / loopback.mibps).toFixed(2)}× loopback)`}`);
  console.log(`first connect to a published port, whole netc process: median ${firstConnect.median.toFixed(1)} ms (target < 300 ms)\n`);
  console.log(formatTable(startup, 'dabba run --rm client true (network_mode none)'));
  console.log(`\nup -d of 10 services, network / none: ${(median(upTimes.network) / median(upTimes.none)).toFixed(2)}× (target ≤ 1.3×)`);
  if (podman && !podman.error) {
    const ahead = onNetwork.mibps > podman.mibps && onNetwork.latencyUs < podman.latencyUs;
    console.log(`dabba vs podman: throughput ${(onNetwork.mibps / podman.mibps).toFixed(2)}×, latency ${(onNetwork.latencyUs / podman.latencyUs).toFixed(2)}× (${ahead ? 'dabba ahead on both' : 'dabba not ahead on both'})`);
  }
} finally {
  for (const s of hostServers) s.kill();
  spawnSync(process.execPath, [bin, 'down', '-t', '0'], { cwd: join(dir, 'stack'), env });
  if (podmanNet) {
    spawnSync('podman', [...podmanArgs, 'rm', '-f', '-t', '0', `${podmanNet}-sink`, `${podmanNet}-echo`, `${podmanNet}-client`], { stdio: 'ignore' });
    spawnSync('podman', [...podmanArgs, 'network', 'rm', podmanNet], { stdio: 'ignore' });
    // Rootless, podman's storage belongs to the user's subordinate ids: removed from inside its namespace.
    spawnSync('podman', [...podmanArgs, 'unshare', 'rm', '-rf', join(dir, 'podman')], { stdio: 'ignore' });
  }
  rmSync(podmanImage, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
