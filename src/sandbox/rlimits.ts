/**
 * A container's rlimits (compose `ulimits`), set exactly and without the
 * image's help: util-linux prlimit sets them on itself and execs the chain
 * that starts the container (nsenter, bwrap, the command), which inherits
 * them across fork and exec. Nothing runs in the container before the
 * command, so it does not depend on a shell in the image, and no process
 * of the container ever runs with other limits. Pure.
 */
import type { Rlimit } from '../config/model.js';

/** The row of /proc/PID/limits for each compose name (prlimit's options have the compose names). */
const PROC_ROW: Record<string, string> = {
  as: 'Max address space',
  core: 'Max core file size',
  cpu: 'Max cpu time',
  data: 'Max data size',
  fsize: 'Max file size',
  locks: 'Max file locks',
  memlock: 'Max locked memory',
  msgqueue: 'Max msgqueue size',
  nice: 'Max nice priority',
  nofile: 'Max open files',
  nproc: 'Max processes',
  rss: 'Max resident set',
  rtprio: 'Max realtime priority',
  rttime: 'Max realtime timeout',
  sigpending: 'Max pending signals',
  stack: 'Max stack size',
};

const value = (n: number): string => (n === -1 ? 'unlimited' : String(n));

/** `[prlimit, --nofile=S:H, …, --]` to put before the argv that starts the container; [] without ulimits. */
export function prlimitPrefix(prlimit: string, ulimits: Readonly<Record<string, Rlimit>>): string[] {
  const options = Object.entries(ulimits).map(([name, l]) => `--${name}=${value(l.soft)}:${value(l.hard)}`);
  return options.length === 0 ? [] : [prlimit, ...options, '--'];
}

/**
 * The ulimits whose hard limit is above dabba's own (from the text of
 * /proc/self/limits): only root may raise a hard limit.
 */
export function hardLimitsTooHigh(ulimits: Readonly<Record<string, Rlimit>>, procLimits: string): { name: string; wanted: number; hard: number }[] {
  const out: { name: string; wanted: number; hard: number }[] = [];
  for (const [name, l] of Object.entries(ulimits)) {
    const row = procLimits.split('\n').find((line) => line.startsWith(`${PROC_ROW[name]} `));
    const hardText = row?.slice(26).trim().split(/\s+/)[1];
    if (hardText === undefined || hardText === 'unlimited') continue;
    const hard = Number(hardText);
    if (l.hard === -1 || l.hard > hard) out.push({ name, wanted: l.hard, hard });
  }
  return out;
}
