/**
 * Debian's podman (4.3) with everything of its own under one temp folder, for
 * playing converted manifests with `podman kube play`: storage (vfs), run and
 * tmp folders, network configuration, file locks, containers.conf and
 * registries.conf (the test registry on 127.0.0.1 is insecure), runc with
 * cgroupfs. Rootless it runs as the calling user, with its own
 * XDG_RUNTIME_DIR and HOME, so its pause process and rootless network
 * namespace are its own. As root it runs in a network and mount namespace of
 * its own (a holder process): netavark's bridge and firewall rules, and the
 * run folders rootful podman shares with every other podman
 * (/run/containers/networks, /run/netns, /run/runc), stay in there.
 *
 *   const pm = await startPodman(dir, { registry: reg.host, subnet: '10.89.201.0/24' });
 *   await pm.pull(image);
 *   … pm.hostCommand([...]) runs a command where podman's published ports are …
 *   await pm.stop();   // removes every pod, ends every process, removes the folder
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where Debian's podman looks for netavark and aardvark-dns. */
const HELPER_DIRS = ['/usr/lib/podman', '/usr/libexec/podman', '/usr/local/lib/podman', '/usr/local/libexec/podman'];

/** The first of podman's network helpers that is not installed. */
export function missingNetworkHelper(): string | undefined {
  return ['netavark', 'aardvark-dns'].find((b) => !HELPER_DIRS.some((d) => existsSync(join(d, b))));
}

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

function run(argv: readonly string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<CommandRun> {
  return new Promise((resolve) => {
    execFile(argv[0]!, argv.slice(1), { env, timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const numeric = typeof (err as { code?: unknown } | null)?.code === 'number';
      // A command that could not start, or was killed at the timeout, says so in place of its own errors.
      resolve({ code: err ? (numeric ? (err as unknown as { code: number }).code : 1) : 0, stdout, stderr: err && !numeric ? `${stderr}${err.message}` : stderr });
    });
  });
}

export interface Podman {
  /** `podman ARGS…` with this instance's storage and configuration. */
  podman(args: readonly string[], timeoutMs?: number): Promise<CommandRun>;
  /** `podman pull IMAGE` from the host's network (where the test registry is). */
  pull(image: string): Promise<CommandRun>;
  /** ARGV run in the network where podman publishes ports (the host rootless, the holder's namespace as root). */
  hostCommand(argv: readonly string[]): Promise<CommandRun>;
  /** Removes every pod and network, ends podman's processes, removes the folder; throws naming what outlived it. */
  stop(): Promise<void>;
}

/** Rootful podman's namespaces: a process that only holds them, with tmpfs over the run folders podman shares. */
async function startHolder(): Promise<ChildProcess> {
  const script = 'mount -t tmpfs tmpfs /run && mkdir -p /var/lib/containers && mount -t tmpfs tmpfs /var/lib/containers && ip link set lo up && echo ready && exec sleep 100000';
  const holder = spawn('unshare', ['--net', '--mount', '--propagation', 'private', 'sh', '-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  holder.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.once('data', () => resolve());
    holder.once('exit', (code) => reject(new Error(`the namespace holder for rootful podman exited (${code}): ${err}`)));
  });
  return holder;
}

/** Processes (not zombies) whose command line names `dir`, or that are in the network namespace `netns`. */
function leftovers(dir: string, netns: string | undefined, pausePid: number | undefined): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) continue;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      const inNetns = netns !== undefined && readlinkSync(`/proc/${pid}/ns/net`) === netns;
      if (cmdline.includes(dir) || inNetns || Number(pid) === pausePid) found.push(`${pid} ${cmdline}`);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/**
 * A podman of its own under `dir` (created here). `registry` (`127.0.0.1:PORT`)
 * is reached without TLS. Containers' only nameserver is aardvark-dns at the
 * first address of `subnet` (the network the caller creates with it): without
 * that, musl would ask the host's nameservers too, in parallel.
 */
export async function startPodman(dir: string, o: { registry: string; subnet: string }): Promise<Podman> {
  const rootless = process.getuid?.() !== 0;
  const paths = { conf: join(dir, 'containers.conf'), registries: join(dir, 'registries.conf'), storage: join(dir, 'storage'), xdg: join(dir, 'xdg'), home: join(dir, 'home') };
  await mkdir(paths.home, { recursive: true, mode: 0o700 });
  await mkdir(paths.xdg, { recursive: true, mode: 0o700 });
  await chmod(paths.xdg, 0o700);
  const dns = o.subnet.replace(/\.0\/\d+$/, '.1');
  // podman's default open-files and process limits are more than runc may set where it lacks CAP_SYS_RESOURCE
  // (as in a sandbox, root included): the containers get limits any host here allows.
  await writeFile(paths.conf, `[containers]
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
dns_servers = ["${dns}"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
lock_type = "file"
image_copy_tmp_dir = "${join(dir, 'tmp')}"

[network]
network_backend = "netavark"
network_config_dir = "${join(dir, 'networks')}"
`);
  await writeFile(paths.registries, `unqualified-search-registries = []\n\n[[registry]]\nlocation = "${o.registry}"\ninsecure = true\n`);
  await mkdir(join(dir, 'tmp'), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: paths.home,
    CONTAINERS_CONF: paths.conf,
    CONTAINERS_REGISTRIES_CONF: paths.registries,
    ...(rootless ? { XDG_RUNTIME_DIR: paths.xdg } : {}),
  };
  const flags = ['--root', paths.storage, '--runroot', join(paths.xdg, 'run'), '--tmpdir', join(paths.xdg, 'tmp'), '--storage-driver', 'vfs', '--runtime', 'runc', '--cgroup-manager', 'cgroupfs'];
  const holder = rootless ? undefined : await startHolder();
  const netns = holder ? readlinkSync(`/proc/${holder.pid}/ns/net`) : undefined;
  const mountNs = holder ? ['nsenter', `--mount=/proc/${holder.pid}/ns/mnt`] : [];
  const enter = holder ? [...mountNs, `--net=/proc/${holder.pid}/ns/net`] : [];
  const podman = (args: readonly string[], timeoutMs?: number) => run([...enter, 'podman', ...flags, ...args], env, timeoutMs);
  const pull = (image: string) => run([...mountNs, 'podman', ...flags, 'pull', '--quiet', image], env);
  const hostCommand = (argv: readonly string[]) => run(holder ? ['nsenter', `--net=/proc/${holder.pid}/ns/net`, ...argv] : argv, env);

  const stop = async () => {
    const problems: string[] = [];
    const note = (what: string, r: CommandRun) => r.code !== 0 && problems.push(`${what}: ${r.stderr.trim()}`);
    note('pod rm', await podman(['pod', 'rm', '--all', '--force', '--time', '0']));
    note('rm', await podman(['rm', '--all', '--force', '--time', '0']));
    note('network prune', await podman(['network', 'prune', '--force']));
    // Rootless, the container files belong to subordinate ids: only podman's user namespace may remove them.
    if (rootless && existsSync(paths.storage)) note('storage rm', await podman(['unshare', 'rm', '-rf', paths.storage]));
    const pauseFile = join(paths.xdg, 'tmp', 'pause.pid');
    const pausePid = existsSync(pauseFile) ? Number(readFileSync(pauseFile, 'utf8')) : undefined;
    if (pausePid) {
      try {
        process.kill(pausePid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (holder) {
      holder.kill('SIGKILL');
      await new Promise((resolve) => (holder.exitCode !== null || holder.signalCode !== null ? resolve(undefined) : holder.once('exit', resolve)));
    }
    let left: string[] = [];
    for (let i = 0; i < 50 && (left = leftovers(dir, netns, pausePid)).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    await rm(dir, { recursive: true, force: true });
    if (left.length > 0) problems.push(`still running after podman's clean-up:\n${left.join('\n')}`);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
  return { podman, pull, hostCommand, stop };
}
