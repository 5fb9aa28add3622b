import type { Project, Service } from '../config/model.js';
import { API, type NetworkPolicy, type NetworkPolicyPeer, type Protocol } from './k8s-types.js';
import { networkLabel } from './names.js';

/** The networks a service joins (bridge mode only). */
export function networksOf(svc: Service): string[] {
  return svc.networkMode.mode === 'bridge' ? svc.networkMode.networks.map((n) => n.network) : [];
}

/** Whether dabba isolates anything in this project: more than one network, or an internal one. */
export function isolated(project: Project): boolean {
  const used = new Set(Object.values(project.services).flatMap(networksOf));
  return used.size > 1 || [...used].some((n) => project.networks[n]?.internal === true);
}

function peers(networks: readonly string[]): NetworkPolicyPeer[] {
  return networks.map((n) => ({ podSelector: { matchLabels: { [networkLabel(n)]: 'true' } } }));
}

/**
 * What dabba allows a service's pod, as a NetworkPolicy: in, from pods that
 * share a network with it, and from anywhere on its published ports; out,
 * anywhere, unless every network it is on is internal (then to those pods and
 * the cluster DNS only).
 */
export function policyOf(project: Project, svc: Service, meta: { namespace?: string; labels: Record<string, string> }, selector: Record<string, string>, publishedPorts: readonly { port: number; protocol: Protocol }[]): NetworkPolicy {
  const networks = networksOf(svc);
  const ingress: NetworkPolicy['spec']['ingress'] = [{ from: peers(networks) }];
  if (publishedPorts.length > 0) ingress.push({ ports: [...publishedPorts] });
  const internalOnly = networks.length > 0 && networks.every((n) => project.networks[n]?.internal === true);
  const policy: NetworkPolicy = {
    apiVersion: API.networking,
    kind: 'NetworkPolicy',
    metadata: { name: svc.name, ...meta },
    spec: { podSelector: { matchLabels: selector }, policyTypes: internalOnly ? ['Ingress', 'Egress'] : ['Ingress'], ingress },
  };
  if (internalOnly) policy.spec.egress = [{ to: peers(networks) }, { ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }];
  return policy;
}
