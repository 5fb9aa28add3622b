import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeProject } from '../../../src/config/index.js';
import { loadProjectText } from '../../../src/config/load-text.js';
import { CONFIG_FILE, PROJECT_DIR, yaml } from './load-text.js';

const FILE = yaml`
  services:
    web:
      image: busybox
      depends_on: [cache]
    cache:
      image: busybox
    db:
      image: busybox
      profiles: [backend]
    admin:
      image: busybox
      profiles: [debug]
      depends_on:
        db: {condition: service_started}
        metrics: {condition: service_started, required: false}
    metrics:
      image: busybox
      profiles: [monitoring]
`;

function active(options: { profiles?: string[]; env?: Record<string, string>; dotenv?: string; named?: string[] } = {}): string[] {
  const project = loadProjectText({ text: FILE, configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env: options.env ?? {}, dotenv: options.dotenv, profiles: options.profiles });
  return Object.keys(activeProject(project, options.named ?? []).services);
}

test('services without profiles are always active; services with profiles only when one is enabled', () => {
  assert.deepEqual(active(), ['web', 'cache']);
  assert.deepEqual(active({ profiles: ['backend'] }), ['web', 'cache', 'db']);
  assert.deepEqual(active({ profiles: ['*'] }), ['web', 'cache', 'db', 'admin', 'metrics']);
});

test('COMPOSE_PROFILES (environment, then .env) applies when no --profile is given', () => {
  assert.deepEqual(active({ env: { COMPOSE_PROFILES: 'backend, monitoring' } }), ['web', 'cache', 'db', 'metrics']);
  assert.deepEqual(active({ dotenv: 'COMPOSE_PROFILES=monitoring\n' }), ['web', 'cache', 'metrics']);
  assert.deepEqual(active({ env: { COMPOSE_PROFILES: 'backend' }, profiles: ['monitoring'] }), ['web', 'cache', 'metrics']);
});

test('a service named on the command line is active, and pulls in what it requires', () => {
  const project = loadProjectText({ text: FILE, configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env: {} });
  const selected = activeProject(project, ['admin']);
  assert.deepEqual(Object.keys(selected.services), ['web', 'cache', 'db', 'admin']);
  // An optional dependency that is not active is dropped, as compose does.
  assert.deepEqual(Object.keys(selected.services.admin!.dependsOn), ['db']);
});

test('an active service\'s dependencies are active whatever their profiles', () => {
  assert.deepEqual(active({ profiles: ['debug'] }), ['web', 'cache', 'db', 'admin']);
  assert.deepEqual(active({ profiles: ['debug', 'monitoring'] }), ['web', 'cache', 'db', 'admin', 'metrics']);
});

test('the loaded project keeps every service and the enabled profiles; selecting is the caller\'s', () => {
  const project = loadProjectText({ text: FILE, configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env: {}, profiles: ['debug'] });
  assert.deepEqual(Object.keys(project.services), ['web', 'cache', 'db', 'admin', 'metrics']);
  assert.deepEqual(project.profiles, ['debug']);
  assert.deepEqual(project.services.db!.profiles, ['backend']);
});

test('-p and COMPOSE_PROJECT_NAME win over name:, -p first', () => {
  const text = 'name: fromfile\nservices:\n  s:\n    image: busybox\n';
  const load = (env: Record<string, string>, projectName?: string) => loadProjectText({ text, configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env, projectName }).name;
  assert.equal(load({}), 'fromfile');
  assert.equal(load({ COMPOSE_PROJECT_NAME: 'fromenv' }), 'fromenv');
  assert.equal(load({ COMPOSE_PROJECT_NAME: 'fromenv' }, 'fromflag'), 'fromflag');
  assert.throws(() => load({}, 'Bad Name'), /project name "Bad Name" \(from -p or COMPOSE_PROJECT_NAME\) is not valid/);
});

test('services of different profiles may publish the same host port (alternatives); a shared profile clashes', () => {
  const text = (second: string) => `services:\n  web:\n    image: busybox\n    profiles: [prod]\n    ports: ["8080:80"]\n  web-debug:\n    image: busybox\n    profiles: [${second}]\n    ports: ["8080:80"]\n`;
  const load = (second: string) => loadProjectText({ text: text(second), configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env: {} });
  assert.deepEqual(Object.keys(load('debug').services), ['web', 'web-debug']);
  assert.throws(() => load('prod, debug'), /services\.web-debug\.ports\[0\]: host port 0\.0\.0\.0:8080\/tcp is already published by service "web"/);
});

test('a service shares the network of, or links to, services that become active with it', () => {
  const text = 'services:\n  app:\n    image: busybox\n    network_mode: service:vpn\n    links: [cache]\n  vpn:\n    image: busybox\n    profiles: [net]\n  cache:\n    image: busybox\n    profiles: [net]\n';
  const project = loadProjectText({ text, configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env: {} });
  assert.deepEqual(Object.keys(activeProject(project, []).services), ['app', 'vpn', 'cache']);
});
