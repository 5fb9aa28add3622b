/**
 * Shared set-up for the unpack tests: a fresh temp folder holding a container
 * folder and canary files outside the rootfs (including a sibling folder whose
 * name starts with the rootfs folder's name), and a way to materialise
 * hand-built layers into it.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { after, type TestContext } from 'node:test';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { materializeRootfs, removeTree, type MaterializeOptions } from '../../../src/unpack/index.js';
import { buildImage, buildTarGz, type BuiltImage, type TarEntry } from '../../helpers/tar-builder.js';

export interface Sandbox {
  dir: string;
  containerDir: string;
  rootfs: string;
  /** Absolute folder outside the container folder with canary.txt. */
  outside: string;
  /** `<containerDir>/rootfs-sibling`, whose name starts with "rootfs". */
  sibling: string;
  canaries: string[];
}

interface Snapshot {
  content: string;
  mode: number;
  ino: number;
  nlink: number;
}

export async function makeSandbox(): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-unpack-'));
  await chmod(dir, 0o755);
  const containerDir = join(dir, 'project', '.dabba', 'svc');
  const outside = join(dir, 'outside');
  const sibling = join(containerDir, 'rootfs-sibling');
  const canaries = [join(outside, 'canary.txt'), join(sibling, 'canary.txt'), join(dir, 'canary.txt'), join(dir, 'project', 'canary.txt')];
  for (const c of canaries) {
    await mkdir(join(c, '..'), { recursive: true });
    await writeFile(c, `canary ${c}\n`, { mode: 0o640 });
  }
  return { dir, containerDir, rootfs: join(containerDir, 'rootfs'), outside, sibling, canaries };
}

/** Returns a sandbox maker for one test file; every sandbox it made is removed after the file's tests. */
export function trackSandboxes(): () => Promise<Sandbox> {
  const made: Sandbox[] = [];
  after(async () => {
    for (const sb of made) await removeTree(sb.dir);
  });
  return async () => {
    const sb = await makeSandbox();
    made.push(sb);
    return sb;
  };
}

export function snapshotCanaries(sb: Sandbox): Map<string, Snapshot> {
  const snap = new Map<string, Snapshot>();
  for (const c of sb.canaries) {
    const st = lstatSync(c);
    snap.set(c, { content: readFileSync(c, 'utf8'), mode: st.mode, ino: st.ino, nlink: st.nlink });
  }
  // nothing new appeared next to the canaries either
  snap.set('<outside listing>', { content: readdirSync(sb.outside).sort().join(','), mode: 0, ino: 0, nlink: 0 });
  snap.set('<sibling listing>', { content: readdirSync(sb.sibling).sort().join(','), mode: 0, ino: 0, nlink: 0 });
  return snap;
}

export function assertCanariesIntact(sb: Sandbox, before: Map<string, Snapshot>): void {
  assert.deepEqual(snapshotCanaries(sb), before, 'files outside the rootfs changed');
}

export function openerFor(image: BuiltImage): MaterializeOptions['openLayer'] {
  return async (layer) => {
    const blob = image.blobs.get(layer.digest);
    if (!blob) throw new Error(`no blob ${layer.digest}`);
    return Readable.from([blob]);
  };
}

/** Materialises a built image (named test/image) into `containerDir`, by default the sandbox's container folder. */
export function materializeImage(sb: Sandbox, image: BuiltImage, extra: Partial<MaterializeOptions> = {}): Promise<{ changed: boolean }> {
  return materializeRootfs({
    containerDir: sb.containerDir,
    image: { name: 'test/image', manifestDigest: image.manifestDigest, config: image.config, layers: image.layers },
    openLayer: openerFor(image),
    ...extra,
  });
}

/** Materialises layers (each a list of tar entries, gzipped) into the sandbox's container folder. */
export async function materializeLayers(
  sb: Sandbox,
  layers: readonly (readonly TarEntry[])[],
  extra: Partial<MaterializeOptions> = {},
): Promise<{ changed: boolean; image: BuiltImage }> {
  const image = buildImage(layers.map((l) => buildTarGz(l)));
  return { ...(await materializeImage(sb, image, extra)), image };
}

export type TreeEntry =
  | { type: 'dir'; mode: number }
  | { type: 'file'; mode: number; size: number; sha256: string; ino: number }
  | { type: 'symlink'; target: string }
  | { type: 'fifo'; mode: number }
  | { type: 'other' };

/**
 * Every entry below `root` (not following symlinks) with its type, permission
 * bits, size, content hash and link target; unreadable modes are bypassed by
 * chmod-ing a copy's readability only for reading, then restoring.
 */
export function describeTree(root: string): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  const walk = (rel: string): void => {
    const abs = rel === '' ? root : join(root, rel);
    const st = lstatSync(abs);
    const mode = st.mode & 0o7777;
    if (st.isDirectory()) {
      if (rel !== '') out.set(rel, { type: 'dir', mode });
      const restore = (mode & 0o500) !== 0o500 && process.getuid?.() !== 0;
      if (restore) chmodSync(abs, mode | 0o500);
      try {
        for (const name of readdirSync(abs).sort()) walk(rel === '' ? name : `${rel}/${name}`);
      } finally {
        if (restore) chmodSync(abs, mode);
      }
    } else if (st.isSymbolicLink()) {
      out.set(rel, { type: 'symlink', target: readlinkSync(abs) });
    } else if (st.isFile()) {
      const restore = (mode & 0o400) === 0 && process.getuid?.() !== 0;
      if (restore) chmodSync(abs, mode | 0o400);
      const sha256 = createHash('sha256').update(readFileSync(abs)).digest('hex');
      if (restore) chmodSync(abs, mode);
      out.set(rel, { type: 'file', mode, size: st.size, sha256, ino: st.ino });
    } else if (st.isFIFO()) {
      out.set(rel, { type: 'fifo', mode });
    } else {
      out.set(rel, { type: 'other' });
    }
  };
  walk('');
  return out;
}

export function sha256Hex(s: string | Uint8Array): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Files grouped by inode, as sorted lists of paths: the hardlink groups. */
export function hardlinkGroups(tree: Map<string, TreeEntry>): string[][] {
  const byIno = new Map<number, string[]>();
  for (const [p, e] of tree) if (e.type === 'file') byIno.set(e.ino, [...(byIno.get(e.ino) ?? []), p]);
  return [...byIno.values()].map((g) => g.sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

function withoutInodes(tree: Map<string, TreeEntry>): Map<string, unknown> {
  return new Map([...tree].map(([p, e]) => [p, e.type === 'file' ? { ...e, ino: undefined } : e]));
}

/**
 * Asserts that two trees from `describeTree` are equal file by file (type,
 * permission bits, size, content hash, link target) and have the same
 * hardlink groups; inode numbers themselves are not compared.
 */
export function assertSameTree(ours: Map<string, TreeEntry>, theirs: Map<string, TreeEntry>): void {
  assert.deepEqual(withoutInodes(ours), withoutInodes(theirs));
  assert.deepEqual(hardlinkGroups(ours), hardlinkGroups(theirs));
}

/**
 * True when `tool` runs (`tool ...versionArgs`). Otherwise fails the test
 * when DABBA_MUST_WORK is set, or skips it with a reason and returns false.
 */
export function requireTool(t: TestContext, tool: string, versionArgs: string[] = ['--version']): boolean {
  try {
    execFileSync(tool, versionArgs, { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.DABBA_MUST_WORK) assert.fail(`${tool} is not installed (DABBA_MUST_WORK is set)`);
    t.skip(`${tool} is not installed`);
    return false;
  }
}
