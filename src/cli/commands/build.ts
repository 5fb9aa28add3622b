/** `dabba build`: build the images of services with build: into the store, with buildah. */
import type { Command } from '../command.js';
import { UsageError, withContext } from '../../errors/index.js';
import { buildImageFor, hasBuild } from '../build-image.js';
import { parseEnvPairs } from '../env-pairs.js';
import { loadProjectFor, openImageStore } from '../wiring.js';

export const command: Command = {
  name: 'build',
  summary: 'Build the images of services that have build:',
  usage: '[OPTIONS] [SERVICE…]',
  options: [
    { name: 'no-cache', type: 'boolean', description: 'Run every step again, without the build cache' },
    { name: 'pull', type: 'boolean', description: 'Fetch the FROM images again (re-resolve their tags) before building' },
    { name: 'build-arg', type: 'string', multiple: true, value: 'K=V', description: 'Set a build argument (a bare K takes dabba\'s own value)' },
    { name: 'quiet', short: 'q', type: 'boolean', description: 'Print no build output' },
  ],
  async run(ctx, args) {
    const project = await loadProjectFor(ctx);
    for (const n of args.positionals) {
      if (!project.services[n]) throw new UsageError(`dabba build: no such service "${n}"`, { hint: `the services are: ${Object.keys(project.services).join(', ')}` });
    }
    const named = args.positionals.length > 0;
    const services = (named ? args.positionals : Object.keys(project.services)).map((n) => project.services[n]!);
    for (const s of services) {
      if (named && !hasBuild(s)) throw new UsageError(`dabba build: service "${s.name}" has no build: (it runs the image ${s.image})`);
    }
    const buildArgs = parseEnvPairs('build', (args.options['build-arg'] as string[] | undefined) ?? [], ctx.env);
    const flags = { noCache: Boolean(args.options['no-cache']), pull: Boolean(args.options.pull), quiet: Boolean(args.options.quiet), buildArgs };
    const store = await openImageStore(ctx.env);
    // One at a time, in file order: a build already uses every core, and the output stays readable.
    for (const s of services.filter(hasBuild)) {
      try {
        const image = await buildImageFor(ctx, store, project, s, flags);
        ctx.out.info(`${s.name}: built ${image.storeName} ${image.manifestDigest}`);
      } catch (err) {
        throw err instanceof Error ? withContext(`building service "${s.name}"`, err) : err;
      }
    }
    return 0;
  },
};
