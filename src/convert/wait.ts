import type { Project, Service } from '../config/model.js';
import type { Container } from './k8s-types.js';
import { networkPorts } from './services.js';

/** The image of the init containers that wait for a dependency: its `nc` and `sh`. */
export const WAIT_IMAGE = 'busybox:1.36';

/**
 * `depends_on` with `service_healthy`: an init container that waits until the
 * dependency's Service takes a TCP connection. A Service routes only to ready
 * pods, and the dependency's healthcheck is its readiness probe, so this is
 * "healthy" as dabba waits for it. Other conditions, and dependencies without
 * a TCP port, are reported (config has checked that the dependency has a healthcheck).
 */
export function waitContainersOf(project: Project, svc: Service, lose: (key: string, reason: string) => void): Container[] {
  const out: Container[] = [];
  for (const [name, dep] of Object.entries(svc.dependsOn)) {
    const target = project.services[name];
    const port = target && networkPorts(target).find((p) => p.protocol === 'TCP');
    if (target === undefined) {
      lose(`depends_on.${name}`, `${name} is not converted (not among the services named)`);
    } else if (dep.condition !== 'service_healthy') {
      lose(`depends_on.${name}`, `${dep.condition}: pods start together and in any order: the service must retry until ${name} answers`);
    } else if (port === undefined) {
      lose(`depends_on.${name}`, `service_healthy: ${name} has no TCP port (ports or expose) to wait on; pods start in any order`);
    } else {
      out.push({ name: `wait-for-${name}`, image: WAIT_IMAGE, imagePullPolicy: 'IfNotPresent', command: ['sh', '-c', `until nc -z -w 2 ${name} ${port.port}; do sleep 1; done`] });
    }
  }
  return out;
}
