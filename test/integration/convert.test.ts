import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { dabba } from '../helpers/cli.js';
import { buildBusyboxImage, pushImage } from '../helpers/image-builder.js';
import { isolatedEnv, runDabba, startRegistry } from '../helpers/registry.js';
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
    assert.match(bind.stderr, /services\.web\.volumes\[0\]: bind mount of .*\/site: not a ConfigMap \(file site: no such file under .*\), and host paths do not exist/);
    assert.match(bind.stderr, /hint: .*--allow-hostpath/);
    assert.equal(bind.stdout, '');
    const hostPath = await dabba(dir, ['convert', '--to', 'kubernetes', '--allow-hostpath']);
    assert.equal(hostPath.code, 0, hostPath.stderr);
    assert.match(hostPath.stdout, /hostPath:\n\s+path: .*\/site\n/);
    await writeFile(join(dir, 'dabba.yaml'), 'services:\n  web:\n    image: nginx\n    secrets: [key]\nsecrets:\n  key: { file: ./missing.key }\n');
    const missing = await dabba(dir, ['convert', '--to', 'kubernetes']);
    assert.equal(missing.code, 2, missing.stderr);
    assert.match(missing.stderr, /cannot read .*\/missing\.key, the file of services\.web\.secrets\.key: file missing\.key: no such file under /);
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

test('dabba convert: small bind-mounted files and flat folders become ConfigMaps; links, FIFOs, sub-folders and big files do not, without following or blocking', async () => {
  await withFiles({ 'nginx.conf': 'server { listen 80; }\n', 'conf.d/a.conf': 'a\n' }, async (dir) => {
    await writeFile(join(dir, 'conf.d', 'b.bin'), Buffer.from([0xff, 0x00]));
    await writeFile(join(dir, 'secret.txt'), 'host secret\n', { mode: 0o600 });
    await mkdir(join(dir, 'linked'));
    await symlink(join(dir, 'secret.txt'), join(dir, 'linked', 'passwd'));
    await mkdir(join(dir, 'piped'));
    execFileSync('mkfifo', [join(dir, 'piped', 'fifo')]);
    await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
    await writeFile(join(dir, 'big.bin'), Buffer.alloc(1024 * 1024 + 1));
    const project = (volumes: string[]) => `services:\n  web:\n    image: nginx\n    volumes: ${JSON.stringify(volumes)}\n`;
    await writeFile(join(dir, 'dabba.yaml'), project(['./nginx.conf:/etc/nginx/nginx.conf:ro', './conf.d:/etc/nginx/conf.d']));
    const ok = await dabba(dir, ['convert', '--to', 'kubernetes']);
    assert.equal(ok.code, 0, ok.stderr);
    const maps = objects(ok.stdout).filter((o) => o.kind === 'ConfigMap') as (Obj & { binaryData?: Record<string, string> })[];
    assert.deepEqual(maps.map((m) => [m.metadata.name, m.data, m.binaryData]), [
      ['web-vol-0', { 'nginx.conf': 'server { listen 80; }\n' }, undefined],
      ['web-vol-1', { 'a.conf': 'a\n' }, { 'b.bin': '/wA=' }],
    ]);
    assert.match(ok.stderr, /not carried over: services\.web\.volumes\[1\]: .*conf\.d is mounted read-only from a ConfigMap/);
    for (const [source, reason] of [
      ['./linked', /linked\/passwd is not a regular file/],
      ['./piped', /piped\/fifo is not a regular file/],
      ['./nested', /nested\/deeper is not a regular file/],
      ['./big.bin', /more than 1048576 bytes/],
    ] as const) {
      await writeFile(join(dir, 'dabba.yaml'), project([`${source}:/data`]));
      const r = await dabba(dir, ['convert', '--to', 'kubernetes'], {}, 20_000);
      assert.equal(r.code, 2, `${source}: ${r.stderr}`);
      assert.match(r.stderr, reason, source);
      assert.doesNotMatch(r.stderr + r.stdout, /host secret/);
    }
  });
});

test('dabba convert: a bind source below another service\'s writable bind is walked from there: a folder its container swapped for a link to the host leads nowhere', async () => {
  await withFiles({ 'data/conf/app.conf': 'mine\n', 'outside/conf/app.conf': 'host secret\n', 'outside/conf/other.conf': 'host secret\n' }, async (dir) => {
    // What `app` could do through its /data while running: data/sub replaced by a link to a folder of the host.
    await symlink(join(dir, 'outside', 'conf'), join(dir, 'data', 'sub'));
    await symlink('../outside/conf', join(dir, 'data', 'rel'));
    const project = (binds: string[]) => `services:\n  app:\n    image: busybox\n    volumes: ["./data:/data"]\n  web:\n    image: nginx\n    volumes: ${JSON.stringify(binds)}\n`;
    for (const bind of ['./data/sub/app.conf:/etc/app.conf:ro', './data/sub:/etc/conf:ro', './data/rel/app.conf:/etc/app.conf:ro', './data/rel:/etc/conf:ro']) {
      await writeFile(join(dir, 'dabba.yaml'), project([bind]));
      // --allow-hostpath: ./data itself (with sub-folders) is a hostPath; web's bind is not a ConfigMap, and says why.
      const r = await dabba(dir, ['convert', '--to', 'kubernetes', '--allow-hostpath']);
      assert.equal(r.code, 0, `${bind}: ${r.stderr}`);
      assert.match(r.stdout, /# volumes\[0\]: .*\/data\/(sub|rel)[^ ]* is not a ConfigMap \((file|folder) .* no such (file|folder) under .*\/data\)/, bind);
      assert.doesNotMatch(r.stdout, /kind: ConfigMap/, bind);
      assert.doesNotMatch(r.stdout + r.stderr, /host secret/, bind);
    }
    // A secret's file: is read as up reads it, from the project folder: the link leads nowhere there too.
    await writeFile(join(dir, 'dabba.yaml'), 'services:\n  app:\n    image: busybox\n    volumes: ["./data:/data"]\n    secrets: [key]\nsecrets:\n  key: {file: ./data/sub/app.conf}\n');
    const secret = await dabba(dir, ['convert', '--to', 'kubernetes', '--allow-hostpath']);
    assert.equal(secret.code, 2, secret.stdout);
    assert.match(secret.stderr, /cannot read .*\/data\/sub\/app\.conf, the file of services\.app\.secrets\.key: file data\/sub\/app\.conf: no such file under /);
    assert.doesNotMatch(secret.stdout + secret.stderr, /host secret|aG9zdCBzZWNyZXQK/);
    // Without the link, the same file is read from below ./data.
    await writeFile(join(dir, 'dabba.yaml'), project(['./data/conf/app.conf:/etc/app.conf:ro']));
    const ok = await dabba(dir, ['convert', '--to', 'kubernetes', '--allow-hostpath']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /app\.conf: "mine\\n"/);
  });
});

test('dabba convert pins an image the store has pulled to its digest; others keep their tag', async (t) => {
  const registry = await startRegistry();
  t.after(() => registry.stop());
  const image = buildBusyboxImage({ marker: 'pinned' });
  await pushImage(registry, 'tools/busybox', '1', image);
  await withFiles({ 'dabba.yaml': `services:\n  app:\n    image: ${registry.host}/tools/busybox:1\n  other:\n    image: ${registry.host}/tools/other:2\n` }, async (dir) => {
    const env = isolatedEnv(dir);
    const pull = await runDabba(['pull', 'app'], { cwd: dir, env });
    assert.equal(pull.code, 0, pull.stderr);
    const r = await runDabba(['convert', '--to', 'kubernetes'], { cwd: dir, env });
    assert.equal(r.code, 0, r.stderr);
    const images = objects(r.stdout).filter((o) => o.kind === 'Deployment').map((o) => o.spec!.template!.spec.containers[0]!.image);
    assert.deepEqual(images, [`${registry.host}/tools/busybox@${image.digest}`, `${registry.host}/tools/other:2`]);
    assert.match(r.stdout, /# image .*busybox:1: pinned to the digest dabba pulled/);
  });
});
