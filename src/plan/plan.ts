/**
 * The planner (pure): compares the desired project with what exists and
 * returns the ordered actions that make them match, each with the reason a
 * person would want to read in `up --dry-run`. Nothing here touches the disk
 * or a process; `src/reconcile` executes the result.
 */
import type { DependsCondition, Project, PullPolicy, Service } from '../config/model.js';
import { networkDependencies } from '../config/networks.js';
import type { ObservedProject, ObservedService } from '../state/types.js';
import { dependencyOrder, withDependencies } from './order.js';
import { changedFields, hashRunConfig, runConfigOf } from './run-config.js';

/** Before starting a service: wait until `service` meets `condition`. */
export interface DependencyWait {
  service: string;
  condition: DependsCondition;
}

export type Action =
  | { type: 'pull'; service: string; image: string; reason: string }
  /** Build the service's image (it has build:) into the store. */
  | { type: 'build'; service: string; image: string; reason: string }
  | { type: 'create-volume'; volume: string; service: string; reason: string }
  /** Stop if running, then remove the container folder (named volumes stay). */
  | { type: 'remove'; service: string; reason: string }
  | { type: 'remove-volume'; volume: string; reason: string }
  | { type: 'stop'; service: string; reason: string }
  /** Make the rootfs hold the desired image (the container is not running). */
  | { type: 'materialise'; service: string; reason: string }
  | { type: 'start'; service: string; reason: string; waitFor: DependencyWait[] }
  /** Stop, then start again with the new configuration; the rootfs is kept. */
  | { type: 'restart'; service: string; reason: string; waitFor: DependencyWait[] }
  /** Stop, re-materialise the rootfs (volumes kept), start. */
  | { type: 'recreate'; service: string; reason: string; waitFor: DependencyWait[] };

export interface Desired {
  project: Project;
  /** Manifest digest per service's image when known (in the store); undefined: must be pulled first. */
  digests: Record<string, string | undefined>;
}

export interface UpOptions {
  /** Only these services (and what they depend on); default all. */
  services?: readonly string[] | undefined;
  forceRecreate?: boolean | undefined;
  removeOrphans?: boolean | undefined;
  noStart?: boolean | undefined;
  /** `--pull`: overrides every service's pull_policy. */
  pull?: PullPolicy | undefined;
  /** `--build` (true): build every service with build: first; `--no-build` (false): never build, use or pull the image. */
  build?: boolean | undefined;
  /** Images were just pulled: plan no pull actions. */
  pulled?: boolean | undefined;
}

export interface Plan {
  actions: Action[];
  /** Containers of services no longer in the file, left alone (no `--remove-orphans`). */
  orphans: string[];
}

/** What each service starts after: depends_on, and (as compose) links and the service whose network it shares. */
function dependencyMap(project: Project): Map<string, string[]> {
  return new Map(Object.values(project.services).map((s) => [s.name, [...new Set([...Object.keys(s.dependsOn), ...networkDependencies(s)])]]));
}

function waitsOf(service: Service, project: Project): DependencyWait[] {
  const waits = Object.entries(service.dependsOn).map(([name, dep]) => ({ service: name, condition: dep.condition }));
  for (const name of networkDependencies(service)) if (service.dependsOn[name] === undefined) waits.push({ service: name, condition: 'service_started' });
  return waits.filter((w) => project.services[w.service] !== undefined);
}

function shortDigest(d: string): string {
  return d.replace(/^sha256:/, '').slice(0, 12);
}

/** Why the rootfs must be (re)made, or undefined if it holds the desired image. */
function materialiseReason(obs: ObservedService | undefined, service: Service, digest: string | undefined, force: boolean): string | undefined {
  if (obs === undefined || obs.status === 'missing') return 'new service';
  if (obs.rootfsDigest === undefined) return 'no rootfs yet';
  if (digest === undefined) return 'image not in the store yet';
  if (obs.rootfsDigest !== digest) return `image digest changed (${shortDigest(obs.rootfsDigest)} → ${shortDigest(digest)})`;
  // Who owns the rootfs's files depends on it (unprivileged with a subordinate range).
  if (obs.spec !== undefined && obs.spec.service.fakeroot !== service.fakeroot) return 'fakeroot changed';
  // With fakeroot: false, user: is the id your files are given to (keep-id), so the ownership follows it.
  if (obs.spec !== undefined && !service.fakeroot && obs.spec.service.user !== service.user) return 'user changed (fakeroot: false)';
  if (force) return '--force-recreate';
  return undefined;
}

/** Why a running container must restart for its configuration, or undefined. */
function configReason(obs: ObservedService, service: Service): string | undefined {
  const runConfig = runConfigOf(service);
  if (obs.spec === undefined) return 'configuration not recorded';
  if (obs.spec.configHash === hashRunConfig(runConfig)) return undefined;
  const fields = changedFields(obs.spec.runConfig ?? {}, runConfig);
  return fields.length === 0 ? 'configuration changed' : `${fields.join(', ')} changed`;
}

/** Orphans in reverse of the order their recorded specs said they started in. */
function orphanOrder(observed: ObservedProject, project: Project | undefined): string[] {
  const orphans = Object.values(observed.services).filter((o) => project?.services[o.name] === undefined);
  const deps = new Map(orphans.map((o) => [o.name, Object.keys(o.spec?.service.dependsOn ?? {})]));
  return dependencyOrder(deps).reverse();
}

/** Why `up` builds the service's image first, or undefined (it has no build:, or its image is used as it is). */
function buildReason(service: Service, stored: boolean, build: boolean | undefined): string | undefined {
  if (service.build === undefined || build === false) return undefined;
  if (build === true) return '--build';
  if (service.pullPolicy === 'build') return 'pull policy build';
  if (!stored && service.pullPolicy !== 'never') return 'not in the store';
  return undefined;
}

/**
 * The plan of `dabba up`: orphans removed (with removeOrphans), images pulled,
 * then per service in dependency order: volumes created, rootfs materialised,
 * and the container started, restarted or recreated. Unchanged running services
 * get no action at all.
 */
export function planUp(desired: Desired, observed: ObservedProject, options: UpOptions = {}): Plan {
  const { project, digests } = desired;
  const deps = dependencyMap(project);
  const selected = options.services?.length ? withDependencies(deps, options.services) : new Set(deps.keys());
  const order = dependencyOrder(deps).filter((n) => selected.has(n));
  const actions: Action[] = [];

  const orphans = orphanOrder(observed, project);
  if (options.removeOrphans) {
    for (const name of orphans) actions.push({ type: 'remove', service: name, reason: 'removed from dabba.yaml' });
  }

  if (!options.pulled) {
    for (const name of order) {
      const service = project.services[name]!;
      const build = buildReason(service, digests[name] !== undefined, options.build);
      if (build !== undefined) {
        actions.push({ type: 'build', service: name, image: service.image, reason: build });
        continue;
      }
      const policy = options.pull ?? service.pullPolicy;
      if (digests[name] === undefined) actions.push({ type: 'pull', service: name, image: service.image, reason: 'not in the store' });
      else if (policy === 'always') actions.push({ type: 'pull', service: name, image: service.image, reason: 'pull policy always' });
    }
  }

  const volumesCreated = new Set(observed.volumes);
  const restarted = new Set<string>();
  for (const name of order) {
    const service = project.services[name]!;
    // Volumes are seeded from the image, so they are created once the rootfs exists: after materialise.
    const volumeActions: Action[] = [];
    for (const v of service.volumes) {
      if (v.type !== 'volume' || v.source === undefined || volumesCreated.has(v.source)) continue;
      volumesCreated.add(v.source);
      volumeActions.push({ type: 'create-volume', volume: v.source, service: name, reason: 'not created yet' });
    }
    const obs = observed.services[name];
    const waitFor = waitsOf(service, project);
    const remake = materialiseReason(obs, service, digests[name], Boolean(options.forceRecreate));
    if (obs?.running) {
      if (options.noStart) continue;
      actions.push(...volumeActions);
      if (remake !== undefined) {
        actions.push({ type: 'recreate', service: name, reason: remake, waitFor });
        restarted.add(name);
        continue;
      }
      const changed = configReason(obs, service);
      // A service that shares another's network namespace is cut off when that one is made again.
      const sharedNetwork = service.networkMode.mode === 'service' && restarted.has(service.networkMode.service) ? service.networkMode.service : undefined;
      const restartedDep = sharedNetwork ?? Object.entries(service.dependsOn).find(([d, dep]) => dep.restart && restarted.has(d))?.[0];
      const reason = changed ?? (restartedDep === undefined ? undefined : `dependency ${restartedDep} restarted`);
      if (reason !== undefined) {
        actions.push({ type: 'restart', service: name, reason, waitFor });
        restarted.add(name);
      }
      continue;
    }
    if (remake !== undefined) actions.push({ type: 'materialise', service: name, reason: remake });
    actions.push(...volumeActions);
    if (options.noStart) continue;
    const status = obs === undefined || obs.status === 'missing' ? undefined : obs.status;
    const exit = obs?.state?.exitCode;
    const why = status === undefined ? 'new service' : status === 'exited' ? `it exited${exit === undefined ? '' : ` with code ${exit}`}` : status === 'created' ? 'created, never started' : `it is ${status}`;
    actions.push({ type: 'start', service: name, reason: why, waitFor });
    restarted.add(name);
  }
  return { actions, orphans: options.removeOrphans ? [] : orphans };
}

export interface DownOptions {
  /** `-v`: also remove the named volumes the project declares. */
  removeVolumes?: boolean | undefined;
  removeOrphans?: boolean | undefined;
}

/**
 * The plan of `dabba down`: every existing container of the project removed
 * (stopped first) in reverse dependency order, then orphans (with
 * removeOrphans), then with removeVolumes the project's named volumes.
 */
export function planDown(project: Project, observed: ObservedProject, options: DownOptions = {}): Plan {
  const order = dependencyOrder(dependencyMap(project)).reverse();
  const actions: Action[] = order
    .filter((n) => observed.services[n] !== undefined)
    .map((n) => ({ type: 'remove', service: n, reason: 'dabba down' }));
  const orphans = orphanOrder(observed, project);
  if (options.removeOrphans) for (const n of orphans) actions.push({ type: 'remove', service: n, reason: 'removed from dabba.yaml' });
  if (options.removeVolumes) {
    for (const v of Object.keys(project.volumes)) {
      if (observed.volumes.includes(v)) actions.push({ type: 'remove-volume', volume: v, reason: 'dabba down -v' });
    }
  }
  return { actions, orphans: options.removeOrphans ? [] : orphans };
}

/** `dabba stop [SERVICE…]`: the running ones among them, dependants first. */
export function planStop(project: Project, observed: ObservedProject, services: readonly string[] = []): Action[] {
  const wanted = services.length ? new Set(services) : undefined;
  return dependencyOrder(dependencyMap(project))
    .reverse()
    .filter((n) => (wanted === undefined || wanted.has(n)) && observed.services[n]?.running)
    .map((n) => ({ type: 'stop', service: n, reason: `dabba stop` }));
}

/** `dabba start [SERVICE…]`: existing containers that are not running, dependencies first. */
export function planStart(project: Project, observed: ObservedProject, services: readonly string[] = []): Action[] {
  const wanted = services.length ? new Set(services) : undefined;
  return dependencyOrder(dependencyMap(project))
    .filter((n) => (wanted === undefined || wanted.has(n)) && observed.services[n]?.rootfsDigest !== undefined && !observed.services[n]?.running)
    .map((n) => ({ type: 'start', service: n, reason: 'dabba start', waitFor: waitsOf(project.services[n]!, project) }));
}

/** `dabba restart [SERVICE…]`: existing containers, dependencies first. */
export function planRestart(project: Project, observed: ObservedProject, services: readonly string[] = []): Action[] {
  const wanted = services.length ? new Set(services) : undefined;
  return dependencyOrder(dependencyMap(project))
    .filter((n) => (wanted === undefined || wanted.has(n)) && observed.services[n]?.rootfsDigest !== undefined)
    .map((n) => ({ type: 'restart', service: n, reason: 'dabba restart', waitFor: waitsOf(project.services[n]!, project) }));
}

/** One line per action, as `up --dry-run` prints them. */
export function formatPlan(plan: Plan): string {
  const lines = plan.actions.map((a) => {
    const subject = 'volume' in a ? `volume ${a.volume}` : a.service;
    const extra = a.type === 'pull' || a.type === 'build' ? ` ${a.image}` : '';
    return `${a.type.padEnd(13)} ${subject}${extra}: ${a.reason}`;
  });
  if (plan.actions.length === 0) lines.push('nothing to do: every service is up to date');
  for (const o of plan.orphans) lines.push(`orphan        ${o}: not in dabba.yaml (use --remove-orphans to remove it)`);
  return lines.join('\n');
}
