import type { PortMapping } from '../config/model.js';
import { DabbaError } from '../errors/index.js';

/** The sandbox could not be set up or run: a missing tool, a refused namespace, a taken port. Exit 1. */
export class SandboxError extends DabbaError {
  readonly code = 'DABBA_SANDBOX';
  readonly exitCode = 1;
}

/** Who binds a published port: its uid and the host's `net.ipv4.ip_unprivileged_port_start` (undefined when unknown). */
export interface PortBinder {
  uid: number;
  unprivilegedPortStart: number | undefined;
}

/**
 * A published port that cannot be bound on the host; `detail` says why. A
 * port below the host's unprivileged start cannot be bound by a user at all,
 * which "in use" would misstate: that case says how to lift the limit.
 */
export function portTakenError(service: string, p: PortMapping, detail: string, binder: PortBinder): SandboxError {
  const where = `service "${service}": cannot publish port ${p.hostIp}:${p.published}/${p.protocol}`;
  const start = binder.unprivilegedPortStart;
  if (binder.uid !== 0 && start !== undefined && p.published < start) {
    return new SandboxError(`${where}: ports below ${start} need privileges on this host (net.ipv4.ip_unprivileged_port_start is ${start}) (${detail})`, {
      hint: `publish a port of ${start} or above (e.g. "${Math.max(start, 8000 + (p.published % 1000))}:${p.target}"), or let users bind it: sudo sysctl net.ipv4.ip_unprivileged_port_start=${p.published}`,
    });
  }
  return new SandboxError(`${where}: it is already in use or not available (${detail})`, {
    hint: 'stop what uses it, or choose another published port',
  });
}

/** Advice shared by `dabba doctor` and run-time failures, so both say the same thing. */
export const ADVICE = {
  bwrap: 'install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap)',
  unshare: 'install util-linux (it provides unshare and nsenter)',
  terminal: 'install util-linux and bsdutils (they provide setpriv and script, which give the container a terminal of its own), or pass -T',
  uidmap: 'install uidmap (newuidmap/newgidmap) and give your user a range: usermod --add-subuids 100000-165535 --add-subgids 100000-165535 $USER',
  slirp: 'install slirp4netns (apt-get install slirp4netns), or passt for the pasta backend',
  pasta: 'install passt (apt-get install passt), or use the default backend slirp4netns',
  userns:
    'unprivileged user namespaces are disabled: sysctl -w kernel.unprivileged_userns_clone=1 (Debian) or user.max_user_namespaces=15000; on Ubuntu 23.10+ also sysctl -w kernel.apparmor_restrict_unprivileged_userns=0 or add an AppArmor profile for bwrap',
  tun: 'slirp4netns and pasta need /dev/net/tun: modprobe tun, and make it mode 0666',
  iproute2: 'project networks need ip from iproute2 (apt-get install iproute2) and coreutils\' sleep',
} as const;
