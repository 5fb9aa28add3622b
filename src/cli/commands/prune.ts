import type { Command } from '../command.js';
import { defaultStorePath, Store } from '../../store/index.js';
import { formatBytes } from './pull.js';

export const command: Command = {
  name: 'prune',
  summary: 'Remove store blobs that nothing references',
  usage: '',
  options: [],
  async run(ctx) {
    const store = await Store.open(defaultStorePath(ctx.env));
    // Blobs of the last 10 minutes are kept: a pull running now stores blobs before it tags them.
    const { removed, freedBytes } = await store.prune();
    ctx.out.print(`removed ${removed.length} blob${removed.length === 1 ? '' : 's'}, freed ${formatBytes(freedBytes)}`);
    return 0;
  },
};
