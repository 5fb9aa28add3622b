import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic.js';

/**
 * Parsing YAML is most of what `dabba config`, `up` and `ps` spend on a large
 * file (about 300 ms for 200 services with the yaml package on a cold start),
 * and the file rarely changes between two commands. So the parsed document
 * (plain data, no positions) is kept per project file in the user's cache
 * folder, keyed by a hash of the text; positions are recomputed by a real
 * parse only when a message needs one. Bump FORMAT whenever parse.ts changes
 * what it produces. `DABBA_CONFIG_CACHE=0` turns the cache off.
 */
const FORMAT = 1;

export interface ParseCache {
  /** The cached parse of `text`, or undefined. */
  get(text: string): Promise<unknown>;
  /** Remembers the parse of `text`; failures are ignored (a cache is optional). */
  put(text: string, value: unknown): Promise<void>;
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Whether JSON keeps `value` exactly (YAML's .inf and .nan do not survive it). */
function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (value !== null && typeof value === 'object') return Object.values(value).every(jsonSafe);
  return true;
}

/** The cache for one project file, or undefined when disabled or there is no cache folder. */
export function openParseCache(env: NodeJS.ProcessEnv, configFile: string): ParseCache | undefined {
  if (env.DABBA_CONFIG_CACHE === '0') return undefined;
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  if (base === undefined) return undefined;
  const file = join(base, 'dabba', 'config', `${sha256(configFile).slice(0, 32)}.json`);
  return {
    get: async (text) => {
      try {
        const entry = JSON.parse(await readFile(file, 'utf8')) as { format?: unknown; hash?: unknown; value?: unknown };
        return entry.format === FORMAT && entry.hash === sha256(text) ? entry.value : undefined;
      } catch {
        return undefined;
      }
    },
    put: async (text, value) => {
      if (!jsonSafe(value)) return;
      try {
        await writeFileAtomic(file, JSON.stringify({ format: FORMAT, hash: sha256(text), value }), 0o600);
      } catch {
        // An unwritable cache folder only costs speed.
      }
    },
  };
}
