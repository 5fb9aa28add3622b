/**
 * Host helpers: the programs dabba starts on the host side (cp, setfattr,
 * zstd, mkfifo, nsenter, …) get a fixed environment, never dabba's own nor an
 * image's: an image's `LD_PRELOAD`, `GCONV_PATH`, … would otherwise run its
 * code there, outside the container (see src/sandbox/host-env.ts).
 * Outside the container start path they run through execa, loaded on first
 * use so that commands that start none do not pay for loading it; mkfifo,
 * needed synchronously, runs through node's execFileSync.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The PATH of every host helper: the system's folders, never the user's or the image's. */
export const HELPER_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The environment of a host helper: a fixed PATH and, for a terminal, TERM. */
export function helperEnv(extra: { term?: string | undefined } = {}): Record<string, string> {
  return { PATH: HELPER_PATH, LC_ALL: 'C', ...(extra.term !== undefined ? { TERM: extra.term } : {}) };
}

/** execa's options for a host helper: the fixed environment and nothing of dabba's. */
export function helperExecaOptions(): { env: Record<string, string>; extendEnv: false } {
  return { env: helperEnv(), extendEnv: false };
}

/** execa, loaded when first needed. */
export function loadExeca(): Promise<typeof import('execa')> {
  return import('execa');
}

/**
 * The absolute path of the executable `name` in the folders of `path` (a
 * PATH value), or undefined. Helpers are looked up where dabba's user put
 * them, then run by that path with the fixed environment.
 */
export function findOnPath(name: string, path: string | undefined = process.env.PATH): string | undefined {
  for (const d of (path ?? '').split(delimiter).filter(Boolean)) {
    const p = join(d, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Creates FIFOs with mode `mode` (Node has no mkfifo): the `mkfifo` tool, synchronously; throws when it fails. */
export function makeFifos(paths: readonly string[], mode: number): void {
  execFileSync(findOnPath('mkfifo') ?? 'mkfifo', ['-m', mode.toString(8), '--', ...paths], { stdio: 'ignore', env: helperEnv() });
}
