/**
 * `dabba port SERVICE PRIVATE_PORT[/PROTOCOL]`: the host address and port a
 * running service's port is published on, as `docker compose port` prints
 * it; the way to find a port picked at start (`ports: ["80"]`).
 */
import type { Command } from '../command.js';
import { loadProject } from '../../config/index.js';
import { observeService } from '../../container/folder.js';
import { projectPaths } from '../../container/layout.js';
import { UsageError } from '../../errors/index.js';
import { loadOptions } from '../project-options.js';

export const command: Command = {
  name: 'port',
  summary: 'Print the host address and port a service\'s port is published on',
  usage: 'SERVICE PRIVATE_PORT[/tcp|/udp]',
  options: [],
  run: async (ctx, args) => {
    const [name, spec] = args.positionals;
    const m = /^([0-9]{1,5})(?:\/(tcp|udp))?$/.exec(spec ?? '');
    if (name === undefined || m === null) throw new UsageError('dabba port: a service and a port are required', { hint: 'dabba port SERVICE PRIVATE_PORT[/tcp|/udp], e.g. dabba port web 80' });
    const project = await loadProject(loadOptions(ctx));
    if (project.services[name] === undefined) throw new UsageError(`dabba port: no service "${name}"`, { hint: `the services are: ${Object.keys(project.services).join(', ')}` });
    const observed = await observeService(projectPaths(project.workingDir), name);
    if (!observed.running) throw new UsageError(`dabba port: service "${name}" is not running`, { hint: `dabba up -d ${name}` });
    const target = Number(m[1]);
    const protocol = m[2] ?? 'tcp';
    const bound = (observed.state?.ports ?? project.services[name].ports).filter((p) => p.target === target && p.protocol === protocol);
    if (bound.length === 0) throw new UsageError(`dabba port: service "${name}" does not publish ${target}/${protocol}`);
    ctx.out.print(bound.map((p) => `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:${p.published}`).join('\n'));
    return 0;
  },
};
