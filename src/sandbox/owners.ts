/**
 * Unprivileged, giving generated files (secrets, configs) an owner that is
 * not you: dabba's user cannot chown to its subordinate ids on the host, but
 * it owns the container's user namespace and so may, from inside it, give a
 * file of its own any id the namespace maps. Done on dabba's own files in
 * the container folder, before the container starts.
 */
import { runHelper } from './helper-spawn.js';
import type { GeneratedFile } from './spec.js';

/** `chown` argvs for the files that need an owner from inside (pure). */
export function chownsInside(files: readonly GeneratedFile[]): string[][] {
  return files.flatMap((f) => {
    if (f.ownerInside === undefined) return [];
    const { uid, gid } = f.ownerInside;
    // `U:` would also set U's login group: a side left out is written without its colon.
    const owner = gid === undefined ? String(uid) : `${uid ?? ''}:${gid}`;
    return [['chown', '--', owner, f.hostPath]];
  });
}

/** Runs those chowns in the user namespace of `holderPid`, as its owner. */
export async function ownInUserNamespace(holderPid: number, files: readonly GeneratedFile[], nsenter: string): Promise<void> {
  for (const argv of chownsInside(files)) {
    await runHelper(nsenter, ['-t', String(holderPid), '-U', '--preserve-credentials', '--', ...argv], `giving ${argv[3]} its owner ${argv[2]} inside the container`);
  }
}
