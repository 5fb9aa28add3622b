/**
 * Start order from depends_on (pure). Dependencies come before dependants;
 * among services free to go, file order is kept so plans are stable.
 */
import { InternalError } from '../errors/index.js';

/** Names in an order where each comes after everything it depends on. Throws on a cycle (config rejects those). */
export function dependencyOrder(deps: ReadonlyMap<string, readonly string[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]): void => {
    const s = state.get(name);
    if (s === 'done') return;
    if (s === 'visiting') throw new InternalError(`depends_on cycle: ${[...path, name].join(' → ')}`);
    state.set(name, 'visiting');
    for (const d of deps.get(name) ?? []) if (deps.has(d)) visit(d, [...path, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of deps.keys()) visit(name, []);
  return order;
}

/** `names` and everything they depend on, transitively. */
export function withDependencies(deps: ReadonlyMap<string, readonly string[]>, names: readonly string[]): Set<string> {
  const out = new Set<string>();
  const add = (n: string): void => {
    if (out.has(n)) return;
    out.add(n);
    for (const d of deps.get(n) ?? []) add(d);
  };
  names.forEach(add);
  return out;
}
