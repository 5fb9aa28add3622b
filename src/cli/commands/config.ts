import type { Command } from '../command.js';
import { activeProject, loadProject } from '../../config/index.js';
import { loadOptions } from '../project-options.js';
import { formatYaml } from '../../config/emit-yaml.js';
import { renderProject } from '../../config/render.js';
import { UsageError } from '../../errors/index.js';

export const command: Command = {
  name: 'config',
  summary: 'Validate the project files and print the merged, normalised project (the services of the enabled profiles)',
  usage: '[--format yaml|json] [--services] [--quiet]',
  options: [
    { name: 'format', type: 'string', value: 'yaml|json', description: 'Output format (default yaml)' },
    { name: 'services', type: 'boolean', description: 'Print the service names, one per line' },
    { name: 'quiet', short: 'q', type: 'boolean', description: 'Only validate: print nothing, exit 0 when valid' },
  ],
  run: async (ctx, args) => {
    const format = (args.options.format as string | undefined) ?? 'yaml';
    if (format !== 'yaml' && format !== 'json') throw new UsageError(`dabba config: --format must be yaml or json, not "${format}"`);
    if (args.positionals.length > 0) throw new UsageError(`dabba config: unexpected argument "${args.positionals[0]}"`);
    // As compose: the services of the enabled profiles (and those they depend on).
    const project = activeProject(await loadProject(loadOptions(ctx)), []);
    if (args.options.quiet) return 0;
    if (args.options.services) {
      const names = Object.keys(project.services);
      if (names.length > 0) ctx.out.print(names.join('\n'));
      return 0;
    }
    const doc = renderProject(project);
    ctx.out.print(format === 'json' ? JSON.stringify(doc, null, 2) : formatYaml(doc));
    return 0;
  },
};
