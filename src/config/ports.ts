import { InvalidSpecError } from './errors.js';
import type { PortMapping } from './model.js';

const EXPECTED = 'expected [IP:]HOST:CONTAINER[/tcp|udp]';
const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;
const IPV6 = /^(?=.*:)[0-9A-Fa-f:.]{2,45}$/;

/** Whether `ip` is an IPv4 address or looks like an IPv6 one (hex groups and colons, no brackets). */
export function isIpAddress(ip: string): boolean {
  return IPV4.test(ip) || (IPV6.test(ip) && !ip.includes(':::') && (ip.match(/::/g) ?? []).length <= 1);
}

/** `8000` or `8000-8003` → [first, last]; undefined when not a port or range of ports. */
export function parsePortRange(text: string): [number, number] | undefined {
  const m = /^([0-9]{1,5})(?:-([0-9]{1,5}))?$/.exec(text);
  if (m === null) return undefined;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  if (first < 1 || last > 65535 || last < first) return undefined;
  return [first, last];
}

/**
 * One mapping per port of a range pair: `published` and `target` must be
 * ranges of the same length (a single port is a range of one). An empty
 * `published` is compose's random port: each gets a free host port when the
 * container starts (published 0). Throws InvalidSpecError naming `what` (the
 * spec as written) otherwise.
 */
export function expandPortRanges(what: string, hostIp: string, published: string, target: string, protocol: 'tcp' | 'udp'): PortMapping[] {
  const inner = parsePortRange(target);
  if (inner === undefined) throw new InvalidSpecError(`${what} is not a port mapping: ${JSON.stringify(target)} is not a container port or range (1-65535)`);
  if (!isIpAddress(hostIp)) throw new InvalidSpecError(`${what} is not a port mapping: ${JSON.stringify(hostIp)} is not an IP address`);
  if (published === '') return Array.from({ length: inner[1] - inner[0] + 1 }, (_, i) => ({ target: inner[0] + i, published: 0, hostIp, protocol }));
  const host = parsePortRange(published);
  if (host === undefined) throw new InvalidSpecError(`${what} is not a port mapping: ${JSON.stringify(published)} is not a host port or range (1-65535)`);
  const count = host[1] - host[0] + 1;
  if (count !== inner[1] - inner[0] + 1) {
    throw new InvalidSpecError(`${what} is not a port mapping: the host range ${published} and the container range ${target} have different lengths`);
  }
  return Array.from({ length: count }, (_, i) => ({ target: inner[0] + i, published: host[0] + i, hostIp, protocol }));
}

/**
 * Parses a short-syntax port spec, `[IP:]HOST:CONTAINER[/tcp|udp]`, with
 * ranges (`8000-8001:80-81`) and bracketed IPv6 (`[::1]:8080:80`), into one
 * mapping per port. Without a host port (`80`, `127.0.0.1::80`) a free one
 * is picked when the container starts, as compose does. Pure; throws
 * InvalidSpecError with the reason.
 */
export function parsePortSpec(spec: string): PortMapping[] {
  const what = JSON.stringify(spec);
  const invalid = (detail = '') => new InvalidSpecError(`${what} is not a port mapping${detail} (${EXPECTED})`);
  let rest = spec.trim();
  let protocol: 'tcp' | 'udp' = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    const proto = rest.slice(slash + 1);
    if (proto !== 'tcp' && proto !== 'udp') throw invalid(`: unsupported protocol ${JSON.stringify(proto)}`);
    protocol = proto;
    rest = rest.slice(0, slash);
  }
  let hostIp: string | undefined;
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (bracket) {
    hostIp = bracket[1]!;
    rest = bracket[2]!;
  }
  const parts = rest.split(':');
  if (parts.length === 3 && hostIp === undefined) {
    hostIp = parts.shift()!;
  }
  if (parts.length === 1) {
    if (parsePortRange(parts[0]!) === undefined) throw invalid();
    return expandPortRanges(what, hostIp ?? '0.0.0.0', '', parts[0]!, protocol);
  }
  if (parts.length !== 2) {
    throw invalid(parts.length > 3 ? ': write an IPv6 address in brackets, e.g. [::1]:8080:80' : '');
  }
  const [published, target] = parts as [string, string];
  if ((published !== '' && parsePortRange(published) === undefined) || parsePortRange(target) === undefined) {
    if (!/^[0-9-]*$/.test(published) || !/^[0-9-]+$/.test(target)) throw invalid();
  }
  return expandPortRanges(what, hostIp ?? '0.0.0.0', published, target, protocol);
}
