import type { Project, Service } from './model.js';

/**
 * Each dependency cycle once, as a list of names from its first service (in
 * file order) back to it; the edges are depends_on unless `edges` says otherwise.
 */
export function findCycles(project: Project, edges: (svc: Service) => string[] = (svc) => Object.keys(svc.dependsOn)): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string) => {
    state.set(name, 'visiting');
    stack.push(name);
    const svc = project.services[name];
    for (const dep of svc === undefined ? [] : edges(svc)) {
      if (dep === name || project.services[dep] === undefined) continue;
      const s = state.get(dep);
      if (s === 'visiting') cycles.push([...stack.slice(stack.indexOf(dep)), dep]);
      else if (s === undefined) visit(dep);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of Object.keys(project.services)) if (!state.has(name)) visit(name);
  return cycles;
}
