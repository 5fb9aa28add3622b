/**
 * `dabba up` (with `--watch`), and what the other lifecycle commands share
 * with it: stopping services, `-t SECONDS`, `start`/`restart`. The real
 * modules are wired in `../wiring.ts`; heavy ones are imported only when a
 * step needs them, so `up` on an up-to-date project stays fast.
 */
import type { Command, CommandContext } from '../command.js';
import type { ParsedArgs } from '../args.js';
import type { Project } from '../../config/index.js';
import type { PullPolicy } from '../../config/model.js';
import { UsageError } from '../../errors/index.js';
import { formatPlan, planStop, type UpOptions } from '../../plan/plan.js';
import { planProjectUp, reconcileUp, executePlan } from '../../reconcile/apply.js';
import { containerPaths, projectPaths } from '../../container/layout.js';
import { unenforcedLimitsWarning } from '../../sandbox/cgroups.js';
import { createReconcileDeps, loadProjectFor, withLock } from '../wiring.js';

const PULL_POLICIES = ['missing', 'always', 'never'] as const;

function upOptions(args: ParsedArgs, project: Project): UpOptions {
  const pull = args.options.pull as string | undefined;
  if (pull !== undefined && !(PULL_POLICIES as readonly string[]).includes(pull)) {
    throw new UsageError(`dabba up: --pull must be one of ${PULL_POLICIES.join(', ')}, not "${pull}"`);
  }
  for (const s of args.positionals) {
    if (project.services[s] === undefined) throw new UsageError(`dabba up: no service "${s}" in ${project.configFile}`);
  }
  if (args.options.build && args.options['no-build']) throw new UsageError('dabba up: --build and --no-build cannot be used together');
  return {
    services: args.positionals,
    forceRecreate: Boolean(args.options['force-recreate']),
    removeOrphans: Boolean(args.options['remove-orphans']),
    noStart: Boolean(args.options['no-start']),
    pull: pull as PullPolicy | undefined,
    build: args.options.build ? true : args.options['no-build'] ? false : undefined,
  };
}

export const command: Command = {
  name: 'up',
  summary: 'Create and start the services',
  usage: '[OPTIONS] [SERVICE…]',
  options: [
    { name: 'detach', short: 'd', type: 'boolean', description: 'Start in the background (each container gets a supervisor) and return' },
    { name: 'wait', type: 'boolean', description: 'Like -d, then wait until the services run (and are healthy, or completed when others wait for that); fail naming any that does not' },
    { name: 'wait-timeout', type: 'string', value: 'SECONDS', description: 'With --wait: give up after this long' },
    { name: 'watch', short: 'w', type: 'boolean', description: 'Keep running: re-apply dabba.yaml, env files and develop.watch paths when they change' },
    { name: 'no-start', type: 'boolean', description: 'Create the containers (pull, materialise) without starting them' },
    { name: 'force-recreate', type: 'boolean', description: 'Recreate containers even if nothing changed' },
    { name: 'remove-orphans', type: 'boolean', description: 'Remove containers of services no longer in the file' },
    { name: 'pull', type: 'string', value: 'POLICY', description: 'missing, always or never (overrides pull_policy)' },
    { name: 'build', type: 'boolean', description: 'Build the images of services with build: before starting (unchanged ones are not recreated)' },
    { name: 'no-build', type: 'boolean', description: 'Never build: use (or pull) the images as they are' },
    { name: 'dry-run', type: 'boolean', description: 'Print the plan and change nothing' },
    { name: 'exit-code-from', type: 'string', value: 'SERVICE', description: 'Return this service\'s exit code; stop everything when it exits' },
    { name: 'timeout', short: 't', type: 'string', value: 'SECONDS', description: 'Grace period when stopping containers' },
  ],
  run: async (ctx, args) => {
    const project = await loadProjectFor(ctx, args.positionals);
    const options = upOptions(args, project);
    const paths = projectPaths(project.workingDir);
    const deps = createReconcileDeps(ctx, project);
    const graceMs = parseTimeout(args.options.timeout, 'up');
    const exitFrom = args.options['exit-code-from'] as string | undefined;
    if (exitFrom !== undefined && project.services[exitFrom] === undefined) throw new UsageError(`dabba up: --exit-code-from: no service "${exitFrom}"`);
    if (args.options['dry-run']) {
      ctx.out.print(formatPlan(await planProjectUp(project, deps, options)));
      return 0;
    }
    const wait = Boolean(args.options.wait);
    const waitTimeoutMs = parseSeconds(args.options['wait-timeout'], 'up', 'wait-timeout');
    if (waitTimeoutMs !== undefined && !wait) throw new UsageError('dabba up: --wait-timeout needs --wait');
    if (wait && (args.options.watch || options.noStart)) throw new UsageError(`dabba up: --wait cannot be used with --${args.options.watch ? 'watch' : 'no-start'}`);
    const names = options.services?.length ? [...new Set(options.services)] : Object.keys(project.services);
    const attach = !args.options.detach && !wait && !options.noStart;
    const since = Date.now();
    const { logOffsets } = await import('./logs.js');
    const offsets = attach ? await logOffsets(paths, names) : new Map<string, number>();
    const plan = await withLock(ctx, paths, 'up', () => reconcileUp(project, deps, { ...options, graceMs }));
    for (const o of plan.orphans) ctx.out.warn(`found a container for service "${o}", which is not in ${project.configFile}; use --remove-orphans to remove it`);
    const unenforced = unenforcedLimitsWarning(names.flatMap((n) => project.services[n] ?? []));
    if (unenforced !== undefined) ctx.out.warn(unenforced);
    const replicated = names.flatMap((n) => project.services[n] ?? []).filter((s) => s.replicas !== 1);
    if (replicated.length > 0) ctx.out.warn(`deploy.replicas is for a cluster (dabba convert): up runs one container per service (${replicated.map((s) => `${s.name}: ${s.replicas}`).join(', ')})`);
    if (args.options.watch) return runWatch(ctx, project, options, { attach, offsets, names, graceMs });
    if (!attach) {
      if (options.noStart) return 0;
      const { checkEarlyExits, startedServices, waitUntilReady } = await import('./up-wait.js');
      if (wait) await waitUntilReady(ctx, project, names, since, waitTimeoutMs);
      else await checkEarlyExits(ctx, project, startedServices(plan), since);
      return 0;
    }
    const { attachForeground } = await import('./logs.js');
    return attachForeground(ctx, project, names, offsets, { exitFrom, stop: (force) => stopServices(ctx, project, names, force, graceMs) });
  },
};

/** Stops `names` (dependants first); `force` kills without a grace period. */
export async function stopServices(ctx: CommandContext, project: Project, names: readonly string[], force: boolean, graceMs?: number): Promise<void> {
  const deps = createReconcileDeps(ctx, project);
  const paths = projectPaths(project.workingDir);
  if (force) {
    await Promise.all(names.map((n) => deps.runtime.stop(n, { graceMs: 0 })));
    return;
  }
  await withLock(ctx, paths, 'stop', async () => {
    const observed = await deps.state.observe();
    await executePlan(planStop(project, observed, names), { project, digests: {}, observed }, deps, { graceMs });
  });
}

/** `-t SECONDS` as milliseconds. */
export function parseTimeout(value: unknown, command: string): number | undefined {
  return parseSeconds(value, command, 'timeout');
}

/** An option's SECONDS as milliseconds. */
function parseSeconds(value: unknown, command: string, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isFinite(n) || n < 0) throw new UsageError(`dabba ${command}: --${option} must be a number of seconds, not "${String(value)}"`);
  return n * 1000;
}

/** `up --watch` (see watch/loop.ts), with the reconciler and, when attached, the services' logs followed. */
async function runWatch(
  ctx: CommandContext,
  first: Project,
  options: UpOptions,
  view: { attach: boolean; offsets: Map<string, number>; names: string[]; graceMs: number | undefined },
): Promise<number> {
  const [{ watchProject }, { reportError }, { logOffsets, createPrefixer }, { followLog }] = await Promise.all([
    import('../../watch/loop.js'),
    import('../output.js'),
    import('./logs.js'),
    import('../../supervisor/log-file.js'),
  ]);
  const paths = projectPaths(first.workingDir);
  const following = new AbortController();
  const followed = new Set<string>();
  const print = createPrefixer(ctx, Object.keys(first.services), false);
  await watchProject(first, {
    load: () => loadProjectFor(ctx, options.services),
    apply: async (next) => {
      const plan = await withLock(ctx, paths, 'up --watch', () => reconcileUp(next, createReconcileDeps(ctx, next), { ...options, removeOrphans: true, graceMs: view.graceMs }));
      return plan.actions.length > 0;
    },
    restart: async (project, service) => {
      const deps = createReconcileDeps(ctx, project);
      const { planRestart } = await import('../../plan/plan.js');
      await withLock(ctx, paths, 'up --watch', async () => {
        const observed = await deps.state.observe();
        await executePlan(planRestart(project, observed, [service]), { project, digests: {}, observed }, deps, { graceMs: view.graceMs });
      });
    },
    rebuild: async (project, service) => {
      await withLock(ctx, paths, 'up --watch', () => reconcileUp(project, createReconcileDeps(ctx, project), { ...options, services: [service], build: true, graceMs: view.graceMs }));
    },
    stop: (project, force) => (force ? stopServices(ctx, project, Object.keys(project.services), true) : stopServices(ctx, project, Object.keys(project.services), false, view.graceMs)),
    follow: async (project) => {
      if (!view.attach) return;
      const fresh = Object.keys(project.services).filter((n) => !followed.has(n));
      const offsets = await logOffsets(paths, fresh);
      for (const n of fresh) {
        followed.add(n);
        void followLog(containerPaths(paths, n).logFile, view.offsets.get(n) ?? offsets.get(n) ?? 0, (l) => print(n, l), following.signal);
      }
    },
    info: (text) => ctx.out.info(text),
    warn: (text) => ctx.out.warn(text),
    report: (err) => reportError(ctx.out, err),
    env: ctx.env,
  });
  following.abort();
  return 130;
}

/**
 * `start` and `restart`: act on existing containers only, with the image their
 * rootfs holds (`up` is what applies changes to the file).
 */
export function existingContainersCommand(name: 'start' | 'restart', summary: string, plan: typeof import('../../plan/plan.js').planStart): Command {
  return {
    name,
    summary,
    usage: '[-t SECONDS] [SERVICE…]',
    options: [{ name: 'timeout', short: 't', type: 'string', value: 'SECONDS', description: "Grace period when stopping (default: each service's stop_grace_period)" }],
    run: async (ctx, args) => {
      const project = await loadProjectFor(ctx, args.positionals);
      for (const s of args.positionals) if (project.services[s] === undefined) throw new UsageError(`dabba ${name}: no service "${s}" in ${project.configFile}`);
      const deps = createReconcileDeps(ctx, project);
      const graceMs = parseTimeout(args.options.timeout, name);
      await withLock(ctx, projectPaths(project.workingDir), name, async () => {
        const observed = await deps.state.observe();
        await executePlan(plan(project, observed, args.positionals), { project, digests: {}, observed }, deps, { graceMs });
      });
      return 0;
    },
  };
}
