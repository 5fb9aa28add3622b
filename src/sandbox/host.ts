/** What the host offers: who runs dabba, its id ranges, where the tools are (I/O). */
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { delimiter } from 'node:path';
import { ADVICE, SandboxError, type PortBinder } from './errors.js';
import { parseSubidFile, type HostFacts } from './ids.js';
import { findOnPath } from '../util/host-helper.js';

/** Reads uid, gid, user name and the subordinate id ranges of the invoking user. */
export function readHostFacts(): HostFacts {
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  let userName: string | undefined;
  try {
    userName = userInfo().username;
  } catch {
    userName = undefined;
  }
  const read = (p: string): string => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return '';
    }
  };
  return {
    uid,
    gid,
    userName,
    subuid: parseSubidFile(read('/etc/subuid'), { name: userName, id: uid }),
    subgid: parseSubidFile(read('/etc/subgid'), { name: userName, id: gid }),
  };
}

/** This process's uid and the lowest port users may bind (read when a port fails, to say why). */
export function readPortBinder(): PortBinder {
  let start: number | undefined;
  try {
    start = Number.parseInt(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'), 10);
  } catch {
    start = undefined;
  }
  return { uid: process.getuid?.() ?? 0, unprivilegedPortStart: Number.isInteger(start) ? start : undefined };
}

export type ToolName = 'bwrap' | 'unshare' | 'nsenter' | 'newuidmap' | 'newgidmap' | 'slirp4netns' | 'pasta' | 'script' | 'setpriv' | 'ip' | 'sleep';

const TOOL_ADVICE: Record<ToolName, string> = {
  bwrap: ADVICE.bwrap,
  unshare: ADVICE.unshare,
  nsenter: ADVICE.unshare,
  newuidmap: ADVICE.uidmap,
  newgidmap: ADVICE.uidmap,
  slirp4netns: ADVICE.slirp,
  pasta: ADVICE.pasta,
  script: ADVICE.terminal,
  setpriv: ADVICE.terminal,
  ip: ADVICE.iproute2,
  sleep: ADVICE.iproute2,
};

/** The absolute path of `name` on PATH (plus the sbin folders), or undefined. */
export function whichTool(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return findOnPath(name, [env.PATH ?? '', '/usr/sbin', '/sbin', '/usr/bin', '/bin'].join(delimiter));
}

/** Like `whichTool`, but a missing tool is a SandboxError with the same advice `dabba doctor` gives. */
export function requireTool(name: ToolName, env: NodeJS.ProcessEnv = process.env): string {
  const p = whichTool(name, env);
  if (!p) throw new SandboxError(`${name} not found on PATH`, { hint: TOOL_ADVICE[name] });
  return p;
}
