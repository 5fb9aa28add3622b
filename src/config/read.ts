import { open, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigNotFoundError, ConfigReadError, type FileText } from './errors.js';
import { fileTooLargeMessage, MAX_FILE_BYTES } from './input-limits.js';

/** The names looked for, in order, in each folder from the working folder up, as compose does (dabba's own first). */
export const PROJECT_FILE_NAMES = ['dabba.yaml', 'compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;

/** The override file merged over the project file when it is beside it: the first of these, as compose. */
export const OVERRIDE_FILE_NAMES = ['dabba.override.yaml', 'dabba.override.yml', 'compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'] as const;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function firstFile(dir: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) {
    const candidate = join(dir, name);
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The project files for `cwd`, as compose finds them: the first of
 * PROJECT_FILE_NAMES found in `cwd`, then in each parent up to the root, and
 * the first of OVERRIDE_FILE_NAMES beside it. Throws ConfigNotFoundError.
 */
export async function findProjectFiles(cwd: string): Promise<string[]> {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const file = await firstFile(dir, PROJECT_FILE_NAMES);
    if (file !== undefined) {
      const override = await firstFile(dir, OVERRIDE_FILE_NAMES);
      return override === undefined ? [file] : [file, override];
    }
    if (dirname(dir) === dir) break;
  }
  throw new ConfigNotFoundError(`no ${PROJECT_FILE_NAMES.join(', ')} in ${cwd} or its parents`, {
    hint: 'create a dabba.yaml (see examples/), or name the file with -f FILE',
  });
}

/**
 * The text of a file, or undefined when it does not exist. Other failures (a
 * folder, no permission, more than MAX_FILE_BYTES, which is refused before
 * reading) throw ConfigReadError.
 */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigReadError(`reading ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    const { size } = await fh.stat();
    if (size > MAX_FILE_BYTES) throw new ConfigReadError(`${path}: ${fileTooLargeMessage(size)}`);
    return await fh.readFile('utf8');
  } catch (err) {
    if (err instanceof ConfigReadError) throw err;
    throw new ConfigReadError(`reading ${path}: ${(err as Error).message}`, { cause: err });
  } finally {
    await fh.close();
  }
}

/** Reads each file once; missing files map to undefined, files that cannot be read to why. */
export async function readTextFiles(paths: readonly string[]): Promise<Map<string, FileText>> {
  const unique = [...new Set(paths)];
  const read = (p: string): Promise<FileText> =>
    readTextIfExists(p).catch((err: unknown) => {
      if (err instanceof ConfigReadError) return { unreadable: err.message };
      throw err;
    });
  const texts = await Promise.all(unique.map(read));
  return new Map(unique.map((p, i) => [p, texts[i]]));
}
