import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Holds the import graph to the shape STYLE.md describes: pure folders do no I/O,
// and data flows one way (cli → config → plan → apply).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const IO_MODULES = ['node:fs', 'node:fs/promises', 'node:child_process', 'node:net', 'node:http', 'node:https', 'undici', 'execa', 'tar', 'chokidar'];

function sourcesOf(folder: string): string[] {
  const dir = join(root, 'src', folder);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g), ...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!);
}

function importedFolder(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const abs = join(file, '..', spec);
  const rel = abs.slice(join(root, 'src').length + 1);
  return rel.split('/')[0];
}

for (const folder of ['image-ref', 'oci', 'plan']) {
  test(`src/${folder} is pure: it imports no I/O module`, () => {
    const files = sourcesOf(folder);
    assert.ok(files.length > 0, `src/${folder} has no sources`);
    for (const f of files) {
      for (const spec of importsOf(f)) {
        assert.ok(!IO_MODULES.includes(spec), `${f.slice(root.length)} imports ${spec}`);
      }
    }
  });
}

const FORBIDDEN: Record<string, string[]> = {
  config: ['registry', 'store', 'image', 'unpack', 'sandbox', 'reconcile', 'supervisor', 'plan', 'state', 'watch', 'cli'],
  'image-ref': ['config', 'registry', 'store', 'image', 'unpack', 'sandbox', 'reconcile', 'cli'],
  oci: ['config', 'registry', 'store', 'image', 'unpack', 'sandbox', 'reconcile', 'cli'],
  unpack: ['config', 'registry', 'sandbox', 'reconcile', 'supervisor', 'cli'],
  plan: ['registry', 'store', 'image', 'unpack', 'sandbox', 'reconcile', 'supervisor', 'cli', 'watch'],
  reconcile: ['registry', 'store', 'image', 'unpack', 'sandbox', 'cli'],
  sandbox: ['registry', 'store', 'reconcile', 'plan', 'cli', 'watch'],
  container: ['registry', 'store', 'image', 'reconcile', 'supervisor', 'plan', 'watch', 'cli'],
};

for (const [folder, banned] of Object.entries(FORBIDDEN)) {
  test(`src/${folder} does not reach into ${banned.join(', ')}`, () => {
    for (const f of sourcesOf(folder)) {
      for (const spec of importsOf(f)) {
        const target = importedFolder(f, spec);
        assert.ok(target === undefined || !banned.includes(target), `${f.slice(root.length)} imports ${spec}`);
      }
    }
  });
}

// The lock and the liveness check live in src/util so that the store and the project state share them.
test('src/util is a leaf: it imports from no other folder but src/errors', () => {
  for (const f of sourcesOf('util')) {
    for (const spec of importsOf(f)) {
      const target = importedFolder(f, spec);
      assert.ok(target === undefined || target === 'util' || target === 'errors', `${f.slice(root.length)} imports ${spec}`);
    }
  }
});
