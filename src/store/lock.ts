import { open, readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from './errors.js';

/** Whether a process with this pid exists (EPERM means it does, owned by someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `fn` holding an exclusive lock file at `path` (created with O_EXCL,
 * holding the owner's pid). A lock whose owner is dead (killed with -9) is
 * taken over; a live owner is waited for up to `timeoutMs`.
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const fh = await open(path, 'wx', 0o644);
      try {
        await fh.writeFile(String(process.pid));
      } finally {
        await fh.close();
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new StoreError(`locking ${path}: ${(err as Error).message}`, { cause: err });
    }
    if (await isStale(path)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      const owner = await readFile(path, 'utf8').catch(() => '?');
      throw new StoreError(`locking ${path}: still held by pid ${owner.trim()} after ${timeoutMs} ms`, { hint: `if no dabba is running, remove ${path}` });
    }
    await sleep(Math.min(5 * 2 ** Math.min(attempt, 5), 100));
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}

async function isStale(path: string): Promise<boolean> {
  try {
    const text = await readFile(path, 'utf8');
    const pid = Number(text);
    // An empty file is a lock being written right now, unless it has been so for long.
    if (text === '') return Date.now() - (await stat(path)).mtimeMs > 10_000;
    return !Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid);
  } catch {
    return false;
  }
}
