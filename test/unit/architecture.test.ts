import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Holds the import graph to the shape README's "How it is built" describes: data flows one way
// (cli → config → plan → reconcile → image/store/registry → unpack → container → sandbox/supervisor
// → state → util/errors), and pure folders do no I/O.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const src = join(root, 'src');
const IO_MODULES = ['node:fs', 'node:fs/promises', 'node:child_process', 'node:net', 'node:http', 'node:https', 'undici', 'execa', 'tar', 'chokidar'];

// The layout of `.dabba/` is a pure leaf of src/container, with a row of its own: the layers below
// the container (state, unpack, sandbox) name a container folder's files through it without
// depending on the container layer.
const LAYOUT = 'container/layout';

interface Rule {
  /** The nodes this one may import (itself always). */
  imports: readonly string[];
  /** Imports no I/O module. */
  pure?: boolean;
}

const RULES: Record<string, Rule> = {
  errors: { imports: [] },
  util: { imports: ['errors'] },
  oci: { imports: ['errors'], pure: true },
  'image-ref': { imports: ['oci', 'errors'], pure: true },
  // Only config/read.ts reads project files; cache-file.ts writes the cache of the loaded project
  // atomically into a private .dabba/ (util's atomic write and private folder).
  config: { imports: ['util', 'errors'] },
  [LAYOUT]: { imports: ['config', 'errors'], pure: true },
  state: { imports: [LAYOUT, 'config', 'util', 'errors'] },
  plan: { imports: ['config', 'state', 'errors'], pure: true },
  registry: { imports: ['image-ref', 'oci', 'util', 'errors'] },
  store: { imports: ['oci', 'util', 'errors'] },
  image: { imports: ['image-ref', 'oci', 'registry', 'store', 'util', 'errors'] },
  unpack: { imports: [LAYOUT, 'oci', 'util', 'errors'] },
  // Builds images with buildah into the store; its bases come through image (the store, registries). As
  // host root, buildah runs in a user namespace mapped as a container's, made with the sandbox's holder.
  build: { imports: ['image', 'image-ref', 'oci', 'store', 'sandbox', 'config', 'util', 'errors'] },
  // The ownership helper (apply-ownership-main.ts) applies unpack's ownership record from inside the
  // container's user namespace: the one way down from the sandbox into the unpacker.
  sandbox: { imports: [LAYOUT, 'unpack', 'config', 'oci', 'state', 'util', 'errors'] },
  container: { imports: [LAYOUT, 'sandbox', 'unpack', 'config', 'oci', 'state', 'util', 'errors'] },
  // The project networks: a holder, bridges and addresses, made with the sandbox's helpers; the
  // supervisor and `dabba run` join a container to them before the sandbox starts it.
  network: { imports: [LAYOUT, 'sandbox', 'state', 'config', 'util', 'errors'] },
  supervisor: { imports: ['network', 'container', LAYOUT, 'sandbox', 'state', 'config', 'oci', 'util', 'errors'] },
  reconcile: { imports: ['plan', 'state', 'config', 'errors'] },
  // dabba.yaml → Kubernetes objects, pure: the command reads the secret files and writes the output.
  convert: { imports: ['config', 'oci', 'errors'], pure: true },
  watch: { imports: ['container', LAYOUT, 'sandbox', 'state', 'config', 'errors'] },
  // The one place that wires the real modules together.
  cli: { imports: ['convert', 'build', 'watch', 'reconcile', 'plan', 'supervisor', 'network', 'container', LAYOUT, 'sandbox', 'unpack', 'image', 'store', 'registry', 'image-ref', 'oci', 'state', 'config', 'util', 'errors'] },
};

function sourcesOf(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourcesOf(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g), ...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!);
}

/** The node of the graph a file of src/ belongs to: its folder, or the layout leaf. */
function nodeOf(file: string): string {
  const rel = relative(src, file).replace(/\.(ts|js)$/, '');
  return rel === LAYOUT ? LAYOUT : rel.split('/')[0]!;
}

/** Every import of src/ between two nodes, as [from, to, file, specifier]. */
function edges(): [string, string, string, string][] {
  const out: [string, string, string, string][] = [];
  for (const file of sourcesOf(src)) {
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const from = nodeOf(file);
      const to = nodeOf(join(file, '..', spec));
      if (from !== to) out.push([from, to, relative(root, file), spec]);
    }
  }
  return out;
}

test('every folder of src/ has a row in the rule table, and every row a folder', () => {
  const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory()).sort();
  assert.deepEqual(Object.keys(RULES).filter((n) => n !== LAYOUT).sort(), folders);
  assert.ok(statSync(join(src, `${LAYOUT}.ts`)).isFile());
  for (const rule of Object.values(RULES)) for (const target of rule.imports) assert.ok(target in RULES, `no row for ${target}`);
});

test('each folder imports only the folders its row allows', () => {
  const bad = edges()
    .filter(([from, to]) => !RULES[from]!.imports.includes(to))
    .map(([from, to, file, spec]) => `${file} (${from}) imports ${spec} (${to})`);
  assert.deepEqual(bad, []);
});

test('pure folders import no I/O module', () => {
  const bad: string[] = [];
  for (const file of sourcesOf(src)) {
    if (!RULES[nodeOf(file)]!.pure) continue;
    for (const spec of importsOf(file)) if (IO_MODULES.includes(spec)) bad.push(`${relative(root, file)} imports ${spec}`);
  }
  assert.deepEqual(bad, []);
});

test('the folder graph, as allowed and as imported, has no cycle', () => {
  const graphs: Record<string, Map<string, Set<string>>> = { allowed: new Map(), imported: new Map() };
  for (const [node, rule] of Object.entries(RULES)) graphs.allowed!.set(node, new Set(rule.imports));
  for (const [from, to] of edges()) {
    const set = graphs.imported!.get(from) ?? new Set<string>();
    set.add(to);
    graphs.imported!.set(from, set);
  }
  for (const [name, graph] of Object.entries(graphs)) {
    const done = new Set<string>();
    const visit = (node: string, path: string[]): void => {
      const at = path.indexOf(node);
      assert.equal(at, -1, `${name} imports form a cycle: ${[...path.slice(at), node].join(' → ')}`);
      if (done.has(node)) return;
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      done.add(node);
    };
    for (const node of graph.keys()) visit(node, []);
  }
});
