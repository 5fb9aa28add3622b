import { formatDuration } from './duration.js';
import type { BuildSpec, Healthcheck, Project, RestartPolicy, Service, VolumeMount } from './model.js';

/** `$` is written `$$` so that loading the output again does not interpolate what was already interpolated. */
function escape(s: string): string {
  return s.replaceAll('$', '$$$$');
}

function escapeAll(list: readonly string[]): string[] {
  return list.map(escape);
}

function escapeValues(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, escape(v)]));
}

function restart(r: RestartPolicy): string {
  return r.policy === 'on-failure' && r.maxRetries !== undefined ? `on-failure:${r.maxRetries}` : r.policy;
}

function mount(m: VolumeMount): Record<string, unknown> {
  if (m.type === 'tmpfs') {
    const tmpfs: Record<string, number> = {};
    if (m.sizeBytes !== undefined) tmpfs.size = m.sizeBytes;
    if (m.mode !== undefined) tmpfs.mode = m.mode;
    return { type: 'tmpfs', target: escape(m.target), ...(Object.keys(tmpfs).length > 0 ? { tmpfs } : {}) };
  }
  return { type: m.type, ...(m.source === undefined ? {} : { source: escape(m.source) }), target: escape(m.target), read_only: m.readOnly };
}

function healthcheck(h: Healthcheck): Record<string, unknown> {
  return {
    test: ['CMD', ...escapeAll(h.test)],
    interval: formatDuration(h.intervalMs),
    timeout: formatDuration(h.timeoutMs),
    retries: h.retries,
    start_period: formatDuration(h.startPeriodMs),
  };
}

function build(b: BuildSpec): Record<string, unknown> {
  const out: Record<string, unknown> = { context: escape(b.context) };
  if (b.dockerfile !== undefined) out.dockerfile = escape(b.dockerfile);
  if (b.dockerfileInline !== undefined) out.dockerfile_inline = escape(b.dockerfileInline);
  if (Object.keys(b.args).length > 0) out.args = escapeValues(b.args);
  if (b.target !== undefined) out.target = escape(b.target);
  if (Object.keys(b.labels).length > 0) out.labels = escapeValues(b.labels);
  if (b.extraHosts.length > 0) out.extra_hosts = escapeAll(b.extraHosts);
  if (b.platforms.length > 0) out.platforms = escapeAll(b.platforms);
  out.pull = b.pull;
  out.no_cache = b.noCache;
  if (b.tags.length > 0) out.tags = escapeAll(b.tags);
  return out;
}

function service(s: Service): Record<string, unknown> {
  const out: Record<string, unknown> = { image: escape(s.image) };
  if (s.build !== undefined) out.build = build(s.build);
  if (s.entrypoint !== undefined) out.entrypoint = escapeAll(s.entrypoint);
  if (s.command !== undefined) out.command = escapeAll(s.command);
  if (s.workingDir !== undefined) out.working_dir = escape(s.workingDir);
  out.environment = escapeValues(s.environment);
  out.volumes = s.volumes.map(mount);
  // Compose prints a published port as a string.
  out.ports = s.ports.map((p) => ({ target: p.target, published: String(p.published), host_ip: p.hostIp, protocol: p.protocol }));
  if (s.hostname !== undefined) out.hostname = s.hostname;
  if (s.user !== undefined) out.user = escape(s.user);
  out.read_only = s.readOnly;
  out.tmpfs = escapeAll(s.tmpfs);
  if (s.platform !== undefined) out.platform = s.platform;
  out.pull_policy = s.pullPolicy;
  out.depends_on = Object.fromEntries(Object.entries(s.dependsOn).map(([k, d]) => [k, { condition: d.condition, restart: d.restart, required: d.required }]));
  out.restart = restart(s.restart);
  if (s.healthcheck !== undefined) out.healthcheck = healthcheck(s.healthcheck);
  if (s.stopSignal !== undefined) out.stop_signal = s.stopSignal;
  out.stop_grace_period = formatDuration(s.stopGracePeriodMs);
  out.init = s.init;
  out.labels = escapeValues(s.labels);
  if (s.watch.length > 0) {
    out.develop = {
      watch: s.watch.map((w) => ({ path: escape(w.path), action: w.action, ...(w.target === undefined ? {} : { target: escape(w.target) }), ignore: escapeAll(w.ignore) })),
    };
  }
  out.net = s.net;
  out.fakeroot = s.fakeroot;
  // Compose leaves empty collections out; loading gives the same empty defaults
  // (not so for entrypoint and command, where [] means "none").
  for (const k of ['environment', 'volumes', 'ports', 'tmpfs', 'depends_on', 'labels']) {
    if (Object.keys(out[k] as object).length === 0) delete out[k];
  }
  return out;
}

/**
 * The project in compose's long syntax with snake_case keys, every default
 * written out and durations as compose prints them: a valid dabba.yaml that
 * loads back to an equal Project (in the same project folder). Pure.
 */
export function renderProject(project: Project): Record<string, unknown> {
  return {
    name: project.name,
    services: Object.fromEntries(Object.entries(project.services).map(([name, s]) => [name, service(s)])),
    volumes: Object.fromEntries(Object.entries(project.volumes).map(([key, v]) => [key, Object.keys(v.labels).length > 0 ? { labels: escapeValues(v.labels) } : {}])),
  };
}
