/**
 * slirp4netns and pasta argv, and slirp4netns API requests (pure). Both attach
 * to the namespace holder `pid`, which owns the container's user and network
 * namespaces.
 */
import type { PortMapping } from '../config/model.js';
import { USER_NET_DNS } from './spec.js';

export const SLIRP_MTU = 65520;

/**
 * slirp4netns for the holder `pid`. It exits when `exitFd` closes (dabba
 * died or the container ended) and writes to `readyFd` once tap0 is up.
 */
export function buildSlirpArgs(opts: { pid: number; apiSocket: string; exitFd: number; readyFd: number }): string[] {
  return [
    '--configure',
    `--mtu=${SLIRP_MTU}`,
    '--disable-host-loopback',
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
