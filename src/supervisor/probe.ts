/**
 * Healthcheck probes (I/O): the check runs inside the running container
 * through `enterContainer`; its stdout and stderr are kept together, capped,
 * for `ps --format json` and `inspect`.
 */
import type { ChildProcess } from 'node:child_process';
import { enterContainer } from '../sandbox/index.js';
import type { EnterInfo } from '../state/types.js';
import type { ProbeResult } from './health.js';

/** docker keeps this much of a probe's output. */
export const PROBE_OUTPUT_MAX_BYTES = 4096;

/** How long output may still arrive after the probe exited (a child it left behind may hold the pipes). */
const DRAIN_MS = 200;

/** Runs `argv` inside the container, killing it after `timeoutMs`. Never rejects. */
export function probeContainer(enter: EnterInfo | undefined, argv: string[], timeoutMs: number): Promise<ProbeResult> {
  if (enter === undefined) return Promise.resolve({ exitCode: -1, output: 'the container is not running' });
  if (argv.length === 0) return Promise.resolve({ exitCode: -1, output: 'no healthcheck command' });
  let child: ChildProcess;
  try {
    child = enterContainer(enter, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    return Promise.resolve({ exitCode: -1, output: (err as Error).message });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const keep = (chunk: Buffer) => {
    if (size >= PROBE_OUTPUT_MAX_BYTES) return;
    const part = chunk.subarray(0, PROBE_OUTPUT_MAX_BYTES - size);
    chunks.push(part);
    size += part.length;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return new Promise((resolve) => {
    let timedOut = false;
    let exitCode = -1;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const done = (result: ProbeResult) => {
      clearTimeout(timer);
      resolve(result);
    };
    const output = () => Buffer.concat(chunks).toString('utf8');
    child.once('error', (err) => done({ exitCode: -1, output: err.message }));
    child.once('exit', (code, signal) => {
      exitCode = code ?? -1;
      if (signal !== null && !timedOut) exitCode = -1;
      setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
      }, DRAIN_MS).unref();
    });
    child.once('close', () => done(timedOut ? { exitCode: -1, output: `Health check exceeded timeout (${timeoutMs} ms)\n${output()}`.trimEnd() } : { exitCode, output: output() }));
  });
}
