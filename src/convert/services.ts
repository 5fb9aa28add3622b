import type { Service } from '../config/model.js';
import type { Protocol, Service as K8sService, ServicePort } from './k8s-types.js';
import { API } from './k8s-types.js';

export type Expose = 'nodeport' | 'loadbalancer' | 'none';

const EXPOSE_SPEC = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp))?$/;
const LOOPBACK = /^(?:127\.|::1$|localhost$)/;
const NODE_PORTS = { min: 30000, max: 32767 };

function port(target: number, protocol: Protocol, published = target): ServicePort {
  return { name: `${protocol.toLowerCase()}-${published}`, port: published, targetPort: target, protocol };
}

/** The ports other pods reach a service on: its container ports and `expose`, once each. */
export function networkPorts(svc: Service): ServicePort[] {
  const out = new Map<string, ServicePort>();
  for (const p of svc.ports) {
    const protocol: Protocol = p.protocol === 'udp' ? 'UDP' : 'TCP';
    out.set(`${p.target}/${protocol}`, port(p.target, protocol));
  }
  for (const spec of svc.expose) {
    const m = EXPOSE_SPEC.exec(spec);
    if (!m) continue;
    const protocol: Protocol = m[3] === 'udp' ? 'UDP' : 'TCP';
    const first = Number(m[1]);
    for (let p = first; p <= Number(m[2] ?? first); p++) out.set(`${p}/${protocol}`, port(p, protocol));
  }
  return [...out.values()];
}

function service(name: string, meta: { namespace?: string; labels: Record<string, string> }, selector: Record<string, string>, type: K8sService['spec']['type'], ports: ServicePort[]): K8sService {
  return { apiVersion: API.core, kind: 'Service', metadata: { name, ...meta }, spec: { type, selector, ports } };
}

export interface ServiceSet {
  /** The Services named after the service and its aliases (ClusterIP). */
  internal: K8sService[];
  /** The Service of its published ports, if any are exposed. */
  published?: K8sService;
}

/**
 * A service's Services: one per name it resolves by on its networks (its own,
 * then the aliases), with its network ports; and the published ports, on a
 * NodePort or LoadBalancer Service of their own.
 */
export function servicesOf(
  svc: Service,
  aliases: readonly string[],
  meta: { namespace?: string; labels: Record<string, string> },
  selector: Record<string, string>,
  expose: Expose,
  lose: (key: string, reason: string) => void,
  note: (comment: string) => void,
): ServiceSet {
  const ports = networkPorts(svc);
  const internal = ports.length === 0 ? [] : [svc.name, ...aliases].map((n) => service(n, meta, selector, 'ClusterIP', ports));
  if (ports.length === 0 && svc.networkMode.mode === 'bridge') {
    note('no ports or expose: no Service is made, so other pods cannot reach this one by name (in dabba they could, on any port); add expose:');
  }
  const publish = svc.ports.filter((p) => !LOOPBACK.test(p.hostIp));
  if (publish.length < svc.ports.length) lose('ports', 'a port published on a loopback address is reachable from its own machine only: it is not exposed on the cluster (use kubectl port-forward)');
  if (publish.length === 0) return { internal };
  if (expose === 'none') {
    lose('ports', 'published ports are not exposed (--expose=none); use kubectl port-forward');
    return { internal };
  }
  if (publish.some((p) => p.hostIp !== '0.0.0.0' && p.hostIp !== '::')) lose('ports', 'host_ip: a Service listens on every node address');
  // The same port published on several host addresses is one Service port; one picked at start is the target port (and any node port).
  const published = [...new Map(publish.map((p) => [`${p.published || p.target}/${p.protocol}`, port(p.target, p.protocol === 'udp' ? 'UDP' : 'TCP', p.published || p.target)])).values()];
  const picked = new Set(publish.filter((p) => p.published === 0).map((p) => `${p.target}/${p.protocol === 'udp' ? 'UDP' : 'TCP'}`));
  if (expose === 'nodeport') {
    const outside = published.filter((p) => p.port < NODE_PORTS.min || p.port > NODE_PORTS.max);
    for (const p of published) if (!outside.includes(p) && !picked.has(`${p.port}/${p.protocol}`)) p.nodePort = p.port;
    if (outside.length > 0) note(`NodePort: ports ${outside.map((p) => p.port).join(', ')} are outside the node port range ${NODE_PORTS.min}-${NODE_PORTS.max}: the cluster picks the node port (kubectl get service ${svc.name}-published)`);
  }
  return { internal, published: service(`${svc.name}-published`, meta, selector, expose === 'nodeport' ? 'NodePort' : 'LoadBalancer', published) };
}
