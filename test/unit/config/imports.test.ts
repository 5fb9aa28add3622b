import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The config stage's import graph, read from the sources: it touches no network
// or processes, does I/O only where its phases say so, and keeps `dabba config`'s
// start lean (the yaml package only when the cache cannot answer, ajv only at build time).
const SRC = fileURLToPath(new URL('../../../../src/', import.meta.url));
const CONFIG = join(SRC, 'config');

/** Runtime (not type-only) imports of a source file: static ones and dynamic ones apart. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  const statics = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/\bimport\('([^']+)'\)/g)].map((m) => m[1]!);
  return { static: statics, dynamic };
}

function toFile(from: string, spec: string): string {
  return resolve(from, '..', spec.replace(/\.js$/, '.ts'));
}

const files = readdirSync(CONFIG).filter((f) => f.endsWith('.ts')).map((f) => join(CONFIG, f));

test('config imports no network, process, archive or watch modules', () => {
  for (const file of files) {
    const { static: s, dynamic: d } = importsOf(file);
    for (const spec of [...s, ...d]) {
      assert.doesNotMatch(spec, /^(node:)?(child_process|net|http|https|dgram|tls)$|^(undici|execa|tar|chokidar)$/, `${file} imports ${spec}`);
    }
  }
});

test('only the read phase, the cache file and the build-time schema compiler touch the file system', () => {
  const io = files.filter((f) => importsOf(f).static.some((s) => /^(node:)?fs(\/promises)?$/.test(s) || /\/util\/(atomic|private-dir)\.js$/.test(s)));
  assert.deepEqual(io.map((f) => f.slice(CONFIG.length + 1)).sort(), ['cache-file.ts', 'read.ts', 'schema-codegen.ts']);
});

test('loading a project statically reaches no package: the yaml package is imported when the cache cannot answer, ajv never', () => {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(file).static) {
      if (spec.startsWith('.')) visit(toFile(file, spec));
      else packages.add(spec);
    }
  };
  visit(join(CONFIG, 'index.ts'));
  visit(join(SRC, 'cli', 'commands', 'config.ts'));
  assert.ok(seen.has(join(CONFIG, 'pipeline.ts')), 'the walk follows imports');
  assert.ok(!seen.has(join(CONFIG, 'parse.ts')), 'parse.ts is imported statically');
  assert.deepEqual([...packages].filter((p) => !p.startsWith('node:')), []);
});
