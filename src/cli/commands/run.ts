/**
 * `dabba run SERVICE [CMD…]`: a one-off command in the service's container
 * folder, in the foreground, as `docker compose run` does: the image is
 * pulled per pull_policy and materialised when missing, no port is published
 * unless -p or --service-ports, stdio passes through (a TTY when dabba has
 * one and -T is not given), SIGINT/SIGTERM/SIGHUP/SIGQUIT go to the command,
 * and dabba exits with its code (128+N for signal N).
 *
 * What every run needs is imported statically. The unpacker stays behind
 * wiring.js's lazy import: a materialised container does not need it.
 */
import { isatty } from 'node:tty';
import type { Command, CommandContext } from '../command.js';
import type { ParsedArgs } from '../args.js';
import { UsageError } from '../../errors/index.js';
import { parsePortSpec, parseVolumeSpec } from '../../config/index.js';
import type { PortMapping, Project, Service, VolumeMount } from '../../config/model.js';
import { splitShellWords } from '../../config/shell-split.js';
import {
  openOutputPipes,
  planIdMapping,
  planNetworking,
  readHostFacts,
  startContainer,
  pickHostPorts,
  startNamespaces,
  type ContainerHandle,
  type ContainerNamespaces,
  type HostFacts,
  type JoinedNetworksView,
  type NetworkBackend,
  type RunOverrides,
  type RunSpec,
  type SharedNetwork,
} from '../../sandbox/index.js';
import { containerPaths, projectPaths } from '../../container/layout.js';
import { networkJoinPlan } from '../../config/network-plan.js';
import { leaveNetworks, prepareServiceNetworking } from '../../network/index.js';
import { seedVolumes } from '../../container/prepare.js';
import { assembleRunSpec } from '../../container/run-spec.js';
import type { ResolvedImage } from '../../image/index.js';
import type { Store } from '../../store/index.js';
import { parseEnvPairs } from '../env-pairs.js';
import { loadProjectFor, serviceImage, materializeService, openImageStore, withLock } from '../wiring.js';

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
    { name: 'no-TTY', short: 'T', type: 'boolean', description: 'Do not give the command a terminal' },
    { name: 'network-backend', type: 'string', value: 'B', description: 'slirp4netns (default) or pasta; also DABBA_NETWORK' },
  ],
  run: (ctx, args) => runService(ctx, args),
};

async function runService(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const [name, ...cmd] = args.positionals;
  if (name === undefined) throw new UsageError('dabba run: a service is required', { hint: 'dabba run SERVICE [COMMAND…]' });
  const backend = ((args.options['network-backend'] as string | undefined) ?? ctx.env.DABBA_NETWORK ?? 'slirp4netns') as NetworkBackend;
  if (!BACKENDS.includes(backend)) throw new UsageError(`dabba run: network backend must be slirp4netns or pasta, not "${backend}"`);

  const project = await loadProjectFor(ctx, [name]);
  const service = project.services[name];
  if (!service) throw new UsageError(`dabba run: no service "${name}"`, { hint: `the services are: ${Object.keys(project.services).join(', ')}` });

  const publish = (args.options.publish as string[] | undefined) ?? [];
  const asked: PortMapping[] = [...(args.options['service-ports'] ? service.ports : []), ...publish.flatMap((p) => parsePortSpec(p))];
  const ports = await pickHostPorts(name, asked);
  ports.forEach((p, i) => {
    if (asked[i]!.published === 0) ctx.out.info(`${name}: port ${p.target}/${p.protocol} published on ${p.hostIp}:${p.published}`);
  });
  const volumes: VolumeMount[] = ((args.options.volume as string[] | undefined) ?? []).map((v) => parseVolumeSpec(v, project.workingDir, ctx.env.HOME));
  const entrypoint = args.options.entrypoint as string | undefined;
  const overrides: RunOverrides = {
    command: cmd,
    entrypoint: entrypoint === undefined ? undefined : splitEntrypoint(entrypoint),
    env: parseEnvPairs('run', (args.options.env as string[] | undefined) ?? [], ctx.env),
    user: args.options.user as string | undefined,
    workdir: args.options.workdir as string | undefined,
    ports,
    volumes,
    networkBackend: backend,
    tty: Boolean(process.stdin.isTTY && process.stdout.isTTY) && !args.options['no-TTY'],
  };
  const host = readHostFacts();
  // A one-off container is a member of the service's networks while it runs.
  const networking = await prepareServiceNetworking({ workingDir: project.workingDir, service, plan: networkJoinPlan(project, name), host, env: ctx.env, run: process.pid });
  if (networking.notice !== undefined) ctx.out.warn(networking.notice);
  try {
    // The namespace holder and the network (ports forwarded) need neither the image nor the rootfs:
    // they start while those are found and made, off the critical path (the container first: its
    // file system work runs while the helpers are spawned). The plan is the one assembleRunSpec makes;
    // startContainer replaces namespaces made for another.
    const made = makeContainer(ctx, project, service, host, overrides, networking.view);
    const { network } = planNetworking({
      service,
      hostname: service.hostname ?? service.name,
      ports,
      backend,
      projectDir: project.workingDir,
      scratchDir: containerPaths(projectPaths(project.workingDir), name).scratchDir,
      networks: networking.view,
    });
    const namespaces = startNamespaces({ service: name, idMapping: planIdMapping(host, service.fakeroot), network }, { env: ctx.env, onNotice: (t) => ctx.out.warn(t), shared: networking.shared });
    const [spec, ns] = await Promise.allSettled([made, namespaces]);
    if (spec.status === 'rejected') {
      if (ns.status === 'fulfilled') ns.value.end();
      throw spec.reason;
    }
    // A port taken: reported before the command runs.
    if (ns.status === 'rejected') throw ns.reason;
    return await runContainer(ctx, spec.value, ns.value, networking.shared);
  } finally {
    if (networking.view !== undefined) await leaveNetworks(ctx.env, project.workingDir, { service: name, pid: process.pid });
  }
}

/**
 * Finds the image (per pull_policy) and makes the container and its RunSpec.
 * The container is made (and its volumes seeded) under the project lock, so
 * `run` and `up` never unpack the same folder at once; the lock is released
 * before the command runs.
 */
async function makeContainer(ctx: CommandContext, project: Project, service: Service, host: HostFacts, overrides: RunOverrides, networks: JoinedNetworksView | undefined): Promise<RunSpec> {
  const { store, image } = await pullServiceImage(ctx, project, service);
  return withLock(ctx, projectPaths(project.workingDir), 'run', async () => {
    const pp = projectPaths(project.workingDir);
    const cp = containerPaths(pp, service.name);
    await materializeService(project, service, { store, image, host, onNotice: (t) => ctx.out.warn(t) });
    const spec = assembleRunSpec({ workingDir: project.workingDir, service, image: image.config, host, overrides, networks });
    await seedVolumes(pp, cp, [...service.volumes, ...(overrides.volumes ?? [])], spec.mounts, host);
    return spec;
  });
}

/** Starts the container in `namespaces` and waits for it, passing signals on; resolves with its exit code. */
async function runContainer(ctx: CommandContext, spec: RunSpec, namespaces: ContainerNamespaces, shared: SharedNetwork | undefined): Promise<number> {
  // Handlers go in before the container starts: a signal that arrives while it starts is passed on once it runs.
  let handle: ContainerHandle | undefined;
  let pending: NodeJS.Signals | undefined;
  // SIGINT/SIGTERM stop the container as `stop` would: the signal, then SIGKILL after stop_grace_period
  // (a PID 1 without a handler ignores it, as in docker). SIGHUP/SIGQUIT are only passed on.
  const forward = (sig: NodeJS.Signals): void => {
    if (!handle) pending = sig;
    else if (sig === 'SIGINT' || sig === 'SIGTERM') void handle.stop(sig, spec.stopGraceMs);
    else handle.signal(sig);
  };
  for (const s of FORWARDED) process.on(s, forward);
  // Without a terminal, as with docker, the command's output goes to pipes of its own that dabba relays:
  // dabba's stdout may be a socket, which cannot be opened again as /dev/stdout, or a file or pipe
  // that the container's ids may not open.
  const relays = spec.tty ? [] : openOutputPipes(2);
  const relayed = Promise.all(relays.map((r) => new Promise((resolve) => r.reader.once('close', resolve))));
  relays[0]?.reader.pipe(process.stdout, { end: false });
  relays[1]?.reader.pipe(process.stderr, { end: false });
  try {
    // -T: no terminal at all; dabba's own is relayed through a pipe.
    const stdin = !spec.tty && isatty(0) ? 'pipe' : 'inherit';
    const output = (i: number) => relays[i]?.writeFd ?? 'inherit';
    try {
      handle = await startContainer(spec, { namespaces, shared, stdio: [stdin, output(0), output(1)], env: ctx.env, onNotice: (t) => ctx.out.warn(t) });
    } finally {
      for (const r of relays) r.closeWriteEnd();
    }
    if (handle.stdin) process.stdin.pipe(handle.stdin);
    if (pending) forward(pending);
    const code = await handle.wait();
    // The command's last output is relayed before dabba exits with its code.
    await relayed;
    return code;
  } finally {
    for (const s of FORWARDED) process.off(s, forward);
    if (handle?.stdin) {
      process.stdin.unpipe();
      process.stdin.pause();
    }
  }
}

/** The service's image, pulled per its pull_policy (outside the lock: the store is safe for concurrent puts). */
async function pullServiceImage(ctx: CommandContext, project: Project, service: Service): Promise<{ store: Store; image: ResolvedImage }> {
  const store = await openImageStore(ctx.env);
  return { store, image: await serviceImage(ctx, store, project, service) };
}

/** `--entrypoint` split as a shell would (compose's rule for a string entrypoint). */
function splitEntrypoint(text: string): string[] {
  try {
    return splitShellWords(text);
  } catch (err) {
    throw new UsageError(`dabba run: --entrypoint ${JSON.stringify(text)}: ${(err as Error).message}`);
  }
}
