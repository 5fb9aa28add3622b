import type { Command } from '../command.js';
import { UsageError } from '../../errors/index.js';
import { planStart } from '../../plan/plan.js';
import { executePlan } from '../../reconcile/apply.js';
import { projectPaths } from '../../state/paths.js';
import { createReconcileDeps, loadProjectFor, parseTimeout, withLock } from './up.js';

export const command: Command = {
  name: 'start',
  summary: 'Start stopped services',
  usage: '[SERVICE…]',
  options: [{ name: 'timeout', short: 't', type: 'string', value: 'SECONDS', description: 'Grace period when stopping (default: each service\'s stop_grace_period)' }],
  run: async (ctx, args) => {
    const project = await loadProjectFor(ctx);
    for (const s of args.positionals) if (project.services[s] === undefined) throw new UsageError(`dabba start: no service "${s}" in ${project.configFile}`);
    const deps = createReconcileDeps(ctx, project);
    await withLock(ctx, projectPaths(project.workingDir), 'start', async () => {
      const observed = await deps.state.observe();
      // Existing containers only, with the image their rootfs holds: `up` is what applies changes.
      await executePlan(planStart(project, observed, args.positionals), { project, digests: {}, observed }, deps, { graceMs: parseTimeout(args.options.timeout, 'start') });
    });
    return 0;
  },
};
