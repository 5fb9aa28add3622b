/**
 * Reading and writing the records under `.dabba/` (spec.json, state.json),
 * and whether a recorded container's processes are really alive (pid and
 * start time). Writes are atomic.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../util/atomic.js';
import { DabbaError } from '../errors/index.js';
import { containerPaths, SECRET_FILE_MODE, type ProjectPaths } from '../container/layout.js';
import { isAlive } from '../util/process.js';
import type { ContainerSpec, ContainerState, ObservedService } from './types.js';

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
