import type { Command } from '../command.js';
import { UsageError } from '../../errors/index.js';
import { planDown } from '../../plan/plan.js';
import { executePlan } from '../../reconcile/apply.js';
import { projectPaths } from '../../container/layout.js';
import { leaveNetworks } from '../../network/index.js';
import { createReconcileDeps, loadProjectFor, withLock } from '../wiring.js';
import { parseTimeout } from './up.js';

export const command: Command = {
  name: 'down',
  summary: 'Stop and remove the services',
  usage: '[-v] [--remove-orphans] [-t SECONDS]',
  options: [
    { name: 'volumes', short: 'v', type: 'boolean', description: 'Also remove the named volumes the project declares' },
    { name: 'remove-orphans', type: 'boolean', description: 'Also remove containers of services no longer in the file' },
    { name: 'timeout', short: 't', type: 'string', value: 'SECONDS', description: 'Grace period before SIGKILL (default: each service\'s stop_grace_period)' },
  ],
  run: async (ctx, args) => {
    if (args.positionals.length) throw new UsageError(`dabba down: unexpected argument "${args.positionals[0]}"`);
    const project = await loadProjectFor(ctx);
    const graceMs = parseTimeout(args.options.timeout, 'down');
    const deps = createReconcileDeps(ctx, project);
    const paths = projectPaths(project.workingDir);
    await withLock(ctx, paths, 'down', async () => {
      const observed = await deps.state.observe();
      const plan = planDown(project, observed, { removeVolumes: Boolean(args.options.volumes), removeOrphans: Boolean(args.options['remove-orphans']) });
      await executePlan(plan.actions, { project, digests: {}, observed }, deps, { graceMs });
      // The project's networks go with its last container; a network other projects share stays.
      await leaveNetworks(ctx.env, project.workingDir);
      for (const o of plan.orphans) ctx.out.warn(`found a container for service "${o}", which is not in ${project.configFile}; use --remove-orphans to remove it`);
    });
    return 0;
  },
};
