// Top-level `include:` as compose-go's loader/include.go applies it: each
// entry is a project of its own (its files merged in order, their relative
// paths from its project folder, by default the first file's folder, its
// variables this project's plus what its env_file, by default its folder's
// `.env`, adds), whose
// services and volumes join this document; where this document defines the
// same name, its definition is merged over the included one. Pure: files come
// through `load`, which also applies their own `include` and `extends`.
import { dirname, resolve } from 'node:path';
import { extendService, mergeDocument, type Located } from './merge.js';
import type { ReferenceContext } from './extends.js';
import { withAbsolutePaths } from './relative-paths.js';
import type { KeyPath } from './source.js';
import { isMapping } from './tree.js';

/** The env files of an included project: `env_file:` (each must exist), else its project folder's `.env` if there is one. */
export interface IncludeEnvFiles {
  paths: string[];
  named: boolean;
  /** Where a problem with them is reported: `env_file`, else the include entry. */
  at: KeyPath;
}

export interface IncludeContext extends ReferenceContext {
  /** An included file's document with its own include and extends applied (relative to `projectDir`), interpolated with its env files, or undefined as `load`. */
  loadProject(path: string, projectDir: string, from: { locator: Located['locator']; path: KeyPath }, envFiles: IncludeEnvFiles): Located | undefined;
}

const RESOURCES = ['services', 'volumes'] as const;

/** Applies `include:` of `doc` (paths relative to `baseDir`), in place; the key is removed. */
export function applyInclude(doc: Located, baseDir: string, ctx: IncludeContext): void {
  const include = doc.value.include;
  if (include === undefined) return;
  delete doc.value.include;
  if (!Array.isArray(include)) {
    ctx.report(doc.locator, ['include'], 'include takes a list of files (or of mappings with path: and optionally project_directory:)');
    return;
  }
  include.forEach((entry, i) => {
    const at: KeyPath = ['include', i];
    const spec = typeof entry === 'string' ? { path: entry } : entry;
    const paths = isMapping(spec) ? (typeof spec.path === 'string' ? [spec.path] : spec.path) : undefined;
    const envFile = isMapping(spec) ? (typeof spec.env_file === 'string' ? [spec.env_file] : spec.env_file) : undefined;
    if (!isMapping(spec) || !Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string') || (spec.project_directory !== undefined && typeof spec.project_directory !== 'string')
      || (envFile !== undefined && (!Array.isArray(envFile) || !envFile.every((p) => typeof p === 'string')))) {
      ctx.report(doc.locator, at, 'an include entry is a file path, or a mapping with path: (a path or a list of paths), and optionally project_directory: and env_file: (a path or a list of paths)');
      return;
    }
    const unknown = Object.keys(spec).find((k) => k !== 'path' && k !== 'project_directory' && k !== 'env_file' && !k.startsWith('x-'));
    if (unknown !== undefined) {
      ctx.report(doc.locator, [...at, unknown], `unknown key ${unknown} in include (expected path, project_directory, env_file)`);
      return;
    }
    const files = paths.map((p) => resolve(baseDir, p));
    const projectDir = typeof spec.project_directory === 'string' ? resolve(baseDir, spec.project_directory) : dirname(files[0]!);
    const envFiles: IncludeEnvFiles = envFile === undefined
      ? { paths: [resolve(projectDir, '.env')], named: false, at }
      : { paths: (envFile as string[]).map((p) => resolve(baseDir, p)), named: true, at: [...at, 'env_file'] };
    const docs = files.map((f, j) => ctx.loadProject(f, projectDir, { locator: doc.locator, path: typeof entry === 'string' ? at : [...at, 'path', ...(typeof spec.path === 'string' ? [] : [j])] }, envFiles));
    const [first, ...rest] = docs;
    if (first === undefined || rest.some((d) => d === undefined)) return;
    for (const d of rest) mergeDocument(first, d!, [], (p) => ctx.onProblem(p));
    importResources(doc, first, projectDir, ctx);
  });
}

function importResources(doc: Located, included: Located, projectDir: string, ctx: IncludeContext): void {
  for (const key of RESOURCES) {
    const from = included.value[key];
    if (!isMapping(from)) continue;
    const to = isMapping(doc.value[key]) ? doc.value[key] : (doc.value[key] = {});
    for (const [name, value] of Object.entries(from)) {
      const imported: Located = {
        value: key === 'services' && isMapping(value) ? withAbsolutePaths(value, projectDir) : isMapping(value) ? value : {},
        locator: included.locator.detach([key, name]),
      };
      if (!Object.hasOwn(to, name)) {
        to[name] = imported.value;
        doc.locator.graft([key, name], imported.locator);
      } else if (isMapping(to[name])) {
        to[name] = extendService(doc, [key, name], imported, { value: to[name], locator: doc.locator.detach([key, name]) }, (p) => ctx.onProblem(p));
      }
    }
  }
}
