import { formatDuration } from './duration.js';
import type { BuildSpec, FileDefinition, FileMount, Healthcheck, NetworkAttachment, NetworkDefinition, Project, RestartPolicy, Service, VolumeMount } from './model.js';
import { DEFAULT_LOG_ROTATION } from './run-options.js';

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

function fileUse(f: FileMount): Record<string, unknown> {
  // Compose prints uid and gid as strings.
  return { source: f.source, target: escape(f.target), ...(f.uid === undefined ? {} : { uid: String(f.uid) }), ...(f.gid === undefined ? {} : { gid: String(f.gid) }), mode: f.mode };
}

function fileDefinition(d: FileDefinition): Record<string, string> {
  return 'file' in d ? { file: escape(d.file) } : 'environment' in d ? { environment: d.environment } : { content: escape(d.content) };
}

/** The keys of Service that change how it runs (run-options.ts), compose's way. */
function runOptions(s: Service, out: Record<string, unknown>): void {
  out.secrets = s.secrets.map(fileUse);
  out.configs = s.configs.map(fileUse);
  out.cap_add = [...s.capAdd];
  out.cap_drop = [...s.capDrop];
  out.ulimits = Object.fromEntries(Object.entries(s.ulimits).map(([k, l]) => [k, { soft: l.soft, hard: l.hard }]));
  if (s.shmSizeBytes !== undefined) out.shm_size = s.shmSizeBytes;
  if (s.tty) out.tty = true;
  if (s.stdinOpen) out.stdin_open = true;
  out.sysctls = { ...s.sysctls };
  out.devices = s.devices.map((d) => `${d.source}:${d.target}`);
  const r = s.resources;
  if (r.memoryBytes !== undefined) out.mem_limit = r.memoryBytes;
  if (r.memswapBytes !== undefined) out.memswap_limit = r.memswapBytes;
  if (r.cpus !== undefined) out.cpus = r.cpus;
  if (r.cpuShares !== undefined) out.cpu_shares = r.cpuShares;
  if (r.pids !== undefined) out.pids_limit = r.pids;
  if (s.reservations.memoryBytes !== undefined) out.mem_reservation = s.reservations.memoryBytes;
  if (s.reservations.cpus !== undefined || s.replicas !== 1) {
    out.deploy = {
      ...(s.replicas !== 1 ? { replicas: s.replicas } : {}),
      ...(s.reservations.cpus !== undefined ? { resources: { reservations: { cpus: s.reservations.cpus } } } : {}),
    };
  }
  if (s.logging.maxBytes !== DEFAULT_LOG_ROTATION.maxBytes || s.logging.maxFiles !== DEFAULT_LOG_ROTATION.maxFiles) {
    out.logging = { driver: 'json-file', options: { 'max-size': String(s.logging.maxBytes), 'max-file': String(s.logging.maxFiles) } };
  }
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

/**
 * A bridge service's networks in compose's mapping form. The model keeps their
 * order, not their priorities: when that order is not the order of the keys,
 * priorities that give it back are written.
 */
function attachments(list: readonly NetworkAttachment[]): Record<string, unknown> {
  const byKey = list.map((a) => a.network).sort();
  const ordered = list.every((a, i) => a.network === byKey[i]);
  return Object.fromEntries(
    list.map((a, i) => {
      const entry: Record<string, unknown> = {};
      if (a.aliases.length > 0) entry.aliases = [...a.aliases];
      if (a.ipv4Address !== undefined) entry.ipv4_address = a.ipv4Address;
      if (!ordered) entry.priority = list.length - i;
      return [a.network, Object.keys(entry).length > 0 ? entry : null];
    }),
  );
}

function network(n: NetworkDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = { name: n.name };
  if (n.external) out.external = true;
  if (n.internal) out.internal = true;
  if (n.subnet !== undefined) out.ipam = { config: [{ subnet: n.subnet }] };
  if (Object.keys(n.labels).length > 0) out.labels = escapeValues(n.labels);
  return out;
}

function networking(s: Service, out: Record<string, unknown>): void {
  const mode = s.networkMode;
  if (mode.mode === 'bridge') out.networks = attachments(mode.networks);
  else out.network_mode = mode.mode === 'service' ? `service:${mode.service}` : mode.mode;
  if (s.containerName !== undefined) out.container_name = s.containerName;
  out.links = s.links.map((l) => (l.alias === l.service ? l.service : `${l.service}:${l.alias}`));
  // compose-go prints NAME=IP: unambiguous for IPv6.
  out.extra_hosts = s.extraHosts.map((h) => `${h.host}=${h.ip}`);
  out.dns = [...s.dns];
  out.dns_search = [...s.dnsSearch];
  out.dns_opt = [...s.dnsOptions];
  out.expose = [...s.expose];
}

function service(s: Service): Record<string, unknown> {
  const out: Record<string, unknown> = { image: escape(s.image) };
  if (s.profiles.length > 0) out.profiles = escapeAll(s.profiles);
  if (s.build !== undefined) out.build = build(s.build);
  if (s.entrypoint !== undefined) out.entrypoint = escapeAll(s.entrypoint);
  if (s.command !== undefined) out.command = escapeAll(s.command);
  if (s.workingDir !== undefined) out.working_dir = escape(s.workingDir);
  out.environment = escapeValues(s.environment);
  out.volumes = s.volumes.map(mount);
  // Compose prints a published port as a string, and none for a port picked at start.
  out.ports = s.ports.map((p) => ({ target: p.target, ...(p.published === 0 ? {} : { published: String(p.published) }), host_ip: p.hostIp, protocol: p.protocol }));
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
  networking(s, out);
  out.net = s.networkMode.mode !== 'none';
  out.fakeroot = s.fakeroot;
  runOptions(s, out);
  // Compose leaves empty collections out; loading gives the same empty defaults
  // (not so for entrypoint and command, where [] means "none").
  for (const k of ['environment', 'volumes', 'ports', 'tmpfs', 'depends_on', 'labels', 'links', 'extra_hosts', 'dns', 'dns_search', 'dns_opt', 'expose', 'secrets', 'configs', 'cap_add', 'cap_drop', 'ulimits', 'sysctls', 'devices']) {
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
    networks: Object.fromEntries(Object.entries(project.networks).map(([key, n]) => [key, network(n)])),
    ...(Object.keys(project.secrets).length > 0 ? { secrets: Object.fromEntries(Object.entries(project.secrets).map(([k, d]) => [k, fileDefinition(d)])) } : {}),
    ...(Object.keys(project.configs).length > 0 ? { configs: Object.fromEntries(Object.entries(project.configs).map(([k, d]) => [k, fileDefinition(d)])) } : {}),
  };
}
