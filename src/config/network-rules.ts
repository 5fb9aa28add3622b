import { ipv4ToNumber, memberAddressProblem, parseSubnet } from './addresses.js';
import type { Origins, Reporter } from './canonical.js';
import { findCycles } from './cycles.js';
import { networkDependencies } from './networks.js';
import type { NetworkDefinition, NetworkMode, Project, Service } from './model.js';
import type { KeyPath } from './source.js';

const NETWORK_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The networks a service is on: its own, those of the service whose network it
 * shares, none for none and host (and for a broken service: chain).
 */
export function effectiveNetworks(project: Project, name: string): string[] {
  const seen = new Set<string>();
  let svc: Service | undefined = project.services[name];
  while (svc !== undefined && svc.networkMode.mode === 'service' && !seen.has(svc.name)) {
    seen.add(svc.name);
    svc = project.services[svc.networkMode.service];
  }
  return svc?.networkMode.mode === 'bridge' ? svc.networkMode.networks.map((a) => a.network) : [];
}

/**
 * The cross-service checks of the network keys, each at the key path it
 * concerns: network keys usable as names; networks named but not declared;
 * network_mode: service:X naming an unknown service, itself or a cycle; ports
 * where there is no network of the service's own to publish from; fixed
 * addresses outside their subnet or taken twice; container_name taken twice;
 * links to unknown services or to services on no shared network; start-order
 * cycles that links and network_mode add to depends_on. Pure.
 */
export function checkNetworkRules(project: Project, origins: Origins, report: Reporter): void {
  const svcPath = (name: string, ...rest: (string | number)[]): KeyPath => ['services', name, ...rest];
  for (const key of Object.keys(project.networks)) {
    if (!NETWORK_KEY.test(key)) report.at(['networks', key], `"${key}" is not a valid network key (expected letters, digits, _, . and -, starting with a letter or digit)`, true);
  }
  const containerNames = new Map<string, string>();
  const addresses = new Map<string, string>();
  for (const [name, svc] of Object.entries(project.services)) {
    const mode = svc.networkMode;
    const portsProblem = svc.ports.length > 0 ? unpublishable(mode) : undefined;
    if (portsProblem !== undefined) report.at(svcPath(name, 'ports'), portsProblem);
    if (mode.mode === 'service') serviceModeProblem(project, name, mode.service, (m) => report.at(svcPath(name, 'network_mode'), m));
    if (mode.mode === 'bridge') {
      for (const a of mode.networks) {
        const where = origins.get(a) ?? svcPath(name, 'networks');
        const atKey = typeof where.at(-1) === 'string';
        const network = project.networks[a.network];
        if (network === undefined) {
          report.at(where, `network "${a.network}" is not declared: add it under the top-level networks: key`, atKey);
          continue;
        }
        if (a.ipv4Address === undefined) continue;
        const at = [...where, 'ipv4_address'];
        // Keyed by the network's name: two keys may name one network.
        const taken = `${network.name} ${a.ipv4Address}`;
        const problem = fixedAddressProblem(a.ipv4Address, network);
        const other = addresses.get(taken);
        if (problem !== undefined) report.at(at, problem);
        else if (other !== undefined) report.at(at, `${a.ipv4Address} is already the address of service "${other}" on network "${a.network}"`);
        else addresses.set(taken, name);
      }
    }
    if (svc.containerName !== undefined) {
      const other = containerNames.get(svc.containerName);
      if (other !== undefined) report.at(svcPath(name, 'container_name'), `container name "${svc.containerName}" is already taken by service "${other}"`);
      else containerNames.set(svc.containerName, name);
    }
    for (const link of svc.links) {
      const where = origins.get(link) ?? svcPath(name, 'links');
      if (project.services[link.service] === undefined) report.at(where, `unknown service "${link.service}"`);
      else if (link.service === name) report.at(where, 'a service cannot link to itself');
      else {
        const theirs = new Set(effectiveNetworks(project, link.service));
        if (!effectiveNetworks(project, name).some((n) => theirs.has(n))) report.at(where, `service "${link.service}" shares no network with this service: a link reaches a service on a shared network`);
      }
    }
  }
  checkStartOrder(project, origins, report);
}

/** Why a service in this mode cannot publish ports, or undefined when it can. */
function unpublishable(mode: NetworkMode): string | undefined {
  switch (mode.mode) {
    case 'bridge':
      return undefined;
    case 'none':
      return 'ports need a network: this service has net: false or network_mode: none (loopback only); remove ports, or give it a network';
    case 'host':
      return 'ports mean nothing with network_mode: host: the service listens on the host\'s own network already; remove ports';
    case 'service':
      return `with network_mode: service:${mode.service} this service shares that service's network: publish the ports on it instead`;
  }
}

/** Compose takes a fixed address only inside the network's declared subnet. */
function fixedAddressProblem(address: string, network: NetworkDefinition): string | undefined {
  if (network.subnet === undefined) return `a fixed address needs a subnet: declare networks.${network.key}.ipam.config[0].subnet, as compose requires`;
  const problem = memberAddressProblem(ipv4ToNumber(address)!, parseSubnet(network.subnet)!, network.subnet);
  return problem === undefined ? undefined : `${address} ${problem}`;
}

/**
 * Cycles of the start order (depends_on, links, network_mode: service:X) that
 * depends_on alone does not make (those are reported with depends_on), at the
 * first link or network_mode on the way.
 */
function checkStartOrder(project: Project, origins: Origins, report: Reporter): void {
  const order = (svc: Service) => [...new Set([...Object.keys(svc.dependsOn), ...networkDependencies(svc)])];
  for (const cycle of findCycles(project, order)) {
    const edges = cycle.slice(0, -1).map((from, i) => ({ svc: project.services[from]!, to: cycle[i + 1]! }));
    const shares = ({ svc, to }: { svc: Service; to: string }) => svc.networkMode.mode === 'service' && svc.networkMode.service === to;
    // A cycle of network_mode alone is reported at each of its services already.
    if (edges.every(shares)) continue;
    const edge = edges.find(({ svc, to }) => networkDependencies(svc).includes(to));
    if (edge === undefined) continue;
    const { svc, to } = edge;
    const link = svc.links.find((l) => l.service === to);
    const where = shares(edge) ? ['services', svc.name, 'network_mode'] : (origins.get(link!) ?? ['services', svc.name, 'links']);
    report.at(where, `start order cycle (links, network_mode and depends_on): ${cycle.join(' → ')}`);
  }
}

/** network_mode: service:X is usable when X exists, is another service, and does not lead back here. */
function serviceModeProblem(project: Project, name: string, target: string, report: (message: string) => void): void {
  if (target === name) return report('a service cannot share its own network: name another service');
  if (project.services[target] === undefined) return report(`unknown service "${target}"`);
  const chain = [name];
  let next: string | undefined = target;
  while (next !== undefined) {
    chain.push(next);
    if (next === name) return report(`network_mode cycle: ${chain.join(' → ')}`);
    if (chain.indexOf(next) < chain.length - 1) return;
    const m: Service['networkMode'] | undefined = project.services[next]?.networkMode;
    next = m?.mode === 'service' ? m.service : undefined;
  }
}
