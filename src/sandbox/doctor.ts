/**
 * `dabba doctor`: what this host offers for running containers, each finding
 * with its fix. `probeHost` gathers facts (I/O); `evaluateHost` judges them (pure).
 */
import { accessSync, constants, readFileSync, statSync, statfsSync } from 'node:fs';
import { execaSync } from 'execa';
import { ADVICE } from './errors.js';
import { readHostFacts, whichTool } from './host.js';
import { ROOT_ID_RANGE, type HostFacts } from './ids.js';
import { helperExecaOptions } from '../util/host-helper.js';
import { IDMAP_PERL } from './stage.js';

export interface HostProbe {
  host: HostFacts;
  bwrap: { path: string; version: string } | undefined;
  unshare: string | undefined;
  nsenter: string | undefined;
  /** setpriv and script, for a terminal of the container's own. */
  terminal: { setpriv: string | undefined; script: string | undefined };
  /** Creating a user namespace worked (`unshare --user`); its error otherwise. */
  userns: { ok: true } | { ok: false; error: string };
  /** kernel.apparmor_restrict_unprivileged_userns (Ubuntu 23.10+), if present. */
  apparmorRestrict: number | undefined;
  /** kernel.unprivileged_userns_clone (Debian's older kernels), if present. */
  usernsClone: number | undefined;
  newuidmap: { path: string; setuid: boolean } | undefined;
  newgidmap: { path: string; setuid: boolean } | undefined;
  slirp4netns: { path: string; version: string } | undefined;
  pasta: string | undefined;
  tun: 'ok' | 'missing' | 'denied';
  unprivilegedPortStart: number | undefined;
  cgroup: 'v2' | 'v1' | 'unknown';
  /** As root: whether an idmapped mount of the current folder works (project binds writable by the container's root). */
  idmap: 'not needed' | 'ok' | 'failed';
  /** Whether a bridge and a veth pair can be made in a user namespace of this user's (project networks); the error otherwise. */
  networks: { ok: true } | { ok: false; error: string };
}

export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface Check {
  name: string;
  status: CheckStatus;
  detail: string;
  fix?: string | undefined;
}

/** Gathers the facts `evaluateHost` judges. Runs small probes (bwrap --version, unshare). */
export function probeHost(env: NodeJS.ProcessEnv = process.env): HostProbe {
  const host = readHostFacts();
  const version = (p: string | undefined): string => (p ? String(execaSync(p, ['--version'], { ...helperExecaOptions(), reject: false }).stdout ?? '').split('\n')[0]!.trim() : '');
  const bwrapPath = whichTool('bwrap', env);
  const slirpPath = whichTool('slirp4netns', env);
  const unshare = whichTool('unshare', env);
  const probe = unshare ? execaSync(unshare, ['--user', '--map-root-user', 'true'], { ...helperExecaOptions(), reject: false, stripFinalNewline: false }) : undefined;
  const idTool = (name: string): { path: string; setuid: boolean } | undefined => {
    const p = whichTool(name, env);
    if (!p) return undefined;
    const st = statSync(p);
    return { path: p, setuid: (st.mode & 0o4000) !== 0 && st.uid === 0 };
  };
  let tun: HostProbe['tun'] = 'ok';
  try {
    accessSync('/dev/net/tun', constants.R_OK | constants.W_OK);
  } catch (err) {
    tun = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'denied';
  }
  let cgroup: HostProbe['cgroup'] = 'unknown';
  try {
    cgroup = statfsSync('/sys/fs/cgroup').type === 0x63677270 ? 'v2' : 'v1';
  } catch {
    cgroup = 'unknown';
  }
  return {
    host,
    idmap: host.uid !== 0 ? 'not needed' : probeIdmap(),
    bwrap: bwrapPath ? { path: bwrapPath, version: version(bwrapPath) } : undefined,
    unshare,
    nsenter: whichTool('nsenter', env),
    terminal: { setpriv: whichTool('setpriv', env), script: whichTool('script', env) },
    userns: probe && probe.exitCode === 0 ? { ok: true } : { ok: false, error: (probe ? String(probe.stderr) : 'unshare not found').trim() },
    apparmorRestrict: readNumber('/proc/sys/kernel/apparmor_restrict_unprivileged_userns'),
    usernsClone: readNumber('/proc/sys/kernel/unprivileged_userns_clone'),
    newuidmap: idTool('newuidmap'),
    newgidmap: idTool('newgidmap'),
    slirp4netns: slirpPath ? { path: slirpPath, version: version(slirpPath) } : undefined,
    pasta: whichTool('pasta', env),
    tun,
    unprivilegedPortStart: readNumber('/proc/sys/net/ipv4/ip_unprivileged_port_start'),
    cgroup,
    networks: probeNetworks(env),
  };
}

/** Makes a bridge and a veth pair on it in throwaway namespaces, as the project networks do. */
function probeNetworks(env: NodeJS.ProcessEnv): HostProbe['networks'] {
  const ip = whichTool('ip', env);
  if (!ip) return { ok: false, error: 'ip (iproute2) not found' };
  const script = '"$1" link add dabba-probe0 type bridge && "$1" link add dabba-probe1 type veth peer name dabba-probe2 && "$1" link set dabba-probe1 master dabba-probe0';
  const r = execaSync('unshare', ['--user', '--map-root-user', '--net', '/bin/sh', '-c', script, 'probe', ip], { ...helperExecaOptions(), reject: false, timeout: 10_000 });
  return r.exitCode === 0 ? { ok: true } : { ok: false, error: String(r.stderr).trim() || `exit ${r.exitCode}` };
}

function readNumber(path: string): number | undefined {
  try {
    const n = Number(readFileSync(path, 'utf8').trim());
    return Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

/** One check per requirement, each failing or warning one with its fix (pure). */
export function evaluateHost(p: HostProbe): Check[] {
  const checks: Check[] = [];
  const add = (name: string, status: CheckStatus, detail: string, fix?: string) => checks.push({ name, status, detail, fix });
  add('bubblewrap', p.bwrap ? 'ok' : 'fail', p.bwrap ? `${p.bwrap.version} (${p.bwrap.path})` : 'not found', ADVICE.bwrap);
  add('unshare/nsenter', p.unshare && p.nsenter ? 'ok' : 'fail', p.unshare && p.nsenter ? `${p.unshare}, ${p.nsenter}` : 'not found', ADVICE.unshare);
  const { setpriv, script } = p.terminal;
  add('terminals', setpriv && script ? 'ok' : 'warn', setpriv && script ? `${script} gives run and exec a pty of their own` : 'setpriv or script not found: run and exec from a terminal need -T', ADVICE.terminal);
  if (p.userns.ok) add('user namespaces', 'ok', p.host.uid === 0 ? 'available (dabba runs as root: containers get an unprivileged id range)' : 'unprivileged user namespaces work');
  else {
    const apparmor = p.apparmorRestrict === 1 ? ' (Ubuntu restricts unprivileged user namespaces with AppArmor: kernel.apparmor_restrict_unprivileged_userns=1)' : '';
    const clone = p.usernsClone === 0 ? ' (kernel.unprivileged_userns_clone=0)' : '';
    add('user namespaces', 'fail', `cannot create one: ${p.userns.error}${apparmor}${clone}`, ADVICE.userns);
  }
  if (p.host.uid === 0) {
    add('id range', 'ok', p.host.subuid ? `root's range from /etc/subuid: ${p.host.subuid.start}+${p.host.subuid.count}` : `root has no /etc/subuid entry: containers use ${ROOT_ID_RANGE.start}+${ROOT_ID_RANGE.count}`);
  } else if (p.host.subuid && p.host.subgid) {
    const helpers = p.newuidmap?.setuid && p.newgidmap?.setuid;
    add('id range', helpers ? 'ok' : 'warn', `subuid ${p.host.subuid.start}+${p.host.subuid.count}, subgid ${p.host.subgid.start}+${p.host.subgid.count}${helpers ? ', newuidmap/newgidmap setuid' : ', but newuidmap/newgidmap are missing or not setuid root'}`, helpers ? undefined : ADVICE.uidmap);
  } else {
    add('id range', 'warn', `no /etc/subuid and /etc/subgid range for ${p.host.userName ?? p.host.uid}: only container root is mapped, images that switch users (apt, postgres, nginx) will fail`, ADVICE.uidmap);
  }
  add('slirp4netns', p.slirp4netns ? 'ok' : p.pasta ? 'warn' : 'fail', p.slirp4netns ? `${p.slirp4netns.version} (default network backend)` : 'not found', ADVICE.slirp);
  add('pasta', p.pasta ? 'ok' : 'warn', p.pasta ? `${p.pasta} (DABBA_NETWORK=pasta or --network-backend pasta)` : 'not found (optional)', ADVICE.pasta);
  add('/dev/net/tun', p.tun === 'ok' ? 'ok' : 'fail', p.tun === 'ok' ? 'readable and writable' : p.tun === 'missing' ? 'missing' : 'not accessible to this user', ADVICE.tun);
  add(
    'project networks',
    p.networks.ok ? 'ok' : 'fail',
    p.networks.ok ? 'bridges and veth pairs work in a user namespace: services reach each other by name' : `cannot make a bridge and veth pair in a user namespace: ${p.networks.error}`,
    `${ADVICE.iproute2}; the kernel needs bridge and veth (modprobe bridge veth)`,
  );
  if (p.unprivilegedPortStart !== undefined) {
    const low = p.host.uid !== 0 && p.unprivilegedPortStart > 0;
    add(
      'low host ports',
      low ? 'warn' : 'ok',
      low ? `host ports below ${p.unprivilegedPortStart} cannot be published without root` : 'any host port can be published',
      low ? `sysctl -w net.ipv4.ip_unprivileged_port_start=80 (or publish ports >= ${p.unprivilegedPortStart})` : undefined,
    );
  }
  if (p.idmap !== 'not needed') {
    add(
      'idmapped mounts',
      p.idmap === 'ok' ? 'ok' : 'warn',
      p.idmap === 'ok' ? "as root, this folder's binds are writable by the container's root" : "as root, binds of this folder stay read-only for the container's root",
      'Linux ≥ 5.12, a file system with idmapped mounts (ext4, xfs, btrfs, tmpfs ≥ 6.3), and perl; or run dabba as an unprivileged user',
    );
  }
  add('cgroups', p.cgroup === 'v2' ? 'ok' : 'warn', p.cgroup === 'v2' ? 'cgroup v2' : `cgroup ${p.cgroup === 'v1' ? 'v1 or hybrid' : 'version unknown'}: dabba sets no resource limits, so nothing depends on it`);
  return checks;
}

/** Makes an idmapped mount of the current folder in throwaway namespaces, as staging does for project binds. */
function probeIdmap(): 'ok' | 'failed' {
  const script = 'unshare --user --map-root-user sleep 5 & p=$!; sleep 0.1; unshare --mount --propagation private perl -e "$1" -- "$PWD" /mnt /proc/$p/ns/user; r=$?; kill $p; exit $r';
  const r = execaSync('/bin/sh', ['-c', script, 'probe', IDMAP_PERL], { ...helperExecaOptions(), stdio: 'ignore', timeout: 10_000, reject: false });
  return r.exitCode === 0 ? 'ok' : 'failed';
}
