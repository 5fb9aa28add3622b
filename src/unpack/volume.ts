/** Volume folders seeded from the image, as docker does on a volume's first use. */
import { mkdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UnpackError } from './errors.js';
import { resolvePath } from './resolve-in-root.js';
import { cloneTree, removeTree, tempName } from './tree.js';

export interface EnsureVolumeOptions {
  /** The volume's folder: `.dabba/volumes/<name>` or `.dabba/<service>/volumes/<…>`. */
  volumeDir: string;
  /** The container's rootfs, read to seed the volume. */
  rootfs: string;
  /** Absolute path inside the container where the volume is mounted. */
  containerPath: string;
  /**
   * Copies the image's folder `src` to the new path `dst` (default: `cloneTree`,
   * as this process). Where the rootfs holds files of subordinate ids, the
   * caller copies as the container's root, which can read them and keep their owners.
   */
  clone?: ((src: string, dst: string) => Promise<void>) | undefined;
  /** Removes a tree this process may not (EACCES/EPERM); see `removeTree`. */
  removeDenied?: ((path: string) => Promise<void>) | undefined;
}

/**
 * Creates `volumeDir` if it does not exist, atomically (built beside it, then
 * renamed), seeded with a copy of what the image has at `containerPath`: a
 * directory's content, or nothing when the image has no directory there.
 * `containerPath` is resolved inside `rootfs` with chroot semantics, so a
 * symlink in the image never makes dabba read outside the rootfs; symlinks in
 * the copied content are copied as symlinks. An existing volume is never
 * touched (`created: false`).
 */
export async function ensureVolume(opts: EnsureVolumeOptions): Promise<{ created: boolean }> {
  if (await isDirectory(opts.volumeDir)) return { created: false };
  const parent = dirname(opts.volumeDir);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, tempName(`.${basename(opts.volumeDir)}.tmp-`));
  try {
    const source = resolvePath(opts.rootfs, opts.containerPath.split('/'));
    if (source.stat?.isDirectory()) {
      await (opts.clone ?? cloneTree)(source.real.length === 0 ? opts.rootfs : join(opts.rootfs, ...source.real), tmp);
    } else {
      await mkdir(tmp, { mode: 0o755 });
    }
    try {
      await rename(tmp, opts.volumeDir);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw err;
      await removeTree(tmp, opts.removeDenied);
      return { created: false }; // created meanwhile by another dabba
    }
    return { created: true };
  } catch (err) {
    await removeTree(tmp, opts.removeDenied).catch(() => undefined);
    throw new UnpackError(`creating volume ${opts.volumeDir} for ${opts.containerPath}: ${(err as Error).message}`, {}, { cause: err });
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
