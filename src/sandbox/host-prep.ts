/**
 * Preparing the host side of a container before bwrap runs (I/O): bind
 * sources, volumes, generated files, the apt fix and the mount points, and
 * what of it is staged for the ids bwrap runs as.
 */
import { accessSync, chmodSync, chownSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { resolveInRootfs } from './container-path.js';
import { SandboxError } from './errors.js';
import { openFileInRoot } from './open-in-container.js';
import { limitProblems } from './rlimits.js';
import type { GeneratedFile, RunSpec } from './spec.js';
import type { StageEntry } from './stage.js';

/**
 * The rootfs, bind sources and generated files of `spec`, each once, for
 * `stageSources`; as host root, the project's own files are idmapped.
 */
export function stageEntries(spec: RunSpec, asHostRoot: boolean): StageEntry[] {
  const entries = new Map<string, StageEntry>([[spec.rootfs, { source: spec.rootfs, folder: true }]]);
  for (const m of spec.mounts) {
    if (m.kind === 'bind' && !entries.has(m.source)) entries.set(m.source, { source: m.source, folder: statSync(m.source).isDirectory(), idmap: asHostRoot && m.project === true });
  }
  for (const f of spec.files) entries.set(f.hostPath, { source: f.hostPath, folder: false });
  return [...entries.values()];
}

/** Said when a project bind could not be idmapped as host root: the container's root is not root there. */
export function notIdmappedNotice(spec: RunSpec, source: string): string {
  const target = spec.mounts.find((m) => m.kind === 'bind' && m.source === source)?.target ?? source;
  return (
    `service "${spec.service}": ${source} → ${target} is read-only in practice for the container's root: ` +
    'as root, dabba maps it onto an unprivileged id, and an idmapped mount (Linux ≥ 5.12, a file system that supports it, and perl) was not possible here; ' +
    'run the service as a user that may write there (user:), or run dabba as an unprivileged user'
  );
}

/**
 * Creates what must exist on the host before bwrap runs (bind sources,
 * volumes, generated files, the apt fix) and returns the spec with every
 * container path resolved inside the rootfs.
 */
export function prepareHost(spec: RunSpec): RunSpec {
  if (!existsSync(spec.rootfs)) throw new SandboxError(`service "${spec.service}": no rootfs at ${spec.rootfs}`, { hint: 'run dabba up or dabba run, which materialise it' });
  const root = spec.idMapping.uid[0]?.inside === 0 && process.getuid?.() === 0 ? { uid: spec.idMapping.uid[0].outside, gid: spec.idMapping.gid[0]?.outside ?? 0 } : undefined;
  // A missing bind source is made as the invoking user's, like the rest of the project (as root, the
  // idmapped bind shows it as the container root's); a volume belongs to the container's root.
  const projectSources = new Set(spec.mounts.flatMap((m) => (m.kind === 'bind' && m.project ? [m.source] : [])));
  for (const d of spec.hostDirs) {
    if (existsSync(d)) continue;
    mkdirSync(d, { recursive: true, mode: 0o755 });
    if (root && !projectSources.has(d)) chownSync(d, root.uid, root.gid);
  }
  mkdirSync(spec.scratchDir, { recursive: true, mode: 0o755 });
  for (const f of spec.files) writeGeneratedFile(spec.service, f);
  for (const d of spec.devices) requireOpenableDevice(spec.service, d.source);
  requireSettableLimits(spec);
  if (spec.aptSandboxFix) {
    const apt = join(spec.rootfs, resolveInRootfs(spec.rootfs, '/etc/apt/apt.conf.d'));
    if (existsSync(apt) && statSync(apt).isDirectory()) {
      // A link left there by an earlier run of the container is replaced, never followed.
      const file = join(apt, '99dabba-sandbox-user');
      rmSync(file, { force: true });
      writeFileSync(file, 'APT::Sandbox::User "root";\n', { flag: 'wx' });
    }
  }
  const at = (p: string): string => resolveInRootfs(spec.rootfs, p);
  const resolved: RunSpec = {
    ...spec,
    workdir: at(spec.workdir),
    mounts: spec.mounts.map((m) => ({ ...m, target: at(m.target) })),
    files: spec.files.map((f) => ({ ...f, target: at(f.target) })),
  };
  createMountPoints(resolved, root);
  return resolved;
}

/**
 * Writes one generated file afresh (never through what an earlier run left
 * there) with its mode, whatever the umask, and owner.
 */
function writeGeneratedFile(service: string, f: GeneratedFile): void {
  let content: string | Buffer;
  if (typeof f.content === 'string') content = f.content;
  else {
    try {
      content = readSourceFile(f.content.within, f.content.copyOf);
    } catch (err) {
      throw new SandboxError(`service "${service}": cannot read ${f.content.copyOf} for ${f.target}: ${(err as Error).message}`, {
        hint: 'the file: of a secret or config must be a readable regular file, inside the project reached without links that leave it',
      });
    }
  }
  rmSync(f.hostPath, { force: true });
  const mode = f.mode ?? 0o644;
  writeFileSync(f.hostPath, content, { mode, flag: 'wx' });
  chmodSync(f.hostPath, mode);
  if (f.owner) chownSync(f.hostPath, f.owner.uid, f.owner.gid);
}

/** The bytes of a secret's or config's file, walked from `root` (links resolved inside it; see secret-files.ts); a regular file only. */
function readSourceFile(root: string, file: string): Buffer {
  const { fd, size } = openFileInRoot(root, relative(root, file), `under ${root}`);
  try {
    const buf = Buffer.alloc(size);
    return buf.subarray(0, readSync(fd, buf, 0, size, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * A device is bound only where its container may open it: unprivileged, where
 * you may; as root, where everyone may (the container's ids are not root's).
 */
function requireOpenableDevice(service: string, device: string): void {
  const st = statSync(device, { throwIfNoEntry: false });
  if (st === undefined || !(st.isCharacterDevice() || st.isBlockDevice())) {
    throw new SandboxError(`service "${service}": devices: ${device} is not a device on this host`);
  }
  const openable = process.getuid?.() === 0 ? (st.mode & 0o006) === 0o006 : canOpen(device);
  if (!openable) {
    const who = process.getuid?.() === 0 ? 'the container\'s ids (an unprivileged range, not root)' : 'your user';
    throw new SandboxError(`service "${service}": devices: ${device} cannot be opened for reading and writing by ${who} (mode ${(st.mode & 0o777).toString(8)}, owner ${st.uid}:${st.gid})`, {
      hint: process.getuid?.() === 0 ? 'run dabba as a user who may open it (e.g. a member of its group)' : 'add your user to the device\'s group, or remove it from devices:',
    });
  }
}

/** What prlimit would refuse is said before anything starts, with the limit that stands in the way. */
function requireSettableLimits(spec: RunSpec): void {
  if (Object.keys(spec.ulimits).length === 0) return;
  const host = { root: process.getuid?.() === 0, procLimits: readFileSync('/proc/self/limits', 'utf8'), nrOpen: Number(readFileSync('/proc/sys/fs/nr_open', 'utf8')) };
  const [first] = limitProblems(spec.ulimits, host);
  if (first === undefined) return;
  const wanted = first.wanted === -1 ? 'unlimited' : String(first.wanted);
  throw new SandboxError(`service "${spec.service}": ulimits: ${first.name} asks for a hard limit of ${wanted}, ${first.why} (${first.max})`, {
    hint: `set it to ${first.max} or less`,
  });
}

function canOpen(path: string): boolean {
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates every mount point bwrap needs in the rootfs, from the host side.
 * bwrap would create missing ones itself, but for a non-root user it works in
 * a nested user namespace that may not write to the container root's folders.
 * Targets are already resolved inside the rootfs; one that can't be made is
 * left for bwrap to report.
 */
function createMountPoints(spec: RunSpec, root: { uid: number; gid: number } | undefined): void {
  const isDir = (p: string): boolean => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? true;
  const dirs = ['/proc', '/dev', '/tmp', spec.workdir, ...spec.mounts.filter((m) => m.kind === 'tmpfs' || isDir(m.source)).map((m) => m.target)];
  const files = [...spec.files.map((f) => f.target), ...spec.mounts.filter((m) => m.kind === 'bind' && !isDir(m.source)).map((m) => m.target)];
  const make = (target: string, file: boolean): void => {
    const host = join(spec.rootfs, target);
    if (existsSync(host)) return;
    try {
      mkdirSync(file ? dirname(host) : host, { recursive: true, mode: 0o755 });
      if (file) closeSync(openSync(host, 'a', 0o644));
      if (root) chownSync(host, root.uid, root.gid);
    } catch {
      // bwrap tries again and names the path if it can't either.
    }
  };
  for (const d of dirs) make(d, false);
  for (const f of files) make(f, true);
}
