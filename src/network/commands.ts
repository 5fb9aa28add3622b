/**
 * The shell scripts that build dabba's networks with iproute2 (pure). They
 * run as root of the network holder's user namespace, in its network
 * namespace, where the bridges live; each container's network namespace was
 * made inside that user namespace, so the same root may move a veth end into
 * it and set it up there.
 */
import { formatSubnet, POOL } from './addresses.js';

export interface VethPlan {
  bridge: string;
  /** The end left on the bridge. */
  hostSide: string;
  /** The end in the container: eth0, eth1, … */
  containerSide: string;
  ip: string;
  prefix: number;
}

/** A large MTU, as on loopback: traffic between members never leaves the machine. */
export const BRIDGE_MTU = 65520;

/** `ip -batch` lines that set up the container's side (in its network namespace). */
export function containerBatch(veths: readonly VethPlan[]): string {
  const lines = ['link set dev lo up'];
  for (const v of veths) lines.push(`addr add ${v.ip}/${v.prefix} dev ${v.containerSide}`, `link set dev ${v.containerSide} up`);
  // Addresses of dabba's other networks go nowhere, rather than out through the user-mode network to the host's.
  lines.push(`route add unreachable ${formatSubnet(POOL)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The script (for `sh -c SCRIPT sh HOLDER_PID BATCH`) that makes each
 * missing bridge, a veth pair per network with one end in the container's
 * network namespace, and sets that side up. Names are checked to be
 * interface names before they get here; none comes from the user.
 */
export function attachScript(veths: readonly VethPlan[]): string {
  const lines = ['set -e'];
  for (const bridge of new Set(veths.map((v) => v.bridge))) {
    lines.push(`ip link show dev ${bridge} >/dev/null 2>&1 || { ip link add name ${bridge} mtu ${BRIDGE_MTU} type bridge && ip link set dev ${bridge} up; }`);
  }
  for (const v of veths) {
    lines.push(`ip link add name ${v.hostSide} mtu ${BRIDGE_MTU} type veth peer name ${v.containerSide} mtu ${BRIDGE_MTU} netns "$1"`);
    lines.push(`ip link set dev ${v.hostSide} master ${v.bridge} up`);
  }
  lines.push('printf %s "$2" | nsenter --net=/proc/$1/ns/net -- ip -batch -');
  return lines.join('\n');
}

/** The script that removes `bridges` (those that exist). */
export function removeBridgesScript(bridges: readonly string[]): string {
  return bridges.map((b) => `ip link del dev ${b} 2>/dev/null || true`).join('\n');
}
