/**
 * Executing plans. `reconcileUp` is `dabba up` without the printing: observe,
 * plan, pull what the plan says, plan again with the digests now known, then
 * run the actions in order, waiting for each dependency's condition before
 * starting its dependant. The first failing step stops the run (as compose
 * does), with an error naming the service and the step.
 */
import type { Project, Service } from '../config/model.js';
import { DabbaError, withContext } from '../errors/index.js';
import { planUp, type Action, type Desired, type Plan, type UpOptions } from '../plan/plan.js';
import type { ObservedProject } from '../state/types.js';
import { DependencyError, ReconcileError } from './errors.js';
import type { Clock, ContainerRuntime, ImageResolver, Materializer, ReconcileReporter, StateStore } from './ports.js';
import { buildContainerSpec } from './spec.js';
import { waitForCondition } from './wait.js';

export interface ReconcileDeps {
  images: ImageResolver;
  materializer: Materializer;
  runtime: ContainerRuntime;
  state: StateStore;
  clock: Clock;
  reporter: ReconcileReporter;
}

/** The desired state: the project plus the digest of each image already in the store (no network). */
export async function resolveDesired(project: Project, images: ImageResolver): Promise<Desired> {
  const entries = await Promise.all(Object.values(project.services).map(async (s) => [s.name, await images.lookup(s)] as const));
  return { project, digests: Object.fromEntries(entries) };
}

/** The plan `dabba up` would execute now, without executing anything (`--dry-run`). */
export async function planProjectUp(project: Project, deps: Pick<ReconcileDeps, 'images' | 'state'>, options: UpOptions = {}): Promise<Plan> {
  const [desired, observed] = await Promise.all([resolveDesired(project, deps.images), deps.state.observe()]);
  return planUp(desired, observed, options);
}

export interface ExecuteOptions {
  /** `-t`: grace period for stops, overriding each service's stop_grace_period. */
  graceMs?: number | undefined;
  /** Give up waiting for a dependency's condition after this long. */
  dependencyTimeoutMs?: number | undefined;
}

/** Brings the project up: see the module comment. Returns the plan that was executed. */
export async function reconcileUp(project: Project, deps: ReconcileDeps, options: UpOptions & ExecuteOptions = {}): Promise<Plan> {
  const [desired, observed] = await Promise.all([resolveDesired(project, deps.images), deps.state.observe()]);
  const first = planUp(desired, observed, options);
  const pulls = first.actions.filter((a): a is Extract<Action, { type: 'pull' }> => a.type === 'pull');
  const builds = first.actions.filter((a): a is Extract<Action, { type: 'build' }> => a.type === 'build');
  if (pulls.length === 0 && builds.length === 0) {
    await executePlan(first.actions, { project, digests: desired.digests, observed }, deps, options);
    return first;
  }
  const digests = { ...desired.digests };
  // Pulls run concurrently: the store makes concurrent pulls of shared layers safe.
  await Promise.all(
    pulls.map(async (a) => {
      const service = project.services[a.service]!;
      deps.reporter.step(a.service, `pulling ${a.image}`);
      digests[a.service] = await step(a, () => deps.images.pull(service, options.pull ?? service.pullPolicy));
    }),
  );
  // Builds run one after the other: each already uses every core, and their output stays readable.
  for (const a of builds) {
    deps.reporter.step(a.service, `building ${a.image} (${a.reason})`);
    digests[a.service] = await step(a, () => deps.images.build(project.services[a.service]!));
  }
  const second = planUp({ project, digests }, observed, { ...options, pulled: true });
  await executePlan(second.actions, { project, digests, observed }, deps, options);
  return { actions: [...pulls, ...builds, ...second.actions], orphans: second.orphans };
}

export interface PlanContext {
  project: Project;
  /** Image digest per service, for materialise and start. */
  digests: Record<string, string | undefined>;
  observed: ObservedProject;
}

/** How many rootfs materialisations run at once: each is disk- and CPU-heavy. */
const MATERIALISE_CONCURRENCY = 4;

type ServiceAction = Extract<Action, { type: 'materialise' | 'create-volume' | 'start' | 'restart' | 'recreate' }>;

function isServiceAction(a: Action): a is ServiceAction {
  return a.type === 'materialise' || a.type === 'create-volume' || a.type === 'start' || a.type === 'restart' || a.type === 'recreate';
}

/**
 * Runs a plan. Removals and stops run first, one by one, in the plan's order
 * (dependants first). Then each service's own steps (materialise, create
 * volume, start) run as a chain, chains concurrently: a chain starts its
 * container only once the chains of its dependencies and of the volumes it
 * mounts are done, so the plan's order is kept where it matters and
 * independent services do not wait for each other. The first failure fails
 * the run; chains waiting on the failed one fail with it. Pull actions are
 * not expected here (reconcileUp runs them first).
 */
export async function executePlan(actions: readonly Action[], ctx: PlanContext, deps: ReconcileDeps, options: ExecuteOptions = {}): Promise<void> {
  for (const action of actions) {
    if (!isServiceAction(action)) await step(action, () => executeAction(action, ctx, deps, options));
  }
  const chains = new Map<string, ServiceAction[]>();
  for (const a of actions) if (isServiceAction(a)) chains.set(a.service, [...(chains.get(a.service) ?? []), a]);
  const done = new Map([...chains.keys()].map((n) => [n, deferred()]));
  const volumes = new Map(actions.filter((a) => a.type === 'create-volume').map((a) => [(a as { volume: string }).volume, deferred()]));
  const materialising = createLimiter(MATERIALISE_CONCURRENCY);
  const runChain = async (name: string, chain: ServiceAction[]): Promise<void> => {
    for (const action of chain) {
      if (action.type === 'start' || action.type === 'restart' || action.type === 'recreate') {
        const service = ctx.project.services[name] ?? ctx.observed.services[name]?.spec?.service;
        const before = [
          ...Object.keys(service?.dependsOn ?? {}).map((d) => done.get(d)?.promise),
          ...(service?.volumes ?? []).map((v) => (v.type === 'volume' && v.source !== undefined ? volumes.get(v.source)?.promise : undefined)),
        ];
        await Promise.all(before);
      }
      const run = () => step(action, () => executeAction(action, ctx, deps, options));
      await (action.type === 'materialise' || action.type === 'recreate' ? materialising(run) : run());
      if (action.type === 'create-volume') volumes.get(action.volume)?.resolve();
    }
  };
  const results = await Promise.allSettled(
    [...chains].map(async ([name, chain]) => {
      try {
        await runChain(name, chain);
        done.get(name)!.resolve();
      } catch (err) {
        done.get(name)!.reject(err);
        for (const a of chain) if (a.type === 'create-volume') volumes.get(a.volume)?.reject(err);
        throw err;
      }
    }),
  );
  // Report the root cause: the first chain that failed on its own, not one that only waited for it.
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
  if (failures.length > 0) throw failures[0];
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(err: unknown): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Waiters handle the rejection; nobody waiting must not make it "unhandled".
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** Runs at most `n` of the functions given to it at a time. */
function createLimiter(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  return async (fn) => {
    while (active >= n) await new Promise<void>((r) => queue.push(r));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

async function executeAction(action: Action, ctx: PlanContext, deps: ReconcileDeps, options: ExecuteOptions): Promise<void> {
  const { reporter } = deps;
  const stopOpts = { graceMs: options.graceMs };
  switch (action.type) {
    case 'pull':
    case 'build':
      throw new ReconcileError(`${action.type} of ${action.service} reached the executor: plan again after getting the images`);
    case 'remove':
      reporter.step(action.service, `removing (${action.reason})`);
      await deps.runtime.stop(action.service, stopOpts);
      await deps.state.removeContainer(action.service);
      return;
    case 'remove-volume':
      reporter.step(`volume ${action.volume}`, 'removing');
      await deps.state.removeVolume(action.volume);
      return;
    case 'stop':
      reporter.step(action.service, 'stopping');
      await deps.runtime.stop(action.service, stopOpts);
      return;
    case 'create-volume':
      reporter.step(`volume ${action.volume}`, 'creating');
      await deps.materializer.createVolume(action.volume, serviceOf(ctx, action.service), digestOf(ctx, action.service));
      return;
    case 'materialise':
      reporter.step(action.service, `materialising (${action.reason})`);
      await deps.materializer.materialize(serviceOf(ctx, action.service), digestOf(ctx, action.service));
      return;
    case 'start':
    case 'restart':
    case 'recreate': {
      const service = serviceOf(ctx, action.service);
      if (action.type !== 'start') {
        reporter.step(action.service, `${action.type === 'restart' ? 'restarting' : 'recreating'} (${action.reason})`);
        await deps.runtime.stop(action.service, stopOpts);
      }
      if (action.type === 'recreate') await deps.materializer.materialize(service, digestOf(ctx, action.service));
      for (const w of action.waitFor) {
        const dep = ctx.project.services[w.service];
        reporter.step(action.service, `waiting for ${w.service} (${w.condition})`);
        await waitForCondition(action.service, w.service, w.condition, dep?.healthcheck !== undefined, deps, { timeoutMs: options.dependencyTimeoutMs });
      }
      if (action.type === 'start') reporter.step(action.service, `starting (${action.reason})`);
      await deps.state.writeSpec(buildContainerSpec(ctx.project, service, digestOf(ctx, action.service)));
      await deps.runtime.start(buildContainerSpec(ctx.project, service, digestOf(ctx, action.service)));
      reporter.step(action.service, 'started');
      return;
    }
  }
}

function serviceOf(ctx: PlanContext, name: string): Service {
  const s = ctx.project.services[name] ?? ctx.observed.services[name]?.spec?.service;
  if (s === undefined) throw new ReconcileError(`service ${name} is neither in dabba.yaml nor recorded under .dabba/`);
  return s;
}

function digestOf(ctx: PlanContext, name: string): string {
  const d = ctx.digests[name] ?? ctx.observed.services[name]?.rootfsDigest;
  if (d === undefined) throw new ReconcileError(`${name}: no image digest known (pull it first)`);
  return d;
}

/** Runs one step; an error that is not already a dabba error gets the step as context. */
async function step<T>(action: Action, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const subject = 'volume' in action ? `volume ${action.volume}` : action.service;
    if (err instanceof DependencyError) throw err;
    if (err instanceof DabbaError) throw withContext(`${action.type} ${subject}`, err);
    throw new ReconcileError(`${action.type} ${subject}: ${(err as Error).message}`, { cause: err });
  }
}
