/**
 * Where everything of a project lives under `.dabba/` (pure). Container
 * folders are `.dabba/<service>/`, named volumes `.dabba/volumes/<name>/`,
 * and the project lock `.dabba/lock`; service names that would collide with
 * those are refused here as in config validation (one list, config/service-name.ts).
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

export interface ContainerPaths {
  dir: string;
  rootfs: string;
  specFile: string;
  stateFile: string;
  logsDir: string;
  /** Combined stdout/stderr of the container, one timestamped line per line of output. */
  logFile: string;
  /** The supervisor's own diagnostics. */
  supervisorLog: string;
}

/** The `.dabba` paths of the project whose folder is `workingDir`. */
export function projectPaths(workingDir: string): ProjectPaths {
  const root = join(workingDir, STATE_DIR_NAME);
  return { root, lockFile: join(root, 'lock'), volumesDir: join(root, 'volumes') };
}

/** The paths of one service's container folder. Throws for names that are not a plain folder name. */
export function containerPaths(paths: ProjectPaths, service: string): ContainerPaths {
  if (!isContainerName(service)) {
    throw new InternalError(`service name "${service}" cannot be a folder under ${STATE_DIR_NAME}/`);
  }
  const dir = join(paths.root, service);
  const logsDir = join(dir, 'logs');
  return {
    dir,
    rootfs: join(dir, 'rootfs'),
    specFile: join(dir, 'spec.json'),
    stateFile: join(dir, 'state.json'),
    logsDir,
    logFile: join(logsDir, 'output.log'),
    supervisorLog: join(logsDir, 'supervisor.log'),
  };
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
