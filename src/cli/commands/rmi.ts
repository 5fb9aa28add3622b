import type { Command } from '../command.js';
import { DabbaError, UsageError } from '../../errors/index.js';
import { formatImageSource, parseImageSource } from '../../image-ref/index.js';
import { defaultStorePath, Store } from '../../store/index.js';

class NoSuchImageError extends DabbaError {
  readonly code = 'DABBA_NO_SUCH_IMAGE';
  readonly exitCode = 1;
}

export const command: Command = {
  name: 'rmi',
  summary: 'Untag an image in the local store',
  usage: 'REF…',
  options: [],
  async run(ctx, args) {
    if (args.positionals.length === 0) throw new UsageError('dabba rmi: name at least one image', { hint: 'see: dabba images' });
    const store = await Store.open(defaultStorePath(ctx.env));
    for (const ref of args.positionals) {
      // Names are stored in canonical form: `busybox` is docker.io/library/busybox:latest.
      const name = formatImageSource(parseImageSource(ref, ctx.cwd));
      if (!(await store.removeRef(name))) throw new NoSuchImageError(`no such image in the store: ${name}`, { hint: 'see: dabba images' });
      ctx.out.print(`Untagged: ${name}`);
    }
    ctx.out.info('blobs stay in the store until: dabba prune');
    return 0;
  },
};
