/**
 * Building a service's image from the CLI (`dabba build`, `up`, `run`):
 * buildah's output streamed under the service's name, FROM pulls shown as
 * pulls are. src/build does the work.
 */
import type { CommandContext } from './command.js';
import { paint } from './output.js';
import { createPullProgress } from './pull-progress.js';
import type { Project, Service } from '../config/index.js';
import type { BuildSpec } from '../config/model.js';
import type { ResolvedImage } from '../image/index.js';
import type { Store } from '../store/index.js';

export interface BuildFlags {
  noCache?: boolean | undefined;
  pull?: boolean | undefined;
  buildArgs?: Readonly<Record<string, string>> | undefined;
  /** No step output. */
  quiet?: boolean | undefined;
}

export function hasBuild(service: Service): service is Service & { build: BuildSpec } {
  return service.build !== undefined;
}

/** Builds `service`'s image into the store (see src/build). */
export async function buildImageFor(ctx: CommandContext, store: Store, project: Project, service: Service & { build: BuildSpec }, flags: BuildFlags = {}): Promise<ResolvedImage> {
  const { buildServiceImage } = await import('../build/index.js');
  const prefix = `${paint(ctx.out.color, 36, service.name)} |`;
  const pulls = flags.quiet ? undefined : createPullProgress(ctx.out);
  try {
    return await buildServiceImage({
      store,
      projectDir: project.workingDir,
      service,
      env: ctx.env,
      noCache: flags.noCache,
      pull: flags.pull,
      buildArgs: flags.buildArgs,
      onLine: flags.quiet ? undefined : (line) => ctx.out.info(`${prefix} ${line}`),
      // A FROM image already in the store is not worth a line of its own.
      onPull: pulls && ((e) => (e.type === 'done' && e.upToDate && !flags.pull ? undefined : pulls.onEvent(e))),
    });
  } finally {
    pulls?.finish();
  }
}
