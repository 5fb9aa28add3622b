/**
 * The config stage: dabba.yaml → a typed, normalised Project. Its phases, in
 * order (each in its own file; only `read` does I/O):
 *
 * 1. read         (read.ts)        find the file (-f, else dabba.yaml, compose.yaml, … from cwd
 *                                  upwards), read it and `.env` in the project folder; later the
 *                                  env_files the document names.
 * 2. parse        (parse.ts)       YAML 1.2 core schema with the position of every value; syntax
 *                                  errors, duplicate keys, %YAML 1.1, alias bombs → diagnostics;
 *                                  `<<` merges applied. (parse-cache.ts keeps the result of an
 *                                  unchanged file; positions are then parsed only for messages.)
 * 3. interpolate  (interpolate.ts) ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?msg}, ${VAR?msg}, $$ in
 *                                  every string value, from dabba's environment then `.env`.
 * 4. validate     (validate.ts)    ajv against schema/dabba.schema.json (precompiled), reduced to
 *                                  the most specific problem per location, in compose words.
 * 5. canonicalise (canonical.ts)   short syntax → long → model: ports, volumes, environment,
 *                                  env_file, command words, durations, restart, depends_on,
 *                                  healthcheck, tmpfs; defaults; absolute paths.
 * 6. rules        (rules.ts)       cross-field checks keyed by path (ports, volumes, depends_on,
 *                                  net/fakeroot, service names).
 * 7. → Project    (model.ts)       or one ConfigError listing every diagnostic of the file.
 *
 * A phase runs only when the ones before it found nothing wrong, except that
 * interpolation and schema problems are reported together, and services
 * without schema problems are still normalised and checked.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { canonicalize, envFilePaths, type Origins, type RawProject, type Reporter } from './canonical.js';
import { parseDotenv } from './dotenv.js';
import { ConfigError, ConfigNotFoundError, type Diagnostic } from './errors.js';
import { interpolateTree, type Lookup } from './interpolate.js';
import type { Project } from './model.js';
import { parseYaml } from './parse.js';
import { findProjectFile, readTextFiles, readTextIfExists } from './read.js';
import { checkRules } from './rules.js';
import { openParseCache } from './parse-cache.js';
import { formatPath, type KeyPath, type LineCol, type SourceFile } from './source.js';
import { validateDocument } from './validate.js';

export type { Project, Service } from './model.js';
export { ConfigError, ConfigNotFoundError, ConfigReadError, InvalidSpecError, formatDiagnostic, type Diagnostic } from './errors.js';
export { parsePortSpec } from './ports.js';
export { parseVolumeSpec } from './volumes.js';
export { PROJECT_FILE_NAMES } from './read.js';

export interface LoadOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** `-f FILE`; otherwise dabba.yaml, compose.yaml, … searched from cwd upwards. */
  file?: string | undefined;
  projectDirectory?: string | undefined;
  /** Problems that do not stop loading (an unset variable, an obsolete key). */
  onWarning?: ((warning: Diagnostic) => void) | undefined;
}

/**
 * Reads, validates and normalises the project file. Throws ConfigError listing
 * every problem (exit 2), ConfigNotFoundError when there is no file,
 * ConfigReadError when a file cannot be read. Reads only: writes nothing.
 */
export async function loadProject(options: LoadOptions): Promise<Project> {
  const configFile = options.file === undefined ? await findProjectFile(options.cwd) : resolve(options.cwd, options.file);
  const text = await readTextIfExists(configFile);
  if (text === undefined) throw new ConfigNotFoundError(`${options.file ?? configFile}: no such file`);
  const projectDir = options.projectDirectory === undefined ? dirname(configFile) : resolve(options.cwd, options.projectDirectory);
  const dotenvPath = join(projectDir, '.env');
  const dotenv = await readTextIfExists(dotenvPath);
  const input: TextInput = { ...options, text, configFile, projectDir, dotenv };
  const cache = openParseCache(options.env, configFile);
  const cached = await cache?.get(text);
  const analysis = analyze(input, cached === undefined ? undefined : { value: cached });
  if (cache !== undefined && cached === undefined && analysis.parsed !== undefined) await cache.put(text, analysis.parsed);
  const envFiles = analysis.raw === undefined ? new Map() : await readTextFiles(envFilePaths(analysis.raw, projectDir));
  return build(input, analysis, envFiles);
}

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

/**
 * The whole pipeline on texts already read: pure, for tests and for callers
 * that hold the text (watch). `envFiles` maps absolute env_file paths to their
 * contents; a path missing from it is a file that does not exist.
 */
export function loadProjectText(input: TextInput, envFiles: Readonly<Record<string, string>> = {}): Project {
  return build(input, analyze(input), new Map(Object.entries(envFiles)));
}

interface Analysis {
  raw: RawProject | undefined;
  /** The document as parsed (before interpolation), when it parsed. */
  parsed: unknown;
  /** Where a key path is in the project file. */
  locate: (path: KeyPath, atKey: boolean) => LineCol;
  file: string;
  lookup: Lookup;
  diagnostics: Diagnostic[];
  /** Services with schema problems: not normalised. */
  skip: Set<string>;
  displayName: (abs: string) => string;
}

/**
 * Phases 2–4: parse, interpolate, validate. With `cached`, the parse of this
 * very text from the cache, YAML is parsed only if a message needs a position.
 */
function analyze(input: TextInput, cached?: { value: unknown }): Analysis {
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
  if (cached === undefined) {
    const result = parseYaml(input.text, file);
    diagnostics.push(...result.diagnostics);
    parseFailed = result.diagnostics.length > 0;
    source = result.source;
    parsed = result.value;
  } else {
    parsed = cached.value;
  }
  const locate = (path: KeyPath, atKey: boolean) => (source ??= parseYaml(input.text, file).source).locate(path, atKey);
  const result: Analysis = { raw: undefined, parsed: undefined, locate, file, lookup, diagnostics, skip: new Set(), displayName };
  if (parseFailed) return result;
  result.parsed = parsed;

  const at = (path: KeyPath, message: string, atKey = false): Diagnostic => {
    const { line, col, sourceLine } = locate(path, atKey);
    return { file, line, col, path: formatPath(path), message, sourceLine };
  };
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
function build(input: TextInput, analysis: Analysis, envFiles: ReadonlyMap<string, string | undefined>): Project {
  const { raw, diagnostics } = analysis;
  if (raw === undefined) throw new ConfigError(diagnostics);
  const report: Reporter = {
    at: (path, message, atKey = false) => {
      const { line, col, sourceLine } = analysis.locate(path, atKey);
      diagnostics.push({ file: analysis.file, line, col, path: formatPath(path), message, sourceLine });
    },
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
