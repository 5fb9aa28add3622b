import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Project, Service } from '../../../src/config/index.js';
import { formatYaml } from '../../../src/config/emit-yaml.js';
import { renderProject } from '../../../src/config/render.js';
import { load, type TextOptions } from './load-text.js';

/**
 * Per field: every way of writing it (short and long syntax) gives the same
 * normalised service, equal to `expect` on the keys it lists; and each project
 * survives a round trip through `dabba config`'s output.
 */
interface FieldCase {
  field: string;
  /** Lines of the service `svc` (besides `image: busybox`), as YAML. */
  forms: string[];
  expect: Partial<Service>;
  /** Extra top-level YAML. */
  top?: string;
  options?: TextOptions;
}

const cases: FieldCase[] = [
  {
    field: 'ports: host and container',
    forms: ['ports: ["8080:80"]', 'ports: [8080:80]', 'ports:\n  - target: 80\n    published: 8080', 'ports:\n  - target: 80\n    published: "8080"\n    host_ip: 0.0.0.0\n    protocol: tcp'],
    expect: { ports: [{ target: 80, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' }] },
  },
  {
    field: 'ports: ranges, IP and udp',
    forms: [
      'ports: ["127.0.0.1:8000-8001:80-81/udp"]',
      'ports:\n  - "127.0.0.1:8000:80/udp"\n  - "127.0.0.1:8001:81/udp"',
      'ports:\n  - {target: 80, published: 8000, host_ip: 127.0.0.1, protocol: udp}\n  - {target: 81, published: 8001, host_ip: 127.0.0.1, protocol: udp}',
    ],
    expect: {
      ports: [
        { target: 80, published: 8000, hostIp: '127.0.0.1', protocol: 'udp' },
        { target: 81, published: 8001, hostIp: '127.0.0.1', protocol: 'udp' },
      ],
    },
  },
  {
    // Compose's random host port: every form without one is published 0, picked when the container starts.
    field: 'ports: no host port',
    forms: ['ports: ["127.0.0.1::5432"]', 'ports: ["127.0.0.1::5432/tcp"]', 'ports:\n  - {target: 5432, host_ip: 127.0.0.1}', 'ports:\n  - {target: 5432, published: "", host_ip: 127.0.0.1}'],
    expect: { ports: [{ target: 5432, published: 0, hostIp: '127.0.0.1', protocol: 'tcp' }] },
  },
  {
    field: 'ports: IPv6 host address',
    forms: ['ports: ["[::1]:8080:80"]', 'ports:\n  - {target: 80, published: 8080, host_ip: "::1"}'],
    expect: { ports: [{ target: 80, published: 8080, hostIp: '::1', protocol: 'tcp' }] },
  },
  {
    field: 'volumes: bind',
    forms: ['volumes: ["./site:/www:ro"]', 'volumes:\n  - type: bind\n    source: ./site\n    target: /www\n    read_only: true', 'volumes: ["/srv/proj/site:/www:ro"]'],
    expect: { volumes: [{ type: 'bind', source: '/srv/proj/site', target: '/www', readOnly: true }] },
  },
  {
    field: 'volumes: bind from home',
    forms: ['volumes: ["~/notes:/notes:rw"]', 'volumes:\n  - {type: bind, source: ~/notes, target: /notes}'],
    expect: { volumes: [{ type: 'bind', source: '/home/me/notes', target: '/notes', readOnly: false }] },
  },
  {
    field: 'volumes: named',
    forms: ['volumes: ["data:/var/lib/data"]', 'volumes:\n  - type: volume\n    source: data\n    target: /var/lib/data'],
    top: 'volumes:\n  data:',
    expect: { volumes: [{ type: 'volume', source: 'data', target: '/var/lib/data', readOnly: false }] },
  },
  {
    field: 'volumes: anonymous',
    forms: ['volumes: [/cache]', 'volumes:\n  - {type: volume, target: /cache}'],
    expect: { volumes: [{ type: 'volume', source: undefined, target: '/cache', readOnly: false }] },
  },
  {
    field: 'volumes: tmpfs',
    forms: ['volumes:\n  - type: tmpfs\n    target: /scratch\n    tmpfs: {size: 64m, mode: 0o1777}', 'volumes:\n  - {type: tmpfs, target: /scratch, tmpfs: {size: 67108864, mode: 1023}}'],
    expect: { volumes: [{ type: 'tmpfs', target: '/scratch', sizeBytes: 64 * 1024 * 1024, mode: 0o1777 }] },
  },
  {
    field: 'environment: list, map, bare keys from dabba\'s environment',
    forms: ['environment: [A=1, B, C=, D=x=y]', 'environment:\n  A: 1\n  B:\n  C: ""\n  D: x=y', 'environment:\n  - A=1\n  - B\n  - C=\n  - D=x=y\n  - UNSET_HERE'],
    options: { env: { B: 'from-env' } },
    expect: { environment: { A: '1', B: 'from-env', C: '', D: 'x=y' } },
  },
  {
    field: 'environment: booleans and numbers become text',
    forms: ['environment: {DEBUG: true, N: 1.5}', 'environment: [DEBUG=true, N=1.5]'],
    expect: { environment: { DEBUG: 'true', N: '1.5' } },
  },
  {
    field: 'env_file: string, list, long form; environment wins',
    forms: ['env_file: app.env\nenvironment: {B: mine}', 'env_file: [./app.env]\nenvironment: [B=mine]', 'env_file:\n  - path: ./app.env\n  - path: ./optional.env\n    required: false\nenvironment: {B: mine}'],
    options: { envFiles: { '/srv/proj/app.env': '# app\nA=1\nexport B=from-file\nC="two\\nlines"\nD=\'$literal\'\nE=${A}-x # comment\n' } },
    expect: { environment: { A: '1', B: 'mine', C: 'two\nlines', D: '$literal', E: '1-x' } },
  },
  {
    field: 'entrypoint: split as a shell would',
    forms: [`entrypoint: sh -c 'echo "a  b"' --`, 'entrypoint: ["sh", "-c", "echo \\"a  b\\"", "--"]', 'entrypoint: sh -c "echo \\"a  b\\"" --'],
    expect: { entrypoint: ['sh', '-c', 'echo "a  b"', '--'] },
  },
  {
    field: 'entrypoint: empty list removes the image entrypoint',
    forms: ['entrypoint: []', 'entrypoint: ""'],
    expect: { entrypoint: [] },
  },
  {
    field: 'command',
    forms: ['command: httpd -f -p 80 -h /www', 'command: [httpd, -f, -p, "80", -h, /www]'],
    expect: { command: ['httpd', '-f', '-p', '80', '-h', '/www'] },
  },
  {
    field: 'stop_grace_period: durations',
    forms: ['stop_grace_period: 1m30s', 'stop_grace_period: 90s', 'stop_grace_period: 1.5m', 'stop_grace_period: 90000ms'],
    expect: { stopGracePeriodMs: 90_000 },
  },
  {
    field: 'stop_signal with and without SIG',
    forms: ['stop_signal: QUIT', 'stop_signal: SIGQUIT'],
    expect: { stopSignal: 'SIGQUIT' },
  },
  {
    field: 'restart: on-failure with a count',
    forms: ['restart: on-failure:5', 'restart: "on-failure:5"'],
    expect: { restart: { policy: 'on-failure', maxRetries: 5 } },
  },
  {
    field: 'restart: no (a string in YAML 1.2)',
    forms: ['restart: no', 'restart: "no"', ''],
    expect: { restart: { policy: 'no' } },
  },
  {
    field: 'depends_on: list and mapping',
    forms: ['depends_on: [db]', 'depends_on:\n  db:\n    condition: service_started', 'depends_on:\n  db: {condition: service_started, required: true, restart: false}'],
    top: 'volumes: {}\nx-db: &db\n  image: busybox',
    expect: { dependsOn: { db: { condition: 'service_started', restart: false, required: true } } },
  },
  {
    field: 'healthcheck: test forms',
    forms: [
      'healthcheck:\n  test: wget -q -O- localhost\n  interval: 5s',
      'healthcheck:\n  test: ["CMD-SHELL", "wget -q -O- localhost"]\n  interval: 5s\n  timeout: 30s\n  retries: 3\n  start_period: 0s',
      'healthcheck:\n  test: ["CMD", "/bin/sh", "-c", "wget -q -O- localhost"]\n  interval: 5000ms',
    ],
    expect: { healthcheck: { test: ['/bin/sh', '-c', 'wget -q -O- localhost'], intervalMs: 5000, timeoutMs: 30_000, retries: 3, startPeriodMs: 0 } },
  },
  {
    field: 'healthcheck: disabled',
    forms: ['healthcheck:\n  disable: true', 'healthcheck:\n  test: ["NONE"]', ''],
    expect: { healthcheck: undefined },
  },
  {
    field: 'tmpfs: string or list',
    forms: ['tmpfs: /run', 'tmpfs: [/run]'],
    expect: { tmpfs: ['/run'] },
  },
  {
    field: 'labels: list and mapping',
    forms: ['labels: [com.example.team=web, tier=1]', 'labels:\n  com.example.team: web\n  tier: 1'],
    expect: { labels: { 'com.example.team': 'web', tier: '1' } },
  },
  {
    field: 'pull_policy: if_not_present is missing',
    forms: ['pull_policy: if_not_present', 'pull_policy: missing', ''],
    expect: { pullPolicy: 'missing' },
  },
  {
    field: 'user: number or string',
    forms: ['user: 1000', 'user: "1000"'],
    expect: { user: '1000' },
  },
  {
    field: 'local image paths resolve against the project folder',
    forms: ['image: oci-archive:../images/busybox.oci.tar', 'image: oci-archive:/srv/images/busybox.oci.tar'],
    expect: { image: 'oci-archive:/srv/images/busybox.oci.tar' },
  },
  {
    field: 'registry images are kept verbatim',
    forms: ['image: 127.0.0.1:5000/app:1', 'image: "127.0.0.1:5000/app:1"'],
    expect: { image: '127.0.0.1:5000/app:1' },
  },
  {
    field: 'develop.watch',
    forms: ['develop:\n  watch:\n    - path: ./src\n      action: sync+restart\n      target: /app/src\n      ignore: [node_modules/]'],
    expect: { watch: [{ path: '/srv/proj/src', action: 'sync+restart', target: '/app/src', ignore: ['node_modules/'] }] },
  },
  {
    field: 'defaults',
    forms: [''],
    expect: {
      readOnly: false, init: false, networkMode: { mode: 'bridge', networks: [{ network: 'default', aliases: [] }] }, links: [], extraHosts: [], dns: [], dnsSearch: [], dnsOptions: [], expose: [], fakeroot: true, stopSignal: undefined, stopGracePeriodMs: 10_000, pullPolicy: 'missing',
      environment: {}, volumes: [], ports: [], tmpfs: [], dependsOn: {}, labels: {}, watch: [], entrypoint: undefined, command: undefined,
    },
  },
  {
    field: 'build: short and long syntax',
    forms: ['build: ./app', 'build:\n  context: app', 'build:\n  context: /srv/proj/app\n  network: default\n  pull: false\n  no_cache: false\n  args: {}'],
    expect: { build: { context: '/srv/proj/app', args: {}, labels: {}, extraHosts: [], platforms: [], pull: false, noCache: false, tags: [] }, image: 'busybox' },
  },
  {
    field: 'build: every long-syntax key, args interpolated and from the environment',
    forms: [
      'build:\n  context: app\n  dockerfile: docker/Dockerfile.dev\n  args: {VERSION: "${V}", EMPTY: null, N: 3}\n  target: dev\n  labels: [a=b]\n  network: host\n  extra_hosts: ["db:10.0.0.2"]\n  cache_from: [app:cache]\n  platforms: [linux/amd64]\n  pull: true\n  no_cache: true\n  tags: [app:dev]\npull_policy: build',
      'build:\n  context: ./app\n  dockerfile: ./docker/Dockerfile.dev\n  args: [VERSION=1.2, EMPTY, N=3]\n  target: dev\n  labels: {a: b}\n  extra_hosts: {db: 10.0.0.2}\n  platforms: [linux/amd64]\n  pull: true\n  no_cache: true\n  tags: [app:dev]\npull_policy: build',
    ],
    options: { env: { V: '1.2', EMPTY: 'from-env' } },
    expect: {
      pullPolicy: 'build',
      build: {
        context: '/srv/proj/app', dockerfile: '/srv/proj/app/docker/Dockerfile.dev', args: { VERSION: '1.2', EMPTY: 'from-env', N: '3' }, target: 'dev', labels: { a: 'b' },
        extraHosts: ['db:10.0.0.2'], platforms: ['linux/amd64'], pull: true, noCache: true, tags: ['app:dev'],
      },
    },
  },
  {
    field: 'build: dockerfile_inline',
    forms: ['build:\n  dockerfile_inline: |\n    FROM busybox\n    RUN echo hi'],
    expect: { build: { context: '/srv/proj', dockerfileInline: 'FROM busybox\nRUN echo hi\n', args: {}, labels: {}, extraHosts: [], platforms: [], pull: false, noCache: false, tags: [] } },
  },
  {
    field: 'dabba keys and plain flags',
    forms: ['net: false\nfakeroot: false\nread_only: true\ninit: true\nhostname: box\nworking_dir: /work\nplatform: linux/arm64/v8'],
    expect: { networkMode: { mode: 'none' }, fakeroot: false, readOnly: true, init: true, hostname: 'box', workingDir: '/work', platform: 'linux/arm64/v8' },
  },
  {
    field: 'secrets: short and long syntax',
    forms: ['secrets: [db_pw]', 'secrets:\n  - source: db_pw', 'secrets:\n  - {source: db_pw, target: db_pw, mode: 0o444}', 'secrets:\n  - {source: db_pw, target: /run/secrets/db_pw/}'],
    top: 'secrets:\n  db_pw:\n    file: ./pw.txt',
    expect: { secrets: [{ source: 'db_pw', target: '/run/secrets/db_pw', mode: 0o444, from: { file: '/srv/proj/pw.txt' } }] },
  },
  {
    field: 'secrets: from the environment, with owner and mode',
    forms: ['secrets:\n  - {source: token, target: /etc/token, uid: "101", gid: 102, mode: 0o400}', 'secrets:\n  - {source: token, target: /etc//token, uid: 101, gid: "102", mode: 256}'],
    top: 'secrets:\n  token:\n    environment: API_TOKEN',
    options: { env: { API_TOKEN: 's3cr$t' } },
    expect: { secrets: [{ source: 'token', target: '/etc/token', uid: 101, gid: 102, mode: 0o400, from: { content: 's3cr$t' } }] },
  },
  {
    field: 'configs: content, default target /NAME',
    forms: ['configs: [app.conf]', 'configs:\n  - source: app.conf\n    target: /app.conf'],
    top: 'configs:\n  app.conf:\n    content: |\n      port = ${PORT}\n      $$literal',
    options: { env: { PORT: '80' } },
    expect: { configs: [{ source: 'app.conf', target: '/app.conf', mode: 0o444, from: { content: 'port = 80\n$literal\n' } }] },
  },
  {
    field: 'cap_add and cap_drop',
    forms: ['cap_add: [NET_ADMIN, sys_ptrace]\ncap_drop: [ALL]', 'cap_add: [CAP_NET_ADMIN, CAP_SYS_PTRACE]\ncap_drop: [all]'],
    expect: { capAdd: ['CAP_NET_ADMIN', 'CAP_SYS_PTRACE'], capDrop: ['ALL'] },
  },
  {
    field: 'security_opt no-new-privileges and privileged: false are accepted and change nothing',
    forms: ['security_opt: ["no-new-privileges:true"]\nprivileged: false', 'security_opt: [no-new-privileges]', ''],
    expect: { capAdd: [], capDrop: [] },
  },
  {
    field: 'ulimits',
    forms: ['ulimits:\n  nproc: 512\n  nofile: {soft: 1024, hard: 2048}', 'ulimits:\n  nofile:\n    soft: 1024\n    hard: 2048\n  nproc: {soft: 512, hard: 512}'],
    expect: { ulimits: { nproc: { soft: 512, hard: 512 }, nofile: { soft: 1024, hard: 2048 } } },
  },
  {
    field: 'shm_size',
    forms: ['shm_size: 64m', 'shm_size: 67108864', 'shm_size: 65536k'],
    expect: { shmSizeBytes: 64 * 1024 * 1024 },
  },
  {
    field: 'shm_size 0 is no limit',
    forms: ['shm_size: 0', ''],
    expect: { shmSizeBytes: undefined },
  },
  {
    field: 'tmpfs size 0 is no limit',
    forms: ['volumes:\n  - {type: tmpfs, target: /cache, tmpfs: {size: 0}}', 'volumes:\n  - {type: tmpfs, target: /cache/}'],
    expect: { volumes: [{ type: 'tmpfs', target: '/cache' }] },
  },
  {
    field: 'tty and stdin_open',
    forms: ['tty: true\nstdin_open: true', 'stdin_open: true\ntty: true'],
    expect: { tty: true, stdinOpen: true },
  },
  {
    field: 'sysctls: mapping or list',
    forms: ['sysctls:\n  net.ipv4.ip_unprivileged_port_start: 80\n  net.core.somaxconn: "1024"', 'sysctls:\n  - net.ipv4.ip_unprivileged_port_start=80\n  - net.core.somaxconn=1024'],
    expect: { sysctls: { 'net.ipv4.ip_unprivileged_port_start': '80', 'net.core.somaxconn': '1024' } },
  },
  {
    field: 'devices',
    forms: ['devices: [/dev/fuse]', 'devices: ["/dev/fuse:/dev/fuse:rwm"]'],
    expect: { devices: [{ source: '/dev/fuse', target: '/dev/fuse' }] },
  },
  {
    field: 'logging: json-file or local, max-size and max-file',
    forms: ['logging:\n  driver: json-file\n  options: {max-size: 1m, max-file: "2"}', 'logging:\n  driver: local\n  options:\n    max-size: "1048576"\n    max-file: 2'],
    expect: { logging: { maxBytes: 1024 * 1024, maxFiles: 2 } },
  },
  {
    field: 'logging: defaults',
    forms: ['logging: {driver: json-file}', ''],
    expect: { logging: { maxBytes: 10 * 1024 * 1024, maxFiles: 4 } },
  },
  {
    field: 'ports: mode ingress is host mode',
    forms: ['ports:\n  - {target: 80, published: "8080", mode: ingress}', 'ports:\n  - {target: 80, published: 8080, mode: host}'],
    expect: { ports: [{ target: 80, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' }] },
  },
  {
    field: 'resource limits: service keys or deploy.resources.limits',
    forms: [
      'mem_limit: 512m\nmemswap_limit: 1g\ncpus: 0.5\ncpu_shares: 512\npids_limit: 20',
      'deploy:\n  resources:\n    limits: {memory: 512m, cpus: "0.5", pids: 20}\nmemswap_limit: 1073741824\ncpu_shares: 512',
      'mem_limit: 536870912\ndeploy:\n  resources:\n    limits: {memory: 512M, cpus: 0.5}\nmemswap_limit: 1g\ncpu_shares: 512\npids_limit: 20',
    ],
    expect: { resources: { memoryBytes: 512 * 1024 * 1024, memswapBytes: 1024 * 1024 * 1024, cpus: 0.5, cpuShares: 512, pids: 20 } },
  },
  {
    field: 'resource limits: none, or no swap limit',
    forms: ['mem_limit: 1g\nmemswap_limit: -1', 'mem_limit: 1g\nmemswap_limit: "-1"'],
    expect: { resources: { memoryBytes: 1024 ** 3, memswapBytes: -1 } },
  },
  {
    // As compose's size parser: a fraction of a unit, rounded down to whole bytes (awesome-compose's minecraft: 1.5G).
    field: 'sizes with a fraction',
    forms: [
      'mem_limit: 1.5g\nshm_size: 0.5k',
      'deploy:\n  resources:\n    limits: {memory: 1.5G}\nshm_size: "512"',
      'mem_limit: 1536m\nshm_size: 512.9b',
      'mem_limit: 1610612736\nshm_size: 0.5kb',
    ],
    expect: { resources: { memoryBytes: 1610612736 }, shmSizeBytes: 512 },
  },
  {
    // go-units' RAMInBytes, which compose reads sizes with: t and p, a space, KiB-style units (all powers of 1024).
    field: 'sizes in every unit compose reads',
    forms: [
      'mem_limit: 2t\nshm_size: 1 KiB',
      'mem_limit: 2 TiB\nshm_size: 1kib',
      'mem_limit: 0.001953125p\nshm_size: 1K',
      'mem_limit: 2048GB\nshm_size: 1024',
    ],
    expect: { resources: { memoryBytes: 2 * 1024 ** 4 }, shmSizeBytes: 1024 },
  },
];

function projectText(form: string, top = ''): string {
  const body = form === '' ? '' : form.split('\n').map((l) => `    ${l}`).join('\n');
  const image = /^image:/m.test(form) ? '' : '    image: busybox\n';
  return `services:\n  svc:\n${image}${body}\n  db:\n    image: busybox\n${top}\n`;
}

/** What must survive a round trip: everything but the list of files read (env files are merged in). */
function comparable(p: Project) {
  return { name: p.name, workingDir: p.workingDir, configFile: p.configFile, services: p.services, volumes: p.volumes, secrets: p.secrets, configs: p.configs };
}

for (const c of cases) {
  test(`field: ${c.field}`, () => {
    const services = c.forms.map((form) => {
      const project = load(projectText(form, c.top), c.options);
      const again = load(formatYaml(renderProject(project)), c.options);
      assert.deepEqual(comparable(again), comparable(project), `round trip of:\n${form}`);
      return project.services.svc!;
    });
    for (const [key, value] of Object.entries(c.expect)) {
      assert.deepEqual(services[0]![key as keyof Service], value, `${key} of:\n${c.forms[0]}`);
    }
    services.slice(1).forEach((s, i) => assert.deepEqual(s, services[0], `form ${i + 2} differs from form 1:\n${c.forms[i + 1]}`));
  });
}

test('round trip keeps $ literal: $$ in the file stays one $ after reloading', () => {
  const p = load('services:\n  svc:\n    image: busybox\n    command: echo $$HOME ${X}\n    environment: [PRICE=$$5]\n', { env: { X: '$Y' } });
  assert.deepEqual(p.services.svc!.command, ['echo', '$HOME', '$Y']);
  const again = load(formatYaml(renderProject(p)), { env: { X: 'other', HOME: '/h' } });
  assert.deepEqual(again.services, p.services);
});

test('round trip through JSON output too', () => {
  const p = load(projectText('ports: ["8080:80"]\nhealthcheck: {test: "true", interval: 1h}\nstop_grace_period: 1.5s'));
  const again = load(JSON.stringify(renderProject(p)));
  assert.deepEqual(comparable(again), comparable(p));
  assert.equal((renderProject(p).services as Record<string, Record<string, unknown>>).svc!.stop_grace_period, '1.5s');
});

test('build: without image: the image is named PROJECT-SERVICE, as compose names it', () => {
  const p = load('name: shop\nservices:\n  web:\n    build: .\n');
  assert.equal(p.services.web!.image, 'shop-web');
  assert.deepEqual(load(formatYaml(renderProject(p))).services, p.services);
});
