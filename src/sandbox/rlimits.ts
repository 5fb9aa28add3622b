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

/** A ulimit that cannot be set, and the limit that stands in the way. */
export interface LimitProblem {
  name: string;
  wanted: number;
  /** The highest hard limit there can be. */
  max: number;
  why: 'above your own hard limit; only root can raise it' | 'above the kernel\'s fs.nr_open';
}

/**
 * The ulimits prlimit would fail to set (pure): unprivileged, a hard limit
 * above dabba's own (from the text of /proc/self/limits); for anyone, an
 * open-files limit above fs.nr_open (`nrOpen`), which even root cannot pass.
 */
export function limitProblems(ulimits: Readonly<Record<string, Rlimit>>, host: { root: boolean; procLimits: string; nrOpen: number }): LimitProblem[] {
  const out: LimitProblem[] = [];
  const above = (wanted: number, max: number): boolean => wanted === -1 || wanted > max;
  for (const [name, l] of Object.entries(ulimits)) {
    if (name === 'nofile' && above(l.hard, host.nrOpen)) {
      out.push({ name, wanted: l.hard, max: host.nrOpen, why: 'above the kernel\'s fs.nr_open' });
      continue;
    }
    if (host.root) continue;
    const row = host.procLimits.split('\n').find((line) => line.startsWith(`${PROC_ROW[name]} `));
    const hardText = row?.slice(26).trim().split(/\s+/)[1];
    if (hardText === undefined || hardText === 'unlimited') continue;
    const hard = Number(hardText);
    if (above(l.hard, hard)) out.push({ name, wanted: l.hard, max: hard, why: 'above your own hard limit; only root can raise it' });
  }
  return out;
}
