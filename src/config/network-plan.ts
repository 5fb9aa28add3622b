/**
 * What one service needs to know of its project's networks (pure): the
 * networks it joins and, on each, every service of the project with the names
 * it answers to, so that addresses can be given to all of them at once and a
 * name resolves for a service that starts later.
 */
import type { Link, NetworkAttachment, Project, Service } from './model.js';

export interface NetworkMember {
  service: string;
  /** The service's name, container_name, compose's `<project>-<service>-1`, then the aliases on this network. */
  names: string[];
  ipv4Address?: string;
}

export interface JoinedNetwork {
  key: string;
  /** The network's name on this machine (NetworkDefinition.name). */
  name: string;
  internal: boolean;
  external: boolean;
  subnet?: string;
  members: NetworkMember[];
}

export interface NetworkJoinPlan {
  project: string;
  projectDir: string;
  service: string;
  /** The service's networks, in order of priority. */
  networks: JoinedNetwork[];
  links: Link[];
}

/** The names `service` answers to on the network of `attachment`. */
export function memberNames(project: Project, service: Service, attachment: NetworkAttachment): string[] {
  const names = [service.name, ...(service.containerName !== undefined ? [service.containerName] : []), `${project.name}-${service.name}-1`, ...attachment.aliases];
  return [...new Set(names)];
}

/** The plan of `serviceName`, or undefined when it joins no network (network_mode none, host or service:). */
export function networkJoinPlan(project: Project, serviceName: string): NetworkJoinPlan | undefined {
  const service = project.services[serviceName];
  if (service === undefined || service.networkMode.mode !== 'bridge') return undefined;
  const networks = service.networkMode.networks.map((attachment): JoinedNetwork => {
    const def = project.networks[attachment.network];
    const members: NetworkMember[] = [];
    for (const other of Object.values(project.services)) {
      if (other.networkMode.mode !== 'bridge') continue;
      const a = other.networkMode.networks.find((n) => n.network === attachment.network);
      if (a === undefined) continue;
      members.push({ service: other.name, names: memberNames(project, other, a), ...(a.ipv4Address !== undefined ? { ipv4Address: a.ipv4Address } : {}) });
    }
    return {
      key: attachment.network,
      name: def?.name ?? `${project.name}_${attachment.network}`,
      internal: def?.internal ?? false,
      external: def?.external ?? false,
      ...(def?.subnet !== undefined ? { subnet: def.subnet } : {}),
      members,
    };
  });
  return { project: project.name, projectDir: project.workingDir, service: serviceName, networks, links: service.links };
}
