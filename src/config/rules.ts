import type { Origins, Reporter } from './canonical.js';
import { findCycles } from './cycles.js';
import type { PortMapping, Project, Service } from './model.js';
import type { KeyPath } from './source.js';
import { checkNetworkRules } from './network-rules.js';
import { serviceNameProblem } from './service-name.js';
import { VOLUME_NAME } from './volumes.js';

const UNSPECIFIED = new Set(['0.0.0.0', '::']);

/** Whether two forwards would claim the same host socket: same port (not one picked at start) and protocol, and the same or an all-addresses IP. */
function portsClash(a: PortMapping, b: PortMapping): boolean {
  return a.published !== 0 && a.published === b.published && a.protocol === b.protocol && (a.hostIp === b.hostIp || UNSPECIFIED.has(a.hostIp) || UNSPECIFIED.has(b.hostIp));
}

/**
 * Whether two services run together unless named on the command line: one of
 * them has no profiles, or they share one. Services of different profiles are
 * alternatives (a debug variant of a service on the same port).
 */
function activeTogether(a: Service, b: Service): boolean {
  return a.profiles.length === 0 || b.profiles.length === 0 || a.profiles.some((p) => b.profiles.includes(p));
}

/**
 * The cross-field checks the schema cannot express, each reported at the key
 * path it concerns: service and volume names usable as folders; a host port claimed
 * twice in the project; named volumes used but not declared; two mounts at one
 * target (volumes, tmpfs, secrets, configs); depends_on naming an unknown
 * service, forming a cycle, or waiting for the health of a service without a
 * healthcheck; sysctls without a network namespace of the service's own; and
 * the network rules (network-rules.ts). Ports clash only between services
 * that are active together. Pure.
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
    if (svc.networkMode.mode !== 'bridge' && Object.keys(svc.sysctls).length > 0) {
      report.at(svcPath(name, 'sysctls'), `net.* sysctls are written in the container's own network namespace, which network_mode: ${svc.networkMode.mode} (or net: false) does not give it`);
    }
    for (const port of svc.ports) {
      const other = claimed.find((c) => portsClash(c.port, port) && (c.service === name || activeTogether(project.services[c.service]!, svc)));
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
    // A secret or config is a file bound over its target: one target, one of them, and not a mount point.
    const files = new Map<string, string>();
    for (const kind of ['secrets', 'configs'] as const) {
      svc[kind].forEach((f, i) => {
        const where = svcPath(name, kind, i);
        const other = files.get(f.target) ?? (targets.has(f.target) ? `volumes[${targets.get(f.target)}]` : svc.tmpfs.includes(f.target) ? 'tmpfs' : undefined);
        if (other !== undefined) report.at(where, `${f.target} is already used by ${other}`);
        else files.set(f.target, `${kind}[${i}]`);
      });
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
