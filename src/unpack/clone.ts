/**
 * Copying an unpacked tree (the unpack cache) into a container folder, in
 * parallel. One cp is bound by its own syscalls, so the tree is cut into parts below a small "skeleton" of top
 * directories, each part copied by its own cp, then the skeleton's modes and
 * times set and hardlinks that span two parts joined again from the recorded
 * hardlink groups. cp keeps modes, times and hardlinks only: xattrs are set
 * from the unpack record and ownership is applied afterwards, which leaves
 * cp -a's xattr, ACL and owner calls out of the copy.
 */
import { constants as fsConstants, linkSync, lstatSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { setModeNoFollow } from './no-follow.js';
import { runCp } from './run-cp.js';

/** Parts wanted per cp process, for balance: parts differ a lot in size. */
const PARTS_PER_PROCESS = 16;
const MAX_SKELETON_DEPTH = 3;

interface Plan {
  /** Directories created by dabba, parents first ('' is the root). */
  skeleton: string[];
  /** Paths below the skeleton, each copied whole by one cp. */
  parts: string[];
}

/** Chooses skeleton and parts: expands directories breadth first until there are enough parts. */
function planClone(src: string, wantedParts: number): Plan {
  const skeleton: string[] = [''];
  let frontier: { rel: string; dir: boolean }[] = readdirSync(src, { withFileTypes: true }).map((e) => ({ rel: e.name, dir: e.isDirectory() }));
  for (let depth = 1; depth < MAX_SKELETON_DEPTH && frontier.length < wantedParts; depth++) {
    const next: { rel: string; dir: boolean }[] = [];
    for (const item of frontier) {
      if (!item.dir) {
        next.push(item);
        continue;
      }
      skeleton.push(item.rel);
      for (const e of readdirSync(join(src, item.rel), { withFileTypes: true })) next.push({ rel: `${item.rel}/${e.name}`, dir: e.isDirectory() });
    }
    frontier = next;
  }
  return { skeleton, parts: frontier.map((f) => f.rel) };
}

async function copyParts(cwd: string, parts: string[], dst: string): Promise<void> {
  const cp = ['cp', '-dR', '--preserve=mode,timestamps,links', '--reflink=auto', '--parents', '--', ...parts, dst];
  // Under util-linux setpriv, cp dies with dabba: a killed dabba's copy must not go on writing into
  // the folder the next run removes. Hosts without setpriv copy without that guard.
  try {
    await runCp(['setpriv', '--pdeathsig', 'KILL', '--', ...cp], cwd);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await runCp(cp, cwd);
  }
}

/**
 * Copies the tree `src` to the new path `dstPath` (which must not exist): file
 * content, modes, times, symlinks as symlinks, and the hardlink groups given
 * (rootfs-relative paths sharing an inode); not xattrs or ownership (the
 * copy belongs to this process's user). Reads nothing outside `src`: cp never
 * follows symlinks with `-d`, and the skeleton is walked with lstat types.
 */
export async function cloneTreeParallel(src: string, dstPath: string, hardlinks: readonly (readonly string[])[]): Promise<void> {
  // cp runs in `src`: a relative destination would name a folder there
  const dst = resolve(dstPath);
  const processes = Math.max(2, Math.min(4, availableParallelism()));
  const plan = planClone(src, processes * PARTS_PER_PROCESS);
  for (const dir of plan.skeleton) mkdirSync(dir === '' ? dst : join(dst, dir), 0o700);
  const groups: string[][] = Array.from({ length: processes }, () => []);
  plan.parts.forEach((part, i) => groups[i % processes]?.push(part));
  await Promise.all(groups.filter((g) => g.length > 0).map((g) => copyParts(src, g, dst)));

  for (const group of hardlinks) joinHardlinks(dst, group);
  // deepest first: a directory's time changes when its children do
  for (const dir of [...plan.skeleton].reverse()) copyDirectoryMeta(dir === '' ? src : join(src, dir), dir === '' ? dst : join(dst, dir));
}

/** Makes every path of `group` a hardlink of the first one (cp only keeps groups within one process). */
function joinHardlinks(root: string, group: readonly string[]): void {
  const [anchor, ...rest] = group;
  if (anchor === undefined) return;
  const anchorStat = lstatSync(join(root, anchor));
  for (const p of rest) {
    const abs = join(root, p);
    if (lstatSync(abs).ino === anchorStat.ino) continue;
    const tmp = `${abs}.dabba-link`;
    linkSync(join(root, anchor), tmp);
    renameSync(tmp, abs);
  }
}

function copyDirectoryMeta(srcDir: string, dstDir: string): void {
  const st = lstatSync(srcDir);
  setModeNoFollow(dstDir, fsConstants.O_DIRECTORY, st.mode & 0o7777, st.mtime);
}
