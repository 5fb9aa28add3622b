/**
 * The signal that asks a container to stop, decided as docker decides it
 * (pure): `stop_signal:` in dabba.yaml, else the image's StopSignal (postgres
 * sets SIGINT, nginx SIGQUIT), else SIGTERM.
 */
import { constants } from 'node:os';
import { SandboxError } from './errors.js';

/** Linux's real-time signals as the C library numbers them (glibc keeps 32 and 33). */
const SIGRTMIN = 34;
const SIGRTMAX = 64;

/**
 * A signal written as docker accepts one: a name with or without SIG in any
 * case (SIGINT, INT, int), RTMIN+N or RTMAX-N, or a number ("2"). Names Node
 * knows stay names; real-time signals become numbers. undefined if it is none.
 */
export function parseSignal(text: string): NodeJS.Signals | number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= SIGRTMAX ? n : undefined;
  }
  const name = text.toUpperCase().replace(/^SIG/, '');
  const rt = /^RT(MIN|MAX)(?:([+-])(\d+))?$/.exec(name);
  if (rt) {
    const offset = Number(rt[3] ?? 0) * (rt[2] === '-' ? -1 : 1);
    const n = (rt[1] === 'MIN' ? SIGRTMIN : SIGRTMAX) + offset;
    return n >= SIGRTMIN && n <= SIGRTMAX ? n : undefined;
  }
  const sig = `SIG${name}`;
  return Object.hasOwn(constants.signals, sig) ? (sig as NodeJS.Signals) : undefined;
}

/** The service's stop signal; throws SandboxError for one that is not a signal. */
export function resolveStopSignal(service: string, configured: string | undefined, image: string | undefined): NodeJS.Signals | number {
  if (configured !== undefined) {
    return parseSignal(configured) ?? fail(`service "${service}": stop_signal "${configured}" is not a signal`, 'use a signal name such as SIGTERM, SIGINT or SIGQUIT');
  }
  // An empty StopSignal is what image builders write when none was set.
  if (image !== undefined && image !== '') {
    return parseSignal(image) ?? fail(`service "${service}": the image's StopSignal "${image}" is not a signal`, 'set stop_signal: in dabba.yaml');
  }
  return 'SIGTERM';
}

function fail(message: string, hint: string): never {
  throw new SandboxError(message, { hint });
}
