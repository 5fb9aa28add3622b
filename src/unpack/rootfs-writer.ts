/**
 * Applies tar entries to a rootfs folder, one at a time, synchronously: the
 * only code in dabba that creates, replaces or removes files in a rootfs
 * while unpacking. Synchronous on purpose: an entry is a handful of syscalls,
 * and a promise per syscall costs more than the syscall (node-tar's async
 * extractor is many times slower than GNU tar); decompression meanwhile runs
 * on zlib's thread.
 *
 * Each entry's parent is resolved by `resolveDirectory` (chroot semantics,
 * real directories only), then the last component is created with
 * `O_CREAT|O_EXCL|O_NOFOLLOW` / `mkdir` / `symlink` / `link`, after removing
 * whatever was there when the call fails with EEXIST. Nothing is chmod-ed or
 * utime-d by a path that could be a symlink: files through their fd,
 * directories through an fd opened with `O_NOFOLLOW|O_DIRECTORY`, symlinks
 * with `lutimes`.
 *
 * While working, every directory is 0700 or wider and every file readable by
 * its owner, so that extraction, a later whiteout, a copy and a removal never
 * trip over modes like 0555 or 0000 as an unprivileged user. The final modes
 * that differ are kept as "fixups" and applied at the very end.
 *
 * Optional mirror roots receive exactly the same operations (the unpack
 * cache is written this way while the container's copy is unpacked): writing
 * each file twice from the same decompressed bytes costs less than copying
 * the tree afterwards. Decisions (resolution, what exists) are taken on the
 * primary root only; the mirrors are identical by construction.
 */
import {
  closeSync,
  constants as fsConstants,
  fchmodSync,
  futimesSync,
  linkSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { EntryRefused, MissingPath } from './errors.js';
import { errno, setModeNoFollow } from './no-follow.js';
import { isSameOrBelow } from './path-policy.js';
import { resolveDirectory, resolvePath } from './resolve-in-root.js';
import type { Whiteout } from './whiteout.js';
import type { XattrTarget, Xattrs } from './xattr.js';
import { makeFifos } from '../util/host-helper.js';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_DIRECTORY, O_NONBLOCK } = fsConstants;
// libuv adds O_CLOEXEC to every open itself.
const FILE_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;
const DIR_WORKING_BITS = 0o700;
const FILE_WORKING_BITS = 0o400;

/** What the writer needs to know about an entry besides its data. */
export interface EntryMeta {
  /** Permission bits including setuid, setgid and sticky (0o7777). */
  mode: number;
  uid: number;
  gid: number;
  mtime: Date | undefined;
  /** `user.*` xattrs from the entry's PAX header, applied after its layer (see `takeLayerXattrs`). */
  xattrs?: Xattrs | undefined;
}

/** Uid and gid of an entry, keyed by rootfs-relative path; only entries that are not 0:0. */
export type OwnershipMap = Map<string, [uid: number, gid: number]>;
/** Final modes that differ from the working mode, keyed by rootfs-relative path. */
export type ModeFixups = Map<string, number>;
/** `user.*` xattrs of the tree, keyed by rootfs-relative path. */
export type XattrMap = Map<string, Xattrs>;

interface DirMeta {
  mode: number;
  mtime: Date | undefined;
}

/** An open regular file being written by the current entry. */
export interface OpenFile {
  /** One fd per root, primary first. */
  fds: number[];
  path: string;
  meta: EntryMeta;
}

export class RootfsWriter {
  readonly ownership: OwnershipMap = new Map();
  readonly fixups: ModeFixups = new Map();
  readonly xattrs: XattrMap = new Map();
  /** Each hardlinked path → the set of paths sharing its inode (one Set object per group). */
  private readonly linkGroups = new Map<string, Set<string>>();
  /** Bytes of file data written so far, for the size limit. */
  bytesWritten = 0;

  private readonly dirs = new Map<string, DirMeta>();
  /** Logical directory path → real path, valid until something is removed. */
  private dirCache = new Map<string, string[]>();
  /** Paths this layer wrote, and their ancestors: what its whiteouts must spare. */
  private touched = new Set<string>();
  /** Paths given xattrs by this layer, still there as created. */
  private layerXattrs = new Set<string>();

  /**
   * @param root the folder being unpacked into (must exist)
   * @param maxBytes limit on file data written (counted once, not per mirror)
   * @param mirrors folders (must exist, empty) that get the same tree
   */
  constructor(
    readonly root: string,
    private readonly maxBytes: number,
    private readonly mirrors: readonly string[] = [],
  ) {}

  /** Starts a new layer: whiteouts of the next entries apply to what exists now. */
  beginLayer(): void {
    this.touched = new Set();
    this.layerXattrs = new Set();
  }

  /**
   * The xattrs this layer gave to entries that still exist, to apply once the
   * layer's entries are written, and forgets them. Every path is one the
   * writer resolved and nothing replaced since (a removal drops what is
   * below it), so its directories are real ones inside the rootfs.
   */
  takeLayerXattrs(): XattrTarget[] {
    const out: XattrTarget[] = [];
    for (const path of this.layerXattrs) {
      const xattrs = this.xattrs.get(path);
      if (xattrs !== undefined) out.push({ path, xattrs });
    }
    this.layerXattrs = new Set();
    return out;
  }

  private abs(real: string): string {
    return `${this.root}/${real}`;
  }

  /**
   * Creates `real` in every root with `make`; when the primary already has
   * something there (EEXIST), removes it everywhere first.
   */
  private create(real: string, make: (abs: string, root: string) => void): void {
    try {
      make(this.abs(real), this.root);
    } catch (err) {
      if (errno(err) !== 'EEXIST') throw err;
      this.removeExisting(real);
      make(this.abs(real), this.root);
    }
    for (const m of this.mirrors) make(`${m}/${real}`, m);
  }

  private markTouched(real: string): void {
    let p = real;
    while (p !== '' && !this.touched.has(p)) {
      this.touched.add(p);
      const slash = p.lastIndexOf('/');
      p = slash < 0 ? '' : p.slice(0, slash);
    }
  }

  /** Resolves an entry's parent directory, creating missing ones, and returns the entry's real path. */
  private place(components: readonly string[]): string {
    const parent = components.slice(0, -1);
    const key = parent.join('/');
    let real = this.dirCache.get(key);
    if (real === undefined) {
      real = resolveDirectory(this.root, parent, {
        create: true,
        followSymlinks: true,
        onCreateDir: (p) => {
          this.dirs.set(p, { mode: 0o755, mtime: undefined });
          for (const m of this.mirrors) mkdirSync(`${m}/${p}`, 0o755);
        },
      });
      this.dirCache.set(key, real);
    }
    const name = components[components.length - 1] as string;
    return real.length === 0 ? name : `${real.join('/')}/${name}`;
  }

  /** Removes whatever is at `real` (a whole tree for a directory) and forgets what was recorded under it. */
  private removeExisting(real: string): void {
    let st;
    try {
      st = lstatSync(this.abs(real));
    } catch (err) {
      if (errno(err) === 'ENOENT') return;
      throw err;
    }
    if (st.isDirectory()) {
      for (const r of [this.root, ...this.mirrors]) rmSync(`${r}/${real}`, { recursive: true, force: true });
      this.forgetBelow(real);
    } else {
      for (const r of [this.root, ...this.mirrors]) unlinkSync(`${r}/${real}`);
      this.leaveLinkGroup(real);
      this.ownership.delete(real);
      this.fixups.delete(real);
      this.xattrs.delete(real);
      this.layerXattrs.delete(real);
      if (st.isSymbolicLink()) this.dirCache = new Map();
    }
  }

  private leaveLinkGroup(real: string): void {
    this.linkGroups.get(real)?.delete(real);
    this.linkGroups.delete(real);
  }

  /** Hardlink groups of the tree (paths sharing an inode), each with two or more paths. */
  hardlinkGroups(): string[][] {
    const seen = new Set<Set<string>>();
    const out: string[][] = [];
    for (const group of this.linkGroups.values()) {
      if (seen.has(group) || group.size < 2) continue;
      seen.add(group);
      out.push([...group]);
    }
    return out;
  }

  private forgetBelow(real: string): void {
    for (const key of [...this.linkGroups.keys()]) if (isSameOrBelow(key, real)) this.leaveLinkGroup(key);
    this.dirCache = new Map();
    for (const map of [this.dirs, this.ownership, this.fixups, this.xattrs, this.layerXattrs] as (Map<string, unknown> | Set<string>)[]) {
      for (const key of map.keys()) if (isSameOrBelow(key, real)) map.delete(key);
    }
  }

  private record(real: string, meta: EntryMeta): void {
    if (meta.uid !== 0 || meta.gid !== 0) this.ownership.set(real, [meta.uid, meta.gid]);
    else this.ownership.delete(real);
    if (meta.xattrs !== undefined && meta.xattrs.size > 0) {
      // a directory declared again keeps the xattrs it has on disk; the new ones add to them
      this.xattrs.set(real, new Map([...(this.xattrs.get(real) ?? []), ...meta.xattrs]));
      this.layerXattrs.add(real);
    }
    this.markTouched(real);
  }

  /** Creates (or keeps, when one is already there) the directory `components`. */
  directory(components: readonly string[], meta: EntryMeta): void {
    const real = this.place(components);
    const make = (abs: string): void => mkdirSync(abs, DIR_WORKING_BITS);
    try {
      make(this.abs(real));
      for (const m of this.mirrors) make(`${m}/${real}`);
    } catch (err) {
      if (errno(err) !== 'EEXIST') throw err;
      // an existing directory is kept (with its content); anything else is replaced
      if (!lstatSync(this.abs(real)).isDirectory()) this.create(real, make);
    }
    this.dirs.set(real, { mode: meta.mode, mtime: meta.mtime });
    this.dirCache.set(components.join('/'), real.split('/'));
    this.fixups.delete(real);
    this.record(real, meta);
  }

  /** Opens a new regular file for `components`; write its data with `write`, then `closeFile`. */
  openFile(components: readonly string[], meta: EntryMeta, size: number): OpenFile {
    if (this.bytesWritten + size > this.maxBytes) {
      throw new EntryRefused(`unpacked size exceeds the limit of ${this.maxBytes} bytes`);
    }
    this.bytesWritten += size;
    const real = this.place(components);
    const working = fileWorkingMode(meta);
    const fds: number[] = [];
    try {
      this.create(real, (abs) => fds.push(openSync(abs, FILE_FLAGS, 0o600)));
    } catch (err) {
      for (const fd of fds) closeSync(fd);
      throw err;
    }
    if (working !== meta.mode) this.fixups.set(real, meta.mode);
    else this.fixups.delete(real);
    this.record(real, meta);
    return { fds, path: real, meta };
  }

  /** Writes one chunk of the open file's data. */
  write(file: OpenFile, chunk: Uint8Array): void {
    for (const fd of file.fds) {
      let off = 0;
      while (off < chunk.length) off += writeSync(fd, chunk, off, chunk.length - off);
    }
  }

  /** Sets the file's mode (through its fd, so umask doesn't matter) and mtime, and closes it. */
  closeFile(file: OpenFile): void {
    const fds = file.fds;
    file.fds = [];
    try {
      for (const fd of fds) {
        fchmodSync(fd, fileWorkingMode(file.meta));
        if (file.meta.mtime) futimesSync(fd, file.meta.mtime, file.meta.mtime);
      }
    } finally {
      for (const fd of fds) closeSync(fd);
    }
  }

  /** Closes a file whose entry failed midway; the partial file is left to the temp folder's removal. */
  abandonFile(file: OpenFile): void {
    for (const fd of file.fds) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    file.fds = [];
  }

  /** Creates a symlink; its target is kept verbatim (resolved inside the container at run time). */
  symlink(components: readonly string[], target: string, meta: EntryMeta): void {
    if (target.includes('\0')) throw new EntryRefused('symlink target contains a NUL byte');
    const real = this.place(components);
    const mtime = meta.mtime;
    this.create(real, (abs) => {
      symlinkSync(target, abs);
      if (mtime) lutimesSync(abs, mtime, mtime);
    });
    this.fixups.delete(real);
    this.record(real, meta);
  }

  /**
   * Creates a hardlink to `targetComponents`, an entry already in the rootfs.
   * The target is resolved inside the rootfs (a symlink on the way or at the
   * end is followed there, never out of it) and must not be a directory.
   */
  hardlink(components: readonly string[], targetComponents: readonly string[], meta: EntryMeta): void {
    const target = resolvePath(this.root, targetComponents);
    if (target.stat === undefined) throw new EntryRefused(`hardlink target ${JSON.stringify(targetComponents.join('/'))} does not exist`);
    if (target.stat.isDirectory()) throw new EntryRefused('hardlink to a directory');
    const targetReal = target.real.join('/');
    const real = this.place(components);
    if (real === targetReal) return; // a link to itself changes nothing
    this.create(real, (abs, root) => linkSync(`${root}/${targetReal}`, abs));
    let group = this.linkGroups.get(targetReal);
    if (group === undefined) {
      group = new Set([targetReal]);
      this.linkGroups.set(targetReal, group);
    }
    group.add(real);
    this.linkGroups.set(real, group);
    const fix = this.fixups.get(targetReal);
    if (fix !== undefined) this.fixups.set(real, fix);
    else this.fixups.delete(real);
    this.record(real, meta);
  }

  /** Creates a FIFO. Node has no mkfifo, and FIFOs are rare in images: the `mkfifo` tool does it. */
  fifo(components: readonly string[], meta: EntryMeta): void {
    const real = this.place(components);
    this.removeExisting(real);
    const mtime = meta.mtime;
    this.create(real, (abs) => {
      makeFifos([abs], meta.mode & 0o7777);
      if (mtime) lutimesSync(abs, mtime, mtime);
    });
    this.fixups.delete(real);
    this.record(real, meta);
  }

  /** Applies a whiteout: never through a symlink, never to what this layer wrote. */
  whiteout(w: Whiteout): void {
    const parentComponents = w.kind === 'opaque' ? w.dir : w.parent;
    let parent: string[];
    try {
      parent = resolveDirectory(this.root, parentComponents, { create: false, followSymlinks: false });
    } catch (err) {
      // a missing parent means nothing to hide; a symlink or a file on the way is hostile
      if (err instanceof MissingPath) return;
      throw err;
    }
    const dir = parent.join('/');
    if (w.kind === 'remove') {
      const real = dir === '' ? w.name : `${dir}/${w.name}`;
      if (!this.touched.has(real)) this.removeExisting(real);
      return;
    }
    this.clearOpaque(dir);
  }

  /** Removes everything below `dir` that this layer did not write (recursively into directories it did). */
  private clearOpaque(dir: string): void {
    const abs = dir === '' ? this.root : this.abs(dir);
    for (const ent of readdirSync(abs, { withFileTypes: true })) {
      const real = dir === '' ? ent.name : `${dir}/${ent.name}`;
      if (!this.touched.has(real)) this.removeExisting(real);
      else if (ent.isDirectory()) this.clearOpaque(real);
    }
  }

  /**
   * Ends the extraction: sets every directory's working mode and mtime,
   * deepest first (a parent's mtime changes when children are added), and
   * records the directories whose final mode differs as fixups.
   */
  finishDirectories(): void {
    const entries = [...this.dirs].sort((a, b) => depth(b[0]) - depth(a[0]));
    for (const [real, meta] of entries) {
      const working = meta.mode | DIR_WORKING_BITS;
      if (working !== meta.mode) this.fixups.set(real, meta.mode);
      for (const root of [this.root, ...this.mirrors]) setModeNoFollow(`${root}/${real}`, O_DIRECTORY, working, meta.mtime);
    }
  }
}

/**
 * A file's mode while unpacking: readable by its owner, and writable too when
 * it has xattrs to receive (setting a `user.*` xattr needs write permission).
 */
function fileWorkingMode(meta: EntryMeta): number {
  return meta.mode | FILE_WORKING_BITS | (meta.xattrs !== undefined && meta.xattrs.size > 0 ? 0o200 : 0);
}

function depth(path: string): number {
  let n = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) n++;
  return n;
}

/**
 * Applies final modes that differ from the working ones (e.g. 0000, 0555),
 * deepest first so that a parent's final mode never blocks a child. Each
 * path is opened with `O_NOFOLLOW|O_NONBLOCK` (a FIFO must not block) and
 * changed through its fd; paths that no longer exist are skipped.
 */
export function applyModeFixups(root: string, fixups: Iterable<[string, number]>): void {
  const list = [...fixups].sort((a, b) => depth(b[0]) - depth(a[0]));
  for (const [real, mode] of list) setModeNoFollow(`${root}/${real}`, O_NONBLOCK, mode);
}
