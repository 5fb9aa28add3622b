import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { dabba } from '../helpers/cli.js';
import { withFiles } from '../helpers/rootfs.js';

// The real CLI (no container is run): `dabba convert --to kubernetes` on a project with an override
// file, a profile, a secret read from a file and two networks.
const PROJECT = {
  'dabba.yaml': `services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
    networks: [front]
  api:
    image: example/api:1
    expose: ["3000"]
    networks:
      front: { aliases: [backend] }
      back: {}
    secrets: [db_password]
  db:
    image: postgres:16
    expose: ["5432"]
    volumes: [dbdata:/var/lib/postgresql/data]
    networks: [back]
    stop_signal: SIGINT
  debug:
    image: busybox
    profiles: [debug]
networks:
  front: {}
  back: {}
volumes:
  dbdata: {}
secrets:
  db_password: { file: ./db_password.txt }
`,
  'dabba.override.yaml': 'services:\n  api:\n    image: example/api:2\n',
  'db_password.txt': 's3cret',
};

interface Obj { kind: string; metadata: { name: string; namespace?: string }; spec?: { template?: { spec: { containers: { image: string }[] } } }; data?: Record<string, string> }

function objects(stream: string): Obj[] {
  return parseAllDocuments(stream).map((d) => d.toJS() as Obj | null).filter((o): o is Obj => o !== null);
}

const names = (objs: Obj[]) => objs.map((o) => `${o.kind}/${o.metadata.name}`);

test('dabba convert --to kubernetes - prints every object of the active services, the override applied, and reports what is lost', async () => {
  await withFiles(PROJECT, async (dir) => {
    const r = await dabba(dir, ['convert', '--to', 'kubernetes', '-o', '-', '--namespace', 'shop']);
    assert.equal(r.code, 0, r.stderr);
    const objs = objects(r.stdout);
    assert.deepEqual(names(objs), [
      'Secret/db-password', 'PersistentVolumeClaim/dbdata',
      'Deployment/web', 'Service/web', 'Service/web-published',
      'Deployment/api', 'Service/api', 'Service/backend',
      'StatefulSet/db', 'Service/db',
      'NetworkPolicy/web', 'NetworkPolicy/api', 'NetworkPolicy/db',
    ]);
    assert.ok(objs.every((o) => o.metadata.namespace === 'shop'));
    assert.equal(objs.find((o) => o.metadata.name === 'api' && o.kind === 'Deployment')!.spec!.template!.spec.containers[0]!.image, 'example/api:2');
    assert.deepEqual(objs.find((o) => o.kind === 'Secret')!.data, { db_password: Buffer.from('s3cret').toString('base64') });
    assert.match(r.stderr, /not carried over: services\.db\.stop_signal: /);
    assert.match(r.stdout, /^# lost: services\.db\.stop_signal: /m);

    const all = await dabba(dir, ['--profile', 'debug', 'convert', '--to', 'kubernetes']);
    assert.equal(all.code, 0, all.stderr);
    assert.ok(names(objects(all.stdout)).includes('Deployment/debug'));

    const one = await dabba(dir, ['convert', '--to', 'kubernetes', 'db']);
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual(names(objects(one.stdout)), ['PersistentVolumeClaim/dbdata', 'StatefulSet/db', 'Service/db']);
  });
});

test('dabba convert -o DIR writes one private file per object', async () => {
  await withFiles(PROJECT, async (dir) => {
    const r = await dabba(dir, ['convert', '--to', 'kubernetes', '-o', 'k8s', '--expose=loadbalancer']);
    assert.equal(r.code, 0, r.stderr);
    const files = (await readdir(join(dir, 'k8s'))).sort();
    assert.equal(files.length, 13);
    assert.ok(files.includes('secret-db-password.yaml') && files.includes('statefulset-db.yaml'));
    for (const f of files) assert.equal((await stat(join(dir, 'k8s', f))).mode & 0o777, 0o600, f);
    assert.match(await readFile(join(dir, 'k8s', 'service-web-published.yaml'), 'utf8'), /type: LoadBalancer/);
  });
});

test('dabba convert refuses what it cannot carry, with the reason and exit 2', async () => {
  await withFiles({ 'dabba.yaml': 'services:\n  web:\n    image: nginx\n    volumes: ["./site:/usr/share/nginx/html"]\n' }, async (dir) => {
    const bind = await dabba(dir, ['convert', '--to', 'kubernetes']);
    assert.equal(bind.code, 2);
    assert.match(bind.stderr, /services\.web\.volumes\[0\]: bind mount of .*\/site: host paths do not exist/);
    assert.match(bind.stderr, /hint: .*--allow-hostpath/);
    assert.equal(bind.stdout, '');
    const hostPath = await dabba(dir, ['convert', '--to', 'kubernetes', '--allow-hostpath']);
    assert.equal(hostPath.code, 0, hostPath.stderr);
    assert.match(hostPath.stdout, /hostPath:\n\s+path: .*\/site\n/);
    await writeFile(join(dir, 'dabba.yaml'), 'services:\n  web:\n    image: nginx\n    secrets: [key]\nsecrets:\n  key: { file: ./missing.key }\n');
    const missing = await dabba(dir, ['convert', '--to', 'kubernetes']);
    assert.equal(missing.code, 2, missing.stderr);
    assert.match(missing.stderr, /cannot read .*\/missing\.key, the file of services\.web\.secrets\.key: ENOENT/);
    for (const [args, message] of [
      [['convert'], /--to kubernetes is required/],
      [['convert', '--to', 'nomad'], /--to kubernetes is required, not "nomad"/],
      [['convert', '--to', 'kubernetes', '--expose', 'ingress'], /--expose must be nodeport, loadbalancer or none/],
      [['convert', '--to', 'kubernetes', 'nope'], /no such service "nope"/],
    ] as const) {
      const r = await dabba(dir, args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
  });
});
