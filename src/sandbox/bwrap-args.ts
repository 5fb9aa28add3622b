/**
 * RunSpec → bwrap argv (pure). bwrap runs inside the namespace holder's user
 * (and, with networking, net) namespace, where dabba is root, so it keeps
 * root's capabilities for a root process; for any other user it joins a
 * nested user namespace (`--userns`) in which it can switch uid and gid.
 *
 * The environment is not in the argv (argv is world-readable in /proc), nor
 * in bwrap's own environ (a host program's loader would act on LD_PRELOAD and
 * the like): the caller writes `--clearenv --setenv …` to the `env` pipe
 * (see host-env.ts `bwrapEnvArgs`), which bwrap reads with `--args`.
 */
import type { RunSpec } from './spec.js';

export interface BwrapFds {
  /** bwrap writes `{"child-pid": N}` here. */
  info: number;
  /** A nested user namespace for a process that is not plain root (see `needsUserNamespace`). */
  userns?: number | undefined;
  /** A pipe carrying the container's environment as NUL-separated bwrap arguments (`--args`). */
  env?: number | undefined;
  /**
   * Where the rootfs, bind sources and generated files were staged, by host
   * path (see stage.ts): bwrap binds them from there.
   */
  staged?: ReadonlyMap<string, string> | undefined;
}

/**
 * Whether the process needs a nested user namespace to switch to its ids:
 * bwrap runs as the holder's root, and bwrap 0.8 applies `--uid`/`--gid` only
 * when it joins a user namespace (`--userns`) of its own.
 */
export function needsUserNamespace(spec: RunSpec): boolean {
  return spec.idMapping.uid[0]?.inside === 0 && (spec.user.uid !== 0 || spec.user.gid !== 0);
}

/**
 * The bwrap argv (without the program) for `spec`, whose mount targets must
 * already be resolved inside the rootfs (`resolveMountTargets`). Ends bwrap's
 * options with `--` so a command starting with `-` is never read as one.
 */
export function buildBwrapArgs(spec: RunSpec, fds: BwrapFds): string[] {
  const a: string[] = fds.env !== undefined ? ['--args', String(fds.env)] : [];
  a.push('--die-with-parent', '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try');
  if (spec.network.mode === 'loopback') a.push('--unshare-net');
  // Without a TTY of its own the container must not reach dabba's terminal (TIOCSTI).
  if (!spec.tty) a.push('--new-session');
  if (!spec.init) a.push('--as-pid-1');
  a.push('--hostname', spec.hostname);
  if (fds.userns !== undefined) {
    a.push('--userns', String(fds.userns), '--uid', String(spec.user.uid), '--gid', String(spec.user.gid));
    // bwrap 0.8 never closes the --userns fd, but it closes the --block-fd before exec after one read,
    // which on a namespace fd returns at once: the same fd for both keeps it out of the container.
    a.push('--block-fd', String(fds.userns));
  }
  a.push('--info-fd', String(fds.info));
  a.push(...capabilityArgs(spec.capAdd, spec.capDrop));
  // The rootfs is bound writable and remounted read-only last, so mount points
  // and the working dir can be created first and volumes stay writable.
  const bind = (readOnly: boolean, source: string, target: string): void => {
    a.push(readOnly ? '--ro-bind' : '--bind', fds.staged?.get(source) ?? source, target);
  };
  bind(false, spec.rootfs, '/');
  // /tmp and /dev/shm are for every user of the container, as in docker (sticky, 1777).
  a.push('--proc', '/proc', '--dev', '/dev', '--perms', '1777', ...(spec.shmSizeBytes === undefined ? [] : ['--size', String(spec.shmSizeBytes)]), '--tmpfs', '/dev/shm');
  a.push('--perms', '1777', '--tmpfs', '/tmp');
  // Device nodes are not staged: /dev is the same for every id, and bwrap binds them from there.
  for (const d of spec.devices) a.push('--dev-bind', d.source, d.target);
  for (const m of spec.mounts) {
    if (m.kind === 'tmpfs') {
      if (m.mode !== undefined) a.push('--perms', m.mode.toString(8).padStart(4, '0'));
      if (m.sizeBytes !== undefined) a.push('--size', String(m.sizeBytes));
      a.push('--tmpfs', m.target);
    } else {
      bind(m.readOnly, m.source, m.target);
    }
  }
  for (const f of spec.files) bind(true, f.hostPath, f.target);
  a.push('--dir', spec.workdir);
  if (spec.readOnly) a.push('--remount-ro', '/');
  a.push('--chdir', spec.workdir, '--', ...spec.argv);
  return a;
}

/**
 * cap_add/cap_drop as bwrap applies them, in order, to what the process
 * would have (every capability for root, none for another user), with
 * docker's meaning: `cap_drop: [ALL]` keeps only cap_add, `cap_add: [ALL]`
 * gives all but cap_drop.
 */
export function capabilityArgs(add: readonly string[], drop: readonly string[]): string[] {
  const a: string[] = [];
  if (add.includes('ALL')) a.push('--cap-add', 'ALL');
  for (const c of drop) a.push('--cap-drop', c);
  if (!add.includes('ALL')) for (const c of add) a.push('--cap-add', c);
  return a;
}
