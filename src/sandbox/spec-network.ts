/**
 * A container's networking, decided (pure): its NetworkSpec and the name
 * files it gets — /etc/hosts and /etc/resolv.conf dabba writes, or those of
 * the host (`network_mode: host`) or of the container whose network it
 * shares (`service:NAME`), bound read-only.
 */
import { join } from 'node:path';
import type { PortMapping, Service } from '../config/model.js';
import { containerPaths, projectPaths } from '../container/layout.js';
import { SandboxError } from './errors.js';
import { renderHosts } from './hosts-file.js';
import type { GeneratedFile, MountSpec, NetworkBackend, NetworkSpec } from './spec.js';

/** slirp4netns's built-in DNS forwarder; pasta is told to forward the same address. */
export const USER_NET_DNS = '10.0.2.3';
/** Where slirp4netns shows the host's loopback, to a container allowed to reach it. */
export const USER_NET_HOST = '10.0.2.2';

/** What the project's networks (src/network) decided for a container that joins them. */
export interface JoinedNetworksView {
  /** Some network has egress (not `internal`). */
  egress: boolean;
  hosts: string;
}

export interface NetworkingInput {
  service: Service;
  hostname: string;
  ports: PortMapping[];
  backend: NetworkBackend;
  projectDir: string;
  scratchDir: string;
  networks: JoinedNetworksView | undefined;
}

export interface Networking {
  network: NetworkSpec;
  files: GeneratedFile[];
  mounts: MountSpec[];
}

export function planNetworking(input: NetworkingInput): Networking {
  const { service, hostname, ports, scratchDir } = input;
  const mode = service.networkMode;
  const hostnameFile: GeneratedFile = { target: '/etc/hostname', hostPath: join(scratchDir, 'hostname'), content: `${hostname}\n` };
  if (mode.mode !== 'bridge' && ports.length > 0) {
    throw new SandboxError(`service "${service.name}": ports need a network of its own, but it has network_mode ${mode.mode === 'service' ? `service:${mode.service}` : mode.mode}`, {
      hint: mode.mode === 'service' ? `publish the ports on service "${mode.service}"` : 'remove ports, or give the service a network',
    });
  }
  const bindNameFiles = (dir: string): MountSpec[] =>
    ['hosts', 'resolv.conf'].map((f) => ({ kind: 'bind', source: join(dir, f), target: `/etc/${f}`, readOnly: true }));
  if (mode.mode === 'host') return { network: { mode: 'host' }, files: [hostnameFile], mounts: bindNameFiles('/etc') };
  if (mode.mode === 'service') {
    const other = containerPaths(projectPaths(input.projectDir), mode.service).scratchDir;
    return { network: { mode: 'joined', service: mode.service }, files: [hostnameFile], mounts: bindNameFiles(other) };
  }
  const hostLoopback = service.extraHosts.some((h) => h.ip === 'host-gateway');
  const egress = mode.mode === 'bridge' && (input.networks?.egress ?? true);
  if (mode.mode === 'bridge' && !egress && ports.length > 0) {
    throw new SandboxError(`service "${service.name}": ports need a network that reaches the host, but all its networks are internal`, { hint: 'join a network that is not internal: true, or remove ports' });
  }
  const network: NetworkSpec = mode.mode === 'bridge' ? { mode: 'user', backend: input.backend, ports, egress, hostLoopback } : { mode: 'loopback' };
  const hosts =
    input.networks?.hosts ??
    renderHosts({ hostname, ownIp: undefined, members: [], links: [], extraHosts: service.extraHosts, hostGateway: egress && hostLoopback ? USER_NET_HOST : undefined });
  return {
    network,
    files: [
      { target: '/etc/hosts', hostPath: join(scratchDir, 'hosts'), content: hosts },
      { target: '/etc/resolv.conf', hostPath: join(scratchDir, 'resolv.conf'), content: resolvConf(service, egress) },
      hostnameFile,
    ],
    mounts: [],
  };
}

/** nameserver: `dns:`, else the user-mode network's forwarder when the container has egress; then search and options. */
export function resolvConf(service: Service, egress: boolean): string {
  const servers = service.dns.length > 0 ? service.dns : egress ? [USER_NET_DNS] : [];
  const lines = servers.map((s) => `nameserver ${s}`);
  if (service.dnsSearch.length > 0) lines.push(`search ${service.dnsSearch.join(' ')}`);
  if (service.dnsOptions.length > 0) lines.push(`options ${service.dnsOptions.join(' ')}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
