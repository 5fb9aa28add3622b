// Bench (issue 15), in one run against a baseline measured in the same run:
//  - `buildah bud` alone (the baseline): a 5-step Dockerfile on the busybox
//    base, no cache, with exactly the flags, storage kind and environment
//    dabba gives it, on a storage of its own that holds the base
//  - cold `dabba build --no-cache` of the same Dockerfile (every step runs;
//    dabba adds loading FROM from its store, writing the image out and the
//    verified import into the store): target ≤ 1.2× the baseline
//  - a no-change `dabba build`: target ≤ 1.5 s (dabba sees that no input
//    changed and does not run buildah), and, for comparison, a build after
//    touching a file no step reads (buildah replays every step from its cache)
// Needs buildah. Usage: npm run build && node bench/build.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTable, median, runsArg, setUpCliBench, timeCommand } from './lib.mjs';

const runs = runsArg(5);
const { bin, dir, env, buildBusyboxImage, writeOciLayout } = await setUpCliBench('dabba-bench-build-');
const { Store } = await import('../dist/src/store/index.js');
const { importLayoutAs } = await import('../dist/src/image/index.js');
const { budArgs, buildahEnv, buildahPaths, storageArgs, POLICY_JSON, REGISTRIES_CONF } = await import('../dist/src/build/argv.js');
const { helperEnv } = await import('../dist/src/util/host-helper.js');

const buildah = spawnSync('sh', ['-c', 'command -v buildah'], { encoding: 'utf8' }).stdout.trim();
if (!buildah) {
  console.error('buildah is not installed');
  process.exit(1);
}

try {
  // The base: busybox in dabba's store under a registry name, as `dabba pull` leaves it.
  await writeOciLayout(join(dir, 'base'), buildBusyboxImage({ history: true }), 'latest');
  await importLayoutAs(await Store.open(env.DABBA_STORE), join(dir, 'base'), ['bench.local/busybox:latest'], dir);
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'payload.txt'), 'x'.repeat(1 << 20));
  writeFileSync(join(app, 'Dockerfile'), [
    'FROM bench.local/busybox:latest',
    'ENV MODE=bench',
    'WORKDIR /srv',
    'COPY payload.txt .',
    'RUN dd if=/dev/zero of=/srv/zeros bs=1M count=8 2>/dev/null && cat payload.txt payload.txt > double.txt',
    'CMD ["ls", "-l", "/srv"]',
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'dabba.yaml'), 'name: bench\nservices:\n  app:\n    build: ./app\n');

  // The baseline's own buildah storage, with the base loaded as dabba loads it.
  const paths = buildahPaths(join(dir, 'baseline'));
  for (const d of [paths.root, paths.home, paths.tmp, paths.runroot]) mkdirSync(d, { recursive: true });
  writeFileSync(paths.policy, POLICY_JSON);
  writeFileSync(paths.registries, REGISTRIES_CONF);
  const benv = buildahEnv(paths, helperEnv());
  const run = (argv) => {
    const r = spawnSync(buildah, argv, { env: benv, encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`buildah ${argv.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
  const id = run([...storageArgs(paths), 'pull', '--signature-policy', paths.policy, '--quiet', 'oci:base']);
  run([...storageArgs(paths), 'tag', id, 'bench.local/busybox:latest']);
  const spec = { context: app, args: {}, labels: {}, extraHosts: [], platforms: [], pull: false, noCache: true, tags: [] };
  // Warm-up of both (page cache, dabba's buildah storage gets the base).
  const warm = (argv, e) => spawnSync(argv[0], argv.slice(1), { env: e, cwd: dir, stdio: 'ignore' });
  const bud = budArgs(paths, spec, { dockerfile: join(app, 'Dockerfile'), tag: 'docker.io/library/bench-app:latest', args: {}, noCache: true, iidFile: join(dir, 'iid') });

  warm([buildah, ...bud], benv);
  warm([process.execPath, bin, 'build', '-q', '--no-cache'], env);
  // The two cold builds alternate, run by run, so that a busy machine weighs on both alike.
  const pairs = Array.from({ length: runs }, () => [
    timeCommand('buildah bud --no-cache (baseline)', [buildah, ...bud], { runs: 1, warmup: 0, env: benv, cwd: dir }),
    timeCommand('dabba build --no-cache', [process.execPath, bin, 'build', '-q', '--no-cache'], { runs: 1, warmup: 0, env, cwd: dir }),
  ]);
  const merged = (i) => {
    const times = pairs.map((p) => p[i].times[0]);
    return { name: pairs[0][i].name, runs: times.length, median: median(times), min: Math.min(...times), times };
  };
  const results = [
    merged(0),
    merged(1),
    timeCommand('dabba build, nothing changed', [process.execPath, bin, 'build', '-q'], { runs, env, cwd: dir }),
    // A file no step reads is touched: dabba's shortcut misses, buildah replays every step from its cache.
    timeCommand('dabba build, steps cached by buildah', ['sh', '-c', 'touch app/unused && exec "$0" "$1" build -q', process.execPath, bin], { runs, env, cwd: dir }),
  ];
  console.log(formatTable(results, 'buildah bud --no-cache (baseline)'));
  const [base, cold, cached, replayed] = results;
  console.log(`\ncold dabba build / buildah bud: ${(cold.median / base.median).toFixed(2)}× (target ≤ 1.2×); no-change rebuild: ${cached.median.toFixed(0)} ms (target ≤ 1500 ms); every step from buildah's cache: ${replayed.median.toFixed(0)} ms`);
} finally {
  // Unprivileged, buildah's storages hold files of subordinate ids: removed from its user namespace.
  if (process.getuid() !== 0) spawnSync(buildah, ['unshare', 'rm', '-rf', join(dir, 'store', 'buildah'), join(dir, 'baseline')], { env: { ...env, HOME: dir }, stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
