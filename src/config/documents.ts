// The documents of a project: each file parsed and interpolated (the same
// variables for all), with its `include` and `extends` applied, every value
// keeping its origin (locator.ts). Files that `include` and `extends` name are
// taken from `texts`: one not there yet is noted in `needs`, and loadProject
// (index.ts) reads it and runs the pipeline again. Pure.

import { parseDotenv } from './dotenv.js';
import type { Diagnostic, FileText } from './errors.js';
import { applyExtends } from './extends.js';
import { applyInclude, type IncludeContext, type IncludeEnvFiles } from './include.js';
import { checkInputLimits } from './input-limits.js';
import { interpolateTree, type Lookup } from './interpolate.js';
import { Locator } from './locator.js';
import type { Located, MergeProblem } from './merge.js';
import type { parseYaml } from './parse.js';
import { formatPath, SourceFile, type KeyPath } from './source.js';
import { isMapping } from './tree.js';

/** One file's document: `value` is not necessarily a mapping (validation says so for a project file). */
export interface Document {
  value: unknown;
  locator: Locator;
  /** Paths tagged `!reset` or `!override` (parse.ts). */
  replaced: KeyPath[];
}

export function located(locator: Locator, path: KeyPath, message: string, atKey = false): Diagnostic {
  const { file, line, col, sourceLine } = locator.locate(path, atKey);
  return { file, line, col, path: formatPath(path), message, sourceLine };
}

export interface DocumentsOptions {
  parse: typeof parseYaml;
  lookup: Lookup;
  /** Included and extended files read so far, by absolute path. */
  texts: ReadonlyMap<string, FileText>;
  displayName: (abs: string) => string;
  diagnostics: Diagnostic[];
  warn: (d: Diagnostic) => void;
}

export class Documents implements IncludeContext {
  /** Files `include` or `extends` name that are not in `texts`. */
  readonly needs = new Set<string>();
  /** Every included or extended file used (for the cache and watch). */
  readonly used = new Set<string>();
  /** Values whose interpolation failed, by file and path: their raw text is no news to validation. */
  readonly failed = new Set<string>();
  private readonly raw = new Map<string, Document | undefined>();
  private readonly including: string[] = [];
  /** The variables of the project being read: an included one may add its own (include.ts). */
  private lookups: Lookup[] = [];

  constructor(private readonly options: DocumentsOptions) {}

  /** A project file: its include and extends applied, relative to `projectDir`. Undefined when it has problems that stop it being merged (reported). */
  project(path: string, text: string, projectDir: string): Document | undefined {
    const doc = this.parse(path, text);
    if (doc !== undefined && isMapping(doc.value)) this.resolveReferences(doc as Located, path, projectDir);
    return doc;
  }

  load(path: string, from: { locator: Locator; path: KeyPath }): Located | undefined {
    // A file is interpolated with the variables of the project that names it.
    const key = `${this.lookups.length}\u0000${path}`;
    if (!this.raw.has(key)) {
      const text = this.text(path, from);
      if (text === null) return undefined;
      this.raw.set(key, this.parse(path, text));
    }
    const doc = this.raw.get(key);
    return doc !== undefined && isMapping(doc.value) ? (doc as Located) : undefined;
  }

  loadProject(path: string, projectDir: string, from: { locator: Locator; path: KeyPath }, envFiles: IncludeEnvFiles): Located | undefined {
    if (this.including.includes(path)) {
      this.report(from.locator, from.path, `include cycle: ${[...this.including.slice(this.including.indexOf(path)), path].map(this.options.displayName).join(' includes ')}`);
      return undefined;
    }
    const lookup = this.includedLookup(envFiles, from);
    const text = this.text(path, from);
    if (text === null || lookup === undefined) return undefined;
    this.lookups.push(lookup);
    this.including.push(path);
    try {
      const doc = this.parse(path, text);
      if (doc === undefined || !isMapping(doc.value)) return undefined;
      this.resolveReferences(doc as Located, path, projectDir);
      return doc as Located;
    } finally {
      this.including.pop();
      this.lookups.pop();
    }
  }

  /**
   * The variables of an included project, as compose-go's include: those of
   * the including project, then what its env files add (a variable already
   * set keeps its value). Undefined while a file is still to be read, or
   * when a named one is missing (reported).
   */
  private includedLookup(envFiles: IncludeEnvFiles, from: { locator: Locator; path: KeyPath }): Lookup | undefined {
    const outer = this.lookup();
    const values: Record<string, string> = {};
    let ready = true;
    for (const path of envFiles.paths) {
      if (!this.options.texts.has(path)) {
        this.needs.add(path);
        ready = false;
        continue;
      }
      const file = this.options.texts.get(path);
      this.used.add(path);
      if (file === undefined && !envFiles.named) continue;
      if (typeof file !== 'string') {
        this.report(from.locator, envFiles.at, file === undefined ? `${this.options.displayName(path)}: no such file` : file.unreadable);
        return undefined;
      }
      const parsed = parseDotenv(file, (name) => outer(name) ?? values[name]);
      for (const problem of parsed.problems) this.report(from.locator, envFiles.at, `${this.options.displayName(path)}:${problem.line}:${problem.col}: ${problem.message}`);
      Object.assign(values, parsed.values);
    }
    return ready ? (name) => outer(name) ?? (Object.hasOwn(values, name) ? values[name] : undefined) : undefined;
  }

  private lookup(): Lookup {
    return this.lookups.at(-1) ?? this.options.lookup;
  }

  report(locator: Locator, path: KeyPath, message: string): void {
    this.options.diagnostics.push(located(locator, path, message));
  }

  onProblem(p: MergeProblem): void {
    this.report(Locator.of(p.origin.source), p.origin.path, p.message);
  }

  private resolveReferences(doc: Located, path: string, projectDir: string): void {
    applyInclude(doc, projectDir, this);
    applyExtends(doc, path, projectDir, this);
  }

  /** The text of a file `include` or `extends` names; null when it is not read yet, missing or unreadable (reported at `from`). */
  private text(path: string, from: { locator: Locator; path: KeyPath }): string | null {
    if (!this.options.texts.has(path)) {
      this.needs.add(path);
      return null;
    }
    this.used.add(path);
    const file = this.options.texts.get(path);
    if (typeof file === 'string') return file;
    this.report(from.locator, from.path, file === undefined ? `${this.options.displayName(path)}: no such file` : file.unreadable);
    return null;
  }

  /** Parsed and interpolated, or undefined when it has problems that stop it being used (reported). */
  private parse(path: string, text: string): Document | undefined {
    const { diagnostics, warn } = this.options;
    const lookup = this.lookup();
    const file = this.options.displayName(path);
    // Before the parser: a file too large or too deep would exhaust them.
    const limit = checkInputLimits(text);
    if (limit !== undefined) {
      const { line, col, sourceLine } = new SourceFile(file, text).lineCol(limit.offset);
      diagnostics.push({ file, line, col, path: '', message: limit.message, sourceLine });
      return undefined;
    }
    const parsed = this.options.parse(text, file);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) return undefined;
    const locator = Locator.of(parsed.source);
    const value = interpolateTree(
      parsed.value,
      lookup,
      (p) => {
        this.failed.add(`${file}\u0000${formatPath(p.path)}`);
        diagnostics.push(located(locator, p.path, p.message));
      },
      (p) => warn(located(locator, p.path, p.message)),
    );
    if (value === null || value === undefined) {
      diagnostics.push(located(locator, [], 'the file is empty: expected a mapping with services:'));
      return undefined;
    }
    if (isMapping(value) && value.version !== undefined) {
      warn(located(locator, ['version'], 'version is obsolete and ignored, as in compose'));
      delete value.version;
    }
    return { value, locator, replaced: parsed.replaced };
  }
}

