import type { Command } from '../command.js';
import { UsageError } from '../../errors/index.js';
import { loadProjectFor } from '../wiring.js';
import { parseTimeout, stopServices } from './up.js';

export const command: Command = {
  name: 'stop',
  summary: 'Stop services',
  usage: '[-t SECONDS] [SERVICE…]',
  options: [{ name: 'timeout', short: 't', type: 'string', value: 'SECONDS', description: 'Grace period before SIGKILL (default: each service\'s stop_grace_period)' }],
  run: async (ctx, args) => {
    const project = await loadProjectFor(ctx, args.positionals);
    for (const s of args.positionals) if (project.services[s] === undefined) throw new UsageError(`dabba stop: no service "${s}" in ${project.configFile}`);
    await stopServices(ctx, project, args.positionals, false, parseTimeout(args.options.timeout, 'stop'));
    return 0;
  },
};
