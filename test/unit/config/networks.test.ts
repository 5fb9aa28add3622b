import { test } from 'node:test';
import assert from 'node:assert/strict';
import { networkDependencies, type Project } from '../../../src/config/index.js';
import { formatYaml } from '../../../src/config/emit-yaml.js';
import type { NetworkDefinition, NetworkMode, Service } from '../../../src/config/model.js';
import { ipv4ToNumber, isIPv6, memberAddressProblem, networkCidr, parseSubnet } from '../../../src/config/addresses.js';
import { renderProject } from '../../../src/config/render.js';
import { load, yaml } from './load-text.js';

/**
 * Network keys as compose files write them: each project loads to the
 * networks and per-service fields listed (project name `proj`), every form of
 * a case to the same Project, and each survives a round trip through
 * `dabba config`'s output.
 */
interface NetworkCase {
  name: string;
  forms: string[];
  networks?: Record<string, NetworkDefinition>;
  services?: Record<string, Partial<Service>>;
}

const net = (key: string, rest: Partial<NetworkDefinition> = {}): NetworkDefinition => ({ key, name: `proj_${key}`, external: false, internal: false, labels: {}, ...rest });
const onDefault: NetworkMode = { mode: 'bridge', networks: [{ network: 'default', aliases: [] }] };

const cases: NetworkCase[] = [
  {
    name: 'no network keys: every service on default',
    forms: ['services:\n  a: {image: busybox}\n  b: {image: busybox}\n', 'services:\n  a: {image: busybox, networks: [default]}\n  b: {image: busybox, network_mode: bridge}\n', 'services:\n  a: {image: busybox, networks: {default: null}}\n  b: {image: busybox, networks: []}\n'],
    networks: { default: net('default') },
    services: { a: { networkMode: onDefault }, b: { networkMode: onDefault } },
  },
  {
    name: 'awesome-compose front/back: proxy on front, backend on both, db on back',
    forms: [
      yaml`
        services:
          proxy: {image: nginx, networks: [frontnet]}
          backend: {image: app, networks: [backnet, frontnet]}
          db: {image: postgres, networks: [backnet]}
        networks:
          frontnet:
          backnet:
      `,
      yaml`
        services:
          proxy: {image: nginx, networks: {frontnet: null}}
          backend:
            image: app
            networks:
              frontnet: {}
              backnet:
          db: {image: postgres, networks: {backnet: {}}}
        networks:
          backnet: {}
          frontnet: {driver: bridge, attachable: true}
      `,
    ],
    networks: { frontnet: net('frontnet'), backnet: net('backnet') },
    services: {
      proxy: { networkMode: { mode: 'bridge', networks: [{ network: 'frontnet', aliases: [] }] } },
      backend: { networkMode: { mode: 'bridge', networks: [{ network: 'backnet', aliases: [] }, { network: 'frontnet', aliases: [] }] } },
    },
  },
  {
    name: 'networks: [default, backend] keeps the default network beside a declared one',
    forms: ['services:\n  web: {image: busybox, networks: [default, backend]}\nnetworks:\n  backend:\n'],
    networks: { default: net('default'), backend: net('backend') },
    services: { web: { networkMode: { mode: 'bridge', networks: [{ network: 'backend', aliases: [] }, { network: 'default', aliases: [] }] } } },
  },
  {
    name: 'priority orders the networks, higher first, then by key',
    forms: ['services:\n  web:\n    image: busybox\n    networks:\n      a: {priority: 1}\n      z: {priority: 5}\n      m:\nnetworks: {a: null, m: null, z: null}\n'],
    networks: { a: net('a'), m: net('m'), z: net('z') },
    services: { web: { networkMode: { mode: 'bridge', networks: [{ network: 'z', aliases: [] }, { network: 'a', aliases: [] }, { network: 'm', aliases: [] }] } } },
  },
  {
    name: 'external network with name, internal network with subnet, labels, a customised default',
    forms: [
      yaml`
        services:
          web:
            image: busybox
            networks:
              shared:
              back:
                aliases: [api, api.internal]
                ipv4_address: 172.28.5.9
          other: {image: busybox}
        networks:
          shared: {external: true, name: traefik_public}
          back:
            internal: true
            enable_ipv6: false
            labels: [tier=back]
            ipam:
              driver: default
              config:
                - {subnet: 172.28.0.0/16, gateway: 172.28.0.1, ip_range: 172.28.5.0/24}
          default: {name: my-net}
      `,
    ],
    networks: {
      default: net('default', { name: 'my-net' }),
      shared: net('shared', { name: 'traefik_public', external: true }),
      back: net('back', { internal: true, subnet: '172.28.0.0/16', labels: { tier: 'back' } }),
    },
    services: {
      web: { networkMode: { mode: 'bridge', networks: [{ network: 'back', aliases: ['api', 'api.internal'], ipv4Address: '172.28.5.9' }, { network: 'shared', aliases: [] }] } },
      other: { networkMode: onDefault },
    },
  },
  {
    name: 'an external network without name: is the network its key names',
    forms: ['services:\n  web: {image: busybox, networks: [proxy]}\nnetworks:\n  proxy: {external: true}\n'],
    networks: { proxy: net('proxy', { name: 'proxy', external: true }) },
  },
  {
    name: 'network_mode: none, host, service:NAME; net: false is none',
    forms: [
      'services:\n  a: {image: busybox, network_mode: none}\n  b: {image: busybox, network_mode: host}\n  c: {image: busybox, network_mode: "service:d"}\n  d: {image: busybox}\n',
      'services:\n  a: {image: busybox, net: false}\n  b: {image: busybox, network_mode: host, net: true}\n  c: {image: busybox, network_mode: "service:d"}\n  d: {image: busybox, net: true}\n',
      'services:\n  a: {image: busybox, net: false, network_mode: none}\n  b: {image: busybox, network_mode: host}\n  c: {image: busybox, network_mode: "service:d"}\n  d: {image: busybox, networks: [default]}\n',
    ],
    networks: { default: net('default') },
    services: { a: { networkMode: { mode: 'none' } }, b: { networkMode: { mode: 'host' } }, c: { networkMode: { mode: 'service', service: 'd' } }, d: { networkMode: onDefault } },
  },
  {
    name: 'nobody on default: no default network',
    forms: ['services:\n  a: {image: busybox, network_mode: none}\n  b: {image: busybox, networks: [back]}\nnetworks:\n  back:\n'],
    networks: { back: net('back') },
  },
  {
    name: 'container_name, links, extra_hosts, dns, dns_search, dns_opt, expose',
    forms: [
      yaml`
        services:
          web:
            image: busybox
            container_name: web-1
            links: [db, "cache:redis"]
            extra_hosts: ["somehost:162.242.195.82", "otherhost=50.31.209.229", "v6:::1", "v6b=[::2]", "gw:host-gateway", "two=10.0.0.1,10.0.0.2"]
            dns: 8.8.8.8
            dns_search: example.com
            dns_opt: [use-vc, "ndots:2"]
            expose: [3000, "8000-8001/udp", 9000/tcp]
          db: {image: postgres}
          cache: {image: redis}
      `,
      yaml`
        services:
          web:
            image: busybox
            container_name: web-1
            links: [db, "cache:redis"]
            extra_hosts:
              somehost: 162.242.195.82
              otherhost: 50.31.209.229
              v6: "::1"
              v6b: "[::2]"
              gw: host-gateway
              two: [10.0.0.1, 10.0.0.2]
            dns: [8.8.8.8]
            dns_search: [example.com]
            dns_opt: [use-vc, "ndots:2"]
            expose: ["3000", "8000-8001/udp", "9000/tcp"]
          db: {image: postgres}
          cache: {image: redis}
      `,
    ],
    services: {
      web: {
        containerName: 'web-1',
        links: [{ service: 'db', alias: 'db' }, { service: 'cache', alias: 'redis' }],
        extraHosts: [
          { host: 'somehost', ip: '162.242.195.82' }, { host: 'otherhost', ip: '50.31.209.229' }, { host: 'v6', ip: '::1' }, { host: 'v6b', ip: '::2' },
          { host: 'gw', ip: 'host-gateway' }, { host: 'two', ip: '10.0.0.1' }, { host: 'two', ip: '10.0.0.2' },
        ],
        dns: ['8.8.8.8'], dnsSearch: ['example.com'], dnsOptions: ['use-vc', 'ndots:2'], expose: ['3000', '8000-8001/udp', '9000/tcp'],
      },
    },
  },
  {
    name: 'container_name may equal another service\'s name',
    forms: ['services:\n  web: {image: busybox, container_name: db}\n  db: {image: busybox}\n'],
    services: { web: { containerName: 'db' }, db: { containerName: undefined } },
  },
  {
    name: 'a link to a service whose network the target shares (service:X) reaches it',
    forms: ['services:\n  app: {image: busybox, links: [sidecar]}\n  sidecar: {image: busybox, network_mode: "service:db"}\n  db: {image: busybox}\n'],
    services: { app: { links: [{ service: 'sidecar', alias: 'sidecar' }] } },
  },
  {
    name: 'interpolated flags and priorities take their types',
    forms: ['services:\n  web:\n    image: busybox\n    networks:\n      a: {priority: "${P}"}\n      b:\n    expose: ["${PORT}"]\nnetworks:\n  a: {internal: "${YES}"}\n  b: {external: "${NO}"}\n'],
    networks: { a: net('a', { internal: true }), b: net('b') },
    services: { web: { expose: ['8080'], networkMode: { mode: 'bridge', networks: [{ network: 'a', aliases: [] }, { network: 'b', aliases: [] }] } } },
  },
];

/** What must survive a round trip: everything but the list of files read. */
function comparable(p: Project) {
  return { name: p.name, services: p.services, volumes: p.volumes, networks: p.networks };
}

const options = { env: { P: '3', PORT: '8080', YES: 'true', NO: 'false' } };

for (const c of cases) {
  test(`networks: ${c.name}`, () => {
    const projects = c.forms.map((form) => {
      const project = load(`name: proj\n${form}`, options);
      const again = load(formatYaml(renderProject(project)), options);
      assert.deepEqual(comparable(again), comparable(project), `round trip of:\n${form}\nprinted as:\n${formatYaml(renderProject(project))}`);
      return project;
    });
    const first = projects[0]!;
    if (c.networks !== undefined) assert.deepEqual(first.networks, c.networks);
    for (const [name, fields] of Object.entries(c.services ?? {})) {
      for (const [key, value] of Object.entries(fields)) assert.deepEqual(first.services[name]![key as keyof Service], value, `${name}.${key}`);
    }
    projects.slice(1).forEach((p, i) => assert.deepEqual(comparable(p), comparable(first), `form ${i + 2} differs from form 1:\n${c.forms[i + 1]}`));
  });
}

test('dabba config prints networks as compose does: the mapping form, network_mode when not bridge, extra_hosts as NAME=IP', () => {
  const p = load(yaml`
    name: proj
    services:
      web:
        image: busybox
        networks:
          back: {aliases: [api], ipv4_address: 10.5.0.7}
          front:
        extra_hosts: ["v6:::1"]
        links: ["db:database"]
      db: {image: busybox, networks: [back, front]}
      side: {image: busybox, network_mode: "service:web"}
    networks:
      front:
      back: {external: true, name: shared, ipam: {config: [{subnet: 10.5.0.0/24}]}}
  `);
  const out = renderProject(p) as { services: Record<string, Record<string, unknown>>; networks: unknown };
  assert.deepEqual(out.networks, { front: { name: 'proj_front' }, back: { name: 'shared', external: true, ipam: { config: [{ subnet: '10.5.0.0/24' }] } } });
  assert.deepEqual(out.services.web!.networks, { back: { aliases: ['api'], ipv4_address: '10.5.0.7' }, front: null });
  assert.deepEqual(out.services.web!.extra_hosts, ['v6=::1']);
  assert.deepEqual(out.services.web!.links, ['db:database']);
  assert.equal(out.services.side!.network_mode, 'service:web');
  assert.equal(out.services.side!.networks, undefined);
});

test('networkDependencies: the service whose network is shared, then linked services, once each', () => {
  const p = load('services:\n  a: {image: busybox, network_mode: "service:b", links: ["c:x", b]}\n  b: {image: busybox, links: [d]}\n  c: {image: busybox, network_mode: "service:b"}\n  d: {image: busybox}\n');
  assert.deepEqual(networkDependencies(p.services.a!), ['b', 'c']);
  assert.deepEqual(networkDependencies(p.services.b!), ['d']);
  assert.deepEqual(networkDependencies(p.services.c!), ['b']);
  assert.deepEqual(networkDependencies(p.services.d!), []);
});

test('addresses: IPv6 text forms, and which addresses of a subnet a service may take', () => {
  for (const ok of ['::1', '::', 'fe80::1', '2001:db8::8:800:200c:417a', '1:2:3:4:5:6:7:8', '::ffff:10.0.0.1']) assert.ok(isIPv6(ok), ok);
  for (const bad of ['1:2:3:4:5:6:7:8:9', '1::2::3', 'g::1', '::1.2.3', '1:2:3:4:5:6:7', 'fe80::1%eth0', '']) assert.ok(!isIPv6(bad), bad);
  const subnet = parseSubnet('10.8.0.0/24')!;
  const problem = (ip: string) => memberAddressProblem(ipv4ToNumber(ip)!, subnet, '10.8.0.0/24');
  assert.equal(problem('10.8.0.2'), undefined);
  assert.equal(problem('10.8.0.254'), undefined);
  assert.match(problem('10.8.0.0')!, /network address/);
  assert.match(problem('10.8.0.1')!, /gateway/);
  assert.match(problem('10.8.0.255')!, /broadcast/);
  assert.match(problem('10.8.1.2')!, /outside/);
  assert.equal(networkCidr(parseSubnet('192.168.77.130/25')!), '192.168.77.128/25');
});
