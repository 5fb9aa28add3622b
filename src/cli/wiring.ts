/**
 * The one place where the real image store, image resolver, unpacker, host
 * facts, state folder and supervisor are put behind the reconciler's
 * interfaces (`src/reconcile/ports.ts`), and where `dabba run` gets its
 * container from: `up` and `run` materialise through the same
 * `materializeService`, under the same project lock; how a container folder
 * is prepared is src/container/prepare.ts's.
 *
 * The unpacker and the sandbox are imported only when a step needs them (`ps`
 * does not import this module at all), each through its index. The image
 * store and resolver are imported statically: `run`, `up` and `pull` need them
 * every time.
 */
import { join } from 'node:path';
import type { CommandContext } from './command.js';
import { paint } from './output.js';
import { createPullProgress, type PullProgress } from './pull-progress.js';
import { buildImageFor, hasBuild } from './build-image.js';
import { activeProject, loadProject, type Project, type Service } from '../config/index.js';
import { loadOptions } from './project-options.js';
import type { PullPolicy } from '../config/model.js';
import type { ReconcileDeps } from '../reconcile/apply.js';
import type { ImageResolver, Materializer, StateStore } from '../reconcile/ports.js';
import { acquireProjectLock, describeHolder, type ProjectLock } from '../state/lock.js';
import { containerPaths, projectPaths, STATE_DIR_MODE, type ProjectPaths } from '../container/layout.js';
import { writeSpec } from '../state/store.js';
import { observeProject, observeService, removeContainerDir, removeVolumeDir } from '../container/folder.js';
import { createSupervisorRuntime } from '../supervisor/launcher.js';
import { ensureImage, openLayerTar, type PullEvent, type ResolvedImage } from '../image/index.js';
import { defaultStorePath, Store } from '../store/index.js';
import type { HostFacts } from '../sandbox/ids.js';
import { readHostFacts } from '../sandbox/host.js';
import { asContainerRoot, ensureServiceVolume, materializeContainer } from '../container/prepare.js';
import { ensurePrivateDir } from '../util/private-dir.js';

/**
 * Loads the project as every lifecycle command does, printing its warnings to
 * stderr, with the services active for the enabled profiles and the services
 * the command names (`named`), as compose selects them.
 */
export async function loadProjectFor(ctx: CommandContext, named: readonly string[] = []): Promise<Project> {
  return activeProject(await loadProject(loadOptions(ctx)), named);
}

/**
 * Takes the project lock, waiting (with a message) for another dabba up to
 * DABBA_LOCK_TIMEOUT seconds (default 120). Every command that writes under
 * `.dabba/` comes here first, so this is where `.dabba/` gets (or, made by an
 * older dabba, is tightened to) STATE_DIR_MODE.
 */
export async function lockProject(ctx: CommandContext, paths: ProjectPaths, command: string): Promise<ProjectLock> {
  const waitS = Number(ctx.env.DABBA_LOCK_TIMEOUT ?? 120);
  await ensurePrivateDir(paths.root, STATE_DIR_MODE);
  return acquireProjectLock(paths.lockFile, {
    command,
    waitMs: Number.isFinite(waitS) ? waitS * 1000 : 120_000,
    onWait: (h) => ctx.out.info(`waiting: ${describeHolder(h)} is changing this project`),
  });
}

/** Runs `fn` holding the project lock; the lock is released however `fn` ends. */
export async function withLock<T>(ctx: CommandContext, paths: ProjectPaths, command: string, fn: () => Promise<T>): Promise<T> {
  const lock = await lockProject(ctx, paths, command);
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}

/** Opens the content store (`DABBA_STORE` or the default path); opening clears what dead downloads left. */
export async function openImageStore(env: NodeJS.ProcessEnv): Promise<Store> {
  return Store.open(defaultStorePath(env));
}

/** Pulls (per `policy`) or finds `service.image` in the store; local archives and layouts are read from their files. */
export async function ensureServiceImage(store: Store, project: Project, service: Service, policy: PullPolicy, env: NodeJS.ProcessEnv, progress?: (e: PullEvent) => void): Promise<ResolvedImage> {
  // `build` is a policy of services with build:, for when to build; their image is otherwise looked up as any other.
  return ensureImage(service.image, { store, baseDir: project.workingDir, policy: policy === 'build' ? 'missing' : policy, platform: service.platform, env, progress });
}

/** The image a single container of `service` runs (`dabba run`): built first when it has build: and its pull_policy says so or the image is not in the store. */
export async function serviceImage(ctx: CommandContext, store: Store, project: Project, service: Service): Promise<ResolvedImage> {
  if (hasBuild(service) && service.pullPolicy !== 'never') {
    const stored = service.pullPolicy === 'build' ? undefined : await ensureServiceImage(store, project, service, 'never', ctx.env).catch(() => undefined);
    return stored ?? buildImageFor(ctx, store, project, service);
  }
  return ensureServiceImage(store, project, service, service.pullPolicy, ctx.env);
}

/** What `materializeService` needs besides the service. */
export interface MaterializeServiceOptions {
  store: Store;
  image: ResolvedImage;
  host: HostFacts;
  onNotice?: ((text: string) => void) | undefined;
}

/**
 * Makes `.dabba/<service>/rootfs` hold exactly `image` from the store (see
 * `materializeContainer`). The caller holds the project lock.
 */
export async function materializeService(project: Project, service: Service, opts: MaterializeServiceOptions): Promise<{ changed: boolean }> {
  const { store } = opts;
  return materializeContainer(containerPaths(projectPaths(project.workingDir), service.name), service, {
    image: opts.image,
    openLayer: (layer) => openLayerTar(store, layer),
    cacheDir: join(store.root, 'unpacked'),
    host: opts.host,
    onNotice: opts.onNotice,
  });
}

const LOCAL_SOURCE = /^(oci|oci-archive|docker-archive):/;

/** The real ImageResolver and Materializer over the content store and the unpacker. */
export function createImageSide(ctx: CommandContext, project: Project): { images: ImageResolver; materializer: Materializer } {
  const resolved = new Map<string, ResolvedImage>();
  let storePromise: Promise<Store> | undefined;
  const openStore = (): Promise<Store> => (storePromise ??= openImageStore(ctx.env));
  const ensure = async (service: Service, policy: PullPolicy, progress?: (e: PullEvent) => void): Promise<ResolvedImage> => {
    const image = await ensureServiceImage(await openStore(), project, service, policy, ctx.env, progress);
    resolved.set(service.name, image);
    return image;
  };
  // One progress display for the pulls up runs at once, cleared when the last ends.
  let progress: PullProgress | undefined;
  let pulling = 0;
  const images: ImageResolver = {
    async lookup(service) {
      // Local sources are checked against the file (no network): a rebuilt archive is noticed.
      try {
        return (await ensure(service, LOCAL_SOURCE.test(service.image) ? 'missing' : 'never')).manifestDigest;
      } catch {
        return undefined;
      }
    },
    async pull(service, policy) {
      progress ??= createPullProgress(ctx.out);
      pulling++;
      try {
        return (await ensure(service, policy, progress.onEvent)).manifestDigest;
      } finally {
        if (--pulling === 0) {
          progress.finish();
          progress = undefined;
        }
      }
    },
    async build(service) {
      if (!hasBuild(service)) throw new Error(`service ${service.name} has no build:`);
      const image = await buildImageFor(ctx, await openStore(), project, service);
      resolved.set(service.name, image);
      return image.manifestDigest;
    },
  };
  const imageFor = async (service: Service, digest: string): Promise<ResolvedImage> => {
    const known = resolved.get(service.name);
    if (known?.manifestDigest === digest) return known;
    const again = await ensure(service, 'never');
    if (again.manifestDigest !== digest) throw new Error(`image ${service.image} is now ${again.manifestDigest}, expected ${digest}`);
    return again;
  };
  const paths = projectPaths(project.workingDir);
  const materializeOne = async (service: Service, digest: string): Promise<void> => {
    const [store, image] = await Promise.all([openStore(), imageFor(service, digest)]);
    const host = readHostFacts();
    await materializeService(project, service, { store, image, host, onNotice: (t) => ctx.out.warn(t) });
  };
  // Containers of one image are materialised one after the other: the first fills the unpack
  // cache and the others clone it, instead of all unpacking into the same cache folder at once.
  const sameImage = new Map<string, Promise<void>>();
  const materializer: Materializer = {
    materialize(service, digest) {
      const run = (sameImage.get(digest) ?? Promise.resolve()).catch(() => {}).then(() => materializeOne(service, digest));
      sameImage.set(digest, run);
      return run;
    },
    async createVolume(name, service) {
      const mount = service.volumes.find((v) => v.type === 'volume' && v.source === name);
      await ensureServiceVolume(join(paths.volumesDir, name), containerPaths(paths, service.name).rootfs, mount?.target ?? '/', readHostFacts());
    },
  };
  return { images, materializer };
}

/** The real StateStore over `.dabba/`. */
export function createStateStore(paths: ProjectPaths): StateStore {
  return {
    observe: () => observeProject(paths),
    readState: async (service) => {
      const o = await observeService(paths, service);
      return o.state === undefined ? undefined : { ...o.state, status: o.status === 'missing' ? o.state.status : o.status };
    },
    writeSpec: (spec) => writeSpec(paths, spec),
    // A container folder or volume may hold files of subordinate ids (applied ownership, or written by a container user).
    removeContainer: async (service) => removeContainerDir(paths, service, asContainerRoot(readHostFacts())?.remove),
    removeVolume: async (name) => removeVolumeDir(paths, name, asContainerRoot(readHostFacts())?.remove),
  };
}

/** Everything the reconciler needs, wired to the real modules; progress goes to stderr. */
export function createReconcileDeps(ctx: CommandContext, project: Project): ReconcileDeps & { runtime: ReturnType<typeof createSupervisorRuntime> } {
  const paths = projectPaths(project.workingDir);
  const { images, materializer } = createImageSide(ctx, project);
  return {
    images,
    materializer,
    runtime: createSupervisorRuntime({ paths, env: ctx.env }),
    state: createStateStore(paths),
    clock: { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    reporter: { step: (service, text) => ctx.out.info(`${paint(ctx.out.color, 36, service)}: ${text}`) },
  };
}
