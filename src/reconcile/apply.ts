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
  if (pulls.length === 0) {
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
  const second = planUp({ project, digests }, observed, { ...options, pulled: true });
  await executePlan(second.actions, { project, digests, observed }, deps, options);
  return { actions: [...pulls, ...second.actions], orphans: second.orphans };
}

export interface PlanContext {
  project: Project;
  /** Image digest per service, for materialise and start. */
  digests: Record<string, string | undefined>;
  observed: ObservedProject;
}

/** Runs `actions` in order. Pull actions are not expected here (reconcileUp runs them first). */
export async function executePlan(actions: readonly Action[], ctx: PlanContext, deps: ReconcileDeps, options: ExecuteOptions = {}): Promise<void> {
  for (const action of actions) await step(action, () => executeAction(action, ctx, deps, options));
}

async function executeAction(action: Action, ctx: PlanContext, deps: ReconcileDeps, options: ExecuteOptions): Promise<void> {
  const { reporter } = deps;
  const stopOpts = { graceMs: options.graceMs };
  switch (action.type) {
    case 'pull':
      throw new ReconcileError(`pull of ${action.service} reached the executor: plan again after pulling`);
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
