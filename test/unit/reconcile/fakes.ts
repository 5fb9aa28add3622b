import type { Service } from '../../../src/config/model.js';
import type { Clock, ContainerRuntime, ImageResolver, Materializer, ReconcileReporter, StateStore } from '../../../src/reconcile/ports.js';
import type { ReconcileDeps } from '../../../src/reconcile/apply.js';
import type { ContainerSpec, ContainerState, ObservedProject } from '../../../src/state/types.js';

export interface FakeContainer {
  spec: ContainerSpec | undefined;
  state: ContainerState | undefined;
  rootfsDigest: string | undefined;
  pid: number;
}

/**
 * An in-memory project: images in a "store", containers with states, and a
 * runtime whose containers behave as `behaviour` says. Every effect is logged
 * in `events` so tests can assert the order.
 */
export function fakeWorld(options: {
  store?: Record<string, string>;
  registry?: Record<string, string>;
  /** Digest a build of the service (by name) produces; absent: the build fails. */
  built?: Record<string, string>;
  behaviour?: Record<string, { exitCode?: number; health?: 'healthy' | 'unhealthy'; failStart?: string }>;
} = {}) {
  const events: string[] = [];
  const containers = new Map<string, FakeContainer>();
  const volumes = new Set<string>();
  const store = { ...options.store };
  let nextPid = 100;
  let now = 0;

  const images: ImageResolver = {
    lookup: async (s: Service) => store[s.image],
    pull: async (s: Service, policy) => {
      events.push(`pull ${s.name} ${policy}`);
      const d = options.registry?.[s.image] ?? store[s.image];
      if (d === undefined) throw new Error(`manifest unknown: ${s.image}`);
      store[s.image] = d;
      return d;
    },
    build: async (s: Service) => {
      events.push(`build ${s.name}`);
      const d = options.built?.[s.name];
      if (d === undefined) throw new Error(`build of ${s.name} failed`);
      store[s.image] = d;
      return d;
    },
  };
  const materializer: Materializer = {
    materialize: async (s, digest) => {
      events.push(`materialise ${s.name} ${digest}`);
      const c = containers.get(s.name) ?? { spec: undefined, state: undefined, rootfsDigest: undefined, pid: 0 };
      c.rootfsDigest = digest;
      containers.set(s.name, c);
    },
    createVolume: async (name, s) => {
      events.push(`volume ${name} by ${s.name}`);
      volumes.add(name);
    },
  };
  const runtime: ContainerRuntime = {
    start: async (spec) => {
      const name = spec.service.name;
      const b = options.behaviour?.[name] ?? {};
      events.push(`start ${name}`);
      if (b.failStart) throw new Error(b.failStart);
      const c = containers.get(name)!;
      c.pid = nextPid++;
      const hc = spec.service.healthcheck !== undefined;
      c.state = b.exitCode !== undefined
        ? { version: 1, service: name, status: 'exited', exitCode: b.exitCode, processes: [], restarts: 0 }
        : { version: 1, service: name, status: 'running', pid: c.pid, processes: [], restarts: 0, health: hc ? 'starting' : undefined };
      // Health settles a little later, as the supervisor's probes would.
      if (hc && b.exitCode === undefined) setTimeout(() => { if (c.state) c.state.health = b.health ?? 'healthy'; }, 5);
    },
    stop: async (name) => {
      const c = containers.get(name);
      if (c?.state?.status === 'running') {
        events.push(`stop ${name}`);
        c.state = { ...c.state, status: 'exited', exitCode: 143, stoppedByUser: true };
      }
    },
  };
  const state: StateStore = {
    observe: async (): Promise<ObservedProject> => ({
      services: Object.fromEntries([...containers].map(([name, c]) => [name, {
        name,
        spec: c.spec,
        state: c.state,
        rootfsDigest: c.rootfsDigest,
        running: c.state?.status === 'running',
        status: c.state?.status ?? 'created',
      }])),
      volumes: [...volumes].sort(),
    }),
    readState: async (name) => containers.get(name)?.state,
    writeSpec: async (spec) => {
      containers.get(spec.service.name)!.spec = spec;
    },
    removeContainer: async (name) => {
      events.push(`remove ${name}`);
      containers.delete(name);
    },
    removeVolume: async (name) => {
      events.push(`remove volume ${name}`);
      volumes.delete(name);
    },
  };
  const clock: Clock = { now: () => now, sleep: async (ms) => { now += ms; await new Promise((r) => setTimeout(r, 1)); } };
  const reporter: ReconcileReporter = { step: () => {} };
  const deps: ReconcileDeps = { images, materializer, runtime, state, clock, reporter };
  return { deps, events, containers, volumes, store, options };
}
