import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadError, yaml } from './load-text.js';

/**
 * Each invalid use of the network keys is reported at the position and key
 * path of its problem, with a message that says why (as invalid-files.test.ts
 * does for the other keys).
 */
interface Case {
  name: string;
  text: string;
  line: number;
  col: number;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'a service names an undeclared network (list form)',
    text: yaml`
      services:
        web:
          image: busybox
          networks: [front, back]
      networks:
        front:
    `,
    line: 4, col: 23, path: 'services.web.networks[1]',
    message: /^network "back" is not declared: add it under the top-level networks: key$/,
  },
  {
    name: 'a service names an undeclared network (mapping form, at the key)',
    text: yaml`
      services:
        web:
          image: busybox
          networks:
            backend:
              aliases: [api]
    `,
    line: 5, col: 7, path: 'services.web.networks.backend',
    message: /^network "backend" is not declared/,
  },
  {
    name: 'compose\'s old external: {name} form',
    text: yaml`
      services:
        web: {image: busybox, networks: [proxy]}
      networks:
        proxy:
          external:
            name: traefik
    `,
    line: 5, col: 5, path: 'networks.proxy.external',
    message: /^external: \{name: \.\.\.\} is compose's old form: write name: NAME and external: true$/,
  },
  {
    name: 'an overlay driver',
    text: yaml`
      services:
        web: {image: busybox}
      networks:
        default:
          driver: overlay
    `,
    line: 5, col: 13, path: 'networks.default.driver',
    message: /^"overlay" is not supported: dabba's networks are bridges/,
  },
  {
    name: 'driver_opts are refused with a reason',
    text: yaml`
      services:
        web: {image: busybox}
      networks:
        default:
          driver_opts: {com.docker.network.bridge.name: br0}
    `,
    line: 5, col: 5, path: 'networks.default.driver_opts',
    message: /^driver_opts are Docker bridge driver settings/,
  },
  {
    name: 'enable_ipv6: true',
    text: yaml`
      services:
        web: {image: busybox}
      networks:
        default: {enable_ipv6: true}
    `,
    line: 4, col: 26, path: 'networks.default.enable_ipv6',
    message: /IPv4 only/,
  },
  {
    name: 'an IPv6 subnet',
    text: yaml`
      services:
        web: {image: busybox}
      networks:
        default:
          ipam:
            config:
              - subnet: fd00::/64
    `,
    line: 7, col: 19, path: 'networks.default.ipam.config[0].subnet',
    message: /^"fd00::\/64" is not an IPv4 subnet/,
  },
  {
    name: 'a subnet with host bits set',
    text: yaml`
      services:
        web: {image: busybox}
      networks:
        default:
          ipam: {config: [{subnet: 10.1.2.3/16}]}
    `,
    line: 5, col: 30, path: 'networks.default.ipam.config[0].subnet',
    message: /^10\.1\.2\.3\/16 has host bits set: did you mean 10\.1\.0\.0\/16\?$/,
  },
  {
    name: 'ipv6_address on a service\'s network',
    text: yaml`
      services:
        web:
          image: busybox
          networks:
            default: {ipv6_address: "fd00::5"}
    `,
    line: 5, col: 17, path: 'services.web.networks.default.ipv6_address',
    message: /^dabba's networks are IPv4 only: remove ipv6_address$/,
  },
  {
    name: 'ipv4_address without a declared subnet',
    text: yaml`
      services:
        web:
          image: busybox
          networks:
            default:
              ipv4_address: 10.0.0.5
    `,
    line: 6, col: 23, path: 'services.web.networks.default.ipv4_address',
    message: /^a fixed address needs a subnet: declare networks\.default\.ipam\.config\[0\]\.subnet/,
  },
  {
    name: 'ipv4_address outside the subnet',
    text: yaml`
      services:
        web:
          image: busybox
          networks:
            back: {ipv4_address: 10.9.0.5}
      networks:
        back:
          ipam: {config: [{subnet: 10.8.0.0/16}]}
    `,
    line: 5, col: 28, path: 'services.web.networks.back.ipv4_address',
    message: /^10\.9\.0\.5 is outside the network's subnet 10\.8\.0\.0\/16$/,
  },
  {
    name: 'the same ipv4_address for two services',
    text: yaml`
      services:
        a: {image: busybox, networks: {back: {ipv4_address: 10.8.0.5}}}
        b: {image: busybox, networks: {back: {ipv4_address: 10.8.0.5}}}
      networks:
        back: {ipam: {config: [{subnet: 10.8.0.0/24}]}}
    `,
    line: 3, col: 55, path: 'services.b.networks.back.ipv4_address',
    message: /^10\.8\.0\.5 is already the address of service "a" on network "back"$/,
  },
  {
    name: 'network_mode container:X is refused with a reason',
    text: yaml`
      services:
        web:
          image: busybox
          network_mode: "container:other"
    `,
    line: 4, col: 19, path: 'services.web.network_mode',
    message: /there is no other container to join; use service:NAME$/,
  },
  {
    name: 'network_mode that is no mode',
    text: yaml`
      services:
        web: {image: busybox, network_mode: bridged}
    `,
    line: 2, col: 39, path: 'services.web.network_mode',
    message: /^"bridged" is not a network mode \(expected none, host, bridge or service:NAME\)$/,
  },
  {
    name: 'network_mode: service:X with X unknown',
    text: yaml`
      services:
        web: {image: busybox, network_mode: "service:nope"}
    `,
    line: 2, col: 39, path: 'services.web.network_mode',
    message: /^unknown service "nope"$/,
  },
  {
    name: 'network_mode: service: itself',
    text: yaml`
      services:
        web: {image: busybox, network_mode: "service:web"}
    `,
    line: 2, col: 39, path: 'services.web.network_mode',
    message: /^a service cannot share its own network/,
  },
  {
    name: 'network_mode: service: in a cycle',
    text: yaml`
      services:
        a: {image: busybox, network_mode: "service:b"}
        b: {image: busybox, network_mode: "service:a"}
    `,
    line: 2, col: 37, path: 'services.a.network_mode',
    message: /^network_mode cycle: a → b → a$/,
  },
  {
    name: 'network_mode and networks together',
    text: yaml`
      services:
        web:
          image: busybox
          networks: [default]
          network_mode: host
    `,
    line: 5, col: 5, path: 'services.web.network_mode',
    message: /^network_mode and networks exclude each other/,
  },
  {
    name: 'net: false with networks',
    text: yaml`
      services:
        web:
          image: busybox
          net: false
          networks: [default]
    `,
    line: 4, col: 5, path: 'services.web.net',
    message: /^net: false is loopback only, yet networks: joins networks/,
  },
  {
    name: 'net: false with network_mode: host',
    text: yaml`
      services:
        web: {image: busybox, net: false, network_mode: host}
    `,
    line: 2, col: 25, path: 'services.web.net',
    message: /^net: false is network_mode: none, yet network_mode is "host"/,
  },
  {
    name: 'ports with network_mode: host',
    text: yaml`
      services:
        web:
          image: busybox
          network_mode: host
          ports: ["8080:80"]
    `,
    line: 5, col: 12, path: 'services.web.ports',
    message: /^ports mean nothing with network_mode: host/,
  },
  {
    name: 'ports with network_mode: service:X',
    text: yaml`
      services:
        web:
          image: busybox
          network_mode: "service:db"
          ports: ["8080:80"]
        db: {image: busybox}
    `,
    line: 5, col: 12, path: 'services.web.ports',
    message: /publish the ports on it instead$/,
  },
  {
    name: 'ports with network_mode: none',
    text: yaml`
      services:
        web: {image: busybox, network_mode: none, ports: ["8080:80"]}
    `,
    line: 2, col: 52, path: 'services.web.ports',
    message: /^ports need a network: this service has net: false or network_mode: none/,
  },
  {
    name: 'links and depends_on in a start-order cycle',
    text: yaml`
      services:
        web: {image: busybox, depends_on: [api]}
        api: {image: busybox, links: [web]}
    `,
    line: 3, col: 33, path: 'services.api.links[0]',
    message: /^start order cycle \(links, network_mode and depends_on\): web → api → web$/,
  },
  {
    name: 'network_mode: service: and depends_on in a start-order cycle',
    text: yaml`
      services:
        web: {image: busybox, network_mode: "service:api"}
        api: {image: busybox, depends_on: [web]}
    `,
    line: 2, col: 39, path: 'services.web.network_mode',
    message: /^start order cycle \(links, network_mode and depends_on\): web → api → web$/,
  },
  {
    name: 'two services with the same container_name',
    text: yaml`
      services:
        a: {image: busybox, container_name: app}
        b: {image: busybox, container_name: app}
    `,
    line: 3, col: 39, path: 'services.b.container_name',
    message: /^container name "app" is already taken by service "a"$/,
  },
  {
    name: 'container_name with a space',
    text: yaml`
      services:
        a: {image: busybox, container_name: "my app"}
    `,
    line: 2, col: 39, path: 'services.a.container_name',
    message: /^"my app" is not a container name/,
  },
  {
    name: 'a link to an unknown service',
    text: yaml`
      services:
        web: {image: busybox, links: ["db:database"]}
    `,
    line: 2, col: 33, path: 'services.web.links[0]',
    message: /^unknown service "db"$/,
  },
  {
    name: 'a link to a service on no shared network',
    text: yaml`
      services:
        web: {image: busybox, networks: [front], links: [db]}
        db: {image: busybox, networks: [back]}
      networks: {front: null, back: null}
    `,
    line: 2, col: 52, path: 'services.web.links[0]',
    message: /^service "db" shares no network with this service/,
  },
  {
    name: 'extra_hosts without an IP',
    text: yaml`
      services:
        web:
          image: busybox
          extra_hosts: [somehost]
    `,
    line: 4, col: 19, path: 'services.web.extra_hosts[0]',
    message: /^"somehost" is not an extra host \(expected NAME:IP or NAME=IP\)$/,
  },
  {
    name: 'extra_hosts with a bad IP',
    text: yaml`
      services:
        web:
          image: busybox
          extra_hosts: ["db=10.0.0.300"]
    `,
    line: 4, col: 19, path: 'services.web.extra_hosts[0]',
    message: /^"10\.0\.0\.300" is not an IP address or host-gateway/,
  },
  {
    name: 'extra_hosts mapping with a bad name',
    text: yaml`
      services:
        web:
          image: busybox
          extra_hosts:
            "bad name": 10.0.0.1
    `,
    line: 5, col: 7, path: 'services.web.extra_hosts["bad name"]',
    message: /^"bad name" is not a host name/,
  },
  {
    name: 'dns with a name instead of an address',
    text: yaml`
      services:
        web: {image: busybox, dns: [dns.google]}
    `,
    line: 2, col: 31, path: 'services.web.dns[0]',
    message: /^"dns\.google" is not an IP address/,
  },
  {
    name: 'expose with a reversed range',
    text: yaml`
      services:
        web: {image: busybox, expose: ["9000-8000"]}
    `,
    line: 2, col: 34, path: 'services.web.expose[0]',
    message: /^"9000-8000" is not a port or range of ports/,
  },
  {
    name: 'expose with a protocol dabba does not know',
    text: yaml`
      services:
        web: {image: busybox, expose: ["80/sctp"]}
    `,
    line: 2, col: 34, path: 'services.web.expose[0]',
    message: /^"80\/sctp" is not a port/,
  },
  {
    name: 'an alias that is no host name',
    text: yaml`
      services:
        web:
          image: busybox
          networks:
            default: {aliases: ["a b"]}
    `,
    line: 5, col: 27, path: 'services.web.networks.default.aliases[0]',
    message: /^"a b" is not a host name/,
  },
];

for (const c of cases) {
  test(`invalid network config: ${c.name}`, () => {
    const err = loadError(c.text);
    assert.equal(err.exitCode, 2);
    const d = err.diagnostics.find((x) => x.path === c.path && c.message.test(x.message));
    assert.ok(d, `no diagnostic at ${c.path} matching ${c.message} in:\n${err.message}`);
    assert.deepEqual({ line: d.line, col: d.col }, { line: c.line, col: c.col }, err.message);
    assert.ok(err.message.includes(`dabba.yaml:${c.line}:${c.col}: ${c.path}: ${d.message}`), err.message);
  });
}
