import type { Origins, Reporter } from './canonical.js';
import { findCycles } from './cycles.js';
import type { PortMapping, Project } from './model.js';
import type { KeyPath } from './source.js';
import { checkNetworkRules } from './network-rules.js';
import { serviceNameProblem } from './service-name.js';
import { VOLUME_NAME } from './volumes.js';

const UNSPECIFIED = new Set(['0.0.0.0', '::']);

/** Whether two forwards would claim the same host socket: same port and protocol, and the same or an all-addresses IP. */
function portsClash(a: PortMapping, b: PortMapping): boolean {
  return a.published === b.published && a.protocol === b.protocol && (a.hostIp === b.hostIp || UNSPECIFIED.has(a.hostIp) || UNSPECIFIED.has(b.hostIp));
}

/**
 * The cross-field checks the schema cannot express, each reported at the key
 * path it concerns: service and volume names usable as folders; a host port claimed
 * twice in the project; named volumes used but not declared; two mounts at one
 * target; depends_on naming an unknown service, forming a cycle, or waiting for
 * the health of a service without a healthcheck; and the network rules
 * (network-rules.ts). Pure.
 */
export function checkRules(project: Project, origins: Origins, report: Reporter): void {
  const svcPath = (name: string, ...rest: (string | number)[]): KeyPath => ['services', name, ...rest];
  for (const key of Object.keys(project.volumes)) {
    if (!VOLUME_NAME.test(key)) {
      report.at(['volumes', key], `"${key}" is not a valid volume name: it names the folder .dabba/volumes/${key}/ (expected letters, digits, _, . and -, starting with a letter or digit)`, true);
    }
  }
  const claimed: { port: PortMapping; service: string }[] = [];
  for (const [name, svc] of Object.entries(project.services)) {
    const nameProblem = serviceNameProblem(name);
    if (nameProblem !== undefined) report.at(svcPath(name), nameProblem, true);
    for (const port of svc.ports) {
      const other = claimed.find((c) => portsClash(c.port, port));
      if (other) {
        const where = other.service === name ? 'earlier in this service' : `by service "${other.service}"`;
        report.at(origins.get(port) ?? svcPath(name, 'ports'), `host port ${port.hostIp}:${port.published}/${port.protocol} is already published ${where}`);
      } else {
        claimed.push({ port, service: name });
      }
    }
    const targets = new Map<string, number>();
    svc.volumes.forEach((mount, i) => {
      const where = origins.get(mount) ?? svcPath(name, 'volumes', i);
      if (mount.type === 'volume' && mount.source !== undefined && !Object.hasOwn(project.volumes, mount.source)) {
        report.at(where, `named volume "${mount.source}" is not declared: add it under the top-level volumes: key (or write ./${mount.source} for a folder)`);
      }
      const seen = targets.get(mount.target);
      if (seen !== undefined) report.at(where, `${mount.target} is already mounted by volumes[${seen}]`);
      else targets.set(mount.target, i);
    });
    for (const target of svc.tmpfs) {
      if (targets.has(target)) report.at(svcPath(name, 'tmpfs'), `${target} is also a volume target`);
    }
    for (const [dep, d] of Object.entries(svc.dependsOn)) {
      const where = origins.get(d) ?? svcPath(name, 'depends_on');
      // In the mapping form the service is named by the key.
      const atKey = typeof where.at(-1) === 'string';
      const target = project.services[dep];
      if (target === undefined) report.at(where, `unknown service "${dep}"`, atKey);
      else if (dep === name) report.at(where, 'a service cannot depend on itself', atKey);
      else if (d.condition === 'service_healthy' && target.healthcheck === undefined) {
        report.at(where, `service "${dep}" has no healthcheck to wait for: add one to it, or use condition: service_started`, atKey);
      }
    }
  }
  checkNetworkRules(project, origins, report);
  for (const cycle of findCycles(project)) {
    const first = cycle[0]!;
    const dep = project.services[first]!.dependsOn[cycle[1]!]!;
    report.at(origins.get(dep) ?? svcPath(first, 'depends_on'), `dependency cycle: ${cycle.join(' → ')}`);
  }
}
