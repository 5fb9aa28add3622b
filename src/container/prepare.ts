/**
 * Preparing a container folder: its rootfs made from an image with the
 * ownership the service's `fakeroot:`/`user:` need, and its volumes seeded
 * from that rootfs. `up` (through the reconciler's Materializer) and `run`
 * both come here, under the project lock, so they never unpack the same
 * folder at once.
 *
 * The unpacker, the largest import, is loaded only when the rootfs is not
 * already this image's; the sandbox's namespace helpers only when a tree
 * must be handled as the container's root.
 */
import type { Readable } from 'node:stream';
import { existsSync } from 'node:fs';
import { lchown, lstat } from 'node:fs/promises';
import type { Service, VolumeMount } from '../config/model.js';
import type { Descriptor } from '../oci/types.js';
import type { MountSpec } from '../sandbox/index.js';
import { rootIdShift, type HostFacts } from '../sandbox/ids.js';
import type { ImageToMaterialize } from '../unpack/index.js';
import { isCurrentRootfs, readRootfsOrigin, rootfsOwnership } from '../unpack/origin.js';
import type { ContainerPaths, ProjectPaths } from './layout.js';

/** What `materializeContainer` needs besides the folder and the service. */
export interface MaterializeContainerOptions {
  image: ImageToMaterialize;
  /** Opens a layer's stored (compressed) bytes. */
  openLayer(layer: Descriptor): Promise<Readable>;
  /** The store's unpack cache. */
  cacheDir: string;
  host: HostFacts;
  onNotice?: ((text: string) => void) | undefined;
}

/**
 * Makes `cp.rootfs` hold exactly `image` (see `materializeRootfs`: atomic
 * swap, volumes kept, idempotent). The caller holds the project lock.
 * Resolves `changed: true` when the rootfs was (re)made.
 */
export async function materializeContainer(cp: ContainerPaths, service: Service, opts: MaterializeContainerOptions): Promise<{ changed: boolean }> {
  const { host } = opts;
  const asRoot = asContainerRoot(host);
  const idShift = rootIdShift(host.uid, host.subuid, host.subgid);
  // fakeroot: false with user: maps your ids to that user (keep-id); root's files must then be given to the container's root.
  const keptUser = service.fakeroot ? undefined : service.user;
  // Unprivileged, nobody else applies the recorded ownership: with a subordinate range, the
  // container's user namespace can. Not for plain fakeroot: false, whose namespace maps only the user.
  // Most images own everything as root (nothing recorded): under fakeroot, no namespace is started for those.
  const applyOwnership =
    asRoot && (service.fakeroot || keptUser !== undefined)
      ? async (containerDir: string) => {
          const [{ readOwnershipFile }, { applyOwnershipInUserNamespace }] = await Promise.all([import('../unpack/index.js'), import('../sandbox/index.js')]);
          if (keptUser !== undefined || (await readOwnershipFile(containerDir)).size > 0) await applyOwnershipInUserNamespace(containerDir, host, keptUser);
        }
      : undefined;
  // A service switched between fakeroot: true, false, and false with another user: needs its files owned the other way.
  if (isCurrentRootfs(await readRootfsOrigin(cp.dir), opts.image.manifestDigest, rootfsOwnership({ idShift, applyOwnership, keptUser })) && existsSync(cp.rootfs)) return { changed: false };
  const { materializeRootfs } = await import('../unpack/index.js');
  return materializeRootfs({
    containerDir: cp.dir,
    image: opts.image,
    openLayer: opts.openLayer,
    cacheDir: opts.cacheDir,
    idShift,
    applyOwnership,
    keptUser,
    removeDenied: asRoot?.remove,
    onNotice: opts.onNotice,
  });
}

/** Tree operations as root of the container's user namespace (see `asContainerRoot`). */
export interface ContainerRootTools {
  /** `rm -rf path`. */
  remove(path: string): Promise<void>;
  /** `cp -a src dst` (dst new): reads files of any container id and keeps their owners. */
  copy(src: string, dst: string): Promise<void>;
}

/**
 * Unprivileged with a subordinate id range, trees may hold files of
 * subordinate ids (applied ownership, or written by a container user) that
 * this process can neither read nor remove; the container's root can.
 * Undefined where that cannot help: as root (nothing is denied) or without a range.
 */
export function asContainerRoot(host: HostFacts): ContainerRootTools | undefined {
  if (host.uid === 0 || host.subuid === undefined || host.subgid === undefined) return undefined;
  return {
    async remove(path) {
      const { removeInUserNamespace } = await import('../sandbox/index.js');
      await removeInUserNamespace(path, host);
    },
    async copy(src, dst) {
      const { runInUserNamespace } = await import('../sandbox/index.js');
      const code = await runInUserNamespace(host, ['cp', '-a', '--reflink=auto', '--', src, dst]);
      if (code !== 0) throw new Error(`cp -a as the container's root: exit ${code}`);
    },
  };
}

/**
 * Creates a volume folder if it is missing, seeded from the rootfs at
 * `containerPath` (see `ensureVolume`; an existing volume is never touched).
 * Unprivileged with a subordinate range, the seed is copied as the
 * container's root (see `asContainerRoot`), so files of other container users
 * stay theirs. As host root, the container's root is a shifted unprivileged
 * id: a fresh volume made by host root is given to it, as a new docker volume
 * belongs to the container's root.
 */
export async function ensureServiceVolume(volumeDir: string, rootfs: string, containerPath: string, host: HostFacts): Promise<void> {
  // Not the unpack index: it would load tar.
  const { ensureVolume } = await import('../unpack/volume.js');
  const tools = asContainerRoot(host);
  const { created } = await ensureVolume({ volumeDir, rootfs, containerPath, clone: tools?.copy, removeDenied: tools?.remove });
  const shift = rootIdShift(host.uid, host.subuid, host.subgid);
  if (created && shift !== undefined && (await lstat(volumeDir)).uid === 0) await lchown(volumeDir, shift.uid, shift.gid);
}

/**
 * Creates the named and anonymous volumes among `mounts` that do not exist
 * yet, seeded from the image: binds into the project's or the container's
 * volume folders, and binds at the target of a `volumes:` entry of `volumes`.
 */
export async function seedVolumes(pp: ProjectPaths, cp: ContainerPaths, volumes: readonly VolumeMount[], mounts: readonly MountSpec[], host: HostFacts): Promise<void> {
  const volumeTargets = new Set(volumes.filter((v) => v.type === 'volume').map((v) => v.target));
  for (const m of mounts) {
    if (m.kind !== 'bind') continue;
    const isVolume = m.source.startsWith(`${pp.volumesDir}/`) || m.source.startsWith(`${cp.volumesDir}/`);
    if (!isVolume && !volumeTargets.has(m.target)) continue;
    await ensureServiceVolume(m.source, cp.rootfs, m.target, host);
  }
}
