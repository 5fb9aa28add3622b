import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from '../command.js';
import { activeProject, loadProject } from '../../config/index.js';
import { loadOptions } from '../project-options.js';
import { convertProject, formatLost, type Expose } from '../../convert/index.js';
import { readBindSources, readFileSources, readPinnedImages } from './convert-inputs.js';
import { renderFiles, renderStream } from '../../convert/render.js';
import { UsageError } from '../../errors/index.js';
import { writeFileAtomic } from '../../util/atomic.js';

const EXPOSE: readonly Expose[] = ['nodeport', 'loadbalancer', 'none'];
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export const command: Command = {
  name: 'convert',
  summary: 'Write the project as Kubernetes manifests (apps/v1, v1, networking.k8s.io/v1); what does not carry over is reported',
  usage: '--to kubernetes [-o DIR | -] [--namespace NS] [--expose nodeport|loadbalancer|none] [--allow-hostpath] [SERVICE…]',
  options: [
    { name: 'to', type: 'string', value: 'kubernetes', description: 'The target (only kubernetes)' },
    { name: 'output', short: 'o', type: 'string', value: 'DIR|-', description: 'A folder to write one file per object into; - (default): a YAML stream on stdout' },
    { name: 'namespace', type: 'string', value: 'NS', description: 'Put every object in this namespace (default: none, kubectl\'s current one)' },
    { name: 'expose', type: 'string', value: 'nodeport|loadbalancer|none', description: 'How published ports are exposed (default nodeport)' },
    { name: 'allow-hostpath', type: 'boolean', description: 'Emit bind mounts as hostPath volumes (the path must exist on every node) instead of refusing them' },
  ],
  run: async (ctx, args) => {
    if (args.options.to !== 'kubernetes') throw new UsageError(`dabba convert: --to kubernetes is required${typeof args.options.to === 'string' ? `, not "${args.options.to}"` : ''}`);
    const expose = (args.options.expose as string | undefined) ?? 'nodeport';
    if (!(EXPOSE as readonly string[]).includes(expose)) throw new UsageError(`dabba convert: --expose must be nodeport, loadbalancer or none, not "${expose}"`);
    const namespace = args.options.namespace as string | undefined;
    if (namespace !== undefined && !NAMESPACE.test(namespace)) throw new UsageError(`dabba convert: --namespace "${namespace}" is not a DNS label`, { hint: 'lowercase letters, digits and -, at most 63 characters' });
    const loaded = activeProject(await loadProject(loadOptions(ctx)), args.positionals);
    for (const n of args.positionals) {
      if (!loaded.services[n]) throw new UsageError(`dabba convert: no such service "${n}"`, { hint: `the services are: ${Object.keys(loaded.services).join(', ')}` });
    }
    // Named services: those only, as `dabba build` takes them.
    const project = args.positionals.length === 0 ? loaded : { ...loaded, services: Object.fromEntries(args.positionals.map((n) => [n, loaded.services[n]!])) };
    const conversion = convertProject(project, {
      namespace,
      expose: expose as Expose,
      allowHostpath: Boolean(args.options['allow-hostpath']),
      files: readFileSources(project),
      binds: readBindSources(project),
      pinned: await readPinnedImages(project, ctx.env),
    });
    for (const l of conversion.lost) ctx.out.warn(`not carried over: ${formatLost(l)}`);
    const output = (args.options.output as string | undefined) ?? '-';
    if (output === '-') {
      ctx.out.print(renderStream(project.name, conversion));
      return 0;
    }
    // Secrets are in the files: private to the user, as dabba keeps secrets.
    const dir = join(ctx.cwd, output);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    for (const f of renderFiles(project.name, conversion)) await writeFileAtomic(join(dir, f.name), f.text, 0o600);
    ctx.out.info(`wrote ${conversion.manifests.length} objects to ${output}`);
    return 0;
  },
};
