/**
 * The supervisor process: `node supervisor/main.js <containerDir>`, started
 * detached by `dabba up`, one per container. It reads the container's
 * `spec.json`, runs it through the sandbox, and keeps `state.json` current
 * until it is told to stop (SIGTERM/SIGINT) or the restart policy says done.
 * Its own diagnostics go to stderr, which the launcher points at
 * `logs/supervisor.log`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { projectPaths, containerPaths, containerFiles } from '../container/layout.js';
import { processRef } from '../util/process.js';
import { writeState } from '../state/store.js';
import type { ContainerSpec, EnterInfo } from '../state/types.js';
import { startSupervised } from './container.js';
import { probeContainer } from './probe.js';
import { openRotatingLog } from './log-file.js';
import { supervise } from './supervise.js';

async function main(containerDir: string): Promise<number> {
  const spec = JSON.parse(readFileSync(containerFiles(containerDir).specFile, 'utf8')) as ContainerSpec;
  const paths = projectPaths(spec.project.workingDir);
  const cp = containerPaths(paths, spec.service.name);
  const self = await processRef(process.pid);
  if (self === undefined) throw new Error('cannot read own /proc entry');
  const log = openRotatingLog(cp.logFile, { maxBytes: spec.service.logging.maxBytes, keep: spec.service.logging.maxFiles - 1 });
  const diag = (text: string) => process.stderr.write(`${new Date().toISOString()} ${text}\n`);
  let enter: EnterInfo | undefined;
  const supervision = supervise(spec.service, {
    self,
    now: Date.now,
    log: diag,
    writeState: (state) => writeState(paths, state),
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (signal.aborted) return resolve();
        const onAbort = () => {
          clearTimeout(t);
          resolve();
        };
        const t = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
      }),
    start: async () => {
      const c = await startSupervised(spec, log, diag);
      enter = c.enter;
      return c;
    },
    probe: (argv, timeoutMs) => probeContainer(enter, argv, timeoutMs),
  });
  const onSignal = () => {
    // `down -t N` leaves the grace period it wants beside the state.
    let graceMs: number | undefined;
    try {
      graceMs = (JSON.parse(readFileSync(cp.stopRequestFile, 'utf8')) as { graceMs?: number }).graceMs;
      rmSync(cp.stopRequestFile, { force: true });
    } catch {
      graceMs = undefined;
    }
    supervision.requestStop(graceMs);
  };
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, onSignal);
  const final = await supervision.done;
  diag(`${spec.service.name}: supervision ended: ${final.status}${final.exitCode === undefined ? '' : ` (${final.exitCode})`}`);
  log.close();
  return 0;
}

const dir = process.argv[2];
if (dir === undefined) {
  process.stderr.write('usage: supervisor/main.js <containerDir>\n');
  process.exit(2);
}
main(dir).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${new Date().toISOString()} supervisor: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
