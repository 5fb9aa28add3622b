/**
 * The real ContainerRuntime of `up`: each container gets a small detached
 * supervisor process (`node supervisor/main.js <containerDir>`), so restart
 * policy, healthchecks, networking and logs keep working after dabba exits.
 * Stopping signals the supervisor (which stops the container gracefully), and
 * then makes sure no recorded process of the container survives.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DabbaError } from '../errors/index.js';
import { writeFileAtomic } from '../util/atomic.js';
import { containerPaths, type ProjectPaths } from '../container/layout.js';
import { isAlive, processRef, signalProcess } from '../util/process.js';
import { readState, writeState, readSpec, isContainerAlive } from '../state/store.js';
import type { ContainerSpec, ContainerState, ProcessRef } from '../state/types.js';

export class ContainerStartError extends DabbaError {
  readonly code = 'DABBA_CONTAINER_START';
  readonly exitCode = 1;
}

const SUPERVISOR_MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
/** Extra time, past the grace period, that a supervisor gets to stop its container and record it. */
const STOP_MARGIN_MS = 5_000;

export interface LauncherOptions {
  paths: ProjectPaths;
  env?: NodeJS.ProcessEnv;
  /** How long a container may take to be running; default 60 s. */
  startTimeoutMs?: number;
  pollMs?: number;
}

/** Starts and stops containers through detached supervisors. */
export function createSupervisorRuntime(options: LauncherOptions) {
  const { paths } = options;
  const pollMs = options.pollMs ?? 50;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function stop(service: string, stopOptions: { graceMs?: number | undefined } = {}): Promise<void> {
    const state = await readState(paths, service);
    if (state === undefined) return;
    const spec = await readSpec(paths, service);
    const graceMs = stopOptions.graceMs ?? spec?.service.stopGracePeriodMs ?? 10_000;
    if (await isAlive(state.supervisor)) {
      if (stopOptions.graceMs !== undefined) await writeFileAtomic(containerPaths(paths, service).stopRequestFile, JSON.stringify({ graceMs }));
      await signalProcess(state.supervisor!, 'SIGTERM');
      const deadline = Date.now() + graceMs + STOP_MARGIN_MS;
      while (Date.now() < deadline && (await isAlive(state.supervisor))) await sleep(pollMs);
      if (await isAlive(state.supervisor)) await signalProcess(state.supervisor!, 'SIGKILL');
    }
    // Whatever the supervisor recorded last (it may have been killed -9): no process of it may survive.
    const last = (await readState(paths, service)) ?? state;
    const leftovers: ProcessRef[] = [...last.processes, ...state.processes];
    for (const p of leftovers) await signalProcess(p, 'SIGKILL');
    for (const p of leftovers) for (let i = 0; i < 100 && (await isAlive(p)); i++) await sleep(10);
    if (last.status === 'running' || last.status === 'starting' || last.status === 'restarting' || last.supervisor !== undefined) {
      await writeState(paths, { ...last, status: 'exited', supervisor: undefined, processes: [], stoppedByUser: true, finishedAt: new Date().toISOString(), health: undefined });
    }
  }

  async function start(spec: ContainerSpec): Promise<void> {
    const service = spec.service.name;
    await stop(service);
    const cp = containerPaths(paths, service);
    mkdirSync(cp.logsDir, { recursive: true });
    const initial: ContainerState = { version: 1, service, status: 'created', processes: [], restarts: 0 };
    await writeState(paths, initial);
    const log = openSync(cp.supervisorLog, 'a', 0o644);
    let child;
    try {
      child = spawn(process.execPath, [SUPERVISOR_MAIN, cp.dir], {
        detached: true,
        stdio: ['ignore', log, log],
        env: options.env ?? process.env,
        cwd: spec.project.workingDir,
      });
    } finally {
      closeSync(log);
    }
    child.unref();
    const pid = child.pid;
    if (pid === undefined) throw new ContainerStartError(`starting ${service}: could not spawn its supervisor`);
    const self: ProcessRef | undefined = await processRef(pid);
    const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
    for (;;) {
      // Liveness first, then the state: a supervisor that finished between the two reads has written its last state.
      const alive = self !== undefined && (await isAlive(self));
      const state = await readState(paths, service);
      if (state?.status === 'running' || state?.status === 'exited') return;
      if (state?.status === 'failed') throw new ContainerStartError(state.message ?? 'failed', { hint: `see ${cp.supervisorLog}` });
      if (!alive && !(await isContainerAlive(state))) {
        throw new ContainerStartError(`starting ${service}: its supervisor exited before the container started: ${tail(cp.supervisorLog)}`);
      }
      if (Date.now() > deadline) throw new ContainerStartError(`starting ${service}: not running after ${(options.startTimeoutMs ?? 60_000) / 1000} s`, { hint: `see ${cp.supervisorLog}` });
      await sleep(pollMs);
    }
  }

  return { start, stop };
}

function tail(file: string): string {
  try {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    return lines.slice(-5).join(' | ') || '(no output)';
  } catch {
    return '(no log)';
  }
}
