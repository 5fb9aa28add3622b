/**
 * The config stage: dabba.yaml → a typed, normalised Project. Its phases, in
 * order (each in its own file; only `read` does I/O):
 *
 * 1. read         (read.ts)        find the file (-f, else dabba.yaml, compose.yaml, … from cwd
 *                                  upwards), read it and `.env` in the project folder; later the
 *                                  env_files the document names.
 * 2. parse        (parse.ts)       YAML 1.2 core schema with the position of every value; syntax
 *                                  errors, duplicate keys, %YAML 1.1, alias bombs → diagnostics;
 *                                  `<<` merges applied. (A run whose inputs are those of the last
 *                                  project that loaded takes that Project from `.dabba/` instead
 *                                  of phases 2–7: cache.ts, cache-file.ts.)
 * 3. interpolate  (interpolate.ts) ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?msg}, ${VAR?msg}, $$ in
 *                                  every string value, from dabba's environment then `.env`.
 * 4. validate     (validate.ts)    ajv against schema/dabba.schema.json (precompiled), reduced to
 *                                  the most specific problem per location, in compose words.
 * 5. canonicalise (canonical.ts)   short syntax → long → model: ports, volumes, environment,
 *                                  env_file, command words, durations, restart, depends_on,
 *                                  healthcheck, tmpfs, networks (networks.ts); defaults;
 *                                  absolute paths.
 * 6. rules        (rules.ts)       cross-field checks keyed by path (ports, volumes, depends_on,
 *                                  net/fakeroot, service names; networks: network-rules.ts).
 * 7. → Project    (model.ts)       or one ConfigError listing every diagnostic of the file.
 *
 * A phase runs only when the ones before it found nothing wrong, except that
 * interpolation and schema problems are reported together, and services
 * without schema problems are still normalised and checked.
 */
import { dirname, join, resolve } from 'node:path';
import { cacheKey, decodeCache, encodeCache, fileDigest, recordEnv, sameEnv, sameEnvFiles } from './cache.js';
import { codeStamp, readCacheFile, writeCacheFile } from './cache-file.js';
import { envFilePaths } from './canonical.js';
import { ConfigNotFoundError, type Diagnostic } from './errors.js';
import type { Project } from './model.js';
import { analyze, build, type TextInput } from './pipeline.js';
import { findProjectFile, readTextFiles, readTextIfExists } from './read.js';

export type { Project, Service } from './model.js';
export { ConfigError, ConfigNotFoundError, ConfigReadError, InvalidSpecError, formatDiagnostic, type Diagnostic } from './errors.js';
export { parsePortSpec } from './ports.js';
export { parseVolumeSpec } from './volumes.js';
export { DEFAULT_NETWORK, networkDependencies } from './networks.js';
export { effectiveNetworks } from './network-rules.js';
export { PROJECT_FILE_NAMES } from './read.js';
export type { TextInput } from './pipeline.js';

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
 * ConfigReadError when a file cannot be read. Writes only the cache of the
 * Project it returns (`.dabba/config-cache.json`), and only where it may:
 * in a read-only project it loads all the same, from the files each time.
 */
export async function loadProject(options: LoadOptions): Promise<Project> {
  const configFile = options.file === undefined ? await findProjectFile(options.cwd) : resolve(options.cwd, options.file);
  const text = await readTextIfExists(configFile);
  if (text === undefined) throw new ConfigNotFoundError(`${options.file ?? configFile}: no such file`);
  const projectDir = options.projectDirectory === undefined ? dirname(configFile) : resolve(options.cwd, options.projectDirectory);
  const dotenvPath = join(projectDir, '.env');
  const [dotenv, code, cached] = await Promise.all([readTextIfExists(dotenvPath), codeStamp(), readCacheFile(projectDir)]);
  const key = code === undefined ? undefined : cacheKey({ code, configFile, projectDir, cwd: options.cwd, text, dotenv });

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
  const input: TextInput = { ...options, env: env.env, onWarning, text, configFile, projectDir, dotenv };
  const analysis = analyze(input, (await import('./parse.js')).parseYaml);
  const envFiles = analysis.raw === undefined ? new Map() : await readTextFiles(envFilePaths(analysis.raw, projectDir));
  const project = build(input, analysis, envFiles);
  if (key !== undefined && !env.everything()) {
    const digests = Object.fromEntries([...envFiles].map(([path, file]) => [path, fileDigest(file)]));
    await writeCacheFile(projectDir, encodeCache({ key, env: env.read, envFiles: digests, warnings, project }));
  }
  return project;
}
