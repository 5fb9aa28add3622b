/**
 * slirp4netns and pasta argv, and slirp4netns API requests (pure). Both attach
 * to the namespace holder `pid`, which owns the container's user and network
 * namespaces.
 */
import type { PortMapping } from '../config/model.js';
import { SandboxError } from './errors.js';
import { USER_NET_DNS } from './spec-network.js';

export const SLIRP_MTU = 65520;

/**
 * slirp4netns for the holder `pid`. It exits when `exitFd` closes (dabba
 * died or the container ended) and writes to `readyFd` once tap0 is up.
 */
export function buildSlirpArgs(opts: { pid: number; apiSocket: string; exitFd: number; readyFd: number; hostLoopback?: boolean }): string[] {
  return [
    '--configure',
    `--mtu=${SLIRP_MTU}`,
    // The host's loopback (at 10.0.2.2) only for a container that asked for host-gateway.
    ...(opts.hostLoopback === true ? [] : ['--disable-host-loopback']),
    `--api-socket=${opts.apiSocket}`,
    `--userns-path=/proc/${opts.pid}/ns/user`,
    `--exit-fd=${opts.exitFd}`,
    `--ready-fd=${opts.readyFd}`,
    String(opts.pid),
    'tap0',
  ];
}

/** One `add_hostfwd` request for slirp4netns's API socket. */
export function buildHostfwdRequest(port: PortMapping): string {
  return JSON.stringify({
    execute: 'add_hostfwd',
    arguments: { proto: port.protocol, host_addr: port.hostIp, host_port: port.published, guest_port: port.target },
  });
}

/**
 * pasta for the holder `pid`, in the foreground (dabba supervises it), with
 * every port forwarded; it writes `pidFile` once it is set up.
 */
export function buildPastaArgs(opts: { pid: number; ports: readonly PortMapping[]; pidFile: string; asRoot: boolean }): string[] {
  const a = ['--config-net', '--quiet', '--foreground', '--ipv4-only', '--no-map-gw', '--dns-forward', USER_NET_DNS, '--pid', opts.pidFile];
  // As root pasta would switch to nobody, who may not open the holder's namespaces (owned by root).
  if (opts.asRoot) a.push('--runas', '0');
  for (const p of opts.ports) {
    // pasta's own spec: [ADDR/]HOST:GUEST; an IPv6 address needs no brackets here.
    a.push(p.protocol === 'tcp' ? '-t' : '-u', `${p.hostIp}/${p.published}:${p.target}`);
  }
  if (!opts.ports.some((p) => p.protocol === 'tcp')) a.push('-t', 'none');
  if (!opts.ports.some((p) => p.protocol === 'udp')) a.push('-u', 'none');
  a.push('-T', 'none', '-U', 'none', '--userns', `/proc/${opts.pid}/ns/user`, '--netns', `/proc/${opts.pid}/ns/net`);
  return a;
}

/**
 * Refuses tcp ports published on an IPv6 host address: slirp4netns's
 * add_hostfwd takes IPv4 only and pasta runs --ipv4-only here, and both would
 * report it as a port that is taken. udp ports are dabba's own and take both.
 */
export function requireIpv4TcpPorts(service: string, ports: readonly PortMapping[]): void {
  const v6 = ports.find((p) => p.protocol === 'tcp' && p.hostIp.includes(':'));
  if (v6) {
    throw new SandboxError(`service "${service}": cannot publish tcp port [${v6.hostIp}]:${v6.published}: tcp ports are published on IPv4 addresses only`, {
      hint: 'publish it on 127.0.0.1 or 0.0.0.0 instead',
    });
  }
}
