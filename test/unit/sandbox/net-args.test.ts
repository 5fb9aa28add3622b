import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHostfwdRequest, buildPastaArgs, buildSlirpArgs, requireIpv4TcpPorts } from '../../../src/sandbox/net-args.js';
import { SandboxError } from '../../../src/sandbox/errors.js';

test('slirp4netns: configured, MTU 65520, no host loopback, API socket, holder\'s user namespace', () => {
  const a = buildSlirpArgs({ pid: 42, apiSocket: '/tmp/d/s.sock', exitFd: 3, readyFd: 4 });
  for (const f of ['--configure', '--mtu=65520', '--disable-host-loopback', '--api-socket=/tmp/d/s.sock', '--userns-path=/proc/42/ns/user', '--exit-fd=3', '--ready-fd=4']) assert.ok(a.includes(f), f);
  assert.deepEqual(a.slice(-2), ['42', 'tap0']);
});

test('add_hostfwd per port, protocol and host address included', () => {
  assert.deepEqual(JSON.parse(buildHostfwdRequest({ target: 53, published: 5353, hostIp: '127.0.0.1', protocol: 'udp' })), {
    execute: 'add_hostfwd',
    arguments: { proto: 'udp', host_addr: '127.0.0.1', host_port: 5353, guest_port: 53 },
  });
});

test('pasta: every port forwarded explicitly, nothing automatic, root runs as root', () => {
  const a = buildPastaArgs({ pid: 7, pidFile: '/tmp/p', asRoot: false, ports: [{ target: 80, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' }] });
  assert.deepEqual(a.slice(a.indexOf('-t'), a.indexOf('-t') + 2), ['-t', '0.0.0.0/8080:80']);
  assert.deepEqual(a.slice(a.indexOf('-u'), a.indexOf('-u') + 2), ['-u', 'none']);
  assert.ok(a.includes('--netns') && a.includes('/proc/7/ns/net') && a.includes('/proc/7/ns/user'));
  assert.ok(!a.includes('--runas'));
  assert.ok(buildPastaArgs({ pid: 7, pidFile: '/tmp/p', asRoot: true, ports: [] }).includes('--runas'));
});

test('tcp ports on an IPv6 host address are refused with a clear error; udp ones and IPv4 ones pass', () => {
  const v4 = { target: 80, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' } as const;
  const udp6 = { target: 53, published: 5353, hostIp: '::1', protocol: 'udp' } as const;
  assert.doesNotThrow(() => requireIpv4TcpPorts('web', [v4, udp6]));
  assert.throws(
    () => requireIpv4TcpPorts('web', [v4, { target: 80, published: 18181, hostIp: '::1', protocol: 'tcp' }]),
    (err: Error) => err instanceof SandboxError && err.message === 'service "web": cannot publish tcp port [::1]:18181: tcp ports are published on IPv4 addresses only',
  );
});
