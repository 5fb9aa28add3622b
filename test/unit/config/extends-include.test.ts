// extends: and include: as compose-go's loader applies them (loader/extends.go, loader/include.go),
// paths in another file relative to that file's folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConfigError, Project } from '../../../src/config/index.js';
import { loadProjectText } from '../../../src/config/load-text.js';
import { CONFIG_FILE, configErrorOf, PROJECT_DIR, yaml } from './load-text.js';

function load(text: string, files: Record<string, string> = {}): Project {
  return loadProjectText({ text, configFile: CONFIG_FILE, projectDir: PROJECT_DIR, env: { HOME: '/home/me', TAG: '1.36' } }, files);
}

function loadError(text: string, files: Record<string, string> = {}): ConfigError {
  return configErrorOf(() => load(text, files), text);
}

const where = (err: ConfigError) => err.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.path}: ${d.message}`);

test('extends a service of the same file: its keys, with this service\'s merged over them', () => {
  const p = load(yaml`
    services:
      base:
        image: busybox
        environment: {A: "1", B: "2"}
        tmpfs: [/a]
        command: [sleep, "1"]
      web:
        extends: base
        environment: {B: "3"}
        tmpfs: [/b]
        command: [sleep, "2"]
      worker:
        extends: {service: web}
        user: "1000"
  `);
  assert.equal(p.services.web!.image, 'busybox');
  assert.deepEqual(p.services.web!.environment, { A: '1', B: '3' });
  assert.deepEqual(p.services.web!.tmpfs, ['/a', '/b']);
  assert.deepEqual(p.services.web!.command, ['sleep', '2']);
  assert.deepEqual(p.services.worker!.command, ['sleep', '2']);
  assert.equal(p.services.worker!.user, '1000');
});

test('extends file: + service:, the other file\'s relative paths from its folder, its own extends applied', () => {
  const p = load(
    yaml`
      services:
        web:
          extends: {file: common/base.yaml, service: app}
          volumes: ["./mine:/mine"]
    `,
    {
      [`${PROJECT_DIR}/common/base.yaml`]: yaml`
        services:
          root:
            image: busybox:\${TAG}
            env_file: [app.env]
          app:
            extends: root
            volumes: ["./data:/data"]
      `,
      [`${PROJECT_DIR}/common/app.env`]: 'FROM_FILE=1\n',
    },
  );
  const web = p.services.web!;
  assert.equal(web.image, 'busybox:1.36');
  assert.deepEqual(web.volumes.map((v) => (v.type === 'bind' ? `${v.source}:${v.target}` : v.target)), [`${PROJECT_DIR}/common/data:/data`, `${PROJECT_DIR}/mine:/mine`]);
  assert.equal(web.environment.FROM_FILE, '1');
});

test('extends errors: no such service, no such file, a cycle — each at the extends line', () => {
  assert.deepEqual(where(loadError('services:\n  web:\n    image: busybox\n    extends: nope\n')), ['dabba.yaml:4:14 services.web.extends: extends: there is no service "nope" in this file']);
  assert.deepEqual(where(loadError('services:\n  web:\n    image: busybox\n    extends: {file: gone.yaml, service: a}\n')), ['dabba.yaml:4:21 services.web.extends.file: gone.yaml: no such file']);
  const cycle = where(loadError('services:\n  a:\n    image: busybox\n    extends: b\n  b:\n    image: busybox\n    extends: a\n'));
  assert.deepEqual(cycle, ['dabba.yaml:4:14 services.a.extends: extends: service "a" extends itself (a → b → a)']);
});

test('a problem in an extended service is reported in the file it was written in', () => {
  const err = loadError('services:\n  web:\n    extends: {file: base.yaml, service: app}\n', { [`${PROJECT_DIR}/base.yaml`]: 'services:\n  app:\n    image: busybox\n    read_only: maybe\n' });
  assert.deepEqual(where(err), ['base.yaml:4:16 services.web.read_only: expected true or false, found the string "maybe"']);
});

test('include: the included project\'s services and volumes join, its paths from its folder; a service here is merged over it', () => {
  const p = load(
    yaml`
      include:
        - db/compose.yaml
      services:
        web:
          image: busybox
          depends_on: [db]
        db:
          environment: {MODE: here}
    `,
    {
      [`${PROJECT_DIR}/db/compose.yaml`]: yaml`
        services:
          db:
            image: postgres
            environment: {MODE: included, KEEP: "1"}
            volumes: ["./init:/docker-entrypoint-initdb.d", "pgdata:/var/lib/postgresql/data"]
        volumes:
          pgdata: {}
      `,
    },
  );
  assert.deepEqual(Object.keys(p.services), ['web', 'db']);
  const db = p.services.db!;
  assert.equal(db.image, 'postgres');
  assert.deepEqual(db.environment, { MODE: 'here', KEEP: '1' });
  assert.deepEqual(db.volumes.map((v) => (v.type === 'tmpfs' ? '' : `${v.source}:${v.target}`)), [`${PROJECT_DIR}/db/init:/docker-entrypoint-initdb.d`, 'pgdata:/var/lib/postgresql/data']);
  assert.deepEqual(Object.keys(p.volumes), ['pgdata']);
  assert.ok(p.inputFiles.includes(`${PROJECT_DIR}/db/compose.yaml`));
});

test('include: several paths merge in order; project_directory sets where relative paths start', () => {
  const p = load('include:\n  - path: [inc/a.yaml, inc/b.yaml]\n    project_directory: other\n', {
    [`${PROJECT_DIR}/inc/a.yaml`]: 'services:\n  s:\n    image: busybox\n    volumes: ["./x:/x"]\n',
    [`${PROJECT_DIR}/inc/b.yaml`]: 'services:\n  s:\n    user: "7"\n',
  });
  assert.equal(p.services.s!.user, '7');
  assert.deepEqual(p.services.s!.volumes.map((v) => (v.type === 'bind' ? v.source : '')), [`${PROJECT_DIR}/other/x`]);
});

test('include errors: a missing file, a cycle, a missing env_file — at the include entry', () => {
  assert.deepEqual(where(loadError('include: [gone.yaml]\nservices:\n  s: {image: busybox}\n')), ['dabba.yaml:1:11 include[0]: gone.yaml: no such file']);
  const cycle = where(loadError('include: [a.yaml]\nservices:\n  s: {image: busybox}\n', { [`${PROJECT_DIR}/a.yaml`]: 'include: [b.yaml]\n', [`${PROJECT_DIR}/b.yaml`]: 'include: [a.yaml]\n' }));
  assert.deepEqual(cycle, ['b.yaml:1:11 include[0]: include cycle: a.yaml includes b.yaml includes a.yaml']);
  assert.deepEqual(where(loadError('include:\n  - path: a.yaml\n    env_file: x.env\nservices:\n  s: {image: busybox}\n', { [`${PROJECT_DIR}/a.yaml`]: 'services: {}\n' })), [
    'dabba.yaml:3:15 include[0].env_file: x.env: no such file',
  ]);
});

test('include: the included project\'s variables are this project\'s, then what its .env or env_file adds', () => {
  const files = {
    [`${PROJECT_DIR}/db/compose.yaml`]: 'services:\n  db:\n    image: postgres:${PG_TAG}\n    environment: {TAG: "${TAG}", ONLY: "${ONLY_THERE:-unset}"}\n',
    [`${PROJECT_DIR}/db/.env`]: 'PG_TAG=16\nTAG=from-included\nONLY_THERE=${PG_TAG}-x\n',
    [`${PROJECT_DIR}/prod.env`]: 'PG_TAG=17\n',
  };
  // Its folder's .env by default; TAG is set here (the environment), so it keeps this project's value.
  const byDefault = load('include: [db/compose.yaml]\n', files).services.db!;
  assert.equal(byDefault.image, 'postgres:16');
  assert.deepEqual(byDefault.environment, { TAG: '1.36', ONLY: '16-x' });
  // env_file: instead of its .env, relative to this project; this project's own files do not see its variables.
  const named = load('include:\n  - path: db/compose.yaml\n    env_file: prod.env\nservices:\n  web: {image: "busybox:${PG_TAG:-none}"}\n', files);
  assert.equal(named.services.db!.image, 'postgres:17');
  assert.deepEqual(named.services.db!.environment, { TAG: '1.36', ONLY: 'unset' });
  assert.equal(named.services.web!.image, 'busybox:none');
  assert.ok(named.inputFiles.includes(`${PROJECT_DIR}/prod.env`));
});

test('an included service merged in from a later file keeps the origins of its parts', () => {
  const err = configErrorOf(() =>
    loadProjectText(
      {
        text: 'services:\n  web: {image: busybox}\n',
        configFile: CONFIG_FILE,
        overrideFiles: [{ path: `${PROJECT_DIR}/more.yaml`, text: 'include: [inc/x.yaml]\n' }],
        projectDir: PROJECT_DIR,
        env: {},
      },
      {
        [`${PROJECT_DIR}/inc/x.yaml`]: 'services:\n  x:\n    extends: {file: base.yaml, service: app}\n    read_only: maybe\n',
        [`${PROJECT_DIR}/inc/base.yaml`]: 'services:\n  app:\n    image: busybox\n    init: sometimes\n',
      },
    ),
  );
  assert.deepEqual(where(err), [
    'inc/base.yaml:4:11 services.x.init: expected true or false, found the string "sometimes"',
    'inc/x.yaml:4:16 services.x.read_only: expected true or false, found the string "maybe"',
  ]);
});
