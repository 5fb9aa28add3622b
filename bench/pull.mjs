// Benchmark of pulling (issue 3). Builds (or reuses) a 5-layer image of real
// files from /usr, pushes it to a local Distribution registry, then measures
// in the same run:
//   curl of every blob in parallel through sha256sum (the baseline)
//   cold `dabba pull` into an empty store
//   `skopeo copy docker://… oci:…` into an empty folder
//   warm `dabba pull --policy always` of the same tag (target < 300 ms)
// and dabba's peak memory during a cold pull (target < 150 MB).
// Usage: npm run build && node bench/pull.mjs [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { formatTable, timeCommand, timeFunction } from './lib.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, '..', 'dist');
const bin = join(dist, 'src', 'cli', 'bin.js');
if (!existsSync(bin)) {
  console.error('build first: npm run build');
  process.exit(1);
}
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3;
const base = process.env.DABBA_BENCH_DIR ?? join(tmpdir(), 'dabba-bench-pull');
const layerDir = join(base, 'layers');
const LAYERS = [['usr/share/doc', 'usr/share/man'], ['usr/share/locale'], ['usr/include'], ['usr/bin'], ['usr/lib/python3.11']].map((paths) => paths.filter((p) => existsSync(join('/', p))));

async function sha256OfStream(stream) {
  const h = createHash('sha256');
  for await (const c of stream) h.update(c);
  return `sha256:${h.digest('hex')}`;
}

// 1. layers, config, manifest as an OCI layout (cached between runs)
mkdirSync(join(layerDir, 'blobs', 'sha256'), { recursive: true });
const layers = [];
const diffIds = [];
for (const [i, paths] of LAYERS.entries()) {
  const file = join(layerDir, `layer${i}.tar.gz`);
  if (!existsSync(file)) {
    console.error(`building layer ${i} from ${paths.join(' ')}…`);
    execFileSync('sh', ['-c', `tar -C / -cf - ${paths.join(' ')} 2>/dev/null | gzip -1 > '${file}.tmp' && mv '${file}.tmp' '${file}'`]);
  }
  const digest = await sha256OfStream(createReadStream(file));
  const blob = join(layerDir, 'blobs', 'sha256', digest.slice(7));
  if (!existsSync(blob)) copyFileSync(file, blob);
  layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest, size: statSync(file).size });
  diffIds.push(await sha256OfStream(createReadStream(file).pipe(createGunzip())));
}
const putJson = (doc) => {
  const bytes = Buffer.from(JSON.stringify(doc));
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  writeFileSync(join(layerDir, 'blobs', 'sha256', digest.slice(7)), bytes);
  return { digest, size: bytes.length };
};
const config = putJson({ architecture: 'amd64', os: 'linux', config: { Cmd: ['sh'] }, rootfs: { type: 'layers', diff_ids: diffIds } });
const manifest = putJson({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config }, layers });
writeFileSync(join(layerDir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
writeFileSync(join(layerDir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, annotations: { 'org.opencontainers.image.ref.name': 'bench' } }] }));
const total = layers.reduce((n, l) => n + l.size, 0);

// 2. a registry holding it
const { startRegistry } = await import(join(dist, 'test', 'helpers', 'registry.js'));
const reg = await startRegistry();
const work = join(base, 'work');
try {
  execFileSync('skopeo', ['copy', '-q', '--dest-tls-verify=false', `oci:${layerDir}:bench`, `docker://${reg.host}/bench:1`]);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'dabba.yaml'), `services:\n  big:\n    image: ${reg.host}/bench:1\n`);
  const env = (store) => ({ ...process.env, DABBA_STORE: store, DOCKER_CONFIG: join(work, 'docker'), NO_COLOR: '1' });
  let n = 0;
  const fresh = () => join(work, `store-${n++}`);

  const urls = [config, ...layers].map((b) => `${reg.url}/v2/bench/blobs/${b.digest}`);
  const curlScript = urls.map((u) => `curl -sf '${u}' | sha256sum > /dev/null &`).join('\n') + '\nwait';
  const results = [];
  results.push(timeCommand('curl ‖ sha256sum (all blobs in parallel)', ['sh', '-c', curlScript], { runs }));
  // cold runs: a new, empty destination each time
  const must = (r, what) => {
    if (r.status !== 0) throw new Error(`${what} exited ${r.status ?? r.signal}: ${r.stderr}`);
  };
  const coldStores = [];
  results.push(
    await timeFunction(
      'dabba pull (cold)',
      async () => {
        const store = fresh();
        coldStores.push(store);
        must(spawnSync('node', [bin, 'pull', '-q'], { cwd: work, env: env(store), encoding: 'utf8' }), 'dabba pull');
      },
      { runs },
    ),
  );
  results.push(
    await timeFunction(
      'skopeo copy docker:// → oci: (cold)',
      async () => {
        must(spawnSync('skopeo', ['copy', '-q', '--src-tls-verify=false', `docker://${reg.host}/bench:1`, `oci:${fresh()}:x`], { encoding: 'utf8' }), 'skopeo copy');
      },
      { runs },
    ),
  );
  const warmStore = coldStores[0];
  results.push(timeCommand('dabba pull --policy always (warm)', ['node', bin, 'pull', '-q', '--policy', 'always'], { runs: Math.max(runs, 5), cwd: work, env: env(warmStore) }));
  results.push(timeCommand('node -e 0', ['node', '-e', '0'], { runs: 5 }));

  // peak memory of a cold pull
  const memStore = fresh();
  const mem = spawnSync('/usr/bin/time', ['-f', '%M', 'node', bin, 'pull', '-q'], { cwd: work, env: env(memStore), encoding: 'utf8' });
  const peakKb = Number(mem.stderr.trim().split('\n').pop());

  // CPU time (user+sys) of one cold run each: what the wall-clock ratios become on a busy machine
  const cpu = (argv, opts = {}) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', ...argv], { encoding: 'utf8', ...opts });
    const [u, sy] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    return u + sy;
  };
  const cpuRows = [
    ['curl ‖ sha256sum', cpu(['sh', '-c', curlScript])],
    ['dabba pull (cold)', cpu(['node', bin, 'pull', '-q'], { cwd: work, env: env(fresh()) })],
    ['skopeo copy (cold)', cpu(['skopeo', 'copy', '-q', '--src-tls-verify=false', `docker://${reg.host}/bench:1`, `oci:${fresh()}:x`])],
  ];

  console.log(`\nimage: ${layers.length} layers, ${(total / 1e6).toFixed(0)} MB compressed, from a loopback registry\n`);
  console.log(formatTable(results, 'curl ‖ sha256sum (all blobs in parallel)'));
  const get = (name) => results.find((r) => r.name.startsWith(name)).median;
  console.log('');
  console.log(`cold dabba pull / curl+sha256sum: ${(get('dabba pull (cold)') / get('curl')).toFixed(2)}× (target ≤ 1.0×)`);
  console.log(`cold dabba pull / skopeo copy:    ${(get('dabba pull (cold)') / get('skopeo')).toFixed(2)}× (target < 1.0×)`);
  console.log(`warm dabba pull --policy always:  ${get('dabba pull --policy always').toFixed(0)} ms (target < 300 ms)`);
  console.log(`CPU seconds (user+sys), one cold run each: ${cpuRows.map(([n, c]) => `${n} ${c.toFixed(2)}`).join(', ')}`);
  console.log(`load average during the run: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (figures are noisy when the machine is busy)`);
  console.log(`peak memory of a cold dabba pull: ${(peakKb / 1024).toFixed(0)} MB (target < 150 MB)`);
} finally {
  await reg.stop();
  rmSync(work, { recursive: true, force: true });
  if (!process.argv.includes('--keep-layers')) console.error(`(layers kept in ${layerDir} for the next run; remove it to rebuild)`);
}
