/**
 * Reading and writing the records under `.dabba/`, and observing a project:
 * which container folders exist, what they were made from, and whether their
 * processes are really alive (pid and start time). Writes are atomic.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../util/atomic.js';
import { DabbaError } from '../errors/index.js';
import { containerPaths, isContainerName, SECRET_FILE_MODE, volumePath, type ProjectPaths } from './paths.js';
import { isAlive } from '../util/process.js';
import { readRootfsOrigin } from '../unpack/origin.js';
import { removeTree } from '../unpack/tree.js';
import type { ContainerSpec, ContainerState, ObservedProject, ObservedService } from './types.js';

export class StateFileError extends DabbaError {
  readonly code = 'DABBA_STATE_FILE';
  readonly exitCode = 1;
}

async function readJson<T>(file: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(`reading ${file}: ${(err as Error).message}`, { cause: err });
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    // Writes are atomic, so this is damage from outside dabba; say where.
    throw new StateFileError(`reading ${file}: not valid JSON: ${(err as Error).message}`, {
      cause: err,
      hint: 'remove the file; the next `dabba up` recreates it',
    });
  }
}

/** The container spec of `service`, if one was recorded. */
export function readSpec(paths: ProjectPaths, service: string): Promise<ContainerSpec | undefined> {
  return readJson<ContainerSpec>(containerPaths(paths, service).specFile);
}

/** Records the spec atomically, readable only by its owner (it holds the environment). */
export async function writeSpec(paths: ProjectPaths, spec: ContainerSpec): Promise<void> {
  await writeFileAtomic(containerPaths(paths, spec.service.name).specFile, `${JSON.stringify(spec, null, 2)}\n`, SECRET_FILE_MODE);
}

/** The runtime state of `service`, if recorded. */
export function readState(paths: ProjectPaths, service: string): Promise<ContainerState | undefined> {
  return readJson<ContainerState>(containerPaths(paths, service).stateFile);
}

/** Records the runtime state atomically (readers see the old or the new file, never half), readable only by its owner: its enter info holds the environment. */
export async function writeState(paths: ProjectPaths, state: ContainerState): Promise<void> {
  await writeFileAtomic(containerPaths(paths, state.service).stateFile, `${JSON.stringify(state, null, 2)}\n`, SECRET_FILE_MODE);
}

/** Whether anything of the container (its supervisor or any recorded process) is alive. */
export async function isContainerAlive(state: ContainerState | undefined): Promise<boolean> {
  if (state === undefined) return false;
  if (await isAlive(state.supervisor)) return true;
  for (const p of state.processes) if (await isAlive(p)) return true;
  return false;
}

/**
 * The status to report for a recorded state: a state that says it runs while
 * nothing of it is alive (supervisor killed, reboot) is reported as exited.
 */
export function correctedStatus(state: ContainerState | undefined, alive: boolean): ObservedService['status'] {
  if (state === undefined) return 'created';
  const claimsLive = state.status === 'running' || state.status === 'starting' || state.status === 'restarting';
  return claimsLive && !alive ? 'exited' : state.status;
}

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
