/**
 * `dabba run SERVICE [CMD…]`: a one-off command in the service's container
 * folder, in the foreground, as `docker compose run` does: the image is
 * pulled per pull_policy and materialised when missing, no port is published
 * unless -p or --service-ports, stdio passes through (a TTY when dabba has
 * one and -T is not given), SIGINT/SIGTERM/SIGHUP/SIGQUIT go to the command,
 * and dabba exits with its code (128+N for signal N).
 *
 * Everything heavy (image store, unpacker, sandbox) is imported lazily.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, CommandContext } from '../command.js';
import type { ParsedArgs } from '../args.js';
import { UsageError } from '../../errors/index.js';
import type { PortMapping, Project, Service, VolumeMount } from '../../config/model.js';
import type { NetworkBackend } from '../../sandbox/spec.js';

const BACKENDS: readonly NetworkBackend[] = ['slirp4netns', 'pasta'];
const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

export const command: Command = {
  name: 'run',
  summary: 'Run a one-off command in a service container',
  usage: '[OPTIONS] SERVICE [COMMAND [ARG…]]',
  stopAfterPositionals: 1,
  options: [
    { name: 'rm', type: 'boolean', description: 'Accepted as in compose: a run leaves no state but the rootfs and volumes, which stay until down' },
    { name: 'env', short: 'e', type: 'string', multiple: true, value: 'K=V', description: 'Set an environment variable (a bare K takes dabba\'s own value)' },
    { name: 'volume', short: 'v', type: 'string', multiple: true, value: 'SPEC', description: 'Add a volume: HOST:CONTAINER[:ro], NAME:CONTAINER[:ro] or CONTAINER' },
    { name: 'publish', short: 'p', type: 'string', multiple: true, value: 'SPEC', description: 'Publish a port: [IP:]HOST:CONTAINER[/tcp|udp]' },
    { name: 'service-ports', type: 'boolean', description: 'Publish the service\'s own ports' },
    { name: 'user', short: 'u', type: 'string', value: 'USER', description: 'Run as this user (name or uid[:gid])' },
    { name: 'workdir', short: 'w', type: 'string', value: 'DIR', description: 'Working directory inside the container' },
    { name: 'entrypoint', type: 'string', value: 'CMD', description: 'Override the entrypoint (split as a shell would)' },
    { name: 'no-TTY', short: 'T', type: 'boolean', description: 'Do not pass the terminal through' },
    { name: 'network-backend', type: 'string', value: 'B', description: 'slirp4netns (default) or pasta; also DABBA_NETWORK' },
  ],
  run: (ctx, args) => runService(ctx, args),
};

async function runService(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const [name, ...cmd] = args.positionals;
  if (name === undefined) throw new UsageError('dabba run: a service is required', { hint: 'dabba run SERVICE [COMMAND…]' });
  const backend = ((args.options['network-backend'] as string | undefined) ?? ctx.env.DABBA_NETWORK ?? 'slirp4netns') as NetworkBackend;
  if (!BACKENDS.includes(backend)) throw new UsageError(`dabba run: network backend must be slirp4netns or pasta, not "${backend}"`);

  const { loadProject, parsePortSpec, parseVolumeSpec } = await import('../../config/index.js');
  const project = await loadProject({ cwd: ctx.cwd, env: ctx.env, file: ctx.file, projectDirectory: ctx.projectDirectory });
  const service = project.services[name];
  if (!service) throw new UsageError(`dabba run: no service "${name}"`, { hint: `the services are: ${Object.keys(project.services).join(', ')}` });

  const publish = (args.options.publish as string[] | undefined) ?? [];
  const ports: PortMapping[] = [...(args.options['service-ports'] ? service.ports : []), ...publish.flatMap((p) => parsePortSpec(p))];
  const volumes: VolumeMount[] = ((args.options.volume as string[] | undefined) ?? []).map((v) => parseVolumeSpec(v, project.workingDir, ctx.env.HOME));
  const entrypoint = args.options.entrypoint as string | undefined;
  const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !args.options['no-TTY'];

  const [{ buildRunSpec, readRootfsUsers, startContainer }, prepared] = await Promise.all([
    import('../../sandbox/index.js'),
    prepareContainer(ctx, project, service, volumes),
  ]);
  const { passwd, groups } = readRootfsUsers(prepared.rootfs);
  const spec = buildRunSpec({
    service,
    image: prepared.config,
    paths: prepared.paths,
    host: prepared.host,
    passwd,
    groups,
    overrides: {
      command: cmd,
      entrypoint: entrypoint === undefined ? undefined : await splitEntrypoint(entrypoint),
      env: parseEnvAssignments((args.options.env as string[] | undefined) ?? [], ctx.env),
      user: args.options.user as string | undefined,
      workdir: args.options.workdir as string | undefined,
      ports,
      volumes,
      networkBackend: backend,
      tty,
    },
  });
  await prepared.seedVolumes(spec.mounts);

  // Handlers go in before the container starts: a signal that arrives while it starts is passed on once it runs.
  let handle: import('../../sandbox/index.js').ContainerHandle | undefined;
  let pending: NodeJS.Signals | undefined;
  // SIGINT/SIGTERM stop the container as `stop` would: the signal, then SIGKILL after stop_grace_period
  // (a PID 1 without a handler ignores it, as in docker). SIGHUP/SIGQUIT are only passed on.
  const forward = (sig: NodeJS.Signals): void => {
    if (!handle) pending = sig;
    else if (sig === 'SIGINT' || sig === 'SIGTERM') void handle.stop(sig, spec.stopGraceMs);
    else handle.signal(sig);
  };
  for (const s of FORWARDED) process.on(s, forward);
  try {
    handle = await startContainer(spec, { stdio: 'inherit', env: ctx.env, onNotice: (t) => ctx.out.warn(t) });
    if (pending) forward(pending);
    return await handle.wait();
  } finally {
    for (const s of FORWARDED) process.off(s, forward);
  }
}

interface Prepared {
  rootfs: string;
  config: import('../../oci/types.js').ImageConfig;
  host: import('../../sandbox/ids.js').HostFacts;
  paths: { containerDir: string; rootfs: string; projectDir: string; volumesDir: string };
  /** Creates the named and anonymous volumes of `mounts` that do not exist yet, seeded from the image. */
  seedVolumes(mounts: readonly import('../../sandbox/spec.js').MountSpec[]): Promise<void>;
}

/** Pulls (per pull_policy) and materialises the service's image into `.dabba/<service>/`. */
async function prepareContainer(ctx: CommandContext, project: Project, service: Service, extraVolumes: readonly VolumeMount[]): Promise<Prepared> {
  const [{ ensureImage, openLayerTar }, { Store, defaultStorePath }, { readRootfsOrigin }, { readHostFacts, rootIdShift }, { containerPaths, projectPaths }] = await Promise.all([
    import('../../image/index.js'),
    import('../../store/index.js'),
    import('../../unpack/origin.js'),
    import('../../sandbox/index.js'),
    import('../../state/paths.js'),
  ]);
  const store = await Store.open(defaultStorePath(ctx.env));
  const image = await ensureImage(service.image, { store, baseDir: project.workingDir, policy: service.pullPolicy, platform: service.platform, env: ctx.env });
  const pp = projectPaths(project.workingDir);
  const cp = containerPaths(pp, service.name);
  const host = readHostFacts();
  const idShift = rootIdShift(host.uid, host.subuid, host.subgid);
  // The unpacker is the largest import: load it only when the rootfs is not already this image's.
  if ((await readRootfsOrigin(cp.dir))?.manifestDigest !== image.manifestDigest || !existsSync(cp.rootfs)) {
    const { materializeRootfs } = await import('../../unpack/index.js');
    await materializeRootfs({
      containerDir: cp.dir,
      image,
      openLayer: (layer) => openLayerTar(store, layer),
      cacheDir: join(store.root, 'unpacked'),
      idShift,
      onNotice: (t) => ctx.out.warn(t),
    });
  }
  const volumeSources = new Set([...service.volumes, ...extraVolumes].filter((v) => v.type === 'volume').map((v) => v.target));
  return {
    rootfs: cp.rootfs,
    config: image.config,
    host,
    paths: { containerDir: cp.dir, rootfs: cp.rootfs, projectDir: project.workingDir, volumesDir: pp.volumesDir },
    async seedVolumes(mounts) {
      const [{ lchown, lstat }, { ensureVolume }] = await Promise.all([import('node:fs/promises'), import('../../unpack/volume.js')]);
      for (const m of mounts) {
        if (m.kind !== 'bind') continue;
        const isVolume = m.source.startsWith(`${pp.volumesDir}/`) || m.source.startsWith(`${join(cp.dir, 'volumes')}/`);
        if (!isVolume && !volumeSources.has(m.target)) continue;
        const { created } = await ensureVolume({ volumeDir: m.source, rootfs: cp.rootfs, containerPath: m.target });
        // As host root the container's root is a shifted id: a fresh empty volume must be its.
        if (created && idShift && (await lstat(m.source)).uid === 0) await lchown(m.source, idShift.uid, idShift.gid);
      }
    },
  };
}

/** `-e` values: `K=V`, or a bare `K` taking dabba's own value when it has one, as compose does (pure). */
export function parseEnvAssignments(pairs: readonly string[], env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq === 0) throw new UsageError(`dabba run: -e "${p}": expected KEY=VALUE`);
    if (eq > 0) out[p.slice(0, eq)] = p.slice(eq + 1);
    else if (env[p] !== undefined) out[p] = env[p]!;
  }
  return out;
}

/** `--entrypoint` split as a shell would (compose's rule for a string entrypoint). */
async function splitEntrypoint(text: string): Promise<string[]> {
  const { splitShellWords } = await import('../../config/shell-split.js');
  try {
    return splitShellWords(text);
  } catch (err) {
    throw new UsageError(`dabba run: --entrypoint ${JSON.stringify(text)}: ${(err as Error).message}`);
  }
}
