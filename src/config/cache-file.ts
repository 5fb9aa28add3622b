// The config cache's I/O (what it holds and when it is trusted: cache.ts).
// The cache is an optimisation only: a file that cannot be read is a miss,
// and one that cannot be written (a read-only project, another user's
// `.dabba/`) is skipped without a word, so loading never fails because of it.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../util/atomic.js';
import { ensurePrivateDir } from '../util/private-dir.js';
import { CACHE_FILE_NAME } from './cache.js';

// As state/paths.ts (STATE_DIR_NAME, STATE_DIR_MODE, SECRET_FILE_MODE), which
// config may not import: the cached Project holds the services' environment.
const STATE_DIR = '.dabba';
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

export function cacheFilePath(projectDir: string): string {
  return join(projectDir, STATE_DIR, CACHE_FILE_NAME);
}

/**
 * Which build of dabba is running: a rebuild rewrites this compiled file, so
 * an entry made by other code (another version, a changed pipeline) is not
 * taken for this one's. Undefined when that cannot be told.
 */
export async function codeStamp(): Promise<string | undefined> {
  try {
    const st = await stat(fileURLToPath(import.meta.url));
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    // Without it an entry cannot be told apart from another build's: no cache.
    return undefined;
  }
}

export async function readCacheFile(projectDir: string): Promise<string | undefined> {
  return readFile(cacheFilePath(projectDir), 'utf8').catch(() => undefined);
}

/** Writes the entry atomically, owner-only; creates `.dabba/` (owner-only) when it can. */
export async function writeCacheFile(projectDir: string, text: string): Promise<void> {
  try {
    await ensurePrivateDir(join(projectDir, STATE_DIR), DIR_MODE);
    await writeFileAtomic(cacheFilePath(projectDir), text, FILE_MODE);
  } catch {
    // Not cached: the next run parses again.
  }
}
