import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));

function dabba(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-config-cli-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const VALID = `# a web server
services:
  web:
    image: \${IMAGE:-busybox}
    command: httpd -f -p 80 -h /www
    ports: ["8080:80"]
    volumes: [./site:/www:ro]
    environment: [GREETING=hello $$USER]
`;

test('dabba config prints the normalised project (exit 0), and its output loads back to the same', async () => {
  const dir = await project({ 'app/dabba.yaml': VALID });
  try {
    const r = dabba(join(dir, 'app'), ['config']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const doc = parse(r.stdout) as { name: string; services: Record<string, Record<string, unknown>> };
    assert.equal(doc.name, 'app');
    assert.deepEqual(doc.services.web!.command, ['httpd', '-f', '-p', '80', '-h', '/www']);
    assert.deepEqual(doc.services.web!.ports, [{ target: 80, published: '8080', host_ip: '0.0.0.0', protocol: 'tcp' }]);
    assert.deepEqual(doc.services.web!.volumes, [{ type: 'bind', source: join(dir, 'app', 'site'), target: '/www', read_only: true }]);
    await writeFile(join(dir, 'app', 'printed.yaml'), r.stdout);
    const again = dabba(join(dir, 'app'), ['-f', 'printed.yaml', 'config']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, r.stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('dabba config --format json, --services, --quiet', async () => {
  const dir = await project({ 'dabba.yaml': `${VALID}  db:\n    image: postgres\n` });
  try {
    const json = dabba(dir, ['config', '--format', 'json'], { IMAGE: 'alpine' });
    assert.equal(json.code, 0, json.stderr);
    assert.equal((JSON.parse(json.stdout) as { services: { web: { image: string } } }).services.web.image, 'alpine');
    const services = dabba(dir, ['config', '--services']);
    assert.deepEqual([services.code, services.stdout], [0, 'web\ndb\n']);
    const quiet = dabba(dir, ['config', '-q']);
    assert.deepEqual([quiet.code, quiet.stdout, quiet.stderr], [0, '', '']);
    const badFormat = dabba(dir, ['config', '--format', 'toml']);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /--format must be yaml or json/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an invalid file: exit 2, every problem on stderr with position, source line and caret, nothing on stdout', async () => {
  const dir = await project({ 'compose.yaml': 'services:\n  web:\n    image: busybox\n    ports:\n      - "80:abc"\n    enviroment: {}\n' });
  try {
    const r = dabba(dir, ['config']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      [
        'error: invalid configuration (2 problems):',
        'compose.yaml:5:9: services.web.ports[0]: "80:abc" is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])',
        '        - "80:abc"',
        '          ^',
        'compose.yaml:6:5: services.web.enviroment: unknown key "enviroment" (did you mean "environment"?)',
        '      enviroment: {}',
        '      ^',
        '',
      ].join('\n'),
    );
    const quiet = dabba(dir, ['config', '--quiet']);
    assert.equal(quiet.code, 2);
    assert.match(quiet.stderr, /compose\.yaml:5:9:/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('no project file: exit 2 with a hint; unset variables warn on stderr', async () => {
  const dir = await project({ 'empty/.keep': '', 'w/dabba.yaml': 'services:\n  s:\n    image: busybox:${TAG}\n' });
  try {
    const none = dabba(join(dir, 'empty'), ['config']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^error: no dabba\.yaml, compose\.yaml, compose\.yml, docker-compose\.yaml, docker-compose\.yml in .* or its parents\nhint: /);
    const warned = dabba(join(dir, 'w'), ['config', '--services']);
    assert.equal(warned.code, 0);
    assert.equal(warned.stdout, 's\n');
    assert.match(warned.stderr, /^warning: dabba\.yaml:3:12: services\.s\.image: variable TAG is not set: using an empty string/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('dabba config refuses a service named lock (the project lock file) at its line, and one too long for a folder name', async () => {
  const long = 'n'.repeat(300);
  const dir = await project({ 'dabba.yaml': `services:\n  web:\n    image: busybox\n  lock:\n    image: busybox\n  ${long}:\n    image: busybox\n` });
  try {
    const r = dabba(dir, ['config']);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^dabba\.yaml:4:3: services\.lock: "lock" is reserved: \.dabba\/lock is the project lock.*; rename the service\n {4}lock:\n {4}\^$/m);
    assert.match(r.stderr, new RegExp(`^dabba\\.yaml:6:3: services\\.${long}: a service name is at most 63 characters .*; this one has 300$`, 'm'));
    assert.doesNotMatch(r.stderr, /this is a bug in dabba|ENAMETOOLONG/);
    // The 300-character source line is shown cut to a window.
    const excerpts = r.stderr.split('\n').filter((l) => l.startsWith('    '));
    assert.ok(excerpts.length >= 4 && excerpts.every((l) => l.length <= 130), r.stderr);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('dabba config prints a networked project in compose\'s long form, which loads back to the same; network errors name their line', async () => {
  const dir = await project({
    'shop/dabba.yaml': `services:
  proxy:
    image: nginx
    networks: [front]
    ports: ["8080:80"]
  api:
    image: app
    container_name: shop-api
    networks:
      front:
      back: {aliases: [api.internal], ipv4_address: 10.77.0.10}
    extra_hosts: ["host.docker.internal:host-gateway"]
    links: ["db:database"]
  db:
    image: postgres
    networks: [back]
    expose: [5432]
  stats:
    image: busybox
    network_mode: "service:api"
networks:
  front:
  back:
    internal: true
    ipam: {config: [{subnet: 10.77.0.0/24}]}
`,
    'bad/dabba.yaml': 'services:\n  web:\n    image: busybox\n    networks: [backend]\n    network_mode: "container:x"\n',
  });
  try {
    const r = dabba(join(dir, 'shop'), ['config']);
    assert.equal(r.code, 0, r.stderr);
    const doc = parse(r.stdout) as { networks: unknown; services: Record<string, Record<string, unknown>> };
    assert.deepEqual(doc.networks, { front: { name: 'shop_front' }, back: { name: 'shop_back', internal: true, ipam: { config: [{ subnet: '10.77.0.0/24' }] } } });
    assert.deepEqual(doc.services.api!.networks, { back: { aliases: ['api.internal'], ipv4_address: '10.77.0.10' }, front: null });
    assert.deepEqual(doc.services.api!.extra_hosts, ['host.docker.internal=host-gateway']);
    assert.equal(doc.services.stats!.network_mode, 'service:api');
    await writeFile(join(dir, 'shop', 'printed.yaml'), r.stdout);
    const again = dabba(join(dir, 'shop'), ['-f', 'printed.yaml', 'config']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, r.stdout);

    const bad = dabba(join(dir, 'bad'), ['config']);
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /^dabba\.yaml:5:5: services\.web\.network_mode: network_mode and networks exclude each other/m);
    assert.match(bad.stderr, /^dabba\.yaml:5:19: services\.web\.network_mode: "container:x": dabba runs only this project's services/m);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
