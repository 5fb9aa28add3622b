/**
 * Subnets, addresses and interface names of dabba's networks (pure).
 *
 * Each network gets a /24 of POOL unless the file names a subnet; inside it a
 * member keeps the address it was given for as long as it is a member, so a
 * name resolves to the same address after its service is recreated. The
 * first address of a subnet is left for a gateway, as docker does, though
 * dabba's bridges carry none: members reach each other on the link and the
 * outside through their own user-mode network.
 */
import { createHash } from 'node:crypto';
import { NetworkError } from './errors.js';

/** Where dabba's own subnets come from; each container routes this whole pool to nowhere except its own networks. */
export const POOL = { base: ipv4ToNumber('10.89.0.0'), prefix: 16 };

export interface Subnet {
  /** First address, as a number. */
  base: number;
  prefix: number;
}

export function ipv4ToNumber(ip: string): number {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new NetworkError(`${JSON.stringify(ip)} is not an IPv4 address`);
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

export function numberToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function parseSubnet(cidr: string): Subnet {
  const [ip, bits] = cidr.split('/');
  const prefix = Number(bits);
  if (ip === undefined || !Number.isInteger(prefix) || prefix < 8 || prefix > 30) throw new NetworkError(`${JSON.stringify(cidr)} is not an IPv4 subnet dabba can use (expected A.B.C.D/N with N from 8 to 30)`);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: (ipv4ToNumber(ip) & mask) >>> 0, prefix };
}

export function formatSubnet(s: Subnet): string {
  return `${numberToIpv4(s.base)}/${s.prefix}`;
}

const size = (s: Subnet): number => 2 ** (32 - s.prefix);

export function subnetsOverlap(a: Subnet, b: Subnet): boolean {
  return a.base < b.base + size(b) && b.base < a.base + size(a);
}

export function subnetContains(s: Subnet, ip: string): boolean {
  const n = ipv4ToNumber(ip);
  return n >= s.base && n < s.base + size(s);
}

/** The first /24 of POOL that overlaps none of `used`. */
export function pickSubnet(used: readonly string[]): string {
  const taken = used.map(parseSubnet);
  for (let i = 0; i < size(POOL) / 256; i++) {
    const candidate: Subnet = { base: POOL.base + i * 256, prefix: 24 };
    if (!taken.some((t) => subnetsOverlap(t, candidate))) return formatSubnet(candidate);
  }
  throw new NetworkError(`every subnet of ${formatSubnet(POOL)} is in use by dabba's networks`, { hint: 'remove networks that are no longer used: dabba down in their projects' });
}

/** `wanted` if it is free and inside `subnet`, else the lowest free host address (from the second one). */
export function pickAddress(subnet: string, used: readonly string[], wanted?: string): string {
  const s = parseSubnet(subnet);
  if (wanted !== undefined) {
    if (!subnetContains(s, wanted)) throw new NetworkError(`${wanted} is not in the network's subnet ${subnet}`);
    if (used.includes(wanted)) throw new NetworkError(`${wanted} is already the address of another member of the network`);
    return wanted;
  }
  const taken = new Set(used.map(ipv4ToNumber));
  for (let n = s.base + 2; n < s.base + size(s) - 1; n++) if (!taken.has(n)) return numberToIpv4(n);
  throw new NetworkError(`the network's subnet ${subnet} has no free address left`);
}

/** A Linux interface name (at most 15 bytes) derived from `seed`. */
export function interfaceName(prefix: string, seed: string): string {
  return `${prefix}${createHash('sha256').update(seed).digest('hex').slice(0, 15 - prefix.length)}`;
}
