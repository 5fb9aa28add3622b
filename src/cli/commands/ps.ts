/**
 * `dabba ps`: what exists and what runs, reported truthfully — a state that
 * says "running" whose processes are gone (supervisor killed, reboot) shows
 * as exited. JSON is one object per line with compose v2's field names.
 */
import type { Command } from '../command.js';
import type { PortMapping } from '../../config/model.js';
import { UsageError } from '../../errors/index.js';
import { projectPaths } from '../../container/layout.js';
import { observeProject } from '../../container/folder.js';
import type { ContainerState, ObservedService } from '../../state/types.js';
import { loadProject } from '../../config/index.js';
import { memberKey, peekRecord } from '../../network/registry.js';
import { loadOptions } from '../project-options.js';

export interface PsRow {
  Name: string;
  Project: string;
  Service: string;
  Image: string;
  State: string;
  Status: string;
  Health: string;
  /** Failed healthcheck probes in a row. */
  FailingStreak: number;
  /** The last healthcheck probes, oldest first, as docker's `.State.Health.Log`. */
  HealthLog: DockerHealthLogEntry[];
  ExitCode: number;
  Publishers: { URL: string; TargetPort: number; PublishedPort: number; Protocol: string }[];
  /** The networks it is on, comma-separated, as docker prints them. */
  Networks: string;
  /** Its address on each of them. */
  Addresses: Record<string, string>;
  Pid: number;
  ImageDigest: string;
  CreatedAt: string;
  RunningFor: string;
}

export interface DockerHealthLogEntry {
  Start: string;
  End: string;
  ExitCode: number;
  Output: string;
}

/** The recorded healthcheck probes with docker's field names (pure). */
export function dockerHealthLog(state: ContainerState | undefined): DockerHealthLogEntry[] {
  return (state?.healthLog ?? []).map((e) => ({ Start: e.start, End: e.end, ExitCode: e.exitCode, Output: e.output }));
}

/** "3 seconds", "5 minutes", "2 hours", "4 days" (pure). */
export function humanDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const units: [number, string][] = [[86400, 'day'], [3600, 'hour'], [60, 'minute'], [1, 'second']];
  for (const [size, name] of units) {
    if (s >= size || size === 1) {
      const n = Math.floor(s / size);
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return '0 seconds';
}

/** One `ps` row for an observed container (pure, given `now`). */
export function psRow(project: string, o: ObservedService, now: number, configuredImage?: string, addresses: Record<string, string> = {}): PsRow {
  const st = o.state;
  const service = o.spec?.service;
  const status = o.status === 'missing' ? 'created' : o.status;
  const health = o.running ? st?.health ?? '' : '';
  const since = (iso: string | undefined) => (iso === undefined ? '' : humanDuration(now - Date.parse(iso)));
  let text: string;
  switch (status) {
    case 'running':
      text = `Up ${since(st?.startedAt)}${health ? ` (${health})` : ''}`;
      break;
    case 'restarting':
      text = `Restarting (${st?.exitCode ?? 0}) ${since(st?.finishedAt)} ago`;
      break;
    case 'failed':
      text = `Failed${st?.exitCode === undefined ? '' : ` (${st.exitCode})`}${st?.finishedAt ? ` ${since(st.finishedAt)} ago` : ''}${st?.message ? `: ${st.message}` : ''}`;
      break;
    case 'exited':
      text = `Exited (${st?.exitCode ?? 'unknown'})${st?.finishedAt ? ` ${since(st.finishedAt)} ago` : ''}${st?.message ? `: ${st.message}` : ''}`;
      break;
    default:
      text = status === 'starting' ? 'Starting' : 'Created';
  }
  // Like docker ps -a: only a running container publishes its ports (as bound at its start: a picked port's number).
  const ports: PortMapping[] = o.running ? (st?.ports ?? service?.ports ?? []) : [];
  return {
    Name: service?.containerName ?? `${project}-${o.name}-1`,
    Project: project,
    Service: o.name,
    Image: service?.image ?? configuredImage ?? '',
    State: status === 'failed' ? 'exited' : status,
    Status: text,
    Health: health,
    FailingStreak: st?.failingStreak ?? 0,
    HealthLog: dockerHealthLog(st),
    ExitCode: st?.exitCode ?? 0,
    Publishers: ports.map((p) => ({ URL: p.hostIp, TargetPort: p.target, PublishedPort: p.published, Protocol: p.protocol })),
    Networks: Object.keys(addresses).join(','),
    Addresses: addresses,
    Pid: o.running ? st?.pid ?? 0 : 0,
    ImageDigest: o.rootfsDigest ?? o.spec?.imageDigest ?? '',
    CreatedAt: st?.startedAt ?? '',
    RunningFor: since(st?.startedAt),
  };
}

/** A plain text table with columns as wide as their widest cell (pure). */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('   ')).join('\n');
}

export const command: Command = {
  name: 'ps',
  summary: 'List the services and their state',
  usage: '[--format table|json] [-a] [-q] [SERVICE…]',
  options: [
    { name: 'format', type: 'string', value: 'table|json', description: 'Output format (default table); json prints one object per line' },
    { name: 'all', short: 'a', type: 'boolean', description: 'Also containers that are not running' },
    { name: 'quiet', short: 'q', type: 'boolean', description: 'Only the names' },
  ],
  run: async (ctx, args) => {
    const format = (args.options.format as string | undefined) ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`dabba ps: --format must be table or json, not "${format}"`);
    // Not through wiring.js: ps stays clear of the lock, supervisor and reconciler imports (it is timed against node's start).
    const project = await loadProject(loadOptions(ctx));
    const observed = await observeProject(projectPaths(project.workingDir));
    const order = [...Object.keys(project.services), ...Object.keys(observed.services).filter((n) => project.services[n] === undefined).sort()];
    const now = Date.now();
    const networks = await peekRecord(ctx.env).then((r) => r.networks, () => ({}));
    const addressesOf = (service: string): Record<string, string> => {
      const key = memberKey(project.workingDir, service);
      return Object.fromEntries(Object.entries(networks).flatMap(([name, n]) => (n.members[key] ? [[name, n.members[key].ip]] : [])));
    };
    const rows = order
      .map((n) => observed.services[n])
      .filter((o): o is ObservedService => o !== undefined)
      .filter((o) => (args.positionals.length === 0 || args.positionals.includes(o.name)) && (args.options.all || o.running))
      .map((o) => psRow(project.name, o, now, project.services[o.name]?.image, o.running ? addressesOf(o.name) : {}));
    if (args.options.quiet) {
      if (rows.length) ctx.out.print(rows.map((r) => r.Name).join('\n'));
      return 0;
    }
    if (format === 'json') {
      if (rows.length) ctx.out.print(rows.map((r) => JSON.stringify(r)).join('\n'));
      return 0;
    }
    const addresses = (r: PsRow) => Object.entries(r.Addresses).map(([n, ip]) => `${ip} (${n})`).join(', ') || '-';
    const ports = (r: PsRow) => r.Publishers.map((p) => `${p.URL}:${p.PublishedPort}->${p.TargetPort}/${p.Protocol}`).join(', ');
    ctx.out.print(formatTable(
      ['NAME', 'IMAGE', 'SERVICE', 'STATUS', 'PID', 'DIGEST', 'ADDRESSES', 'PORTS'],
      rows.map((r) => [r.Name, r.Image, r.Service, r.Status, r.Pid ? String(r.Pid) : '-', r.ImageDigest.replace(/^sha256:/, '').slice(0, 12) || '-', addresses(r), ports(r)]),
    ));
    return 0;
  },
};
