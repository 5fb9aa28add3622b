/**
 * `dabba inspect SERVICE…`: a container as a small `docker inspect` shows it,
 * a JSON array with docker's field names. It describes what runs (the
 * recorded spec and the image config beside the rootfs), not the file. The
 * environment's values are left out: they may be secrets.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from '../command.js';
import type { ImageConfig } from '../../oci/types.js';
import { UsageError } from '../../errors/index.js';
import { resolveCommand } from '../../sandbox/spec.js';
import { containerPaths, isContainerName, projectPaths } from '../../container/layout.js';
import { observeService } from '../../container/folder.js';
import type { ObservedService } from '../../state/types.js';
import { dockerHealthLog, psRow, type DockerHealthLogEntry } from './ps.js';
import { loadProjectFor } from '../wiring.js';

export interface InspectRecord {
  Name: string;
  Project: string;
  Service: string;
  State: {
    Status: string;
    Running: boolean;
    Pid: number;
    ExitCode: number;
    StartedAt: string;
    FinishedAt: string;
    Restarts: number;
    Error: string;
    Health?: { Status: string; FailingStreak: number; Log: DockerHealthLogEntry[] };
  };
  Config: {
    Image: string;
    ImageDigest: string;
    /** What the container runs: entrypoint and command together. */
    Cmd: string[];
    /** Names only. */
    Env: string[];
    WorkingDir: string;
    User: string;
  };
  /** docker's `NetworkSettings.Ports`: "80/tcp" → the host addresses forwarding to it. */
  Ports: Record<string, { HostIp: string; HostPort: string }[]>;
}

/** The inspect record of an observed container and its image config (pure, given `now`). */
export function inspectRecord(project: string, o: ObservedService, image: ImageConfig | undefined, now: number): InspectRecord {
  const row = psRow(project, o, now);
  const st = o.state;
  const service = o.spec?.service;
  const cfg = image?.config ?? {};
  const envNames = [...(cfg.Env ?? []).map((kv) => kv.split('=')[0]!), ...Object.keys(service?.environment ?? {})];
  const ports: InspectRecord['Ports'] = {};
  for (const p of row.Publishers) (ports[`${p.TargetPort}/${p.Protocol}`] ??= []).push({ HostIp: p.URL, HostPort: String(p.PublishedPort) });
  return {
    Name: row.Name,
    Project: project,
    Service: o.name,
    State: {
      Status: row.State,
      Running: row.State === 'running',
      Pid: row.Pid,
      ExitCode: row.ExitCode,
      StartedAt: st?.startedAt ?? '',
      FinishedAt: st?.finishedAt ?? '',
      Restarts: st?.restarts ?? 0,
      Error: st?.message ?? '',
      ...(service?.healthcheck ? { Health: { Status: row.Health || 'none', FailingStreak: row.FailingStreak, Log: dockerHealthLog(st) } } : {}),
    },
    Config: {
      Image: row.Image,
      ImageDigest: row.ImageDigest,
      Cmd: service ? resolveCommand(cfg.Entrypoint ?? undefined, cfg.Cmd ?? undefined, service, {}) : [],
      Env: [...new Set(envNames)].filter(Boolean),
      WorkingDir: service?.workingDir ?? (cfg.WorkingDir || '/'),
      User: service?.user ?? cfg.User ?? '',
    },
    Ports: ports,
  };
}

export const command: Command = {
  name: 'inspect',
  summary: 'Show a container\'s state, health checks and configuration as JSON',
  usage: '[SERVICE…]',
  options: [],
  run: async (ctx, args) => {
    const project = await loadProjectFor(ctx, args.positionals);
    const paths = projectPaths(project.workingDir);
    const names = args.positionals.length ? [...new Set(args.positionals)] : Object.keys(project.services);
    const records: InspectRecord[] = [];
    const now = Date.now();
    for (const name of names) {
      const o = isContainerName(name) ? await observeService(paths, name) : undefined;
      if (o === undefined || o.status === 'missing') {
        if (args.positionals.length === 0) continue;
        throw new UsageError(`dabba inspect: service "${name}" has no container`, { hint: project.services[name] ? 'dabba up creates it' : `there is no service "${name}" in ${project.configFile}` });
      }
      const image = await readFile(containerPaths(paths, name).config, 'utf8').then((t) => JSON.parse(t) as ImageConfig, () => undefined);
      records.push(inspectRecord(project.name, o, image, now));
    }
    ctx.out.print(JSON.stringify(records, null, 2));
    return 0;
  },
};
