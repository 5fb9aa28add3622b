// compose's rules for a file given after another (`-f a.yaml -f b.yaml`, an
// override file), as compose-go's `override` package applies them (merge.go,
// uncity.go): mappings merge key by key, a scalar replaces; `command`,
// `entrypoint` and `healthcheck.test` replace; `environment`, `labels`,
// `env_file`, `tmpfs` and `dns*` become lists and merge by key; `depends_on`
// and a service's `networks` merge as mappings; other lists are appended, then
// `ports` (by host address, port and protocol), `volumes` (by target),
// `profiles`, `links`, `expose`, `extra_hosts` and the lists above keep one
// entry per key, the later in the earlier's place. `!reset` and `!override`
// (parse.ts) drop the earlier value first. Pure; every value keeps its origin
// in the Locator.
import { isMapping } from './tree.js';
import type { Locator, Origin } from './locator.js';
import { parsePortSpec } from './ports.js';
import type { KeyPath } from './source.js';
import { parseVolumeSpec } from './volumes.js';

type Entry = { value: unknown; origin: Origin };
type Rule = 'replace' | 'list' | 'depends_on' | 'networks';

const RULES: [pattern: string[], rule: Rule][] = [
  [['services', '*', 'command'], 'replace'],
  [['services', '*', 'entrypoint'], 'replace'],
  [['services', '*', 'healthcheck', 'test'], 'replace'],
  [['services', '*', 'environment'], 'list'],
  [['services', '*', 'labels'], 'list'],
  [['services', '*', 'env_file'], 'list'],
  [['services', '*', 'tmpfs'], 'list'],
  [['volumes', '*', 'labels'], 'list'],
  [['services', '*', 'dns'], 'list'],
  [['services', '*', 'dns_opt'], 'list'],
  [['services', '*', 'dns_search'], 'list'],
  [['services', '*', 'depends_on'], 'depends_on'],
  [['services', '*', 'networks'], 'networks'],
];

const beforeEquals = (v: unknown) => String(v).split('=')[0]!;
const UNIQUE: [pattern: string[], key: (v: unknown) => string][] = [
  [['services', '*', 'environment'], beforeEquals],
  [['services', '*', 'labels'], beforeEquals],
  [['volumes', '*', 'labels'], beforeEquals],
  [['services', '*', 'env_file'], (v) => (isMapping(v) ? String(v.path) : String(v))],
  [['services', '*', 'tmpfs'], String],
  [['services', '*', 'profiles'], String],
  [['services', '*', 'dns'], String],
  [['services', '*', 'dns_opt'], String],
  [['services', '*', 'dns_search'], String],
  [['services', '*', 'links'], String],
  [['services', '*', 'expose'], String],
  [['services', '*', 'extra_hosts'], String],
  [['services', '*', 'ports'], portKey],
  [['services', '*', 'volumes'], (v) => (isMapping(v) ? String(v.target) : volumeTarget(String(v)))],
];

function matches(pattern: readonly string[], path: KeyPath): boolean {
  return pattern.length === path.length && pattern.every((k, i) => k === '*' || k === path[i]);
}

function portKey(v: unknown): string {
  if (isMapping(v)) return `${String(v.host_ip ?? '0.0.0.0')}:${String(v.published === undefined || v.published === '' ? 0 : v.published)}:${String(v.target)}/${String(v.protocol ?? 'tcp')}`;
  try {
    const mappings = parsePortSpec(String(v));
    if (mappings.length === 1) return portKey({ host_ip: mappings[0]!.hostIp, published: mappings[0]!.published, target: mappings[0]!.target, protocol: mappings[0]!.protocol });
  } catch {
    // Reported by validation; as written it is its own key.
  }
  return String(v);
}

function volumeTarget(spec: string): string {
  try {
    return parseVolumeSpec(spec, '/').target;
  } catch {
    return spec;
  }
}

/** A problem merging, at a path of the file merged over the others. */
export interface MergeProblem {
  origin: Origin;
  message: string;
}

/** A document, or a part of one, with the origins of its values. */
export interface Located {
  value: Record<string, unknown>;
  locator: Locator;
}

/**
 * Merges `over` (one file's document) into `base` (the documents before it),
 * in place; `replaced` are the paths `over` tagged `!reset` or `!override`.
 */
export function mergeDocument(base: Located, over: Located, replaced: readonly KeyPath[], onProblem: (p: MergeProblem) => void): void {
  for (const path of replaced) drop(base.value, path);
  new Merger(base.locator, over.locator, onProblem).mapping(base.value, over.value, [], []);
}

/**
 * `extends:`: the service at `path` of `target` becomes `base` (a copy of the
 * service it extends, with its origins) with `own` (the service as written,
 * without `extends`) merged over it by the same rules as files.
 */
export function extendService(target: Located, path: KeyPath, base: Located, own: Located, onProblem: (p: MergeProblem) => void): Record<string, unknown> {
  target.locator.graft(path, base.locator);
  return new Merger(target.locator, own.locator, onProblem).mapping(base.value, own.value, path, []);
}

/** Removes the value at `path`, if there is one (a `!reset` or `!override` in a later file). */
function drop(tree: Record<string, unknown>, path: KeyPath): void {
  let node: unknown = tree;
  for (const key of path.slice(0, -1)) node = isMapping(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined;
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (isMapping(node)) delete node[String(last)];
}

/** Merges values of `over` (paths in `over`'s own locator) into the tree whose origins `locator` holds. */
class Merger {
  constructor(
    private readonly locator: Locator,
    private readonly over: Locator,
    private readonly onProblem: (p: MergeProblem) => void,
  ) {}

  private from(srcPath: KeyPath): Origin {
    return this.over.resolve(srcPath);
  }

  mapping(base: Record<string, unknown>, over: Record<string, unknown>, path: KeyPath, srcPath: KeyPath): Record<string, unknown> {
    for (const [key, value] of Object.entries(over)) {
      if (!Object.hasOwn(base, key)) {
        base[key] = value;
        this.take([...path, key], [...srcPath, key]);
      } else {
        base[key] = this.value(base[key], value, [...path, key], [...srcPath, key]);
      }
    }
    return base;
  }

  private value(base: unknown, over: unknown, path: KeyPath, srcPath: KeyPath): unknown {
    const rule = RULES.find(([p]) => matches(p, path))?.[1];
    if (rule === 'replace' || (base === null && over !== null)) {
      this.take(path, srcPath);
      return over;
    }
    if (over === null || over === undefined) return base;
    if (rule === 'list') return this.list([...this.entries(base, path, this.locator), ...this.entries(over, srcPath, this.over)], path, srcPath);
    if (rule === 'depends_on' || rule === 'networks') {
      const entry = rule === 'depends_on' ? { condition: 'service_started', required: true } : null;
      return this.mapping(this.byName(base, path, true, entry), this.byName(over, srcPath, false, entry), path, srcPath);
    }
    if (isMapping(base) || Array.isArray(base)) {
      const same = isMapping(base) ? isMapping(over) : Array.isArray(over);
      if (!same) {
        this.onProblem({ origin: this.from(srcPath), message: `cannot merge ${describe(over)} over ${describe(base)} of an earlier file: write the same kind, or tag it !override` });
        return base;
      }
      if (isMapping(base)) return this.mapping(base, over as Record<string, unknown>, path, srcPath);
      return this.list([...this.entries(base, path, this.locator), ...this.entries(over, srcPath, this.over)], path, srcPath);
    }
    this.take(path, srcPath);
    return over;
  }

  /** The value at `path` is now `over`'s at `srcPath`, with the origins of everything in it (an included or extended part keeps its own file's). */
  private take(path: KeyPath, srcPath: KeyPath): void {
    this.locator.graft(path, this.over.detach(srcPath));
  }

  /** A mapping or list value as list entries with their origins (compose-go's convertIntoSequence). */
  private entries(value: unknown, path: KeyPath, locator: Locator): Entry[] {
    const at = (p: KeyPath): Origin => locator.resolve(p);
    if (Array.isArray(value)) return value.map((v, i) => ({ value: v, origin: at([...path, i]) }));
    if (isMapping(value)) {
      const out: Entry[] = [];
      for (const [k, v] of Object.entries(value)) {
        const origin = at([...path, k]);
        for (const one of Array.isArray(v) ? v : [v]) out.push({ value: one === null ? k : `${k}=${String(one)}`, origin });
      }
      return out.sort((a, b) => (String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0));
    }
    return [{ value, origin: at(path) }];
  }

  /** The merged list at `path`: one entry per key where compose keeps one, the later in the earlier's place. */
  private list(entries: Entry[], path: KeyPath, srcPath: KeyPath): unknown[] {
    const keyOf = UNIQUE.find(([p]) => matches(p, path))?.[1];
    let kept = entries;
    if (keyOf !== undefined) {
      kept = [];
      const seen = new Map<string, number>();
      for (const entry of entries) {
        const key = keyOf(entry.value);
        const at = seen.get(key);
        if (at === undefined) seen.set(key, kept.push(entry) - 1);
        else kept[at] = entry;
      }
    }
    this.locator.record(path, this.from(srcPath));
    kept.forEach((e, i) => this.locator.record([...path, i], e.origin));
    return kept.map((e) => e.value);
  }

  /** `depends_on` or a service's `networks` as a mapping, a list's names taking `entry` (compose's defaults). */
  private byName(value: unknown, path: KeyPath, inBase: boolean, entry: Record<string, unknown> | null): Record<string, unknown> {
    if (isMapping(value)) return value;
    const out: Record<string, unknown> = {};
    (Array.isArray(value) ? value : []).forEach((name, i) => {
      out[String(name)] = entry === null ? null : { ...entry };
      if (inBase) this.locator.record([...path, String(name)], this.locator.resolve([...path, i]));
    });
    return out;
  }
}

function describe(v: unknown): string {
  return Array.isArray(v) ? 'a list' : isMapping(v) ? 'a mapping' : `the ${typeof v} ${JSON.stringify(v)}`;
}
