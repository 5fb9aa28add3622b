// `extends:` as compose-go's loader/extends.go applies it: a service is the
// service it extends (in the same file, or `file:` + `service:`) with its own
// keys merged over it by the rules of several files (merge.ts). A service
// from another file has its relative paths resolved against that file's
// folder. Pure: other files come through `load`.
import { dirname, resolve } from 'node:path';
import { extendService, type Located, type MergeProblem } from './merge.js';
import type { Locator } from './locator.js';
import { withAbsolutePaths } from './relative-paths.js';
import type { KeyPath } from './source.js';
import { isMapping } from './tree.js';

export interface ReferenceContext {
  /**
   * Another file's document (parsed and interpolated, its own `extends` not
   * yet applied; the same object on every call), or undefined when it is not
   * read yet, missing or broken (then reported by `load`, at `from`).
   */
  load(path: string, from: { locator: Locator; path: KeyPath }): Located | undefined;
  report(locator: Locator, path: KeyPath, message: string): void;
  onProblem(p: MergeProblem): void;
}

/** Applies every service's `extends` in `doc` (the file at `file`; references relative to `baseDir`), in place. */
export function applyExtends(doc: Located, file: string, baseDir: string, ctx: ReferenceContext): void {
  const services = doc.value.services;
  if (!isMapping(services)) return;
  for (const name of Object.keys(services)) extendOne(doc, file, baseDir, name, ctx, []);
}

function extendOne(doc: Located, file: string, baseDir: string, name: string, ctx: ReferenceContext, chain: readonly string[]): void {
  const services = doc.value.services as Record<string, unknown>;
  const service = services[name];
  if (!isMapping(service) || service.extends === undefined) return;
  const at: KeyPath = ['services', name, 'extends'];
  const { extends: ref, ...own } = service;
  const link = `${file}\u0000${name}`;
  if (chain.includes(link)) {
    // The first service of the cycle drops its extends when this returns.
    ctx.report(doc.locator, at, `extends: service "${name}" extends itself (${[...chain.slice(chain.indexOf(link)), link].map((c) => c.split('\u0000')[1]).join(' → ')})`);
    return;
  }
  // Where it cannot be resolved, the service is left without extends (and the problem reported).
  services[name] = own;
  const target = isMapping(ref) ? ref : { service: ref };
  if (typeof target.service !== 'string' || (target.file !== undefined && typeof target.file !== 'string')) {
    ctx.report(doc.locator, at, 'extends takes a service name, or a mapping with service: and optionally file:');
    return;
  }
  let base: Located | undefined;
  if (target.file === undefined) {
    if (!isMapping(services[target.service])) {
      ctx.report(doc.locator, at, `extends: there is no service "${target.service}" in this file`);
      return;
    }
    services[name] = service;
    extendOne(doc, file, baseDir, target.service, ctx, [...chain, link]);
    services[name] = own;
    base = { value: copyOf(services[target.service]), locator: doc.locator.detach(['services', target.service]) };
  } else {
    const path = resolve(baseDir, target.file);
    const other = ctx.load(path, { locator: doc.locator, path: [...at, ...(isMapping(ref) ? ['file'] : [])] });
    if (other === undefined) return;
    const otherServices = other.value.services;
    if (!isMapping(otherServices) || !isMapping(otherServices[target.service])) {
      ctx.report(doc.locator, at, `extends: there is no service "${target.service}" in ${target.file}`);
      return;
    }
    services[name] = service;
    extendOne(other, path, dirname(path), target.service, ctx, [...chain, link]);
    services[name] = own;
    const value = withAbsolutePaths(copyOf(otherServices[target.service]), dirname(path));
    base = { value, locator: other.locator.detach(['services', target.service]) };
  }
  services[name] = extendService(doc, ['services', name], base, { value: own, locator: doc.locator.detach(['services', name]) }, (p) => ctx.onProblem(p));
}

/** A copy of a service to extend; its own `extends` is resolved already, or left over from a cycle (reported). */
function copyOf(service: unknown): Record<string, unknown> {
  const copy = structuredClone(service) as Record<string, unknown>;
  delete copy.extends;
  return copy;
}
