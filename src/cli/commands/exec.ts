/**
 * `dabba exec SERVICE CMD…`: a command inside a running container's
 * namespaces and rootfs, with the service's env and working dir (what its
 * supervisor recorded), and the command's exit code passed back.
 */
import type { Command } from '../command.js';
import { DabbaError, UsageError } from '../../errors/index.js';
import { projectPaths } from '../../container/layout.js';
import { observeService } from '../../container/folder.js';
import { loadProjectFor } from '../wiring.js';
import { parseEnvPairs } from '../env-pairs.js';
import { exitCodeOf } from '../../util/exit-code.js';

class NotRunningError extends DabbaError {
  readonly code = 'DABBA_NOT_RUNNING';
  readonly exitCode = 1;
}

export const command: Command = {
  name: 'exec',
  summary: 'Run a command in a running service container',
  usage: '[-T] [-e K=V]… [-u USER] [-w DIR] SERVICE COMMAND [ARG…]',
  stopAfterPositionals: 1,
  options: [
    { name: 'no-TTY', short: 'T', type: 'boolean', description: 'Do not give the command a terminal' },
    { name: 'env', short: 'e', type: 'string', multiple: true, value: 'K=V', description: 'Set an environment variable' },
    { name: 'user', short: 'u', type: 'string', value: 'USER', description: 'Run as this user (name or uid[:gid])' },
    { name: 'workdir', short: 'w', type: 'string', value: 'DIR', description: 'Working directory inside the container' },
    { name: 'detach', short: 'd', type: 'boolean', description: 'Run in the background' },
  ],
  run: async (ctx, args) => {
    const [service, ...argv] = args.positionals;
    if (service === undefined || argv.length === 0) throw new UsageError('dabba exec: a service and a command are required', { hint: 'dabba exec SERVICE COMMAND [ARG…]' });
    const project = await loadProjectFor(ctx, [service]);
    if (project.services[service] === undefined) throw new UsageError(`dabba exec: no service "${service}" in ${project.configFile}`);
    const paths = projectPaths(project.workingDir);
    const observed = await observeService(paths, service);
    const enter = observed.state?.enter;
    if (!observed.running || observed.status !== 'running' || enter === undefined) {
      throw new NotRunningError(`dabba exec: service "${service}" is not running (${observed.status})`, { hint: 'start it with: dabba up -d' });
    }
    const { enterContainer, readRootfsUsers, resolveUser } = await import('../../sandbox/index.js');
    let user: { uid: number; gid: number } | undefined;
    const userOpt = args.options.user as string | undefined;
    if (userOpt !== undefined) {
      // The container runs: its files are read through its own root, never by a host path.
      const { passwd, groups } = readRootfsUsers(`/proc/${enter.initPid}/root`);
      user = resolveUser(userOpt, passwd, groups);
    }
    const env = parseEnvPairs('exec', (args.options.env as string[] | undefined) ?? [], ctx.env);
    const detach = Boolean(args.options.detach);
    const tty = !detach && !args.options['no-TTY'] && Boolean(process.stdin.isTTY && process.stdout.isTTY);
    const child = enterContainer(enter, argv, {
      env,
      user,
      workdir: args.options.workdir as string | undefined,
      stdio: detach ? 'ignore' : args.options['no-TTY'] ? ['pipe', 'inherit', 'inherit'] : 'inherit',
      tty,
      hostEnv: ctx.env,
    });
    if (detach) {
      child.unref();
      return 0;
    }
    if (child.stdin) process.stdin.pipe(child.stdin);
    // Signals go to the command, not to dabba.
    const forward = (sig: NodeJS.Signals) => child.kill(sig);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const) process.on(sig, forward);
    const code = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (c, signal) => resolve(exitCodeOf(c, signal)));
    });
    process.stdin.unpipe();
    process.stdin.pause();
    return code;
  },
};
