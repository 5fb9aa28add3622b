/**
 * IP address checks for the network keys (extra_hosts, dns, ipv4_address,
 * subnets), written here because `node:net` is a network module that the
 * config stage does not import. Pure.
 */

const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;

/** The address as a 32-bit number, or undefined when it is not a dotted-quad IPv4 address. */
export function ipv4ToNumber(s: string): number | undefined {
  if (!IPV4.test(s)) return undefined;
  return s.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

export function isIPv4(s: string): boolean {
  return IPV4.test(s);
}

/** RFC 4291 text forms: eight groups, or fewer with one `::`, optionally ending in a dotted quad. */
export function isIPv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const all = halves.flatMap(groups);
  let count = all.length;
  const last = all.at(-1);
  if (last !== undefined && last.includes('.')) {
    if (!IPV4.test(last)) return false;
    all.pop();
    count += 1;
  }
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export interface Subnet {
  /** The network address as a number. */
  base: number;
  prefix: number;
}

/** An IPv4 CIDR with its prefix length; the schema has checked the form. */
export function parseSubnet(cidr: string): Subnet | undefined {
  const [addr, bits] = cidr.split('/');
  const base = ipv4ToNumber(addr ?? '');
  if (base === undefined || bits === undefined) return undefined;
  return { base, prefix: Number(bits) };
}

function size(s: Subnet): number {
  return 2 ** (32 - s.prefix);
}

/** The subnet written with its network address (host bits cleared). */
export function networkCidr(s: Subnet): string {
  const base = s.base - (s.base % size(s));
  return `${[24, 16, 8, 0].map((shift) => Math.floor(base / 2 ** shift) % 256).join('.')}/${s.prefix}`;
}

/** Why `address` cannot be a member's fixed address in `subnet`, or undefined when it can. */
export function memberAddressProblem(address: number, subnet: Subnet, cidr: string): string | undefined {
  const offset = address - subnet.base;
  if (offset < 0 || offset >= size(subnet)) return `is outside the network's subnet ${cidr}`;
  if (offset === 0) return `is the network address of ${cidr}`;
  if (offset === size(subnet) - 1) return `is the broadcast address of ${cidr}`;
  // Docker's default gateway, which dabba keeps for the network itself.
  if (offset === 1) return `is the first address of ${cidr}, which the network keeps for its gateway`;
  return undefined;
}
