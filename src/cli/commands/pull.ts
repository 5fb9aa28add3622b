import type { Command } from '../command.js';
import { UsageError } from '../../errors/index.js';
import { ensureImage, type PullPolicy } from '../../image/index.js';
import { credentialLookup, RegistryClient } from '../../registry/index.js';
import { defaultStorePath, Store } from '../../store/index.js';
import { reportError } from '../output.js';
import { createPullProgress } from '../pull-progress.js';
import { loadProjectFor } from '../wiring.js';

const POLICIES: readonly PullPolicy[] = ['missing', 'always', 'never'];

export const command: Command = {
  name: 'pull',
  summary: 'Pull service images into the local store',
  usage: '[OPTIONS] [SERVICE…]',
  options: [
    { name: 'policy', type: 'string', value: 'POLICY', description: 'missing|always|never (default: always; never for services with pull_policy: never)' },
    { name: 'platform', type: 'string', value: 'OS/ARCH[/VARIANT]', description: "Platform to pull (default: the service's platform, else this host's)" },
    { name: 'quiet', short: 'q', type: 'boolean', description: 'Print no progress' },
  ],
  async run(ctx, args) {
    const policy = args.options.policy as string | undefined;
    if (policy !== undefined && !POLICIES.includes(policy as PullPolicy)) throw new UsageError(`dabba pull: --policy must be one of ${POLICIES.join(', ')}, not "${policy}"`);
    const project = await loadProjectFor(ctx, args.positionals);
    const names = args.positionals.length > 0 ? args.positionals : Object.keys(project.services);
    for (const n of names) {
      if (!project.services[n]) throw new UsageError(`dabba pull: no such service "${n}"`, { hint: `the services are: ${Object.keys(project.services).join(', ')}` });
    }
    const store = await Store.open(defaultStorePath(ctx.env));
    const registry = new RegistryClient({ env: ctx.env, credentials: credentialLookup(ctx.env) });
    const progress = args.options.quiet ? undefined : createPullProgress(ctx.out);
    // One pull per distinct image and platform, all at once (each bounds its own downloads).
    const jobs = new Map<string, { image: string; platform: string | undefined; policy: PullPolicy; services: string[] }>();
    for (const n of names) {
      const s = project.services[n]!;
      // An image dabba builds is not in a registry; named explicitly, it is pulled all the same.
      if (s.build !== undefined && args.positionals.length === 0) {
        ctx.out.info(`${n}: not pulled: its image is built (dabba build)`);
        continue;
      }
      const platform = (args.options.platform as string | undefined) ?? s.platform;
      const key = `${s.image}\0${platform ?? ''}`;
      // `pull` is the explicit "fetch what is new" (compose pulls unless told never); `missing` is how up behaves.
      const job = jobs.get(key) ?? { image: s.image, platform, policy: (policy as PullPolicy | undefined) ?? (s.pullPolicy === 'never' ? 'never' : 'always'), services: [] };
      job.services.push(n);
      jobs.set(key, job);
    }
    const results = await Promise.allSettled(
      [...jobs.values()].map((j) => ensureImage(j.image, { store, baseDir: project.workingDir, policy: j.policy, platform: j.platform, registry, env: ctx.env, progress: progress?.onEvent })),
    );
    progress?.finish();
    await registry.close();
    let exit = 0;
    for (const r of results) {
      if (r.status === 'rejected') exit = Math.max(exit, reportError(ctx.out, r.reason));
    }
    return exit;
  },
};
