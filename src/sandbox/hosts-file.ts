/**
 * A container's /etc/hosts (pure): localhost, its own host name, every
 * member of each network it is on (by service name, container_name,
 * `<project>-<service>-1` and aliases), its links, then extra_hosts. glibc and
 * musl both read it on every lookup, so rewriting it in place reaches a
 * running container at once.
 */
import type { ExtraHost } from '../config/model.js';

export interface HostsEntry {
  ip: string;
  names: readonly string[];
}

export interface HostsInput {
  hostname: string;
  /** The container's own address on its first network; undefined: loopback only. */
  ownIp: string | undefined;
  /** The names the container has on its first network, besides its host name. */
  ownNames?: readonly string[] | undefined;
  /** Members of the container's networks, first network first. */
  members: readonly HostsEntry[];
  links: readonly HostsEntry[];
  extraHosts: readonly ExtraHost[];
  /** What `host-gateway` stands for, if the container can reach the host. */
  hostGateway: string | undefined;
}

export function renderHosts(input: HostsInput): string {
  const lines = ['127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback'];
  const seen = new Set<string>(['localhost']);
  const add = (ip: string, names: readonly string[]): void => {
    const fresh = names.filter((n) => !seen.has(n));
    for (const n of fresh) seen.add(n);
    if (fresh.length > 0) lines.push(`${ip}\t${fresh.join(' ')}`);
  };
  // Earlier lines win in a lookup: the container's own name, then its links, then its networks.
  add(input.ownIp ?? '127.0.1.1', [input.hostname, ...(input.ownNames ?? [])]);
  for (const l of input.links) add(l.ip, l.names);
  for (const m of input.members) add(m.ip, m.names);
  for (const h of input.extraHosts) {
    const ip = h.ip === 'host-gateway' ? input.hostGateway : h.ip;
    if (ip !== undefined) lines.push(`${ip}\t${h.host}`);
  }
  return `${lines.join('\n')}\n`;
}
