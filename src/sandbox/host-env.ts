/**
 * Environments of the host helpers (pure). Every program dabba starts on the
 * host side (bwrap, nsenter, unshare, slirp4netns, pasta, setpriv, script,
 * newuidmap, cp, rm, …) is a host binary loaded by the host's dynamic loader:
 * an image's `LD_PRELOAD`, `LD_LIBRARY_PATH`, `GCONV_PATH` … in its
 * environment would run the image's code there, outside the container.
 *
 * So helpers get a fixed environment built here. The container's environment
 * reaches only the container's process: bwrap gets it on a pipe
 * (`--args FD` with `--clearenv --setenv`), never in its own environ or argv.
 * nsenter (exec, healthchecks) cannot set an environment itself, so it gets
 * the container's variables *except* every one that a loader, libc or shell
 * on the host reads; those are set inside the container by its own
 * `/bin/sh` just before the command (`withInsideEnv`).
 */

export { HELPER_PATH, helperEnv } from '../util/host-helper.js';

/**
 * Variables that glibc's loader or libc, or a shell, reads at start-up: glibc's
 * own list of variables unsafe for privileged programs (`unsecvars.h`), the
 * malloc and tunables families, and what sh/bash read before running a
 * command. Matched by name or, ending in `*`, by prefix.
 */
const HOST_SENSITIVE = [
  'LD_*', 'GCONV_PATH', 'GETCONF_DIR', 'GLIBC_TUNABLES', 'HOSTALIASES', 'LOCALDOMAIN', 'LOCPATH', 'MALLOC_*',
  'NIS_PATH', 'NLSPATH', 'RESOLV_HOST_CONF', 'RES_OPTIONS', 'TMPDIR', 'TZDIR', 'TZ',
  'ENV', 'BASH_ENV', 'BASH_FUNC_*', 'SHELLOPTS', 'BASHOPTS', 'IFS', 'CDPATH', 'PS4', 'SHELL',
];

export function isHostSensitive(name: string): boolean {
  return HOST_SENSITIVE.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}

/** The container's environment split into what a host helper may carry and what only the inside may see. */
export function splitEnv(env: Readonly<Record<string, string>>): { carried: Record<string, string>; inside: Record<string, string> } {
  const carried: Record<string, string> = {};
  const inside: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) (isHostSensitive(k) ? inside : carried)[k] = v;
  return { carried, inside };
}

/**
 * `argv` preceded, when `inside` is not empty, by the container's `/bin/sh`
 * exporting those variables and exec'ing the command: they are set only once
 * the process is inside the container. With nothing to set, `argv` as it is
 * (images without a shell work as long as they need none of them).
 */
export function withInsideEnv(inside: Readonly<Record<string, string>>, argv: readonly string[]): string[] {
  const pairs = Object.entries(inside).map(([k, v]) => `${k}=${v}`);
  if (pairs.length === 0) return [...argv];
  const script = 'while [ "$1" != -- ]; do export "$1"; shift; done; shift; exec "$@"';
  return ['/bin/sh', '-c', script, 'sh', ...pairs, '--', ...argv];
}

/** bwrap arguments that replace its environment with exactly `env`, for `--args FD` (NUL-separated). */
export function bwrapEnvArgs(env: Readonly<Record<string, string>>): Buffer {
  const args = ['--clearenv', ...Object.entries(env).flatMap(([k, v]) => ['--setenv', k, v])];
  return Buffer.from(args.map((a) => `${a}\0`).join(''));
}
