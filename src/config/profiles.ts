import type { Project, Service } from './model.js';
import { networkDependencies } from './networks.js';

/**
 * The project as a command sees it, as compose selects services: a service
 * without `profiles:` is active; one with profiles is active when one of them
 * is enabled (`*` enables all) or it is named on the command line (`named`);
 * the services an active one depends on are active too, so that it can start
 * (its depends_on, the service whose network it shares and those it links to;
 * an optional dependency, `required: false`, that is not active otherwise is
 * dropped from its depends_on). Services keep their file order. Pure.
 */
export function activeProject(project: Project, named: readonly string[]): Project {
  const enabled = new Set(project.profiles);
  const active = new Set<string>();
  const visit = (name: string) => {
    const service = project.services[name];
    if (service === undefined || active.has(name)) return;
    active.add(name);
    for (const [dep, d] of Object.entries(service.dependsOn)) if (d.required) visit(dep);
    for (const dep of networkDependencies(service)) visit(dep);
  };
  for (const service of Object.values(project.services)) {
    if (service.profiles.length === 0 || enabled.has('*') || service.profiles.some((p) => enabled.has(p))) visit(service.name);
  }
  for (const name of named) visit(name);
  if (active.size === Object.keys(project.services).length) return project;
  const services: Record<string, Service> = {};
  for (const [name, service] of Object.entries(project.services)) {
    if (!active.has(name)) continue;
    const dependsOn = Object.fromEntries(Object.entries(service.dependsOn).filter(([dep]) => active.has(dep)));
    services[name] = { ...service, dependsOn };
  }
  return { ...project, services };
}
