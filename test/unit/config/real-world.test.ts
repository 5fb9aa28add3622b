import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadProject } from '../../../src/config/index.js';
import { load, yaml } from './load-text.js';

test('a compose file as real projects write it validates unchanged', () => {
  const p = load(yaml`
    # Comments everywhere, as people write them.
    version: "3.8"   # obsolete, ignored with a warning as compose does

    x-logging: &default-env
      TZ: UTC
      LOG_LEVEL: info

    x-service: &service
      restart: unless-stopped
      environment: *default-env
      labels:
        - "com.example.stack=demo"

    services:
      web:
        <<: *service
        image: "nginx:1.25-alpine"
        ports:
          - "80:80"          # quoted
          - 443:443          # unquoted (a string in YAML 1.2, not base 60)
          - 22:22
          - target: 9090
            published: "9090"
            protocol: tcp
            mode: host
        volumes:
          - ./nginx.conf:/etc/nginx/nginx.conf:ro
          - static:/usr/share/nginx/html
        depends_on:
          - api
        healthcheck:
          test: ["CMD-SHELL", "wget -qO- http://localhost/ || exit 1"]
          interval: 30s
          timeout: 5s
          retries: 3
          start_period: 10s
      api:
        <<: *service
        image: ghcr.io/example/api:2.1.0
        environment:
          - DATABASE_URL=postgres://app:secret@db:5432/app
          - NODE_ENV=production
        command: ["node", "server.js", "--port", "3000"]
        depends_on:
          db:
            condition: service_healthy
        x-notes: the api
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: app
          POSTGRES_PASSWORD: secret
          POSTGRES_DB: app
        volumes:
          - type: volume
            source: pgdata
            target: /var/lib/postgresql/data
        healthcheck:
          test: pg_isready -U app
          interval: 5s
        stop_grace_period: 1m30s
        stop_signal: SIGINT

    volumes:
      static:
      pgdata:
        driver: local
        labels:
          backup: "daily"
  `);
  assert.deepEqual(Object.keys(p.services), ['web', 'api', 'db']);
  const web = p.services.web!;
  assert.equal(web.restart.policy, 'unless-stopped');
  assert.deepEqual(web.environment, { TZ: 'UTC', LOG_LEVEL: 'info' });
  assert.deepEqual(web.labels, { 'com.example.stack': 'demo' });
  assert.deepEqual(web.ports.map((x) => `${x.published}:${x.target}`), ['80:80', '443:443', '22:22', '9090:9090']);
  // The merged environment is replaced, not deep-merged, by the service's own (YAML merge semantics).
  assert.deepEqual(p.services.api!.environment, { DATABASE_URL: 'postgres://app:secret@db:5432/app', NODE_ENV: 'production' });
  assert.equal(p.services.db!.stopGracePeriodMs, 90_000);
  assert.deepEqual(p.volumes, { static: { name: 'static', labels: {} }, pgdata: { name: 'pgdata', labels: { backup: 'daily' } } });
});

test('several << merges: own keys win, then the earlier merged mapping', () => {
  const p = load(yaml`
    x-a: &a {image: a, hostname: from-a, user: "1"}
    x-b: &b {image: b, hostname: from-b, working_dir: /b}
    services:
      svc:
        <<: [*a, *b]
        user: "2"
  `);
  const s = p.services.svc!;
  assert.deepEqual([s.image, s.hostname, s.workingDir, s.user], ['a', 'from-a', '/b', '2']);
});

test('errors in merged values point at the << key of the service', () => {
  assert.throws(
    () => load('x-base: &base\n  restart: sometimes\nservices:\n  svc:\n    image: busybox\n    <<: *base\n'),
    (e: Error) => /^dabba\.yaml:6:5: services\.svc\.restart: "sometimes" is not a restart policy/m.test(e.message),
  );
});

test('the examples validate', async () => {
  const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
  for (const name of ['web', 'devenv', 'healthcheck']) {
    const p = await loadProject({ cwd: `${examples}${name}`, env: {} });
    assert.ok(Object.keys(p.services).length > 0, name);
    for (const s of Object.values(p.services)) assert.match(s.image, /^oci-archive:\/.*\/examples\/images\/busybox\.oci\.tar$/, `${name}: ${s.image}`);
  }
  const web = await loadProject({ cwd: `${examples}web`, env: {} });
  assert.deepEqual(web.services.web!.ports, [{ target: 80, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' }]);
  assert.deepEqual(web.services.web!.volumes, [{ type: 'bind', source: `${examples}web/site`, target: '/www', readOnly: true }]);
  const dev = await loadProject({ cwd: `${examples}devenv`, env: {} });
  assert.equal(dev.services.shell!.fakeroot, false);
  assert.deepEqual(dev.services.shell!.volumes[0], { type: 'bind', source: `${examples}devenv`, target: '/src', readOnly: false });
  const hc = await loadProject({ cwd: `${examples}healthcheck`, env: {} });
  assert.equal(hc.services.worker!.dependsOn.web!.condition, 'service_healthy');
  assert.ok(hc.services.web!.healthcheck);
});

test('an alias takes the latest anchor of its name; an unknown alias is an error at its position', () => {
  const p = load('x-a: &img busybox\nx-b: &img alpine\nservices:\n  s:\n    image: *img\n');
  assert.equal(p.services.s!.image, 'alpine');
  assert.throws(() => load('services:\n  s:\n    image: *nope\n'), /dabba\.yaml:3:12: services\.s\.image: unknown anchor "nope"/);
});
