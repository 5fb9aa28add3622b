/**
 * Which `develop.watch` rules a changed path triggers (pure), and where a
 * `sync` rule puts the file inside the container.
 */
import { relative, sep, posix } from 'node:path';
import type { Service, WatchRule } from '../config/model.js';

export interface RuleHit {
  service: string;
  rule: WatchRule;
  /** For sync rules: the container path the changed file maps to. */
  containerPath?: string;
}

function isUnder(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/** Simple glob for ignore entries: `*` within a segment, `**` across, else a prefix path. */
function ignored(rel: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    const re = new RegExp(`^${p.split('**').map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')).join('.*')}(/.*)?$`);
    return re.test(rel);
  });
}

/** The rules of `services` that `changed` (an absolute host path) triggers. */
export function matchWatchRules(services: readonly Service[], changed: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const s of services) {
    for (const rule of s.watch) {
      if (!isUnder(changed, rule.path)) continue;
      const rel = relative(rule.path, changed).split(sep).join('/');
      if (ignored(rel, rule.ignore)) continue;
      const containerPath = rule.target === undefined ? undefined : rel === '' ? rule.target : posix.join(rule.target, rel);
      hits.push({ service: s.name, rule, ...(containerPath === undefined ? {} : { containerPath }) });
    }
  }
  return hits;
}
