/**
 * A container's `net.*` sysctls: written in its network namespace before
 * bwrap starts the command, by dabba's user entering the namespace holder's
 * user namespace, which it owns (so it holds CAP_NET_ADMIN over the network
 * namespace whatever ids the container maps). A value the kernel refuses
 * fails the start, naming the setting.
 */
import { runHelper } from './helper-spawn.js';

/**
 * The shell script and its arguments that write `sysctls` (pure): names and
 * values are arguments, never part of the script's text.
 */
export function sysctlScript(sysctls: Readonly<Record<string, string>>): { script: string; args: string[] } {
  const script = 'while [ $# -gt 0 ]; do printf "%s\\n" "$2" > "/proc/sys/$1" || { echo "cannot set $3 to $2" >&2; exit 1; }; shift 3; done';
  const args = Object.entries(sysctls).flatMap(([name, v]) => [name.replaceAll('.', '/'), v, name]);
  return { script, args };
}

/** Writes `sysctls` in the network namespace of `holderPid` (whose user namespace owns it). */
export async function writeSysctls(holderPid: number, sysctls: Readonly<Record<string, string>>, nsenter: string): Promise<void> {
  if (Object.keys(sysctls).length === 0) return;
  const { script, args } = sysctlScript(sysctls);
  await runHelper(nsenter, ['-t', String(holderPid), '-U', '--preserve-credentials', '-n', '--', '/bin/sh', '-c', script, 'sysctls', ...args], 'setting the container\'s sysctls');
}
