import { join } from 'node:path';
import type { Command, CommandContext } from '../command.js';
import { defaultStorePath, Store } from '../../store/index.js';
import { formatBytes } from '../output.js';
import type { Digest } from '../../oci/types.js';

/**
 * The images the current project's containers were made from (their
 * records under `.dabba/`), so that prune keeps them even when untagged.
 * Without a project file here, only tags count.
 */
async function projectContainerImages(ctx: CommandContext): Promise<{ digests: Digest[]; project?: string }> {
  const [{ loadProject }, { loadOptions }, { ConfigNotFoundError }, { observeProject }, { projectPaths }] = await Promise.all([
    import('../../config/index.js'),
    import('../project-options.js'),
    import('../../config/errors.js'),
    import('../../container/folder.js'),
    import('../../container/layout.js'),
  ]);
  let project;
  try {
    project = await loadProject({ ...loadOptions(ctx), onWarning: undefined });
  } catch (err) {
    if (err instanceof ConfigNotFoundError) return { digests: [] };
    throw err;
  }
  const observed = await observeProject(projectPaths(project.workingDir));
  const digests = Object.values(observed.services).flatMap((s) => [s.rootfsDigest, s.spec?.imageDigest]).filter((d): d is Digest => typeof d === 'string' && d.startsWith('sha256:'));
  return { digests, project: project.name };
}

export const command: Command = {
  name: 'prune',
  summary: 'Remove store blobs that nothing references, and unpacked copies of removed images',
  usage: '',
  options: [],
  async run(ctx) {
    const store = await Store.open(defaultStorePath(ctx.env));
    const keep = await projectContainerImages(ctx);
    // Blobs of the last 10 minutes are kept: a pull running now stores blobs before it tags them.
    const { removed, freedBytes } = await store.prune({ keep: keep.digests });
    // The unpacked copies that later containers are cloned from go with their images.
    const { pruneUnpackCache } = await import('../../unpack/index.js');
    const cache = await pruneUnpackCache(join(store.root, 'unpacked'), (d) => store.hasBlob(d));
    if (keep.project !== undefined) ctx.out.info(`kept the images of project ${keep.project}'s containers (${keep.digests.length})`);
    const trees = cache.removed.length > 0 ? ` and ${cache.removed.length} unpacked image${cache.removed.length === 1 ? '' : 's'}` : '';
    ctx.out.print(`removed ${removed.length} blob${removed.length === 1 ? '' : 's'}${trees}, freed ${formatBytes(freedBytes + cache.freedBytes)}`);
    return 0;
  },
};
