/**
 * The one layout of `.dabba/` (pure): where a project's lock and named
 * volumes are, and every file of a container folder `.dabba/<service>/`.
 * Every other module names these files through here. It imports nothing
 * but the service-name rule and errors, so the layers below the container
 * (state, unpack, sandbox) may use it without depending on the container
 * layer (test/unit/architecture.test.ts gives it a row of its own).
 * Service names that would collide with the files here are refused as in
 * config validation (one list, config/service-name.ts).
 */
import { join } from 'node:path';
import { serviceNameProblem } from '../config/service-name.js';
import { InternalError } from '../errors/index.js';

export const STATE_DIR_NAME = '.dabba';

/**
 * `.dabba/` is its owner's alone, as podman's storage is: containers reach
 * their rootfs and volumes through mounts dabba stages for them (see
 * sandbox/stage.ts), never by traversing it with their own ids.
 */
export const STATE_DIR_MODE = 0o700;

/** spec.json, state.json and config.json hold a service's environment (passwords): only the owner reads them. */
export const SECRET_FILE_MODE = 0o600;

export interface ProjectPaths {
  /** `<project>/.dabba` */
  root: string;
  lockFile: string;
  volumesDir: string;
}

/** The files of a container folder, named from the folder alone. */
export interface ContainerFiles {
  rootfs: string;
  /** Written last by the unpacker: a rootfs is trusted only when this records its image. */
  origin: string;
  /** The image's config, as the unpacker found it. */
  config: string;
  /** The ownership the unpacker recorded for the rootfs. */
  ownership: string;
  /** What the reconciler asks the container to be (see state/types.ts ContainerSpec). */
  specFile: string;
  /** The runtime record its supervisor keeps (see state/types.ts ContainerState). */
  stateFile: string;
  /** The grace period `down -t` leaves for the supervisor. */
  stopRequestFile: string;
  /** Anonymous volumes, one folder per container path. */
  volumesDir: string;
  /** The sandbox's scratch folder. */
  scratchDir: string;
  logsDir: string;
  /** Combined stdout/stderr of the container, one timestamped line per line of output. */
  logFile: string;
  /** The supervisor's own diagnostics. */
  supervisorLog: string;
}

export interface ContainerPaths extends ContainerFiles {
  dir: string;
}

/** The `.dabba` paths of the project whose folder is `workingDir`. */
export function projectPaths(workingDir: string): ProjectPaths {
  const root = join(workingDir, STATE_DIR_NAME);
  return { root, lockFile: join(root, 'lock'), volumesDir: join(root, 'volumes') };
}

/** The files of the container folder `dir`. */
export function containerFiles(dir: string): ContainerFiles {
  const logsDir = join(dir, 'logs');
  return {
    rootfs: join(dir, 'rootfs'),
    origin: join(dir, 'rootfs.json'),
    config: join(dir, 'config.json'),
    ownership: join(dir, 'rootfs-ownership.json'),
    specFile: join(dir, 'spec.json'),
    stateFile: join(dir, 'state.json'),
    stopRequestFile: join(dir, 'stop-request.json'),
    volumesDir: join(dir, 'volumes'),
    scratchDir: join(dir, 'run'),
    logsDir,
    logFile: join(logsDir, 'output.log'),
    supervisorLog: join(logsDir, 'supervisor.log'),
  };
}

/** The paths of one service's container folder. Throws for names that are not a plain folder name. */
export function containerPaths(paths: ProjectPaths, service: string): ContainerPaths {
  if (!isContainerName(service)) {
    throw new InternalError(`service name "${service}" cannot be a folder under ${STATE_DIR_NAME}/`);
  }
  const dir = join(paths.root, service);
  return { dir, ...containerFiles(dir) };
}

/** Whether `name` can be a container folder: a valid service name (a single, non-hidden path component, not reserved). */
export function isContainerName(name: string): boolean {
  return serviceNameProblem(name) === undefined;
}

/** The folder of a named volume. */
export function volumePath(paths: ProjectPaths, name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new InternalError(`volume name "${name}" cannot be a folder name`);
  return join(paths.volumesDir, name);
}
