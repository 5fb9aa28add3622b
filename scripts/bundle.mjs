// Bundles the compiled CLI (dist/src/cli/entry.js) into dist/src/bundle/ with
// esbuild, after tsc. Loading ~70 ES modules one by one was most of a short
// command's start-up (`dabba run` on a materialised container): the bundle
// loads a few files instead. Every dynamic import() stays one (code splitting),
// so a command still loads only what it uses: yaml, tar and chokidar stay out
// of `run` and `ps`. dist/src/cli/bin.js imports the bundle.
//
// Modules that find files next to themselves (`new URL('./main.js',
// import.meta.url)`: the supervisor's entry, package.json, the schema) are
// given their own location in dist/src/ back, so those paths still work from
// inside a chunk.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const distSrc = fileURLToPath(new URL('../dist/src/', import.meta.url));
const outdir = join(distSrc, 'bundle');

/** Replaces `import.meta.url` in each compiled module with the URL that module has in dist/src/. */
const ownLocation = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!args.path.startsWith(distSrc) || !text.includes('import.meta.url')) return undefined;
      const rel = relative(outdir, args.path).split(sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: { cli: join(distSrc, 'cli', 'entry.js') },
  outdir,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  plugins: [ownLocation],
  logLevel: 'warning',
});
