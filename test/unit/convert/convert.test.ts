import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { ConvertError, convertProject, formatLost, hostFilesOf, type BindSource, type ConvertOptions, type K8sObject } from '../../../src/convert/index.js';
import { renderFiles, renderStream } from '../../../src/convert/render.js';
import { validateObjects } from '../../../src/convert/validate.js';
import { load, PROJECT_DIR } from '../config/load-text.js';

// Golden files: test/fixtures/convert/NAME/{dabba.yaml,expected.yaml}; UPDATE_GOLDEN=1 rewrites expected.yaml.
const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/convert/', import.meta.url));
const NGINX_CONF = 'server { listen 80; }\n';

function convert(yaml: string, options: Partial<ConvertOptions> = {}, env: Record<string, string> = {}) {
  const project = load(yaml, { env });
  const files = new Map(hostFilesOf(Object.values(project.services)).map((p) => [p, new TextEncoder().encode(p.endsWith('nginx.conf') ? NGINX_CONF : `bytes of ${p}`)]));
  return { project, conversion: convertProject(project, { expose: 'nodeport', allowHostpath: false, files, binds: new Map(), pinned: new Map(), ...options }) };
}

const NGINX_DIGEST = `sha256:${'ab'.repeat(32)}`;
const BINDS = new Map<string, BindSource>([
  [`${PROJECT_DIR}/worker.conf`, { kind: 'file', bytes: new TextEncoder().encode('queue=jobs\n') }],
  [`${PROJECT_DIR}/templates`, { kind: 'folder', files: new Map([['mail.txt', new TextEncoder().encode('Hello {{name}}\n')], ['logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff])]]) }],
  [`${PROJECT_DIR}/static`, { kind: 'unfit', reason: 'a folder of more than 256 entries' }],
]);

const GOLDEN: { name: string; options: Partial<ConvertOptions> }[] = [
  { name: 'three-tier', options: { pinned: new Map([['nginx:1.27', `docker.io/library/nginx@${NGINX_DIGEST}`]]) } },
  { name: 'volumes', options: { allowHostpath: true, namespace: 'shop', expose: 'loadbalancer', binds: BINDS } },
];

const KINDS: Record<string, string> = { Deployment: 'apps/v1', StatefulSet: 'apps/v1', Service: 'v1', PersistentVolumeClaim: 'v1', Secret: 'v1', ConfigMap: 'v1', NetworkPolicy: 'networking.k8s.io/v1' };
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** What the API server would refuse first: the kind's version, object names, label values, and selectors that match the template. */
function assertValid(o: K8sObject): void {
  assert.equal(o.apiVersion, KINDS[o.kind], `${o.kind} ${o.metadata.name}`);
  assert.match(o.metadata.name, SUBDOMAIN);
  for (const v of Object.values(o.metadata.labels ?? {})) assert.match(v, LABEL_VALUE);
  if (o.kind === 'Service') {
    assert.match(o.metadata.name, /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/);
    assert.ok(o.spec.ports.length > 0);
    for (const p of o.spec.ports) assert.ok(p.name.length <= 15 && p.port > 0 && p.port < 65536);
  }
  if (o.kind === 'Deployment' || o.kind === 'StatefulSet') {
    const labels = o.spec.template.metadata.labels;
    for (const [k, v] of Object.entries(o.spec.selector.matchLabels)) assert.equal(labels[k], v, `${o.metadata.name}: selector ${k}`);
    const volumes = new Set((o.spec.template.spec.volumes ?? []).map((v) => v.name));
    for (const c of o.spec.template.spec.containers) for (const m of c.volumeMounts ?? []) assert.ok(volumes.has(m.name), `${o.metadata.name}: mount of ${m.name}`);
  }
}

for (const { name, options } of GOLDEN) {
  test(`convert golden: ${name}`, () => {
    const { project, conversion } = convert(readFileSync(`${FIXTURES}${name}/dabba.yaml`, 'utf8'), options, { DB_PASSWORD: 's3cret' });
    for (const m of conversion.manifests) assertValid(m.object);
    const text = renderStream(project.name, conversion);
    const expected = `${FIXTURES}${name}/expected.yaml`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expected, text);
    assert.equal(text, readFileSync(expected, 'utf8'));
    // The stream reads back (any YAML reader) to exactly the objects, one document each.
    const docs = parseAllDocuments(text).map((d) => d.toJS() as unknown).filter((d) => d !== null);
    assert.deepEqual(docs, conversion.manifests.map((m) => m.object));
    // -o DIR: one file per object, names unique.
    const files = renderFiles(project.name, conversion);
    assert.equal(new Set(files.map((f) => f.name)).size, conversion.manifests.length);
  });
}

test('convert: the three-tier app keeps names, ports, networks and secrets as dabba means them', () => {
  const { conversion } = convert(readFileSync(`${FIXTURES}three-tier/dabba.yaml`, 'utf8'), {}, { DB_PASSWORD: 's3cret' });
  const byKind = (kind: string) => conversion.manifests.map((m) => m.object).filter((o) => o.kind === kind).map((o) => o.metadata.name);
  assert.deepEqual(byKind('StatefulSet'), ['db']);
  assert.deepEqual(byKind('Deployment'), ['web', 'api']);
  assert.deepEqual(byKind('Service'), ['web', 'web-published', 'api', 'backend', 'db']);
  assert.deepEqual(byKind('NetworkPolicy'), ['web', 'api', 'db']);
  const secret = conversion.manifests.find((m) => m.object.kind === 'Secret')!.object;
  assert.deepEqual(secret.kind === 'Secret' && secret.data, { db_password: Buffer.from('s3cret').toString('base64') });
  // Everything lost is reported, by service and key.
  assert.deepEqual(conversion.lost.map(formatLost).map((l) => l.split(':')[0]), ['services.web.ports', 'services.db.user', 'services.db.stop_signal']);
});

test('convert: the volumes project reports every key it cannot carry', () => {
  const { conversion } = convert(readFileSync(`${FIXTURES}volumes/dabba.yaml`, 'utf8'), { allowHostpath: true });
  assert.deepEqual(conversion.lost.map((l) => `${l.service}.${l.key}`), [
    'app.pids_limit', 'app.extra_hosts', 'app.init', 'app.ulimits', 'app.container_name', 'worker.user',
  ]);
  assert.ok(!conversion.manifests.some((m) => m.object.kind === 'NetworkPolicy'), 'one network: nothing to isolate');
});

test('convert refuses a bind mount without --allow-hostpath, naming the service, the key and the path', () => {
  assert.throws(() => convert('services:\n  web:\n    image: nginx\n    volumes: ["./site:/usr/share/nginx/html"]\n'), (err: unknown) => {
    assert.ok(err instanceof ConvertError);
    assert.match(err.message, /services\.web\.volumes\[0\]: bind mount of \/srv\/proj\/site/);
    assert.match(err.hint ?? '', /--allow-hostpath/);
    return true;
  });
});

test('convert: a small bind-mounted file is a ConfigMap; an unfit one is refused with its reason, or a hostPath with --allow-hostpath', () => {
  const yaml = 'services:\n  web:\n    image: nginx\n    volumes: ["./nginx.conf:/etc/nginx/nginx.conf:ro", "./site:/usr/share/nginx/html"]\n';
  const binds = new Map<string, BindSource>([
    ['/srv/proj/nginx.conf', { kind: 'file', bytes: new TextEncoder().encode(NGINX_CONF) }],
    ['/srv/proj/site', { kind: 'unfit', reason: '/srv/proj/site/img is not a regular file (a ConfigMap holds a flat folder of files)' }],
  ]);
  assert.throws(() => convert(yaml, { binds }), (err: unknown) => err instanceof ConvertError && /volumes\[1\]: bind mount of \/srv\/proj\/site: not a ConfigMap \(\/srv\/proj\/site\/img is not a regular file/.test(err.message) && !/volumes\[0\]/.test(err.message));
  const { conversion } = convert(yaml, { binds, allowHostpath: true });
  const map = conversion.manifests.find((m) => m.object.kind === 'ConfigMap')!.object;
  assert.deepEqual(map.kind === 'ConfigMap' && [map.metadata.name, map.data], ['web-vol-0', { 'nginx.conf': NGINX_CONF }]);
  const web = conversion.manifests.find((m) => m.object.kind === 'Deployment')!;
  assert.ok(web.object.kind === 'Deployment');
  assert.deepEqual(web.object.spec.template.spec.volumes?.map((v) => Object.keys(v)[1]), ['configMap', 'hostPath']);
  assert.ok(web.comments.some((c) => c.includes('volumes[1]: /srv/proj/site is not a ConfigMap')));
});

test('convert: every object is checked against the API schemas; a value the API refuses names the object and the field', () => {
  const deployment = convert('services:\n  web:\n    image: nginx\n').conversion.manifests[0]!.object;
  const broken = structuredClone(deployment) as unknown as { spec: { template: { spec: { containers: { ports?: unknown }[] } } } };
  broken.spec.template.spec.containers[0]!.ports = [{ containerPort: 'eighty' }];
  assert.throws(() => validateObjects([broken as unknown as K8sObject]), (err: unknown) => {
    assert.ok(err instanceof ConvertError);
    assert.match(err.message, /Kubernetes 1\.27 API:\n {2}Deployment web: spec\.template\.spec\.containers\[0\]\.ports\[0\]\.containerPort must be integer/);
    return true;
  });
});

test('convert: deploy.replicas and reservations; a named volume with replicas stays a Deployment', () => {
  const { conversion } = convert('services:\n  db:\n    image: postgres\n    volumes: [data:/var/lib/postgresql/data]\n    mem_reservation: 1g\n    deploy: { replicas: 2, resources: { reservations: { cpus: "1.5" } } }\nvolumes:\n  data: {}\n');
  const db = conversion.manifests.find((m) => m.object.metadata.name === 'db' && m.object.kind !== 'PersistentVolumeClaim')!.object;
  assert.ok(db.kind === 'Deployment');
  assert.equal(db.spec.replicas, 2);
  assert.deepEqual(db.spec.template.spec.containers[0]!.resources, { requests: { memory: String(1024 ** 3), cpu: '1500m' } });
});

test('convert: a port published without a host port is the target port on the Service, the cluster picking the node port', () => {
  const { conversion } = convert('services:\n  web:\n    image: nginx\n    ports: ["80", "31000:81"]\n');
  const published = conversion.manifests.find((m) => m.object.metadata.name === 'web-published')!.object;
  assert.ok(published.kind === 'Service');
  assert.deepEqual(published.spec.ports.map((p) => [p.port, p.targetPort, p.nodePort]), [[80, 80, undefined], [31000, 81, 31000]]);
});

test('convert refuses service names a cluster cannot resolve', () => {
  assert.throws(() => convert('services:\n  my_db:\n    image: postgres\n'), (err: unknown) => err instanceof ConvertError && /"my_db"/.test(err.message));
});

test('convert: numeric users, restart notes, --expose=none', () => {
  const { conversion } = convert('services:\n  web:\n    image: nginx\n    user: "33"\n    restart: "no"\n    ports: ["8080:80"]\n', { expose: 'none' });
  const [deployment] = conversion.manifests;
  assert.ok(deployment && deployment.object.kind === 'Deployment');
  assert.deepEqual(deployment.object.spec.template.spec.containers[0]!.securityContext, { runAsUser: 33 });
  assert.ok(deployment.comments.some((c) => c.startsWith('restart: "no" → Always')));
  assert.ok(!conversion.manifests.some((m) => m.object.metadata.name === 'web-published'));
  assert.deepEqual(conversion.lost.map((l) => l.key), ['ports']);
});

test('convert: a hostname that is not a DNS label is reported; one port on two addresses is one Service port; a taken -published name is refused', () => {
  const { conversion } = convert('services:\n  web:\n    image: nginx\n    hostname: web.local\n    ports: ["10.0.0.1:8080:80", "10.0.0.2:8080:80"]\n');
  const [deployment] = conversion.manifests;
  assert.ok(deployment && deployment.object.kind === 'Deployment');
  assert.equal(deployment.object.spec.template.spec.hostname, undefined);
  assert.deepEqual(conversion.lost.map((l) => l.key), ['hostname', 'ports']);
  const published = conversion.manifests.find((m) => m.object.metadata.name === 'web-published')!.object;
  assert.ok(published.kind === 'Service');
  assert.deepEqual(published.spec.ports.map((p) => p.port), [8080]);
  assert.throws(() => convert('services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n  web-published:\n    image: nginx\n'), (err: unknown) => err instanceof ConvertError && /web-published, would take the name/.test(err.message));
});

test('convert: depends_on service_healthy waits in an init container on the dependency\'s TCP port; other conditions are reported', () => {
  const { conversion } = convert(`services:
  app:
    image: app
    depends_on:
      db: { condition: service_healthy }
      cache: { condition: service_healthy }
      migrate: { condition: service_completed_successfully }
  db: { image: postgres, expose: ["5432"], healthcheck: { test: [CMD, pg_isready] } }
  cache: { image: redis, expose: ["6379/udp"], healthcheck: { test: [CMD, redis-cli, ping] } }
  migrate: { image: app }
`);
  const app = conversion.manifests.find((m) => m.object.metadata.name === 'app')!;
  assert.ok(app.object.kind === 'Deployment');
  assert.deepEqual(app.object.spec.template.spec.initContainers?.map((c) => [c.name, c.command?.[2]]), [['wait-for-db', 'until nc -z -w 2 db 5432; do sleep 1; done']]);
  assert.deepEqual(conversion.lost.map((l) => `${l.service}.${l.key}`), ['app.depends_on.cache', 'app.depends_on.migrate']);
});
