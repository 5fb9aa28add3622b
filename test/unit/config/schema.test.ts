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
        profiles: [p1]
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
        secrets: [s]
        configs: [c]
        cap_add: [NET_ADMIN]
        cap_drop: [NET_RAW]
        security_opt: [no-new-privileges:true]
        privileged: false
        ulimits: {nofile: 10}
        shm_size: 1m
        tty: true
        stdin_open: true
        sysctls: {net.core.somaxconn: 1}
        devices: [/dev/fuse]
        logging: {driver: local, options: {max-size: 1m}}
        mem_limit: 1g
        mem_reservation: 512m
        memswap_limit: 2g
        cpus: 0.5
        cpu_shares: 512
        pids_limit: 100
      dep:
        image: busybox
    secrets:
      s: {file: ./s}
    configs:
      c: {content: x}
  `, { envFiles: { '/srv/proj/a.env': 'B=2\n' } });
  const printed = Object.keys((renderProject(p).services as Record<string, Schema>).full!);
  const defs = schema.definitions as Record<string, Schema>;
  const declared = Object.keys(defs.service!.properties as Schema);
  // build, runtime and group_add are declared only to explain that they are refused; env_file is merged into environment;
  // extends is applied; security_opt (no-new-privileges) and privileged (false) are the only values accepted, which every
  // container has; deploy.resources.limits prints as mem_limit, cpus and pids_limit (deploy itself only for replicas and
  // reserved cpus); network_mode is printed instead of
  // networks, for a service not on the project's networks.
  const notPrinted = new Set(['build', 'runtime', 'group_add', 'deploy', 'env_file', 'extends', 'security_opt', 'privileged', 'network_mode']);
  assert.deepEqual([...printed].sort(), declared.filter((k) => !notPrinted.has(k)).sort());
});
