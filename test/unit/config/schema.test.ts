import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateValidatorSource, readSchema } from '../../../src/config/schema-codegen.js';
import { renderProject } from '../../../src/config/render.js';
import { load, yaml } from './load-text.js';

type Schema = Record<string, unknown>;
const schema = readSchema();

/** Every subschema under `properties` / `additionalProperties` / `items`, with its path. */
function* propertySchemas(node: unknown, path: string): Generator<[string, Schema]> {
  if (node === null || typeof node !== 'object') return;
  const s = node as Schema;
  for (const [key, sub] of Object.entries((s.properties as Schema | undefined) ?? {})) {
    yield [`${path}.${key}`, sub as Schema];
    yield* propertySchemas(sub, `${path}.${key}`);
  }
  for (const key of ['additionalProperties', 'items', 'additionalItems'] as const) {
    const sub = s[key];
    if (sub !== null && typeof sub === 'object' && !Array.isArray(sub)) yield* propertySchemas(sub, `${path}[${key}]`);
  }
  for (const [key, sub] of Object.entries((s.definitions as Schema | undefined) ?? {})) yield* propertySchemas(sub, `#${key}`);
}

test('every property of the schema has a description (editors show it)', () => {
  const missing = [...propertySchemas(schema, '')].filter(([, s]) => typeof s.description !== 'string' || s.description.length < 10).map(([p]) => p);
  assert.deepEqual(missing, []);
});

test('mappings are closed, with x- extensions where compose allows them', () => {
  const open: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    const s = node as Schema;
    if (s.properties !== undefined) {
      if (s.additionalProperties !== false) open.push(path);
      assert.ok((s.patternProperties as Schema | undefined)?.['^x-'], `${path} has no ^x- pattern`);
    }
    for (const [k, v] of Object.entries(s)) // An if: condition names properties without defining a mapping.
      if (typeof v === 'object' && k !== 'patternProperties' && k !== 'if') visit(v, `${path}/${k}`);
  };
  visit(schema, '#');
  assert.deepEqual(open, []);
});

test('the precompiled validator matches schema/dabba.schema.json (regenerate: node scripts/build-schema-validator.mjs)', () => {
  const committed = readFileSync(new URL('../../../../src/config/schema-validator.generated.ts', import.meta.url), 'utf8');
  assert.ok(committed === generateValidatorSource(schema), 'src/config/schema-validator.generated.ts is stale');
});

test('the schema and the model agree: a fully specified service prints every service key the schema has', () => {
  const p = load(yaml`
    services:
      full:
        image: busybox
        entrypoint: [sh]
        command: [-c, "true"]
        working_dir: /w
        environment: {A: "1"}
        env_file: [a.env]
        volumes: [/v]
        ports: ["1:1"]
        hostname: h
        user: u
        read_only: true
        tmpfs: [/t]
        platform: linux/amd64
        pull_policy: always
        depends_on: {dep: {condition: service_started}}
        restart: always
        healthcheck: {test: "true"}
        stop_signal: SIGINT
        stop_grace_period: 1s
        init: true
        labels: {l: v}
        develop: {watch: [{path: ., action: restart}]}
        networks: {default: {aliases: [a]}}
        container_name: full-1
        links: [dep]
        extra_hosts: [h=10.0.0.1]
        dns: 10.0.0.1
        dns_search: example.org
        dns_opt: [ndots:2]
        expose: [80]
        net: true
        fakeroot: true
      dep:
        image: busybox
  `, { envFiles: { '/srv/proj/a.env': 'B=2\n' } });
  const printed = Object.keys((renderProject(p).services as Record<string, Schema>).full!);
  const defs = schema.definitions as Record<string, Schema>;
  const declared = Object.keys(defs.service!.properties as Schema);
  // build is declared only to explain that it is refused; env_file is merged into environment;
  // network_mode is printed instead of networks, for a service not on the project's networks.
  assert.deepEqual([...printed].sort(), declared.filter((k) => k !== 'build' && k !== 'env_file' && k !== 'network_mode').sort());
});
