// Bundles the compiled CLI (dist/src/cli/entry.js) with esbuild, after tsc,
// into one script, dist/src/bundle/cli.cjs, and makes V8's code cache for it,
// which dist/src/cli/bin.js compiles the script from. Loading ~70 ES modules one
// by one, each parsed and compiled at every start, was most of a short
// command's start-up (`dabba run` on a materialised container).
//
// The script is a function expression (see bin.ts) so that the cache made here
// is for exactly the text bin.js compiles. Its last line names the cache file
// (`cli.<sha256>.cache`): a bundle rebuilt without its cache finds none, and a
// cache V8 rejects (another node) only costs the compile.
//
// Modules that find files next to themselves (`new URL('./main.js',
// import.meta.url)`: the supervisor's entry, package.json, the schema) are
// given back their own location in dist/src/. A script run by node:vm has no
// dynamic import() (without an experimental flag): the lazy imports of node's
// own modules become require(), which the bundle has.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import * as esbuild from 'esbuild';

const distSrc = fileURLToPath(new URL('../dist/src/', import.meta.url));
const outdir = join(distSrc, 'bundle');
const outfile = join(outdir, 'cli.cjs');

/** Rewrites each compiled module's `import.meta.url` and its lazy imports of node's modules (see above). */
const forScript = {
  name: 'for-a-vm-script',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(distSrc)) return undefined;
      const rel = relative(outdir, args.path).split(sep).join('/');
      const text = (await readFile(args.path, 'utf8'))
        .replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, __bundleUrl).href`)
        .replace(/\bimport\('(node:[\w/]+)'\)/g, "Promise.resolve(require('$1'))");
      return { contents: text, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

const result = await esbuild.build({
  entryPoints: [join(distSrc, 'cli', 'entry.js')],
  outfile,
  write: false,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The parameters bin.js passes.
  banner: { js: '(function (exports, require, module, __filename, __dirname, __bundleUrl) {' },
  footer: { js: '})' },
  plugins: [forScript],
  logLevel: 'warning',
});
const text = result.outputFiles[0].text;
// vm scripts have no dynamic import(): every import must have been bundled.
if (/\bimport\(/.test(text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""'))) {
  throw new Error('the bundle still has a dynamic import(): bin.js cannot run it');
}
const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
const source = `${text}//# dabba-bundle ${id}\n`;
const cache = new Script(source, { filename: outfile }).createCachedData();

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await writeFile(join(outdir, `cli.${id}.cache`), cache);
await writeFile(outfile, source);
