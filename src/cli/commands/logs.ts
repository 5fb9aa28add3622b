/**
 * `dabba logs`, and the foreground side of `dabba up`: container output read
 * from `.dabba/<service>/logs/` (written by the supervisors) and printed with
 * coloured `service |` prefixes.
 */
import { stat } from 'node:fs/promises';
import type { Command, CommandContext } from '../command.js';
import type { Project } from '../../config/index.js';
import { UsageError } from '../../errors/index.js';
import { containerPaths, projectPaths, type ProjectPaths } from '../../container/layout.js';
import { observeService } from '../../container/folder.js';
import { followLog, parseLogLine, readLogTail } from '../../supervisor/log-file.js';
import { loadProjectFor } from '../wiring.js';

const PALETTE = [36, 33, 32, 35, 34, 96, 93, 92, 95, 94];

/** A log line as shown: a piece of a line cut at the cap says so at its end. */
export function shownText(raw: string, timestamps: boolean): string {
  const line = parseLogLine(raw);
  return line === undefined ? raw : `${timestamps ? `${line.time} ` : ''}${line.text}${line.partial ? ' [partial]' : ''}`;
}

/** Prints log lines of several services with aligned, coloured prefixes. */
export function createPrefixer(ctx: CommandContext, names: readonly string[], timestamps: boolean) {
  const stdout = ctx.out.stdout as NodeJS.WriteStream;
  const color = Boolean(stdout.isTTY) && ctx.env.NO_COLOR === undefined && ctx.env.TERM !== 'dumb';
  const width = Math.max(0, ...names.map((n) => n.length));
  return (service: string, raw: string): void => {
    const i = Math.max(0, names.indexOf(service));
    const prefix = `${service.padEnd(width)} |`;
    const text = shownText(raw, timestamps);
    stdout.write(`${color ? `\u001b[${PALETTE[i % PALETTE.length]}m${prefix}\u001b[0m` : prefix} ${text}\n`);
  };
}

/** The current size of each service's log, to follow from there. */
export async function logOffsets(paths: ProjectPaths, names: readonly string[]): Promise<Map<string, number>> {
  const entries = await Promise.all(names.map(async (n) => [n, (await stat(containerPaths(paths, n).logFile).catch(() => undefined))?.size ?? 0] as const));
  return new Map(entries);
}

export interface AttachOptions {
  exitFrom?: string | undefined;
  /** Stops the services (graceful, or `force`: killed). */
  stop(force: boolean): Promise<void>;
}

/**
 * Foreground `up`: prints every service's output until all have exited, then
 * returns the exit code of the first that failed (or of `exitFrom`). Ctrl-C
 * stops everything gracefully; a second Ctrl-C kills.
 */
export async function attachForeground(ctx: CommandContext, project: Project, names: readonly string[], offsets: Map<string, number>, options: AttachOptions): Promise<number> {
  const paths = projectPaths(project.workingDir);
  const print = createPrefixer(ctx, names, false);
  const following = new AbortController();
  const followers = names.map((n) => followLog(containerPaths(paths, n).logFile, offsets.get(n) ?? 0, (l) => print(n, l), following.signal));
  let interrupts = 0;
  let stopping: Promise<void> | undefined;
  const onInterrupt = () => {
    interrupts++;
    if (interrupts === 1) {
      ctx.out.info('stopping (press Ctrl-C again to force)');
      stopping = options.stop(false);
    } else {
      ctx.out.info('killing');
      void options.stop(true);
    }
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  try {
    let exitCode: number | undefined;
    for (;;) {
      const states = await Promise.all(names.map((n) => observeService(paths, n)));
      const done = (n: string) => {
        const o = states.find((s) => s.name === n);
        return o === undefined || o.status === 'missing' || (!o.running && o.status !== 'restarting');
      };
      if (options.exitFrom !== undefined && done(options.exitFrom)) {
        exitCode = states.find((s) => s.name === options.exitFrom)?.state?.exitCode ?? 1;
        if (stopping === undefined) stopping = options.stop(false);
        break;
      }
      if (names.every(done)) {
        const failed = states
          .filter((s) => (s.state?.exitCode ?? 0) !== 0 && !s.state?.stoppedByUser)
          .sort((a, b) => (a.state?.finishedAt ?? '').localeCompare(b.state?.finishedAt ?? ''));
        exitCode = failed[0]?.state?.exitCode ?? (states.some((s) => s.status === 'failed') ? 1 : 0);
        break;
      }
      if (stopping !== undefined && interrupts > 0) {
        await stopping;
        stopping = Promise.resolve();
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await stopping;
    // Let the followers print what the last lines of the logs say.
    await new Promise((r) => setTimeout(r, 250));
    return interrupts > 0 && options.exitFrom === undefined ? 130 : exitCode;
  } finally {
    following.abort();
    await Promise.all(followers);
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
  }
}

export const command: Command = {
  name: 'logs',
  summary: 'Show service output',
  usage: '[-f] [--tail N] [-t] [SERVICE…]',
  options: [
    { name: 'follow', short: 'f', type: 'boolean', description: 'Keep printing new output' },
    { name: 'tail', short: 'n', type: 'string', value: 'N', description: 'Only the last N lines of each service (default all)' },
    { name: 'timestamps', short: 't', type: 'boolean', description: 'Show the time of each line' },
    { name: 'no-log-prefix', type: 'boolean', description: 'Print lines without the service prefix' },
  ],
  run: async (ctx, args) => {
    const project = await loadProjectFor(ctx, args.positionals);
    const paths = projectPaths(project.workingDir);
    const tailOpt = args.options.tail as string | undefined;
    const tail = tailOpt === undefined || tailOpt === 'all' ? undefined : Number(tailOpt);
    if (tail !== undefined && (!Number.isInteger(tail) || tail < 0)) throw new UsageError(`dabba logs: --tail must be a number of lines or "all", not "${tailOpt}"`);
    for (const s of args.positionals) if (project.services[s] === undefined) throw new UsageError(`dabba logs: no service "${s}" in ${project.configFile}`);
    const names = args.positionals.length ? args.positionals : Object.keys(project.services);
    const timestamps = Boolean(args.options.timestamps);
    const prefixed = createPrefixer(ctx, names, timestamps);
    const print = args.options['no-log-prefix']
      ? (_s: string, raw: string) => ctx.out.print(shownText(raw, timestamps))
      : prefixed;
    // Several services: merge by time, as their lines were written.
    const all: { service: string; raw: string; time: string }[] = [];
    for (const n of names) {
      const keep = project.services[n]!.logging.maxFiles - 1;
      for (const raw of await readLogTail(containerPaths(paths, n).logFile, tail, keep)) all.push({ service: n, raw, time: parseLogLine(raw)?.time ?? '' });
    }
    all.sort((a, b) => a.time.localeCompare(b.time));
    for (const l of all) print(l.service, l.raw);
    if (!args.options.follow) return 0;
    const offsets = await logOffsets(paths, names);
    const following = new AbortController();
    const stop = () => following.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await Promise.all(names.map((n) => followLog(containerPaths(paths, n).logFile, offsets.get(n) ?? 0, (l) => print(n, l), following.signal)));
    return 0;
  },
};
