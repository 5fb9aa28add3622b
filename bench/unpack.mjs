// Benchmark of layer extraction (issue 4). Builds (or reuses) a ~300 MB
// compressed, 5-layer image of real files from /usr, then times, in the same
// run and each into a fresh folder:
//   GNU tar -xzf of the layers one after another (the baseline)
//   dabba materializeRootfs of a first container, as `dabba up` calls it (with
//     the store's unpack cache: the first container of an image fills it)
//   dabba materializeRootfs of a second container of the same image (from the cache)
//   dabba materializeRootfs without a cache (informative: what the cache costs the first)
//   umoci raw unpack --rootless (when installed)
// and says whether issue 4's targets are met. Nothing is deleted between timed
// runs (this disk creates files slowly for minutes after mass deletions), and
// each step starts after a `sync`; everything is removed at the end.
// Usage: npm run build && node bench/unpack.mjs [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const unpackModule = join(here, '..', 'dist', 'src', 'unpack', 'index.js');
if (!existsSync(unpackModule)) {
  console.error('build first: npm run build');
  process.exit(1);
}
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 1) || 1;
const base = process.env.DABBA_BENCH_DIR ?? join(tmpdir(), 'dabba-bench-unpack');
const layerDir = join(base, 'layers');
const LAYERS = [
  ['usr/share/doc', 'usr/share/man'],
  ['usr/share/locale'],
  ['usr/include'],
  ['usr/bin'],
  ['usr/lib/python3.11'],
].map((paths) => paths.filter((p) => existsSync(join('/', p))));

mkdirSync(layerDir, { recursive: true });
const layerFiles = [];
for (const [i, paths] of LAYERS.entries()) {
  const file = join(layerDir, `layer${i}.tar.gz`);
  if (!existsSync(file)) {
    process.stderr.write(`building ${file} from ${paths.join(' ')}\n`);
    execFileSync('tar', ['-C', '/', '-czf', file, ...paths], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  layerFiles.push(file);
}
const sha256 = (buf) => `sha256:${createHash('sha256').update(buf).digest('hex')}`;
const layers = layerFiles.map((f) => {
  const digest = sha256(readFileSync(f));
  return { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest, size: statSync(f).size, file: f };
});
const compressed = layers.reduce((n, l) => n + l.size, 0);
const config = { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) } };
const manifestDigest = sha256(JSON.stringify({ layers: layers.map((l) => l.digest) }));

const work = join(base, `run-${process.pid}`);
mkdirSync(work, { recursive: true });
const fresh = (name) => join(work, name);

function time(fn) {
  const t = process.hrtime.bigint();
  const extra = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, ...extra };
}

/** Runs materializeRootfs in a child so that its peak RSS is its own; options as `dabba up` gives them. */
function dabba(containerDir, cacheDir) {
  const spec = { containerDir, cacheDir, image: { name: 'bench', manifestDigest, config, layers } };
  const code = `
    import { createReadStream, readFileSync } from 'node:fs';
    const { materializeRootfs } = await import(${JSON.stringify(unpackModule)});
    const spec = JSON.parse(process.argv[1]);
    const t = performance.now();
    await materializeRootfs({ ...spec, openLayer: async (l) => createReadStream(l.file, { highWaterMark: 1 << 20 }) });
    // VmHWM, not ru_maxrss: the latter carries the spawning process's peak across fork+exec
    const hwm = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
    process.stdout.write(JSON.stringify({ inner: performance.now() - t, maxRssMB: hwm / 1024 }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, JSON.stringify(spec)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dabba run failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function tar(dir) {
  mkdirSync(dir);
  for (const l of layers) execFileSync('tar', ['-C', dir, '-xzf', l.file]);
  return {};
}

/** An OCI layout of the layers for umoci (its config needs the uncompressed digests); built once, outside the timings. */
function umociLayout() {
  const layout = fresh('layout');
  if (!existsSync(layout)) {
    mkdirSync(join(layout, 'blobs', 'sha256'), { recursive: true });
    for (const l of layers) execFileSync('ln', ['-f', l.file, join(layout, 'blobs', 'sha256', l.digest.slice(7))]);
    const realConfig = JSON.stringify({
      ...config,
      rootfs: { type: 'layers', diff_ids: layers.map((l) => `sha256:${execFileSync('sh', ['-c', 'gzip -dc "$1" | sha256sum', 'sh', l.file]).toString().slice(0, 64)}`) },
    });
    const cfgDigest = sha256(realConfig);
    writeFileSync(join(layout, 'blobs', 'sha256', cfgDigest.slice(7)), realConfig);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: cfgDigest, size: realConfig.length },
      layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size })),
    });
    const md = sha256(manifest);
    writeFileSync(join(layout, 'blobs', 'sha256', md.slice(7)), manifest);
    writeFileSync(join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    writeFileSync(join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: md, size: manifest.length, annotations: { 'org.opencontainers.image.ref.name': 'bench' } }] }));
  }
  return layout;
}

function umoci(layout, dir) {
  execFileSync('umoci', ['raw', 'unpack', '--rootless', '--image', `${layout}:bench`, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  return {};
}

const haveUmoci = spawnSync('umoci', ['--version']).status === 0;
const layout = haveUmoci ? umociLayout() : undefined;
const entries = Number(execFileSync('sh', ['-c', `for f in ${layerFiles.join(' ')}; do tar -tzf "$f"; done | wc -l`]).toString().trim());
console.log(`image: ${layers.length} layers, ${(compressed / 1e6).toFixed(0)} MB compressed, ${entries} entries`);
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');
function report(label, row) {
  const t = row.base.ms;
  const line = (what, r, ratio, target) =>
    console.log(`${what.padEnd(40)}${fmt(r.ms).padEnd(10)}${ratio.padEnd(16)}${r.maxRssMB === undefined ? '-'.padEnd(9) : `${r.maxRssMB.toFixed(0).padStart(4)} MB  `} ${target}`);
  console.log(`\n${label}`);
  console.log(`${'what'.padEnd(40)}${'time'.padEnd(10)}${'ratio'.padEnd(16)}${'peak RSS'.padEnd(10)}target`);
  line('GNU tar -xzf, layer after layer', row.base, '1.00× tar', 'baseline');
  line('dabba, first container (fills cache)', row.first, `${(row.first.ms / t).toFixed(2)}× tar`, '≤ 1.3× tar, < 150 MB');
  line('dabba, second container (from cache)', row.second, `${(row.second.ms / row.first.ms).toFixed(2)}× first`, '≤ 0.5× first, < 150 MB');
  line('dabba without a cache (informative)', row.nocache, `${(row.nocache.ms / t).toFixed(2)}× tar`, '-');
  if (row.um) line('umoci raw unpack --rootless', row.um, `${(row.um.ms / t).toFixed(2)}× tar`, `≥ 2× dabba first (${(row.um.ms / row.first.ms).toFixed(2)}×)`);
  const peak = Math.max(row.first.maxRssMB, row.second.maxRssMB, row.nocache.maxRssMB);
  console.log(`first ≤ 1.3× tar: ${verdict(row.first.ms <= 1.3 * t)} (${(row.first.ms / t).toFixed(2)}×)`);
  console.log(`second ≤ 0.5× first: ${verdict(row.second.ms <= 0.5 * row.first.ms)} (${(row.second.ms / row.first.ms).toFixed(2)}×)`);
  if (row.um) console.log(`umoci / dabba first ≥ 2: ${verdict(row.um.ms >= 2 * row.first.ms)} (${(row.um.ms / row.first.ms).toFixed(2)}×)`);
  else console.log('umoci / dabba first ≥ 2: not measured (umoci is not installed)');
  console.log(`peak RSS < 150 MB: ${verdict(peak < 150)} (${peak.toFixed(0)} MB)`);
}
/** Median of a non-empty list. */
function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
/** The targets on the medians of the same-run ratios: this disk's speed drifts too much for ratios across runs. */
function summarise(rows) {
  const ratio = (f) => median(rows.map(f));
  const first = ratio((r) => r.first.ms / r.base.ms);
  const second = ratio((r) => r.second.ms / r.first.ms);
  const nocache = ratio((r) => r.nocache.ms / r.base.ms);
  const peak = Math.max(...rows.flatMap((r) => [r.first.maxRssMB, r.second.maxRssMB, r.nocache.maxRssMB]));
  console.log(`\nmedians of the same-run ratios over ${rows.length} runs (tar: ${fmt(median(rows.map((r) => r.base.ms)))} median):`);
  console.log(`first ≤ 1.3× tar: ${verdict(first <= 1.3)} (${first.toFixed(2)}×; without a cache ${nocache.toFixed(2)}×)`);
  console.log(`second ≤ 0.5× first: ${verdict(second <= 0.5)} (${second.toFixed(2)}×)`);
  if (rows.every((r) => r.um)) {
    const um = ratio((r) => r.um.ms / r.first.ms);
    console.log(`umoci / dabba first ≥ 2: ${verdict(um >= 2)} (${um.toFixed(2)}×; umoci / dabba without a cache ${ratio((r) => r.um.ms / r.nocache.ms).toFixed(2)}×)`);
  }
  console.log(`peak RSS < 150 MB: ${verdict(peak < 150)} (${peak.toFixed(0)} MB, highest of all runs)`);
}
/** Times `fn` after flushing what earlier steps left dirty, so no step pays for another's writeback. */
function step(fn) {
  execFileSync('sync');
  return time(fn);
}
try {
  const rows = [];
  for (let r = 0; r < runs; r++) {
    const base = step(() => tar(fresh(`tar-${r}`)));
    const first = step(() => dabba(fresh(`c1-${r}`), fresh(`cache-${r}`)));
    const second = step(() => dabba(fresh(`c2-${r}`), fresh(`cache-${r}`)));
    const nocache = step(() => dabba(fresh(`c3-${r}`), undefined));
    const um = layout === undefined ? undefined : step(() => umoci(layout, fresh(`umoci-${r}`)));
    rows.push({ base, first, second, nocache, um });
    report(`run ${r + 1}`, rows[r]);
  }
  if (runs > 1) summarise(rows);
} finally {
  process.stderr.write(`removing ${work} (layers stay in ${layerDir} for the next run)\n`);
  rmSync(work, { recursive: true, force: true });
}
