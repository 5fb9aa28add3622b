/**
 * A container folder on disk as a whole: observing a project (which
 * container folders exist, what their rootfs was made from, whether their
 * processes are alive) and removing folders and named volumes.
 */
import { readdir, stat } from 'node:fs/promises';
import { readSpec, readState, isContainerAlive, correctedStatus } from '../state/store.js';
import type { ObservedProject, ObservedService } from '../state/types.js';
import { readRootfsOrigin } from '../unpack/origin.js';
import { removeTree } from '../unpack/tree.js';
import { containerPaths, isContainerName, volumePath, type ProjectPaths } from './layout.js';

/** Observes one service's folder. */
export async function observeService(paths: ProjectPaths, service: string): Promise<ObservedService> {
  const cp = containerPaths(paths, service);
  const [spec, state, rootfsExists, origin] = await Promise.all([
    readSpec(paths, service),
    readState(paths, service),
    stat(cp.rootfs).then((s) => s.isDirectory(), () => false),
    readRootfsOrigin(cp.dir).catch(() => undefined),
  ]);
  const folderExists = rootfsExists || spec !== undefined || state !== undefined;
  const running = await isContainerAlive(state);
  return {
    name: service,
    spec,
    state,
    // rootfs.json is written last by the unpacker: without it the rootfs is not complete.
    rootfsDigest: rootfsExists ? origin?.manifestDigest : undefined,
    running,
    status: folderExists ? correctedStatus(state, running) : 'missing',
  };
}

/** Observes every container folder and named volume of the project. A missing `.dabba` is an empty project. */
export async function observeProject(paths: ProjectPaths): Promise<ObservedProject> {
  const entries = await readdir(paths.root, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory() && isContainerName(e.name)).map((e) => e.name);
  const services = await Promise.all(names.map((n) => observeService(paths, n)));
  const volumes = await readdir(paths.volumesDir, { withFileTypes: true }).catch(() => []);
  return {
    services: Object.fromEntries(services.filter((s) => s.status !== 'missing').map((s) => [s.name, s])),
    volumes: volumes.filter((v) => v.isDirectory()).map((v) => v.name).sort(),
  };
}

/**
 * Removes a container folder (rootfs, anonymous volumes, logs, records), even
 * folders an image made read-only. `onDenied` removes what this process may
 * not (files of subordinate ids); without it that error is thrown.
 */
export async function removeContainerDir(paths: ProjectPaths, service: string, onDenied?: (path: string) => Promise<void>): Promise<void> {
  await removeTree(containerPaths(paths, service).dir, onDenied);
}

/** Removes a named volume's folder; `onDenied` as for `removeContainerDir`. */
export async function removeVolumeDir(paths: ProjectPaths, name: string, onDenied?: (path: string) => Promise<void>): Promise<void> {
  await removeTree(volumePath(paths, name), onDenied);
}
