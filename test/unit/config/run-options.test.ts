import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Project, Service } from '../../../src/config/index.js';
import { formatYaml } from '../../../src/config/emit-yaml.js';
import { renderProject } from '../../../src/config/render.js';
import { load, loadError, yaml, type TextOptions } from './load-text.js';

/**
 * The keys that change how a container runs (secrets, configs, capabilities,
 * ulimits, shm_size, sysctls, devices, logging, tty): each way of writing one
 * gives the same service, and survives a round trip through `dabba config`.
 */
interface FieldCase {
  field: string;
  forms: string[];
  expect: Partial<Service>;
  top?: string;
  options?: TextOptions;
}

const cases: FieldCase[] = [
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
];

function projectText(form: string, top = ''): string {
  const body = form === '' ? '' : form.split('\n').map((l) => `    ${l}`).join('\n');
  return `services:\n  svc:\n    image: busybox\n${body}\n${top}\n`;
}

function comparable(p: Project) {
  return { services: p.services, volumes: p.volumes, secrets: p.secrets, configs: p.configs };
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

interface Refused {
  name: string;
  text: string;
  options?: TextOptions;
  line: number;
  col: number;
  path: string;
  message: RegExp;
}

const refused: Refused[] = [
  {
    name: 'a secret that is not declared',
    text: yaml`
      services:
        web:
          image: busybox
          secrets: [nope]
    `,
    line: 4, col: 15, path: 'services.web.secrets[0]',
    message: /^secret "nope" is not declared: add it under the top-level secrets: key$/,
  },
  {
    name: 'an external secret',
    text: yaml`
      services:
        web:
          image: busybox
      secrets:
        pw:
          external: true
    `,
    line: 6, col: 5, path: 'secrets.pw.external',
    message: /^external secrets and configs are not supported/,
  },
  {
    name: 'a secret from a variable that is not set',
    text: yaml`
      services:
        web:
          image: busybox
          secrets: [pw]
      secrets:
        pw:
          environment: NOT_SET_HERE
    `,
    line: 4, col: 15, path: 'services.web.secrets[0]',
    message: /^secret "pw" comes from the variable NOT_SET_HERE, which is not set$/,
  },
  {
    name: 'a secret with content:',
    text: yaml`
      services:
        web:
          image: busybox
      secrets:
        pw:
          content: hunter2
    `,
    line: 6, col: 5, path: 'secrets.pw.content',
    message: /^content: is for configs/,
  },
  {
    name: 'a config with two sources',
    text: yaml`
      services:
        web:
          image: busybox
      configs:
        c:
          file: ./c
          content: x
    `,
    line: 5, col: 3, path: 'configs.c',
    message: /^has both file and content: give one of file:, environment: or content:$/,
  },
  {
    name: 'an unknown capability',
    text: yaml`
      services:
        web:
          image: busybox
          cap_add: [NET_ADMIN, NET_MAGIC]
    `,
    line: 4, col: 26, path: 'services.web.cap_add[1]',
    message: /^"NET_MAGIC" is not a Linux capability/,
  },
  {
    name: 'privileged: true',
    text: yaml`
      services:
        web:
          image: busybox
          privileged: true
    `,
    line: 4, col: 17, path: 'services.web.privileged',
    message: /^privileged: true is not supported: a dabba container is an unprivileged user's sandbox/,
  },
  {
    name: 'runtime:',
    text: yaml`
      services:
        web:
          image: busybox
          runtime: nvidia
    `,
    line: 4, col: 5, path: 'services.web.runtime',
    message: /^runtime: is not supported: dabba runs every container with bubblewrap$/,
  },
  {
    name: 'group_add',
    text: yaml`
      services:
        web:
          image: busybox
          group_add: [video]
    `,
    line: 4, col: 5, path: 'services.web.group_add',
    message: /^group_add is not supported: bubblewrap cannot give the command supplementary groups/,
  },
  {
    name: 'a seccomp profile',
    text: yaml`
      services:
        web:
          image: busybox
          security_opt: ["seccomp:unconfined"]
    `,
    line: 4, col: 20, path: 'services.web.security_opt[0]',
    message: /^"seccomp:unconfined" is not supported: dabba accepts only no-new-privileges:true/,
  },
  {
    name: 'a sysctl outside the network namespace',
    text: yaml`
      services:
        web:
          image: busybox
          sysctls:
            kernel.shmmax: 1
    `,
    line: 5, col: 7, path: 'services.web.sysctls["kernel.shmmax"]',
    message: /^kernel\.shmmax: only net\.\* sysctls can be set/,
  },
  {
    name: 'sysctls without a network namespace',
    text: yaml`
      services:
        web:
          image: busybox
          net: false
          sysctls: [net.core.somaxconn=1]
    `,
    line: 5, col: 14, path: 'services.web.sysctls',
    message: /^net\.\* sysctls are written in the container's own network namespace, which net: false/,
  },
  {
    name: 'a log driver other than json-file or local',
    text: yaml`
      services:
        web:
          image: busybox
          logging: {driver: syslog}
    `,
    line: 4, col: 23, path: 'services.web.logging.driver',
    message: /^"syslog" is not supported: dabba keeps every service's output in its own rotating log/,
  },
  {
    name: 'a soft limit above the hard one',
    text: yaml`
      services:
        web:
          image: busybox
          ulimits:
            nofile: {soft: 20, hard: 10}
    `,
    line: 5, col: 15, path: 'services.web.ulimits.nofile',
    message: /^the soft limit 20 is above the hard limit 10$/,
  },
  {
    name: 'two mounts whose targets differ by a trailing slash',
    text: yaml`
      services:
        web:
          image: busybox
          volumes: ["./a:/data", "./b:/data/"]
    `,
    line: 4, col: 28, path: 'services.web.volumes[1]',
    message: /^\/data is already mounted by volumes\[0\]$/,
  },
  {
    name: 'an unbracketed IPv6 host address',
    text: yaml`
      services:
        web:
          image: busybox
          ports: ["::1:8080:80"]
    `,
    line: 4, col: 13, path: 'services.web.ports[0]',
    message: /^"::1:8080:80": an IPv6 host address goes in brackets, as in \[::1\]:8080:80$/,
  },
];

for (const c of refused) {
  test(`refused: ${c.name}`, () => {
    const err = loadError(c.text, c.options);
    const d = err.diagnostics.find((x) => x.path === c.path && c.message.test(x.message));
    assert.ok(d, `no diagnostic at ${c.path} matching ${c.message} in:\n${err.message}`);
    assert.deepEqual({ line: d.line, col: d.col }, { line: c.line, col: c.col }, err.message);
  });
}
