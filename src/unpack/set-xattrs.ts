/**
 * Applies a batch of `user.*` xattrs below a root with one `setfattr` process
 * (Debian package `attr`): `--restore=-` reads the whole batch on stdin, `-h`
 * sets each on the entry itself, never on a symlink's target. The paths are
 * relative to the root (its cwd) and are real paths the writer resolved,
 * made only of directories inside the root, so nothing outside it is named.
 */
import { spawn } from 'node:child_process';
import { formatXattrRestore, summarizeSetfattrErrors, type XattrOutcome, type XattrTarget } from './xattr.js';

const STDERR_CAP = 64 * 1024;

/**
 * Sets every target's xattrs below `root`. Never rejects for what the
 * filesystem or the kernel refuses (ENOTSUP, EPERM on a symlink, …) nor for
 * a missing setfattr: that is the outcome, for the caller's notice. Rejects
 * only when the process cannot be run for another reason.
 */
export function setXattrs(root: string, targets: readonly XattrTarget[]): Promise<XattrOutcome> {
  if (targets.length === 0) return Promise.resolve({ kind: 'ok' });
  const total = targets.reduce((n, t) => n + t.xattrs.size, 0);
  return new Promise((resolve, reject) => {
    const child = spawn('setfattr', ['-h', '--restore=-'], { cwd: root, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      if (stderr.length < STDERR_CAP) stderr += s;
    });
    child.stdin.on('error', () => {
      // EPIPE when setfattr exits early: its exit status and stderr explain why
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') resolve({ kind: 'missing-tool' });
      else reject(err);
    });
    child.on('close', (code) => {
      if (code === 0) {
        resolve({ kind: 'ok' });
        return;
      }
      const { failed, reasons } = summarizeSetfattrErrors(stderr);
      // a capped or unparsable stderr still means something was refused
      resolve({ kind: 'refused', failed: failed === 0 ? total : Math.min(failed, total), reasons: reasons.length > 0 ? reasons : [`exit ${code}`] });
    });
    child.stdin.end(formatXattrRestore(targets));
  });
}
