/**
 * The config stage: dabba.yaml → a typed, normalised Project. Its phases, in
 * order (each in its own file; only `read` does I/O):
 *
 * 1. read         (read.ts)        find the files (-f…, else COMPOSE_FILE, else dabba.yaml,
 *                                  compose.yaml, … from cwd upwards with an override file beside
 *                                  it), read them and `.env` (or --env-file…); later the env_files
 *                                  the document names.
 * 2. parse        (parse.ts)       YAML 1.2 core schema with the position of every value; syntax
 *                                  errors, duplicate keys, %YAML 1.1, alias bombs → diagnostics;
 *                                  `<<` merges applied. (A run whose inputs are those of the last
 *                                  project that loaded takes that Project from `.dabba/` instead
 *                                  of phases 2–7: cache.ts, cache-file.ts.)
 * 3. interpolate  (interpolate.ts) ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?msg}, ${VAR?msg}, $$ in
 *                                  every string value, from dabba's environment then `.env`;
 *                                  then each file is merged over the ones before it (merge.ts),
 *                                  every value keeping its file and position (locator.ts).
 * 4. validate     (validate.ts)    ajv against schema/dabba.schema.json (precompiled), reduced to
 *                                  the most specific problem per location, in compose words.
 * 5. canonicalise (canonical.ts)   short syntax → long → model: ports, volumes, environment,
 *                                  env_file, command words, durations, restart, depends_on,
 *                                  healthcheck, tmpfs, networks (networks.ts); defaults;
 *                                  absolute paths.
 * 6. rules        (rules.ts)       cross-field checks keyed by path (ports, volumes, depends_on,
 *                                  net/fakeroot, service names; networks: network-rules.ts).
 * 7. → Project    (model.ts)       or one ConfigError listing every diagnostic of the files.
 *
 * Which services a command works on (profiles, services named on the command
 * line) is chosen from the Project afterwards, by the caller (profiles.ts).
 *
 * A phase runs only when the ones before it found nothing wrong, except that
 * interpolation and schema problems are reported together, and services
 * without schema problems are still normalised and checked.
 */
import { dirname, join, resolve } from 'node:path';
import { cacheKey, decodeCache, encodeCache, fileDigest, recordEnv, sameEnv, sameEnvFiles } from './cache.js';
import { codeStamp, readCacheFile, writeCacheFile } from './cache-file.js';
import { envFilePaths } from './canonical.js';
import { parseDotenv } from './dotenv.js';
import { ConfigNotFoundError, ConfigReadError, type Diagnostic, type FileText } from './errors.js';
import type { Project } from './model.js';
import { analyze, build, type TextInput } from './pipeline.js';
import { findProjectFiles, readTextFiles, readTextIfExists } from './read.js';

export type { Project, Service } from './model.js';
export { ConfigError, ConfigNotFoundError, ConfigReadError, InvalidSpecError, formatDiagnostic, type Diagnostic } from './errors.js';
export { parsePortSpec } from './ports.js';
export { parseVolumeSpec } from './volumes.js';
export { DEFAULT_NETWORK, networkDependencies } from './networks.js';
export { effectiveNetworks } from './network-rules.js';
export { OVERRIDE_FILE_NAMES, PROJECT_FILE_NAMES } from './read.js';
export { activeProject } from './profiles.js';
export type { TextInput } from './pipeline.js';

/** How many rounds of reading files that include: and extends: name (a chain of files including the next). */
const MAX_REFERENCE_DEPTH = 32;

export interface LoadOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** `-f FILE`s, merged in order; none: COMPOSE_FILE, else dabba.yaml, compose.yaml, … searched upwards with their override file. */
  files?: readonly string[] | undefined;
  projectDirectory?: string | undefined;
  /** `-p`: wins over COMPOSE_PROJECT_NAME and `name:`. */
  projectName?: string | undefined;
  /** `--profile`s; none: COMPOSE_PROFILES. */
  profiles?: readonly string[] | undefined;
  /** `--env-file`s, read instead of `.env`, later wins. */
  envFiles?: readonly string[] | undefined;
  /** Problems that do not stop loading (an unset variable, an obsolete key). */
  onWarning?: ((warning: Diagnostic) => void) | undefined;
}

/**
 * The project files, as compose picks them: `-f`, else COMPOSE_FILE (split at
 * COMPOSE_PATH_SEPARATOR, default `:`; from the environment, else from the
 * `--env-file`s or the `.env` of the working folder or `--project-directory`),
 * relative to the working folder; else found from the project folder (or the
 * working folder) upwards.
 */
async function projectFiles(options: LoadOptions): Promise<string[]> {
  if (options.files !== undefined && options.files.length > 0) return options.files.map((f) => resolve(options.cwd, f));
  const start = options.projectDirectory === undefined ? options.cwd : resolve(options.cwd, options.projectDirectory);
  const composeEnv = options.env.COMPOSE_FILE !== undefined ? options.env : await composeVariablesOfDotenv(options, start);
  const fromEnv = composeEnv.COMPOSE_FILE;
  if (fromEnv !== undefined && fromEnv !== '') {
    return fromEnv.split(composeEnv.COMPOSE_PATH_SEPARATOR || ':').filter((f) => f !== '').map((f) => resolve(options.cwd, f));
  }
  return findProjectFiles(start);
}

/** COMPOSE_FILE and COMPOSE_PATH_SEPARATOR as the dotenv files set them, before any project file is known. */
async function composeVariablesOfDotenv(options: LoadOptions, dir: string): Promise<NodeJS.ProcessEnv> {
  const paths = options.envFiles !== undefined && options.envFiles.length > 0 ? options.envFiles.map((f) => resolve(options.cwd, f)) : [join(dir, '.env')];
  const values: Record<string, string> = {};
  for (const text of await Promise.all(paths.map(readTextIfExists))) {
    if (text !== undefined) Object.assign(values, parseDotenv(text, (name) => values[name] ?? options.env[name]).values);
  }
  return { COMPOSE_FILE: values.COMPOSE_FILE, COMPOSE_PATH_SEPARATOR: options.env.COMPOSE_PATH_SEPARATOR ?? values.COMPOSE_PATH_SEPARATOR };
}

/**
 * Reads, validates and normalises the project files. Throws ConfigError listing
 * every problem (exit 2), ConfigNotFoundError when there is no file,
 * ConfigReadError when a file cannot be read. Writes only the cache of the
 * Project it returns (`.dabba/config-cache.json`), and only where it may:
 * in a read-only project it loads all the same, from the files each time.
 */
export async function loadProject(options: LoadOptions): Promise<Project> {
  const paths = await projectFiles(options);
  const texts = await Promise.all(paths.map(readTextIfExists));
  const files = paths.map((path, i) => {
    const text = texts[i];
    if (text === undefined) throw new ConfigNotFoundError(`${options.files?.[i] ?? path}: no such file`);
    return { path, text };
  });
  const projectDir = options.projectDirectory === undefined ? dirname(paths[0]!) : resolve(options.cwd, options.projectDirectory);
  const dotenvPaths = options.envFiles !== undefined && options.envFiles.length > 0 ? options.envFiles.map((f) => resolve(options.cwd, f)) : [join(projectDir, '.env')];
  const [dotenvTexts, code, cached] = await Promise.all([Promise.all(dotenvPaths.map(readTextIfExists)), codeStamp(), readCacheFile(projectDir)]);
  const dotenvFiles = dotenvPaths.map((path, i) => ({ path, text: dotenvTexts[i] }));
  if (options.envFiles !== undefined && options.envFiles.length > 0) {
    const missing = dotenvFiles.findIndex((f) => f.text === undefined);
    if (missing >= 0) throw new ConfigNotFoundError(`--env-file ${options.envFiles[missing]}: no such file`);
  }
  const key = code === undefined ? undefined : cacheKey({ code, files, projectDir, cwd: options.cwd, dotenvFiles, projectName: options.projectName, profiles: options.profiles ?? [] });

  const entry = key === undefined ? undefined : decodeCache(cached, key);
  if (entry !== undefined && sameEnv(entry, options.env) && sameEnvFiles(entry, await readTextFiles(Object.keys(entry.envFiles)))) {
    for (const warning of entry.warnings) options.onWarning?.(warning);
    return entry.project;
  }

  const env = recordEnv(options.env);
  const warnings: Diagnostic[] = [];
  const onWarning = (warning: Diagnostic) => {
    warnings.push(warning);
    options.onWarning?.(warning);
  };
  const [first, ...overrideFiles] = files;
  const input: TextInput = {
    cwd: options.cwd,
    env: env.env,
    onWarning,
    text: first!.text,
    configFile: first!.path,
    overrideFiles,
    projectDir,
    dotenvFiles,
    projectName: options.projectName,
    profiles: options.profiles,
  };
  const { parseYaml } = await import('./parse.js');
  // Each round reads the files the last one found named by include: and extends: (nested ones a round later).
  const referencedFiles = new Map<string, FileText>();
  let analysis = analyze(input, parseYaml);
  for (let round = 0; analysis.needs.length > 0 && round < MAX_REFERENCE_DEPTH; round++) {
    for (const [path, text] of await readTextFiles(analysis.needs)) referencedFiles.set(path, text);
    analysis = analyze({ ...input, referencedFiles }, parseYaml);
  }
  if (analysis.needs.length > 0) throw new ConfigReadError(`include: and extends: name files more than ${MAX_REFERENCE_DEPTH} deep (${analysis.needs.join(', ')})`);
  const envFiles = analysis.raw === undefined ? new Map<string, FileText>() : await readTextFiles(envFilePaths(analysis.raw, projectDir));
  const project = build({ ...input, referencedFiles }, analysis, envFiles);
  if (key !== undefined && !env.everything()) {
    // The included and extended files are checked on a hit as env_files are.
    const digests = Object.fromEntries([...envFiles, ...referencedFiles].map(([path, file]) => [path, fileDigest(file)]));
    await writeCacheFile(projectDir, encodeCache({ key, env: env.read, envFiles: digests, warnings, project }));
  }
  return project;
}
