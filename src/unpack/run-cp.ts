/** Running `cp` (optionally under setpriv) as a host helper, for the tree copies of clone.ts and tree.ts (I/O). */
import { findOnPath, helperExecaOptions, loadExeca } from '../util/host-helper.js';

/** How much of a failing cp's stderr its error keeps. */
const STDERR_KEPT = 2000;

/**
 * Runs `[file, ...args]` in `cwd` to its end. Rejects with cp's exit code and
 * stderr when it fails, and with an ENOENT error when `file` is not on dabba's PATH.
 */
export async function runCp([file, ...args]: readonly string[], cwd?: string): Promise<void> {
  const path = findOnPath(file!);
  if (path === undefined) throw Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' });
  const { execa } = await loadExeca();
  const r = await execa(path, args, { ...helperExecaOptions(), cwd, stdin: 'ignore', stdout: 'ignore', stderr: 'pipe', reject: false });
  if (r.exitCode === 0) return;
  if (r.exitCode === undefined && r.signal === undefined) throw r;
  throw new Error(`cp -a failed (exit ${r.exitCode ?? null}): ${r.stderr.slice(0, STDERR_KEPT).trim()}`);
}
