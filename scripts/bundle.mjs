// Bundles the compiled CLI (dist/src/cli/main.js) with esbuild, after tsc,
// into one script, dist/src/bundle/cli.cjs, and makes V8's code cache for it,
// which dist/src/cli/bin.js compiles the script from. Loading ~70 ES modules one
// by one, each parsed and compiled at every start, was most of a short
// command's start-up (`dabba run` on a materialised container).
//
// The script is a function expression (see bin.ts) so that the cache made here
// is for exactly the text bin.js compiles. Its last line names the cache file
// (`cli.<sha256>.cache`): a bundle rebuilt without its cache finds none, and a
// cache V8 rejects (another node) only costs the compile. Before the cache is
// made, `dabba config -q` and `dabba ps` run in this process on a project in a
// temp folder, so that it holds the functions every command calls compiled,
// not only the script's top level: the first loads the project through the
// config pipeline, the second takes it from the config cache the first wrote.
// `convert`'s Kubernetes API validators are bundled but left out of the
// cache: a bigger cache is read by every command, and they are compiled
// lazily, function by function, only by the one that calls them.
//
// Modules that find files next to themselves (`new URL('./main.js',
// import.meta.url)`: the supervisor's entry, package.json, the schema) are
// given back their own location in dist/src/. A script run by node:vm has no
// dynamic import() (without an experimental flag): the lazy imports of node's
// own modules become require(), which the bundle has.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  entryPoints: [join(distSrc, 'cli', 'main.js')],
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
  // Its validators are loaded by \`dabba convert\` only, from node_modules.
  // Whitespace and syntax only: names stay, for stack traces and error class names.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
// ASCII only (esbuild leaves some in regular expressions and comments), so that
// bin.js can read it as latin1: twice as fast as decoding a megabyte of UTF-8.
// An escape means the same character in a string, a regular expression or a name.
const text = result.outputFiles[0].text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// vm scripts have no dynamic import(): every import must have been bundled.
if (/\bimport\(/.test(text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""'))) {
  throw new Error('the bundle still has a dynamic import(): bin.js cannot run it');
}
const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
const source = `${text}//# dabba-bundle ${id}\n`;
const script = new Script(source, { filename: outfile });
await warmUp(script);
const cache = script.createCachedData();

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await writeFile(join(outdir, `cli.${id}.cache`), cache);
await writeFile(outfile, source);

/** Runs commands that touch no host state through the bundle's main, with their output dropped. */
async function warmUp(script) {
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(outfile), module, outfile, outdir, pathToFileURL(outfile).href);
  const dir = await mkdtemp(join(tmpdir(), 'dabba-bundle-'));
  try {
    await writeFile(join(dir, 'dabba.yaml'), 'services:\n  web:\n    image: busybox\n    ports: ["8080:80"]\n    environment:\n      A: "1"\n    volumes: ["data:/data"]\nvolumes:\n  data: {}\n');
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const out = { stdout: sink, stderr: sink, color: false, print() {}, info() {}, warn() {} };
    const env = { PATH: process.env.PATH, HOME: dir, DABBA_STORE: join(dir, 'store') };
    for (const args of [['config', '-q'], ['ps']]) {
      const code = await module.exports.main(['-f', join(dir, 'dabba.yaml'), ...args], env, out);
      if (code !== 0) throw new Error(`warming the code cache up: dabba ${args.join(' ')} exited ${code}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
