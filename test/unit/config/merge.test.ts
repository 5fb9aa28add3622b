// compose's merge rules for several files (-f a -f b, an override file), as
// compose-go's override package and its merge tests (override/merge_*_test.go) have them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConfigError, Project } from '../../../src/config/index.js';
import { loadProjectText } from '../../../src/config/load-text.js';
import { CONFIG_FILE, configErrorOf, PROJECT_DIR, yaml } from './load-text.js';

const OVERRIDE = `${PROJECT_DIR}/compose.override.yaml`;

function merged(base: string, override: string, env: Record<string, string> = {}): Project {
  return loadProjectText({ text: base, configFile: CONFIG_FILE, overrideFiles: [{ path: OVERRIDE, text: override }], projectDir: PROJECT_DIR, env: { HOME: '/home/me', ...env } });
}

function mergeError(base: string, override: string): ConfigError {
  return configErrorOf(() => merged(base, override));
}

test('mappings merge key by key; a scalar of the later file wins; new services are added after', () => {
  const p = merged(
    yaml`
      services:
        web: {image: busybox, user: "1", read_only: true}
    `,
    yaml`
      services:
        web: {user: "2", hostname: h}
        db: {image: postgres}
    `,
  );
  assert.deepEqual(Object.keys(p.services), ['web', 'db']);
  assert.equal(p.services.web!.image, 'busybox');
  assert.equal(p.services.web!.user, '2');
  assert.equal(p.services.web!.hostname, 'h');
  assert.equal(p.services.web!.readOnly, true);
  assert.deepEqual(p.configFiles, [CONFIG_FILE, OVERRIDE]);
});

test('command, entrypoint and healthcheck.test are replaced, not appended', () => {
  const p = merged(
    'services:\n  s:\n    image: busybox\n    command: [a, b]\n    entrypoint: [x]\n    healthcheck: {test: [CMD, a], retries: 5}\n',
    'services:\n  s:\n    command: [c]\n    entrypoint: y z\n    healthcheck: {test: [CMD, b]}\n',
  );
  assert.deepEqual(p.services.s!.command, ['c']);
  assert.deepEqual(p.services.s!.entrypoint, ['y', 'z']);
  assert.deepEqual(p.services.s!.healthcheck?.test, ['b']);
  assert.equal(p.services.s!.healthcheck?.retries, 5);
});

test('environment and labels merge by key, in either syntax, the later value winning', () => {
  const p = merged(
    'services:\n  s:\n    image: busybox\n    environment: {A: "1", B: "2"}\n    labels: [x=1, y=2]\n',
    'services:\n  s:\n    environment: [B=3, C=4]\n    labels: {y: "3"}\n',
  );
  assert.deepEqual(p.services.s!.environment, { A: '1', B: '3', C: '4' });
  assert.deepEqual(p.services.s!.labels, { x: '1', y: '3' });
});

test('ports merge by host address, published port, target and protocol; others are added', () => {
  const p = merged('services:\n  s:\n    image: busybox\n    ports: ["8080:80", "127.0.0.1:5432:5432"]\n', 'services:\n  s:\n    ports: [{target: 80, published: 8080}, "9090:90"]\n');
  assert.deepEqual(
    p.services.s!.ports.map((m) => `${m.hostIp}:${m.published}:${m.target}`),
    ['0.0.0.0:8080:80', '127.0.0.1:5432:5432', '0.0.0.0:9090:90'],
  );
});

test('volumes merge by target: the later mount of a target replaces the earlier in its place', () => {
  const p = merged('services:\n  s:\n    image: busybox\n    volumes: ["./a:/data", "/cache"]\n', 'services:\n  s:\n    volumes: [{type: bind, source: ./b, target: /data}, "./logs:/logs"]\n');
  assert.deepEqual(
    p.services.s!.volumes.map((v) => `${v.type === 'tmpfs' ? '' : (v.source ?? '')}:${v.target}`),
    [`${PROJECT_DIR}/b:/data`, ':/cache', `${PROJECT_DIR}/logs:/logs`],
  );
});

test('depends_on merges as a mapping, a list taking compose\'s defaults', () => {
  const p = merged(
    'services:\n  s:\n    image: busybox\n    depends_on: [a]\n  a: {image: busybox}\n  b: {image: busybox}\n',
    'services:\n  s:\n    depends_on: {b: {condition: service_healthy}}\n  b:\n    healthcheck: {test: "true"}\n',
  );
  assert.deepEqual(Object.keys(p.services.s!.dependsOn), ['a', 'b']);
  assert.equal(p.services.s!.dependsOn.a!.condition, 'service_started');
  assert.equal(p.services.s!.dependsOn.b!.condition, 'service_healthy');
});

test('other lists are appended; tmpfs and profiles keep one of each', () => {
  const p = merged('services:\n  s:\n    image: busybox\n    tmpfs: [/a]\n    profiles: [dev]\n    develop: {watch: [{path: ./a, action: restart}]}\n', 'services:\n  s:\n    tmpfs: [/a, /b]\n    profiles: [dev, debug]\n    develop: {watch: [{path: ./b, action: restart}]}\n');
  assert.deepEqual(p.services.s!.tmpfs, ['/a', '/b']);
  assert.deepEqual(p.services.s!.profiles, ['dev', 'debug']);
  assert.deepEqual(p.services.s!.watch.map((w) => w.path), [`${PROJECT_DIR}/a`, `${PROJECT_DIR}/b`]);
});

test('!reset drops what the earlier files set; !override replaces instead of merging', () => {
  const p = merged(
    'services:\n  s:\n    image: busybox\n    user: "1"\n    ports: ["8080:80"]\n    environment: {A: "1", B: "2"}\n',
    'services:\n  s:\n    user: !reset null\n    ports: !reset []\n    environment: !override {C: "3"}\n',
  );
  assert.equal(p.services.s!.user, undefined);
  assert.deepEqual(p.services.s!.ports, []);
  assert.deepEqual(p.services.s!.environment, { C: '3' });
});

test('a value that cannot merge over the earlier one is an error at the later file\'s line', () => {
  const err = mergeError('services:\n  s:\n    image: busybox\n    environment: {A: "1"}\n    develop: {watch: []}\n', 'services:\n  s:\n    develop: [x]\n');
  assert.deepEqual(
    err.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.message}`),
    ['compose.override.yaml:3:14 cannot merge a list over a mapping of an earlier file: write the same kind, or tag it !override'],
  );
});

test('errors point at the file, line and column the merged value came from', () => {
  const err = mergeError(
    yaml`
      services:
        s:
          image: busybox
        t:
          image: busybox
          ports: ["8080:80"]
    `,
    yaml`
      services:
        s:
          read_only: maybe
        t:
          environment: {A: "1"}
          ports: ["70000:80"]
    `,
  );
  assert.deepEqual(
    err.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.path}`),
    ['compose.override.yaml:3:16 services.s.read_only', 'compose.override.yaml:6:13 services.t.ports[1]'],
  );
});

test('interpolation runs in each file before the merge, with the same variables', () => {
  const p = merged('services:\n  s:\n    image: ${IMG}\n', 'services:\n  s:\n    user: ${WHO:-nobody}\n', { IMG: 'busybox' });
  assert.equal(p.services.s!.image, 'busybox');
  assert.equal(p.services.s!.user, 'nobody');
});

test('a service\'s networks merge as a mapping; dns, links and expose keep one of each', () => {
  const p = merged(
    'services:\n  s:\n    image: busybox\n    networks: [front]\n    dns: 10.0.0.1\n    expose: ["80"]\nnetworks:\n  front: {}\n  back: {}\n',
    'services:\n  s:\n    networks: {back: {aliases: [api]}}\n    dns: [10.0.0.1, 10.0.0.2]\n    expose: ["80", "81"]\n',
  );
  assert.deepEqual(p.services.s!.dns, ['10.0.0.1', '10.0.0.2']);
  assert.deepEqual(p.services.s!.expose, ['80', '81']);
  assert.equal(p.services.s!.networkMode.mode, 'bridge');
  assert.deepEqual(p.services.s!.networkMode.mode === 'bridge' ? p.services.s!.networkMode.networks.map((n) => n.network).sort() : [], ['back', 'front']);
});
