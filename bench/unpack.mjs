// Benchmark of layer extraction (issue 4). Builds (or reuses) a ~300 MB
// compressed, 5-layer image of real files from /usr, then times, in the same
// run and each into a fresh folder:
//   GNU tar -xzf of the layers one after another (the baseline)
//   dabba materializeRootfs, first time, filling the unpack cache (forced: by
//   default the cache is only filled where reflinks work)
//   dabba materializeRootfs of a second container from the cache
//   dabba materializeRootfs without a cache (the default on a filesystem without reflinks)
//   umoci raw unpack --rootless (when installed)
// Nothing is deleted between timed runs (this disk creates files slowly for
// minutes after mass deletions); everything is removed at the end.
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

/** Runs materializeRootfs in a child so that its peak RSS is its own. */
function dabba(containerDir, cacheDir) {
  // fillCache 'always': measure the cache even where the default ('auto') skips it for want of reflinks
  const spec = { containerDir, cacheDir, fillCache: 'always', image: { name: 'bench', manifestDigest, config, layers } };
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

function umoci(dir) {
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
  execFileSync('umoci', ['raw', 'unpack', '--rootless', '--image', `${layout}:bench`, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  return {};
}

const haveUmoci = spawnSync('umoci', ['--version']).status === 0;
const entries = Number(execFileSync('sh', ['-c', `for f in ${layerFiles.join(' ')}; do tar -tzf "$f"; done | wc -l`]).toString().trim());
console.log(`image: ${layers.length} layers, ${(compressed / 1e6).toFixed(0)} MB compressed, ${entries} entries`);
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
function report(i, row) {
  const t = row.base.ms;
  console.log(i >= 0 ? `\nrun ${i + 1}` : '');
  console.log('what                                  time      ratio           peak RSS  target');
  console.log(`GNU tar -xzf, layer after layer       ${fmt(t).padEnd(9)} 1.00×           -         baseline`);
  console.log(`dabba, first (unpack + cache copy)    ${fmt(row.first.ms).padEnd(9)} ${`${(row.first.ms / t).toFixed(2)}× tar`.padEnd(15)} ${row.first.maxRssMB.toFixed(0).padStart(4)} MB   ≤ 1.3× tar, < 150 MB`);
  console.log(`dabba, no cache                       ${fmt(row.nocache.ms).padEnd(9)} ${`${(row.nocache.ms / t).toFixed(2)}× tar`.padEnd(15)} ${row.nocache.maxRssMB.toFixed(0).padStart(4)} MB   ≤ 1.3× tar`);
  console.log(`dabba, second container from cache    ${fmt(row.second.ms).padEnd(9)} ${`${(row.second.ms / row.first.ms).toFixed(2)}× first`.padEnd(15)} ${row.second.maxRssMB.toFixed(0).padStart(4)} MB   ≤ 0.5× first`);
  if (row.um) console.log(`umoci raw unpack --rootless           ${fmt(row.um.ms).padEnd(9)} ${`${(row.um.ms / t).toFixed(2)}× tar`.padEnd(15)} -         dabba first ≤ 0.5× umoci`);
}
const best = (rows, key) => rows.map((r) => r[key]).filter(Boolean).reduce((a, b) => (b.ms < a.ms ? b : a));
try {
  const rows = [];
  for (let r = 0; r < runs; r++) {
    execFileSync('sync');
    const base = time(() => tar(fresh(`tar-${r}`)));
    const first = time(() => dabba(fresh(`c1-${r}`), fresh(`cache-${r}`)));
    const second = time(() => dabba(fresh(`c2-${r}`), fresh(`cache-${r}`)));
    const nocache = time(() => dabba(fresh(`c3-${r}`), undefined));
    const um = haveUmoci ? time(() => umoci(fresh(`umoci-${r}`))) : undefined;
    rows.push({ base, first, second, nocache, um });
    report(r, rows[r]);
  }
  // this disk's speed drifts by 3× within minutes: the best of each is the steadiest comparison
  if (runs > 1) {
    console.log(`\nbest of ${runs}:`);
    report(-1, { base: best(rows, 'base'), first: best(rows, 'first'), second: best(rows, 'second'), nocache: best(rows, 'nocache'), um: haveUmoci ? best(rows, 'um') : undefined });
  }
} finally {
  process.stderr.write(`removing ${work} (layers stay in ${layerDir} for the next run)\n`);
  rmSync(work, { recursive: true, force: true });
}
