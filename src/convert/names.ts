/** Names and labels on the cluster: which dabba names a cluster accepts as they are, and the labels that select a service's pods. */

const DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** A Service name (RFC 1035 label): the only names other pods resolve, so a service name must already be one. */
export function isServiceName(name: string): boolean {
  return DNS_LABEL.test(name);
}

/** A pod's hostname (RFC 1123 label). */
export function isHostname(name: string): boolean {
  return /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name);
}

/**
 * A volume, secret or config key as an object name (RFC 1123 subdomain):
 * lowercase, other characters as `-`. Nothing resolves these, so a changed
 * spelling keeps the meaning.
 */
export function objectName(key: string): string {
  const s = key.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return s === '' ? 'x' : s.slice(0, 253);
}

/** A key inside a Secret or ConfigMap ([-._a-zA-Z0-9]+). */
export function dataKey(key: string): string {
  return key.replace(/[^-._a-zA-Z0-9]/g, '-');
}

export const SERVICE_LABEL = 'app.kubernetes.io/name';
export const PROJECT_LABEL = 'app.kubernetes.io/part-of';
const MANAGED_BY = 'app.kubernetes.io/managed-by';

/** The label a pod carries per network it joins, which NetworkPolicies select. */
export function networkLabel(network: string): string {
  return `dabba.network/${dataKey(network).slice(0, 63)}`;
}

/** The labels every object of the project carries. */
export function projectLabels(project: string): Record<string, string> {
  return { [PROJECT_LABEL]: project, [MANAGED_BY]: 'dabba' };
}

/** The labels that select one service's pods. */
export function selectorOf(project: string, service: string): Record<string, string> {
  return { [PROJECT_LABEL]: project, [SERVICE_LABEL]: service };
}
