import { basename, posix, resolve } from 'node:path';
import { canonicalBuild, type RawBuild } from './build.js';
import { parseDotenv } from './dotenv.js';
import { keyValues, type MapOrList } from './key-values.js';
import { type Diagnostic, type FileText, InvalidSpecError } from './errors.js';
import type { Lookup } from './interpolate.js';
import type { Dependency, DependsCondition, Healthcheck, NamedVolume, NetworkDefinition, PortMapping, Project, PullPolicy, RestartPolicy, Service, VolumeMount, WatchRule } from './model.js';
import { expandPortRanges, parsePortSpec } from './ports.js';
import { DEFAULT_NETWORK, networkDefinition, type RawNetwork, type RawServiceNetworking, serviceNetworking } from './networks.js';
import { normalizeProjectName, PROJECT_NAME } from './project-name.js';
import { parseDuration } from './duration.js';
import { ShellSplitError, splitShellWords } from './shell-split.js';
import { formatPath, type KeyPath } from './source.js';
import { parseVolumeSpec, resolveHostPath, VOLUME_NAME } from './volumes.js';
import { runOptions, topLevelFiles, type RawFileSource, type RawRunOptions, type TopLevelFiles } from './run-options.js';
import { parseSize } from './size.js';

/* The raw document, as the schema has already checked it. */
interface RawPort { target: number; published?: string | number; host_ip?: string; protocol?: 'tcp' | 'udp' }
interface RawVolume { type: 'bind' | 'volume' | 'tmpfs'; source?: string; target: string; read_only?: boolean; tmpfs?: { size?: number | string; mode?: number } }
interface RawHealthcheck { test?: string | string[]; interval?: string; timeout?: string; retries?: number; start_period?: string; disable?: boolean }
interface RawService extends RawServiceNetworking, RawRunOptions {
  image?: string;
  build?: string | RawBuild;
  profiles?: string[];
  command?: string | string[];
  entrypoint?: string | string[];
  working_dir?: string;
  environment?: MapOrList;
  env_file?: string | (string | { path: string; required?: boolean })[];
  volumes?: (string | RawVolume)[];
  ports?: (string | number | RawPort)[];
  hostname?: string;
  user?: string | number;
  read_only?: boolean;
  tmpfs?: string | string[];
  platform?: string;
  pull_policy?: PullPolicy | 'if_not_present';
  depends_on?: string[] | Record<string, { condition: DependsCondition; restart?: boolean; required?: boolean }>;
  restart?: string;
  healthcheck?: RawHealthcheck;
  stop_signal?: string;
  stop_grace_period?: string;
  init?: boolean;
  labels?: MapOrList;
  develop?: { watch?: { path: string; action: WatchRule['action']; target?: string; ignore?: string[] }[] };
  fakeroot?: boolean;
}
export interface RawProject {
  name?: string;
  services: Record<string, RawService>;
  volumes?: Record<string, { labels?: MapOrList } | null>;
  networks?: Record<string, (RawNetwork & { labels?: MapOrList }) | null>;
  secrets?: Record<string, RawFileSource>;
  configs?: Record<string, RawFileSource>;
}

/** What normalisation needs besides the document: all of it passed in, so this phase does no I/O. */
export interface CanonicalContext {
  projectDir: string;
  /** Absolute paths of the project's files, in the order they were merged. */
  configFiles: readonly string[];
  /** `-p` or COMPOSE_PROJECT_NAME: wins over `name:`. */
  projectName?: string | undefined;
  /** The profiles enabled (`--profile`, COMPOSE_PROFILES). */
  profiles: readonly string[];
  /** For `~` in host paths. */
  home: string | undefined;
  /** Values for bare `KEY` entries of environment and env files. */
  lookup: Lookup;
  /** Contents of env files by absolute path (undefined: the file does not exist). */
  envFiles: ReadonlyMap<string, FileText>;
  /** How a file's path is shown in messages. */
  displayName: (absPath: string) => string;
  /** Files read besides the project file, in order (.env first). */
  inputFiles: string[];
}

/** Reports a problem at a key path of the project file, or a diagnostic in another file. */
export interface Reporter {
  at(path: KeyPath, message: string, atKey?: boolean): void;
  diagnostic(d: Diagnostic): void;
}

/**
 * Where each port mapping, mount and dependency of the model came from in the
 * document, so that the rules phase can report at the right line.
 */
export type Origins = Map<object, KeyPath>;

/** The prefixes of image values that name local files; their paths resolve against the project folder. */
export const LOCAL_IMAGE = /^(oci|oci-archive|docker-archive):([^:]*)(:.*)?$/;

/** Absolute paths of every env_file of the (schema-valid) document, for the read phase. */
export function envFilePaths(raw: RawProject, projectDir: string): string[] {
  const out: string[] = [];
  for (const svc of Object.values(raw.services)) {
    for (const entry of listOf(svc.env_file)) out.push(resolve(projectDir, typeof entry === 'string' ? entry : entry.path));
  }
  return out;
}

function listOf<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * Short syntax → long syntax → the typed Project: defaults applied, paths
 * absolute, env files merged into environment, durations in milliseconds,
 * port ranges expanded. Services listed in `skip` (they have schema problems)
 * are left out. Problems go to `report`; the result is only meaningful when
 * none was reported. Pure.
 */
export function canonicalize(raw: RawProject, ctx: CanonicalContext, report: Reporter, origins: Origins, skip: ReadonlySet<string> = new Set()): Project {
  let name = ctx.projectName ?? raw.name;
  if (ctx.projectName !== undefined && !PROJECT_NAME.test(ctx.projectName)) {
    report.at([], `project name ${JSON.stringify(ctx.projectName)} (from -p or COMPOSE_PROJECT_NAME) is not valid: use lowercase letters, digits, _ and -, starting with a letter or digit`);
  }
  if (name === undefined) {
    name = normalizeProjectName(basename(ctx.projectDir));
    if (name === '') report.at([], `cannot derive a project name from the folder name "${basename(ctx.projectDir)}": set name:`);
  }
  const volumes: Record<string, NamedVolume> = {};
  for (const [key, v] of Object.entries(raw.volumes ?? {})) {
    // The key is the folder name under .dabba/volumes/ (compose's name: is not accepted, so the two never differ).
    volumes[key] = { name: key, labels: keyValues(v?.labels, () => undefined) };
  }
  const files = topLevelFiles(raw, ctx, report.at.bind(report));
  const services: Record<string, Service> = {};
  for (const [svcName, svc] of Object.entries(raw.services)) {
    if (skip.has(svcName)) continue;
    services[svcName] = canonicalService(svcName, svc, ctx, report, origins, files, name);
  }
  const networks: Record<string, NetworkDefinition> = {};
  const usesDefault = Object.values(services).some((s) => s.networkMode.mode === 'bridge' && s.networkMode.networks.some((a) => a.network === DEFAULT_NETWORK));
  // A top-level default: customises the default network; otherwise it exists when a service joins it.
  const declared: NonNullable<RawProject['networks']> = { ...(usesDefault ? { [DEFAULT_NETWORK]: null } : {}), ...raw.networks };
  for (const [key, def] of Object.entries(declared)) {
    networks[key] = networkDefinition(key, def, name, keyValues(def?.labels, () => ''), report);
  }
  return { name, workingDir: ctx.projectDir, configFile: ctx.configFiles[0]!, configFiles: [...ctx.configFiles], inputFiles: [...ctx.inputFiles], profiles: [...ctx.profiles], services, volumes, networks, secrets: files.secrets, configs: files.configs };
}

function canonicalService(name: string, svc: RawService, ctx: CanonicalContext, report: Reporter, origins: Origins, files: TopLevelFiles, project: string): Service {
  const at = (...rest: (string | number)[]): KeyPath => ['services', name, ...rest];
  const words = (v: string | string[] | undefined, key: string): string[] | undefined => {
    if (v === undefined || Array.isArray(v)) return v === undefined ? undefined : [...v];
    try {
      return splitShellWords(v);
    } catch (err) {
      if (!(err instanceof ShellSplitError)) throw err;
      report.at(at(key), `${JSON.stringify(v)} ${err.message}`);
      return [];
    }
  };
  if (svc.image === undefined && svc.build === undefined) report.at(at(), 'missing required key "image" (or "build", to build it)', true);
  (svc.develop?.watch ?? []).forEach((w, i) => {
    if (w.action === 'rebuild' && svc.build === undefined) report.at(at('develop', 'watch', i, 'action'), 'action: rebuild needs build: (how to build the image)');
  });
  if (svc.pull_policy === 'build' && svc.build === undefined) report.at(at('pull_policy'), 'pull_policy: build needs build: (how to build the image)');
  const service: Service = {
    name,
    // Compose's name for an image built without image: beside build:.
    image: svc.image === undefined ? `${project}-${name}` : localImage(svc.image, ctx, report, at),
    profiles: [...(svc.profiles ?? [])],
    environment: { ...envFromFiles(svc, ctx, report, at), ...keyValues(svc.environment, ctx.lookup) },
    volumes: mounts(svc, ctx, report, origins, at),
    ports: ports(svc, report, origins, at),
    readOnly: svc.read_only ?? false,
    tmpfs: listOf(svc.tmpfs).map(cleanTarget),
    pullPolicy: svc.pull_policy === 'if_not_present' ? 'missing' : (svc.pull_policy ?? 'missing'),
    dependsOn: dependencies(svc, origins, at),
    restart: restartPolicy(svc.restart ?? 'no'),
    ...(svc.stop_signal === undefined ? {} : { stopSignal: svc.stop_signal.startsWith('SIG') ? svc.stop_signal : `SIG${svc.stop_signal}` }),
    stopGracePeriodMs: duration(svc.stop_grace_period, 10_000),
    init: svc.init ?? false,
    labels: keyValues(svc.labels, () => ''),
    ...serviceNetworking(svc, report, origins, at),
    fakeroot: svc.fakeroot ?? true,
    watch: (svc.develop?.watch ?? []).map((w) => ({
      path: resolve(ctx.projectDir, w.path),
      action: w.action,
      ...(w.target === undefined ? {} : { target: w.target }),
      ignore: [...(w.ignore ?? [])],
    })),
    ...runOptions(svc, ctx.lookup, at, report.at.bind(report), files),
  };
  const entrypoint = words(svc.entrypoint, 'entrypoint');
  if (entrypoint !== undefined) service.entrypoint = entrypoint;
  const command = words(svc.command, 'command');
  if (command !== undefined) service.command = command;
  if (svc.working_dir !== undefined) service.workingDir = svc.working_dir;
  if (svc.hostname !== undefined) service.hostname = svc.hostname;
  if (svc.user !== undefined) service.user = String(svc.user);
  if (svc.platform !== undefined) service.platform = svc.platform;
  if (svc.build !== undefined) service.build = canonicalBuild(svc.build, { projectDir: ctx.projectDir, home: ctx.home, lookup: ctx.lookup }, report, (...r) => at('build', ...r));
  const healthcheck = healthcheckOf(svc.healthcheck, report, at);
  if (healthcheck !== undefined) service.healthcheck = healthcheck;
  return service;
}

function localImage(image: string, ctx: CanonicalContext, report: Reporter, at: (...r: (string | number)[]) => KeyPath): string {
  const m = LOCAL_IMAGE.exec(image);
  if (m === null) return image;
  if (m[2] === '') {
    report.at(at('image'), `${JSON.stringify(image)} names no path (expected ${m[1]}:PATH)`);
    return image;
  }
  try {
    return `${m[1]}:${resolveHostPath(m[2]!, ctx.projectDir, ctx.home)}${m[3] ?? ''}`;
  } catch (err) {
    if (!(err instanceof InvalidSpecError)) throw err;
    report.at(at('image'), err.reason);
    return image;
  }
}

function envFromFiles(svc: RawService, ctx: CanonicalContext, report: Reporter, at: (...r: (string | number)[]) => KeyPath): Record<string, string> {
  const env: Record<string, string> = {};
  const entries = listOf(svc.env_file);
  entries.forEach((entry, i) => {
    const { path, required } = typeof entry === 'string' ? { path: entry, required: true } : { path: entry.path, required: entry.required ?? true };
    const abs = resolve(ctx.projectDir, path);
    const content = ctx.envFiles.get(abs);
    const where = Array.isArray(svc.env_file) ? at('env_file', i) : at('env_file');
    if (content === undefined) {
      if (required) report.at(where, `env file ${JSON.stringify(path)} not found (looked for ${abs})`);
      return;
    }
    if (typeof content !== 'string') {
      report.at(where, `env file ${JSON.stringify(path)} cannot be read: ${content.unreadable}`);
      return;
    }
    const parsed = parseDotenv(content, ctx.lookup);
    const lines = content.split(/\r?\n/);
    // At the line in the env file, with the key path that names it: which service's file it is.
    for (const p of parsed.problems) {
      report.diagnostic({ file: ctx.displayName(abs), line: p.line, col: p.col, path: formatPath(where), message: p.message, sourceLine: lines[p.line - 1] });
    }
    Object.assign(env, parsed.values);
  });
  return env;
}

function mounts(svc: RawService, ctx: CanonicalContext, report: Reporter, origins: Origins, at: (...r: (string | number)[]) => KeyPath): VolumeMount[] {
  const out: VolumeMount[] = [];
  (svc.volumes ?? []).forEach((v, i) => {
    try {
      const mount = typeof v === 'string' ? parseVolumeSpec(v, ctx.projectDir, ctx.home) : longMount(v, ctx);
      // As compose: /data, /data/ and //data are one target (and so a duplicate is one).
      mount.target = cleanTarget(mount.target);
      origins.set(mount, at('volumes', i));
      out.push(mount);
    } catch (err) {
      if (!(err instanceof InvalidSpecError)) throw err;
      report.at(at('volumes', i), err.reason);
    }
  });
  return out;
}

function longMount(v: RawVolume, ctx: CanonicalContext): VolumeMount {
  const readOnly = v.read_only ?? false;
  if (v.type === 'tmpfs') {
    const mount: VolumeMount = { type: 'tmpfs', target: v.target };
    // Size 0 is compose's "no limit"; tmpfs itself would refuse it.
    const size = v.tmpfs?.size === undefined ? 0 : parseSize(v.tmpfs.size);
    if (size > 0) mount.sizeBytes = size;
    if (v.tmpfs?.mode !== undefined) mount.mode = v.tmpfs.mode;
    return mount;
  }
  if (v.type === 'bind') return { type: 'bind', source: resolveHostPath(v.source!, ctx.projectDir, ctx.home), target: v.target, readOnly };
  if (v.source !== undefined && !VOLUME_NAME.test(v.source)) {
    throw new InvalidSpecError(`${JSON.stringify(v.source)} is not a volume name (expected letters, digits, _, . and -)`);
  }
  return { type: 'volume', source: v.source, target: v.target, readOnly };
}

/** An absolute container path cleaned as Go's path.Clean does: no `//`, `.`, `..` or trailing `/`. */
function cleanTarget(target: string): string {
  const clean = posix.normalize(target);
  return clean.length > 1 && clean.endsWith('/') ? clean.slice(0, -1) : clean;
}

function ports(svc: RawService, report: Reporter, origins: Origins, at: (...r: (string | number)[]) => KeyPath): PortMapping[] {
  const out: PortMapping[] = [];
  (svc.ports ?? []).forEach((p, i) => {
    try {
      const list =
        typeof p === 'object'
          ? expandPortRanges(JSON.stringify(`${p.published ?? ''}:${p.target}`), p.host_ip ?? '0.0.0.0', String(p.published ?? ''), String(p.target), p.protocol ?? 'tcp')
          : parsePortSpec(String(p));
      for (const m of list) {
        origins.set(m, at('ports', i));
        out.push(m);
      }
    } catch (err) {
      if (!(err instanceof InvalidSpecError)) throw err;
      report.at(at('ports', i), err.hint ? `${err.reason}: ${err.hint}` : err.reason);
    }
  });
  return out;
}

function dependencies(svc: RawService, origins: Origins, at: (...r: (string | number)[]) => KeyPath): Record<string, Dependency> {
  const out: Record<string, Dependency> = {};
  const d = svc.depends_on;
  if (Array.isArray(d)) {
    d.forEach((name, i) => {
      out[name] = { condition: 'service_started', restart: false, required: true };
      origins.set(out[name], at('depends_on', i));
    });
  } else if (d !== undefined) {
    for (const [name, dep] of Object.entries(d)) {
      out[name] = { condition: dep.condition, restart: dep.restart ?? false, required: dep.required ?? true };
      origins.set(out[name], at('depends_on', name));
    }
  }
  return out;
}

function restartPolicy(s: string): RestartPolicy {
  if (s === 'always' || s === 'unless-stopped' || s === 'no') return { policy: s };
  const n = /^on-failure:([0-9]+)$/.exec(s)?.[1];
  return n === undefined ? { policy: 'on-failure' } : { policy: 'on-failure', maxRetries: Number(n) };
}

function duration(s: string | undefined, fallback: number): number {
  return s === undefined ? fallback : (parseDuration(s) ?? fallback);
}

function healthcheckOf(h: RawHealthcheck | undefined, report: Reporter, at: (...r: (string | number)[]) => KeyPath): Healthcheck | undefined {
  if (h === undefined || h.disable === true) return undefined;
  let test: string[] | undefined;
  if (h.test === undefined) {
    report.at(at('healthcheck'), 'a healthcheck needs a test: dabba does not use the image\'s HEALTHCHECK (or set disable: true)', true);
    return undefined;
  }
  if (typeof h.test === 'string') test = ['/bin/sh', '-c', h.test];
  else if (h.test[0] === 'NONE') return undefined;
  else if (h.test[0] === 'CMD-SHELL') {
    if (h.test.length !== 2) report.at(at('healthcheck', 'test'), `["CMD-SHELL", ...] takes exactly one command string, found ${h.test.length - 1}`);
    test = ['/bin/sh', '-c', h.test[1] ?? ''];
  } else {
    if (h.test.length < 2) report.at(at('healthcheck', 'test'), '["CMD", ...] needs the command to run after "CMD"');
    test = h.test.slice(1);
  }
  return {
    test,
    intervalMs: duration(h.interval, 30_000),
    timeoutMs: duration(h.timeout, 30_000),
    retries: h.retries ?? 3,
    startPeriodMs: duration(h.start_period, 0),
  };
}
