/**
 * The network keys, short syntax → model: top-level `networks:` definitions,
 * and per service `networks`, `network_mode` (with dabba's `net`),
 * `container_name`, `links`, `extra_hosts`, `dns*` and `expose`, as compose
 * normalises them (compose-go's loader and types). Cross-service checks are in
 * network-rules.ts. Pure.
 */
import { isIPv4, isIPv6, networkCidr, parseSubnet } from './addresses.js';
import type { Origins, Reporter } from './canonical.js';
import type { ExtraHost, Link, NetworkAttachment, NetworkDefinition, NetworkMode, Service } from './model.js';
import type { KeyPath } from './source.js';

export interface RawNetwork {
  name?: string;
  external?: boolean;
  internal?: boolean;
  ipam?: { config?: { subnet?: string }[] };
}
interface RawAttachment { aliases?: string[]; ipv4_address?: string; priority?: number }
export interface RawServiceNetworking {
  networks?: string[] | Record<string, RawAttachment | null>;
  network_mode?: string;
  net?: boolean;
  container_name?: string;
  links?: string[];
  extra_hosts?: string[] | Record<string, string | string[]>;
  dns?: string | string[];
  dns_search?: string | string[];
  dns_opt?: string[];
  expose?: (string | number)[];
}

type At = (...rest: (string | number)[]) => KeyPath;

/** The subnet prefixes a network can have: room for members, and no wider than a class A. */
const MIN_PREFIX = 8;
const MAX_PREFIX = 30;

/** The key `default`: the network every service without networks: or network_mode: joins. */
export const DEFAULT_NETWORK = 'default';

/** A top-level network entry as the model has it: compose's naming, the subnet checked. */
export function networkDefinition(key: string, def: RawNetwork | null, project: string, labels: Record<string, string>, report: Reporter): NetworkDefinition {
  const external = def?.external ?? false;
  const out: NetworkDefinition = { key, name: def?.name ?? (external ? key : `${project}_${key}`), external, internal: def?.internal ?? false, labels };
  const subnet = def?.ipam?.config?.[0]?.subnet;
  if (subnet !== undefined) {
    const at: KeyPath = ['networks', key, 'ipam', 'config', 0, 'subnet'];
    const s = parseSubnet(subnet)!;
    if (s.prefix < MIN_PREFIX || s.prefix > MAX_PREFIX) report.at(at, `${subnet}: the prefix must be /${MIN_PREFIX} to /${MAX_PREFIX} (a network needs room for its members)`);
    else if (networkCidr(s) !== subnet) report.at(at, `${subnet} has host bits set: did you mean ${networkCidr(s)}?`);
    out.subnet = subnet;
  }
  return out;
}

type Networking = Pick<Service, 'networkMode' | 'links' | 'extraHosts' | 'dns' | 'dnsSearch' | 'dnsOptions' | 'expose'> & { containerName?: string };

/** The networking fields of one service. */
export function serviceNetworking(svc: RawServiceNetworking, report: Reporter, origins: Origins, at: At): Networking {
  const out: Networking = {
    networkMode: networkMode(svc, report, origins, at),
    links: (svc.links ?? []).map((spec, i) => {
      const [service, alias] = spec.split(':') as [string, string | undefined];
      const link: Link = { service, alias: alias ?? service };
      origins.set(link, at('links', i));
      return link;
    }),
    extraHosts: extraHosts(svc.extra_hosts, report, at),
    dns: listOf(svc.dns),
    dnsSearch: listOf(svc.dns_search),
    dnsOptions: [...(svc.dns_opt ?? [])],
    expose: (svc.expose ?? []).map(String),
  };
  if (svc.container_name !== undefined) out.containerName = svc.container_name;
  out.dns.forEach((ip, i) => {
    if (!isIPv4(ip) && !isIPv6(ip)) report.at(Array.isArray(svc.dns) ? at('dns', i) : at('dns'), `${JSON.stringify(ip)} is not an IP address (a name server is given by its address)`);
  });
  out.expose.forEach((port, i) => {
    const [start, end = start] = port.replace(/\/.*/, '').split('-').map(Number) as [number, number?];
    if (start < 1 || end > 65535 || end < start) report.at(at('expose', i), `${JSON.stringify(port)} is not a port or range of ports (1 to 65535, start before end)`);
  });
  return out;
}

function listOf(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? [...v] : [v];
}

function networkMode(svc: RawServiceNetworking, report: Reporter, origins: Origins, at: At): NetworkMode {
  const mode = svc.network_mode;
  if (mode !== undefined && svc.networks !== undefined) {
    report.at(at('network_mode'), 'network_mode and networks exclude each other, as in compose: keep one', true);
  }
  if (svc.net === false) {
    if (svc.networks !== undefined) report.at(at('net'), 'net: false is loopback only, yet networks: joins networks: remove one of them', true);
    else if (mode !== undefined && mode !== 'none') report.at(at('net'), `net: false is network_mode: none, yet network_mode is ${JSON.stringify(mode)}: remove one of them`, true);
    return { mode: 'none' };
  }
  if (mode === 'none' || mode === 'host') return { mode };
  if (mode?.startsWith('service:') === true) return { mode: 'service', service: mode.slice('service:'.length) };
  if (mode?.startsWith('container:') === true) {
    report.at(at('network_mode'), `${JSON.stringify(mode)}: dabba runs only this project's services, so there is no other container to join; use service:NAME`);
  }
  return { mode: 'bridge', networks: attachments(svc.networks, origins, at) };
}

/** Compose's order: higher priority first, then by key. */
function attachments(networks: RawServiceNetworking['networks'], origins: Origins, at: At): NetworkAttachment[] {
  const list: { attachment: NetworkAttachment; priority: number }[] = [];
  if (Array.isArray(networks)) {
    networks.forEach((network, i) => {
      const attachment: NetworkAttachment = { network, aliases: [] };
      origins.set(attachment, at('networks', i));
      list.push({ attachment, priority: 0 });
    });
  } else if (networks !== undefined) {
    for (const [network, a] of Object.entries(networks)) {
      const attachment: NetworkAttachment = { network, aliases: [...(a?.aliases ?? [])] };
      if (a?.ipv4_address !== undefined) attachment.ipv4Address = a.ipv4_address;
      origins.set(attachment, at('networks', network));
      list.push({ attachment, priority: a?.priority ?? 0 });
    }
  }
  if (list.length === 0) return [{ network: DEFAULT_NETWORK, aliases: [] }];
  list.sort((a, b) => b.priority - a.priority || (a.attachment.network < b.attachment.network ? -1 : a.attachment.network > b.attachment.network ? 1 : 0));
  return list.map((e) => e.attachment);
}

/** compose-go's HostsList: `=` or else the first `:` separates the name; several IPs by commas; `[::1]` unbracketed. */
function extraHosts(raw: RawServiceNetworking['extra_hosts'], report: Reporter, at: At): ExtraHost[] {
  const entries: { host: string; ips: string[]; where: KeyPath; spec: string }[] = [];
  if (Array.isArray(raw)) {
    raw.forEach((spec, i) => {
      const sep = spec.includes('=') ? '=' : ':';
      const cut = spec.indexOf(sep);
      entries.push(cut < 0 ? { host: spec, ips: [], where: at('extra_hosts', i), spec } : { host: spec.slice(0, cut), ips: spec.slice(cut + 1).split(','), where: at('extra_hosts', i), spec });
    });
  } else if (raw !== undefined) {
    for (const [host, ips] of Object.entries(raw)) entries.push({ host, ips: typeof ips === 'string' ? ips.split(',') : ips, where: at('extra_hosts', host), spec: host });
  }
  const out: ExtraHost[] = [];
  for (const { host, ips, where, spec } of entries) {
    if (ips.length === 0) {
      report.at(where, `${JSON.stringify(spec)} is not an extra host (expected NAME:IP or NAME=IP)`);
      continue;
    }
    if (!HOST_NAME.test(host)) {
      report.at(where, `${JSON.stringify(host)} is not a host name (expected letters, digits, ., _ and -)`, !Array.isArray(raw));
      continue;
    }
    for (const written of ips) {
      const ip = /^\[.*\]$/.test(written) ? written.slice(1, -1) : written;
      if (ip === 'host-gateway' || isIPv4(ip) || isIPv6(ip)) out.push({ host, ip });
      else report.at(where, `${JSON.stringify(written)} is not an IP address or host-gateway (in ${JSON.stringify(spec)})`);
    }
  }
  return out;
}

const HOST_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * The services a service needs started before it, besides depends_on, as in
 * compose: the one whose network it shares (`network_mode: service:X`) and
 * those it links to. Pure.
 */
export function networkDependencies(service: Service): string[] {
  const names = service.links.map((l) => l.service);
  if (service.networkMode.mode === 'service') names.unshift(service.networkMode.service);
  return [...new Set(names)];
}
