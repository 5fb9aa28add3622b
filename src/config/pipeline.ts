// The config pipeline on texts already read (phases 2–7, see index.ts). The
// YAML parser is passed in, so that a run that takes its Project from the
// cache (cache.ts) does not even load the yaml package.
import { isAbsolute, join, relative } from 'node:path';
import { canonicalize, envFilePaths, type Origins, type RawProject, type Reporter } from './canonical.js';
import { parseDotenv } from './dotenv.js';
import { ConfigError, type Diagnostic, type FileText } from './errors.js';
import type { Lookup } from './interpolate.js';
import { Documents, located } from './documents.js';
import type { Locator } from './locator.js';
import { mergeDocument } from './merge.js';
import type { Project } from './model.js';
import type { parseYaml } from './parse.js';
import { checkRules } from './rules.js';
import { formatPath, type KeyPath } from './source.js';
import { isMapping } from './tree.js';
import { validateDocument } from './validate.js';

export type ParseYaml = typeof parseYaml;

/** Everything loadProjectText needs: the texts that loadProject reads from disk. */
/** A file read for the project: its absolute path and its text (undefined: it does not exist). */
export interface ConfigText {
  path: string;
  text: string | undefined;
}

export interface TextInput {
  text: string;
  /** Absolute path of the project file (names it in messages). */
  configFile: string;
  /** Files merged over the project file, in order (`-f a -f b`, an override file). */
  overrideFiles?: readonly { path: string; text: string }[] | undefined;
  /** Absolute project folder. */
  projectDir: string;
  env: NodeJS.ProcessEnv;
  /** The text of `.env` in the project folder, if there is one. */
  dotenv?: string | undefined;
  /** `--env-file`s, in order, read instead of `.env` when given. */
  dotenvFiles?: readonly ConfigText[] | undefined;
  /** `-p`: wins over COMPOSE_PROJECT_NAME and `name:`. */
  projectName?: string | undefined;
  /** Files `include` and `extends` name, by absolute path, as far as they have been read. */
  referencedFiles?: ReadonlyMap<string, FileText> | undefined;
  /** `--profile`s: when none, COMPOSE_PROFILES. */
  profiles?: readonly string[] | undefined;
  /** Messages show paths relative to this folder when inside it. Default: projectDir. */
  cwd?: string | undefined;
  onWarning?: ((warning: Diagnostic) => void) | undefined;
}

export interface Analysis {
  raw: RawProject | undefined;
  /** A diagnostic at a key path of the project file. */
  at: (path: KeyPath, message: string, atKey?: boolean) => Diagnostic;
  lookup: Lookup;
  /** What the env files (`.env` or `--env-file`s) set. */
  dotenv: Readonly<Record<string, string>>;
  diagnostics: Diagnostic[];
  /** Files `include` or `extends` name that were not in `referencedFiles`: read them and analyse again. */
  needs: string[];
  /** The included and extended files used. */
  referenced: string[];
  /** Services with schema problems: not normalised. */
  skip: Set<string>;
  displayName: (abs: string) => string;
}

/** Phases 2–4: parse, interpolate, validate. */
export function analyze(input: TextInput, parse: ParseYaml): Analysis {
  const cwd = input.cwd ?? input.projectDir;
  const displayName = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  };
  const diagnostics: Diagnostic[] = [];
  const warn = input.onWarning ?? (() => undefined);

  const env = input.env;
  const dotenvValues: Record<string, string> = {};
  for (const dotenvFile of input.dotenvFiles ?? [{ path: join(input.projectDir, '.env'), text: input.dotenv }]) {
    if (dotenvFile.text === undefined) continue;
    const dotenv = parseDotenv(dotenvFile.text, (name) => env[name] ?? (Object.hasOwn(dotenvValues, name) ? dotenvValues[name] : undefined));
    const dotenvLines = dotenvFile.text.split(/\r?\n/);
    for (const p of dotenv.problems) {
      diagnostics.push({ file: displayName(dotenvFile.path), line: p.line, col: p.col, path: '', message: p.message, sourceLine: dotenvLines[p.line - 1] });
    }
    Object.assign(dotenvValues, dotenv.values);
  }
  const lookup: Lookup = (name) => env[name] ?? (Object.hasOwn(dotenvValues, name) ? dotenvValues[name] : undefined);

  let merged: unknown;
  let locator: Locator | undefined;
  let complete = true;
  const documents = new Documents({ parse, lookup, texts: input.referencedFiles ?? new Map(), displayName, diagnostics, warn });
  for (const file of [{ path: input.configFile, text: input.text }, ...(input.overrideFiles ?? [])]) {
    const document = documents.project(file.path, file.text, input.projectDir);
    if (document === undefined) {
      complete = false;
    } else if (locator === undefined) {
      merged = document.value;
      locator = document.locator;
    } else if (!isMapping(merged) || !isMapping(document.value)) {
      // Validation reports a first file that is not a mapping; nothing merges into or over one.
      if (!isMapping(document.value)) diagnostics.push(located(document.locator, [], 'expected a mapping with services:'));
      complete = false;
    } else {
      mergeDocument({ value: merged, locator }, { value: document.value, locator: document.locator }, document.replaced, (p) => documents.onProblem(p));
    }
  }
  const result: Analysis = {
    raw: undefined,
    at: (path, message, atKey) => located(locator!, path, message, atKey),
    lookup,
    dotenv: dotenvValues,
    diagnostics,
    skip: new Set(),
    displayName,
    needs: [...documents.needs],
    referenced: [...documents.used],
  };
  if (!complete || merged === undefined || locator === undefined || result.needs.length > 0) return result;
  const failed = documents.failed;
  const value = merged;
  const at = result.at;
  // A value that could not be interpolated has been reported already: its raw text is no news.
  const problems = validateDocument(value).filter((p) => {
    const origin = locator.resolve(p.path);
    return !failed.has(`${origin.source.file}\u0000${formatPath(origin.path)}`);
  });
  for (const p of problems) diagnostics.push(at(p.path, p.message, p.atKey));
  // A broken service does not hide the problems of the others.
  for (const p of problems) {
    if (p.path[0] === 'services' && typeof p.path[1] === 'string' && p.path.length >= 2) result.skip.add(p.path[1]);
    else if (!(p.path[0] === 'volumes' && p.path.length > 1)) return result;
  }
  result.raw = value as unknown as RawProject;
  return result;
}

/** Phases 5–7: canonicalise, check rules, and return the Project or throw every diagnostic. */
export function build(input: TextInput, analysis: Analysis, envFiles: ReadonlyMap<string, FileText>): Project {
  const { raw, diagnostics } = analysis;
  if (raw === undefined) throw new ConfigError(diagnostics);
  const report: Reporter = {
    at: (path, message, atKey = false) => diagnostics.push(analysis.at(path, message, atKey)),
    diagnostic: (d) => diagnostics.push(d),
  };
  const origins: Origins = new Map();
  const dotenvPaths = input.dotenvFiles?.map((f) => f.path) ?? [join(input.projectDir, '.env')];
  const envFilePathList = envFilePaths({ ...raw, services: Object.fromEntries(Object.entries(raw.services).filter(([n]) => !analysis.skip.has(n))) }, input.projectDir);
  const project = canonicalize(
    raw,
    {
      projectDir: input.projectDir,
      configFiles: [input.configFile, ...(input.overrideFiles ?? []).map((f) => f.path)],
      projectName: input.projectName ?? nonEmpty(analysis.lookup('COMPOSE_PROJECT_NAME')),
      profiles: input.profiles !== undefined && input.profiles.length > 0 ? input.profiles : (analysis.lookup('COMPOSE_PROFILES') ?? '').split(',').map((p) => p.trim()).filter((p) => p !== ''),
      home: input.env.HOME,
      lookup: analysis.lookup,
      envFiles,
      displayName: analysis.displayName,
      inputFiles: [...new Set([...dotenvPaths, ...analysis.referenced, ...envFilePathList])],
    },
    report,
    origins,
    analysis.skip,
  );
  if (diagnostics.length === 0) checkRules(project, origins, report);
  if (diagnostics.length > 0) throw new ConfigError(diagnostics);
  return project;
}

function nonEmpty(s: string | undefined): string | undefined {
  return s === '' ? undefined : s;
}

