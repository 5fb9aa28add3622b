/**
 * Compose `build:` → the model's BuildSpec (pure): short syntax (a context
 * folder) to long, paths absolute, args and labels as records. Builds that
 * buildah cannot do here are refused with the reason at their key.
 */
import { resolve } from 'node:path';
import { InvalidSpecError } from './errors.js';
import type { Lookup } from './interpolate.js';
import { keyValues, type MapOrList } from './key-values.js';
import type { BuildSpec } from './model.js';
import type { KeyPath } from './source.js';
import { resolveHostPath } from './volumes.js';

export interface RawBuild {
  context?: string;
  dockerfile?: string;
  dockerfile_inline?: string;
  args?: MapOrList;
  target?: string;
  labels?: MapOrList;
  network?: 'default' | 'none' | 'host';
  extra_hosts?: string[] | Record<string, string>;
  cache_from?: string[];
  platforms?: string[];
  pull?: boolean;
  no_cache?: boolean;
  tags?: string[];
}

export interface BuildContext {
  projectDir: string;
  home: string | undefined;
  /** Values of bare `KEY` args. */
  lookup: Lookup;
}

interface Report {
  at(path: KeyPath, message: string, atKey?: boolean): void;
}

/** What compose would fetch from elsewhere: a URL (git or http) or a git remote. */
const REMOTE_CONTEXT = /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;

export function canonicalBuild(raw: string | RawBuild, ctx: BuildContext, report: Report, at: (...rest: (string | number)[]) => KeyPath): BuildSpec {
  const long: RawBuild = typeof raw === 'string' ? { context: raw } : raw;
  const contextAt = typeof raw === 'string' ? at() : at('context');
  const contextText = long.context ?? '.';
  let context = ctx.projectDir;
  if (contextText === '-') report.at(contextAt, 'a build context read from standard input (-) is not supported: give a folder');
  else if (REMOTE_CONTEXT.test(contextText)) report.at(contextAt, `${JSON.stringify(contextText)} is a remote context: dabba builds only from a local folder (clone it and give its path)`);
  else context = hostPath(contextText, ctx, report, contextAt);
  const spec: BuildSpec = {
    context,
    args: keyValues(long.args, ctx.lookup),
    labels: keyValues(long.labels, () => ''),
    extraHosts: extraHosts(long.extra_hosts),
    platforms: [...(long.platforms ?? [])],
    pull: long.pull ?? false,
    noCache: long.no_cache ?? false,
    tags: [...(long.tags ?? [])],
  };
  if (long.network === 'none') report.at(at('network'), 'network: none cannot be built here: buildah\'s chroot isolation, which dabba builds with (it works unprivileged and on any cgroup setup), runs every RUN step in the host\'s network');
  if (long.dockerfile !== undefined && long.dockerfile_inline !== undefined) report.at(at('dockerfile_inline'), 'dockerfile and dockerfile_inline cannot both be set', true);
  if (long.dockerfile !== undefined) spec.dockerfile = hostPath(long.dockerfile, { ...ctx, projectDir: context }, report, at('dockerfile'));
  if (long.dockerfile_inline !== undefined) spec.dockerfileInline = long.dockerfile_inline;
  if (long.target !== undefined) spec.target = long.target;
  (long.cache_from ?? []).forEach((c, i) => {
    if (/(^|,)type=/.test(c) && !/(^|,)type=local(,|$)/.test(c)) {
      report.at(at('cache_from', i), `${JSON.stringify(c)}: remote build caches are not supported (build steps are cached locally in dabba's store)`);
    }
  });
  return spec;
}

function hostPath(path: string, ctx: BuildContext, report: Report, where: KeyPath): string {
  try {
    return resolveHostPath(path, ctx.projectDir, ctx.home);
  } catch (err) {
    if (!(err instanceof InvalidSpecError)) throw err;
    report.at(where, err.reason);
    return resolve(ctx.projectDir, path);
  }
}

/** `HOST:IP` / `HOST=IP` items or a mapping, as `HOST:IP` (what buildah's --add-host takes). */
function extraHosts(v: string[] | Record<string, string> | undefined): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return Object.entries(v).map(([h, ip]) => `${h}:${ip}`);
  return v.map((e) => {
    const i = e.search(/[:=]/);
    return `${e.slice(0, i)}:${e.slice(i + 1)}`;
  });
}
