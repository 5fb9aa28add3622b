/**
 * Applies a batch of `user.*` xattrs below a root with one `setfattr` process
 * (Debian package `attr`): `--restore=-` reads the whole batch on stdin, `-h`
 * sets each on the entry itself, never on a symlink's target. The paths are
 * relative to the root (its cwd) and are real paths the writer resolved,
 * made only of directories inside the root, so nothing outside it is named.
 */
import { findOnPath, helperExecaOptions, loadExeca } from '../util/host-helper.js';
import { formatXattrRestore, summarizeSetfattrErrors, type XattrOutcome, type XattrTarget } from './xattr.js';

const STDERR_CAP = 64 * 1024;

/**
 * Sets every target's xattrs below `root`. Never rejects for what the
 * filesystem or the kernel refuses (ENOTSUP, EPERM on a symlink, …) nor for
 * a missing setfattr: that is the outcome, for the caller's notice. Rejects
 * only when the process cannot be run for another reason.
 */
export async function setXattrs(root: string, targets: readonly XattrTarget[]): Promise<XattrOutcome> {
  if (targets.length === 0) return { kind: 'ok' };
  const total = targets.reduce((n, t) => n + t.xattrs.size, 0);
  const setfattr = findOnPath('setfattr');
  if (setfattr === undefined) return { kind: 'missing-tool' };
  const { execa } = await loadExeca();
  // An early exit of setfattr (EPIPE on its stdin) is told by its exit status and stderr.
  const r = await execa(setfattr, ['-h', '--restore=-'], { ...helperExecaOptions(), cwd: root, input: formatXattrRestore(targets), stdout: 'ignore', stderr: 'pipe', reject: false });
  if (r.exitCode === 0) return { kind: 'ok' };
  if (r.exitCode === undefined && r.signal === undefined) throw r;
  const { failed, reasons } = summarizeSetfattrErrors(r.stderr.slice(0, STDERR_CAP));
  // a capped or unparsable stderr still means something was refused
  return { kind: 'refused', failed: failed === 0 ? total : Math.min(failed, total), reasons: reasons.length > 0 ? reasons : [`exit ${r.exitCode ?? null}`] };
}
