import type { Command } from '../command.js';
import { UsageError } from '../../errors/index.js';
import { normalizeAuthKey, removeCredential } from '../../registry/index.js';

export const command: Command = {
  name: 'logout',
  summary: 'Log out from a registry',
  usage: 'REGISTRY',
  options: [],
  async run(ctx, args) {
    const [registry, ...extra] = args.positionals;
    if (registry === undefined || extra.length > 0) throw new UsageError('dabba logout: name one registry, e.g. dabba logout ghcr.io');
    const host = normalizeAuthKey(registry);
    if (await removeCredential(host, ctx.env)) ctx.out.print(`Removed login credentials for ${host}`);
    else ctx.out.info(`not logged in to ${host}`);
    return 0;
  },
};
