// The config pipeline on texts already read (phases 2–7, see index.ts). The
// YAML parser is passed in, so that a run that takes its Project from the
// cache (cache.ts) does not even load the yaml package.
import { isAbsolute, join, relative } from 'node:path';
import { canonicalize, envFilePaths, type Origins, type RawProject, type Reporter } from './canonical.js';
import { parseDotenv } from './dotenv.js';
import { ConfigError, type Diagnostic, type FileText } from './errors.js';
import { checkInputLimits } from './input-limits.js';
import { interpolateTree, type Lookup } from './interpolate.js';
import type { Project } from './model.js';
import type { parseYaml } from './parse.js';
import { checkRules } from './rules.js';
import { formatPath, SourceFile, type KeyPath } from './source.js';
import { validateDocument } from './validate.js';

export type ParseYaml = typeof parseYaml;

/** Everything loadProjectText needs: the texts that loadProject reads from disk. */
export interface TextInput {
  text: string;
  /** Absolute path of the project file (names it in messages). */
  configFile: string;
  /** Absolute project folder. */
  projectDir: string;
  env: NodeJS.ProcessEnv;
  /** The text of `.env` in the project folder, if there is one. */
  dotenv?: string | undefined;
  /** Messages show paths relative to this folder when inside it. Default: projectDir. */
  cwd?: string | undefined;
  onWarning?: ((warning: Diagnostic) => void) | undefined;
}

export interface Analysis {
  raw: RawProject | undefined;
  /** A diagnostic at a key path of the project file. */
  at: (path: KeyPath, message: string, atKey?: boolean) => Diagnostic;
  lookup: Lookup;
  diagnostics: Diagnostic[];
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

  const dotenvFile = join(input.projectDir, '.env');
  const env = input.env;
  const dotenv = input.dotenv === undefined ? { values: {}, problems: [] } : parseDotenv(input.dotenv, (name) => env[name]);
  const dotenvLines = input.dotenv?.split(/\r?\n/) ?? [];
  for (const p of dotenv.problems) {
    diagnostics.push({ file: displayName(dotenvFile), line: p.line, col: p.col, path: '', message: p.message, sourceLine: dotenvLines[p.line - 1] });
  }
  const dotenvValues: Record<string, string> = dotenv.values;
  const lookup: Lookup = (name) => env[name] ?? (Object.hasOwn(dotenvValues, name) ? dotenvValues[name] : undefined);

  const file = displayName(input.configFile);
  let source: SourceFile | undefined;
  let parsed: unknown;
  let parseFailed = false;
  // Before the parser: a file too large or too deep would exhaust them.
  const limit = checkInputLimits(input.text);
  if (limit !== undefined) {
    const { line, col, sourceLine } = new SourceFile(file, input.text).lineCol(limit.offset);
    diagnostics.push({ file, line, col, path: '', message: limit.message, sourceLine });
    parseFailed = true;
  } else {
    const result = parse(input.text, file);
    diagnostics.push(...result.diagnostics);
    parseFailed = result.diagnostics.length > 0;
    source = result.source;
    parsed = result.value;
  }
  const at = (path: KeyPath, message: string, atKey = false): Diagnostic => {
    // The parse succeeded, so it recorded every position (source is set).
    const { line, col, sourceLine } = source!.locate(path, atKey);
    return { file, line, col, path: formatPath(path), message, sourceLine };
  };
  const result: Analysis = { raw: undefined, at, lookup, diagnostics, skip: new Set(), displayName };
  if (parseFailed) return result;
  const failed = new Set<string>();
  const value = interpolateTree(
    parsed,
    lookup,
    (p) => {
      failed.add(formatPath(p.path));
      diagnostics.push(at(p.path, p.message));
    },
    (p) => warn(at(p.path, p.message)),
  );
  if (value === null || value === undefined) {
    diagnostics.push(at([], 'the file is empty: expected a mapping with services:'));
    return result;
  }
  // A value that could not be interpolated has been reported already: its raw text is no news.
  const problems = validateDocument(value).filter((p) => !failed.has(formatPath(p.path)));
  for (const p of problems) diagnostics.push(at(p.path, p.message, p.atKey));
  // A broken service does not hide the problems of the others.
  for (const p of problems) {
    if (p.path[0] === 'services' && typeof p.path[1] === 'string' && p.path.length >= 2) result.skip.add(p.path[1]);
    else if (!(p.path[0] === 'volumes' && p.path.length > 1)) return result;
  }
  const raw = value as RawProject & { version?: unknown };
  if (raw.version !== undefined) warn(at(['version'], 'version is obsolete and ignored, as in compose'));
  result.raw = raw;
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
  const dotenvPath = join(input.projectDir, '.env');
  const envFilePathList = envFilePaths({ ...raw, services: Object.fromEntries(Object.entries(raw.services).filter(([n]) => !analysis.skip.has(n))) }, input.projectDir);
  const project = canonicalize(
    raw,
    {
      projectDir: input.projectDir,
      configFile: input.configFile,
      home: input.env.HOME,
      lookup: analysis.lookup,
      envFiles,
      displayName: analysis.displayName,
      inputFiles: [...new Set([dotenvPath, ...envFilePathList])],
    },
    report,
    origins,
    analysis.skip,
  );
  if (diagnostics.length === 0) checkRules(project, origins, report);
  if (diagnostics.length > 0) throw new ConfigError(diagnostics);
  return project;
}
