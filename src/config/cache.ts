// The loaded project, kept for the next run (pure: cache-file.ts reads and
// writes it). Parsing with positions costs more start-up than a short command
// may spend, so a run whose inputs are unchanged takes the Project it loaded
// last time instead. Everything the result depends on is checked: the code
// that made it, the file paths, the project files' and `.env` texts and the
// project options (the key),
// the environment variables the pipeline read, and the env_files it read. Only
// a project that loaded is kept: an error is always reported from the files.
import { createHash } from 'node:crypto';
import type { Diagnostic, FileText } from './errors.js';
import type { Project } from './model.js';

/** Changes when the layout of a cache entry does. */
const FORMAT = 'dabba-config-cache/2';

/** The cache file, under the project's `.dabba/`. */
export const CACHE_FILE_NAME = 'config-cache.json';

export interface CacheKeyInput {
  /** Which build of dabba made the entry (cache-file.ts: codeStamp). */
  code: string;
  /** Every project file, in merge order. */
  files: readonly { path: string; text: string }[];
  projectDir: string;
  cwd: string;
  /** `.env` or the `--env-file`s (text undefined: missing). */
  dotenvFiles: readonly { path: string; text: string | undefined }[];
  projectName: string | undefined;
  profiles: readonly string[];
}

export interface CacheEntry {
  key: string;
  /** Each environment variable the pipeline read, and its value then (null: unset). */
  env: Record<string, string | null>;
  /** Each env_file read, by absolute path: a digest of what was there. */
  envFiles: Record<string, string>;
  /** Warnings the load reported, reported again on a hit. */
  warnings: Diagnostic[];
  project: Project;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function cacheKey(input: CacheKeyInput): string {
  const dotenv = input.dotenvFiles.map((f) => [f.path, f.text ?? null]);
  return sha256(JSON.stringify([FORMAT, input.code, input.files, input.projectDir, input.cwd, dotenv, input.projectName ?? null, input.profiles]));
}

/** What an env_file held, in a form to compare: its text's digest, missing, or unreadable. */
export function fileDigest(file: FileText): string {
  if (file === undefined) return 'missing';
  if (typeof file === 'string') return `sha256:${sha256(file)}`;
  return `unreadable:${file.unreadable}`;
}

/**
 * `env` as the pipeline sees it, noting each variable it reads. A walk over
 * all of it (no phase does one today) would make the result depend on every
 * variable: `everything` is then true and the entry is not kept.
 */
export function recordEnv(env: NodeJS.ProcessEnv): { env: NodeJS.ProcessEnv; read: Record<string, string | null>; everything: () => boolean } {
  const read: Record<string, string | null> = Object.create(null) as Record<string, string | null>;
  let everything = false;
  const proxy = new Proxy(env, {
    get(target, name) {
      const value = Reflect.get(target, name) as unknown;
      if (typeof name === 'string') read[name] = typeof value === 'string' ? value : null;
      return value;
    },
    has(target, name) {
      if (typeof name === 'string') read[name] = typeof target[name] === 'string' ? target[name] : null;
      return Reflect.has(target, name);
    },
    ownKeys(target) {
      everything = true;
      return Reflect.ownKeys(target);
    },
  });
  return { env: proxy, read, everything: () => everything };
}

// JSON has no undefined, and an optional key of a Project may hold it: it is
// written as this marker so that a Project read back equals the one written.
const UNDEFINED = { $undefined: true };

function restoreUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(restoreUndefined);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (record.$undefined === true && Object.keys(record).length === 1) return undefined;
  for (const key of Object.keys(record)) record[key] = restoreUndefined(record[key]);
  return record;
}

/** The file's text: a digest of the entry, then the entry, so that a torn or edited file is not trusted. */
export function encodeCache(entry: CacheEntry): string {
  const body = JSON.stringify(entry, (_key, value: unknown) => (value === undefined ? UNDEFINED : value));
  return `${sha256(body)}\n${body}`;
}

/** The entry in `text` when it is whole and made for `key`, else undefined. Never throws. */
export function decodeCache(text: string | undefined, key: string): CacheEntry | undefined {
  if (text === undefined) return undefined;
  const newline = text.indexOf('\n');
  const body = text.slice(newline + 1);
  if (newline !== 64 || text.slice(0, newline) !== sha256(body)) return undefined;
  let entry: CacheEntry;
  try {
    entry = restoreUndefined(JSON.parse(body)) as CacheEntry;
  } catch {
    return undefined;
  }
  const isRecord = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isRecord(entry) || entry.key !== key || !isRecord(entry.env) || !isRecord(entry.envFiles) || !Array.isArray(entry.warnings) || !isRecord(entry.project)) return undefined;
  return entry;
}

/** Whether `env` still holds what the entry's load read from it. */
export function sameEnv(entry: CacheEntry, env: NodeJS.ProcessEnv): boolean {
  return Object.entries(entry.env).every(([name, value]) => (env[name] ?? null) === value);
}

/** Whether the env_files the entry's load read still hold the same. */
export function sameEnvFiles(entry: CacheEntry, files: ReadonlyMap<string, FileText>): boolean {
  return Object.entries(entry.envFiles).every(([path, digest]) => fileDigest(files.get(path)) === digest);
}
