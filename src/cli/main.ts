#!/usr/bin/env node
import { formatOptionHelp, parseArgs, type OptionSpec } from './args.js';
import type { Command, CommandContext } from './command.js';
import { createOutput, reportError, type Output } from './output.js';
import { UsageError } from '../errors/index.js';

/**
 * The command table. Commands are imported only when run, so `dabba ps` does
 * not pay for loading the registry client or the unpacker.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  config: { summary: 'Validate dabba.yaml and print the normalised project', load: async () => (await import('./commands/config.js')).command },
  convert: { summary: 'Write the project as Kubernetes manifests', load: async () => (await import('./commands/convert.js')).command },
  build: { summary: 'Build the images of services that have build:', load: async () => (await import('./commands/build.js')).command },
  pull: { summary: 'Pull service images into the local store', load: async () => (await import('./commands/pull.js')).command },
  images: { summary: 'List images in the local store', load: async () => (await import('./commands/images.js')).command },
  rmi: { summary: 'Untag an image in the local store', load: async () => (await import('./commands/rmi.js')).command },
  prune: { summary: 'Remove store blobs that nothing references', load: async () => (await import('./commands/prune.js')).command },
  login: { summary: 'Log in to a registry', load: async () => (await import('./commands/login.js')).command },
  logout: { summary: 'Log out from a registry', load: async () => (await import('./commands/logout.js')).command },
  up: { summary: 'Create and start the services', load: async () => (await import('./commands/up.js')).command },
  down: { summary: 'Stop and remove the services', load: async () => (await import('./commands/down.js')).command },
  port: { summary: 'Print the host address and port a service\'s port is published on', load: async () => (await import('./commands/port.js')).command },
  ps: { summary: 'List the services and their state', load: async () => (await import('./commands/ps.js')).command },
  inspect: { summary: 'Show a container\'s state, health checks and configuration as JSON', load: async () => (await import('./commands/inspect.js')).command },
  logs: { summary: 'Show service output', load: async () => (await import('./commands/logs.js')).command },
  run: { summary: 'Run a one-off command in a service container', load: async () => (await import('./commands/run.js')).command },
  exec: { summary: 'Run a command in a running service container', load: async () => (await import('./commands/exec.js')).command },
  stop: { summary: 'Stop services', load: async () => (await import('./commands/stop.js')).command },
  start: { summary: 'Start stopped services', load: async () => (await import('./commands/start.js')).command },
  restart: { summary: 'Restart services', load: async () => (await import('./commands/restart.js')).command },
  doctor: { summary: 'Check what this host offers for running containers', load: async () => (await import('./commands/doctor.js')).command },
  version: { summary: 'Print the dabba version', load: async () => (await import('./commands/version.js')).command },
};

/** Options that say which project: before the command name, or after it where the command has no option of that name. */
const PROJECT_OPTIONS: OptionSpec[] = [
  { name: 'file', short: 'f', type: 'string', multiple: true, value: 'FILE', description: 'A project file; repeat to merge files in order (default: COMPOSE_FILE, else dabba.yaml, compose.yaml, … searched upwards, with its override file)' },
  { name: 'project-name', short: 'p', type: 'string', value: 'NAME', description: 'The project name (default: COMPOSE_PROJECT_NAME, else name:, else the folder\'s name)' },
  { name: 'project-directory', type: 'string', value: 'DIR', description: 'The project folder (default: the first file\'s folder)' },
  { name: 'profile', type: 'string', multiple: true, value: 'NAME', description: 'Enable a profile; repeatable (default: COMPOSE_PROFILES)' },
  { name: 'env-file', type: 'string', multiple: true, value: 'FILE', description: 'Read variables from this file instead of .env; repeatable, later wins' },
];

const GLOBAL_OPTIONS: OptionSpec[] = [
  ...PROJECT_OPTIONS,
  { name: 'help', short: 'h', type: 'boolean', description: 'Show help' },
  { name: 'version', short: 'v', type: 'boolean', description: 'Print the version' },
];

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'Usage: dabba [-f FILE]… [-p NAME] [--profile NAME]… [--project-directory DIR] [--env-file FILE]… COMMAND [ARGS]',
    '',
    'Run Docker/OCI images without Docker, unprivileged, from dabba.yaml.',
    '',
    'Options:',
    formatOptionHelp(GLOBAL_OPTIONS),
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`),
    '',
    'Run `dabba COMMAND --help` for a command\'s options.',
  ].join('\n');
}

/**
 * The project options a command takes after its name: a command's own option
 * wins where they clash (`logs -f` follows and `run -p` publishes; `--file`
 * and `--project-name` still work there).
 */
function projectOptionsOf(cmd: Command): OptionSpec[] {
  return PROJECT_OPTIONS.filter((o) => !cmd.options.some((c) => c.name === o.name)).map((o) => {
    if (o.short === undefined || !cmd.options.some((c) => c.short === o.short)) return o;
    const { short: _clash, ...long } = o;
    return long;
  });
}

export function commandHelp(cmd: Command): string {
  const opts = [...cmd.options, { name: 'help', short: 'h', type: 'boolean', description: 'Show help' } as const];
  const project = projectOptionsOf(cmd);
  return [`Usage: dabba ${cmd.name} ${cmd.usage}`.trimEnd(), '', cmd.summary, '', 'Options:', formatOptionHelp(opts), '', 'Project options (here or before the command):', formatOptionHelp(project)].join('\n');
}

/** Runs dabba with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, out: Output = createOutput(env)): Promise<number> {
  try {
    // Global options before the command name; the project options may also follow it (run()).
    const takesValue = new Set(GLOBAL_OPTIONS.filter((o) => o.type === 'string').flatMap((o) => [`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])]));
    let i = 0;
    while (i < argv.length && argv[i]!.startsWith('-')) i += takesValue.has(argv[i]!) ? 2 : 1;
    const global = parseArgs(argv.slice(0, i), GLOBAL_OPTIONS, 'dabba');
    const name = argv[i];
    if (global.options.version) return run(COMMANDS.version!, [], global.options, env, out);
    if (name === undefined || global.options.help || name === 'help') {
      const topic = name === 'help' ? argv[i + 1] : undefined;
      if (topic && COMMANDS[topic]) {
        out.print(commandHelp(await COMMANDS[topic].load()));
        return 0;
      }
      out.print(mainHelp());
      return name === undefined && !global.options.help ? 2 : 0;
    }
    const entry = COMMANDS[name];
    if (!entry) throw new UsageError(`unknown command "${name}"`, { hint: 'see: dabba --help' });
    return await run(entry, argv.slice(i + 1), global.options, env, out);
  } catch (err) {
    return reportError(out, err);
  }
}

async function run(entry: (typeof COMMANDS)[string], rest: readonly string[], global: Record<string, unknown>, env: NodeJS.ProcessEnv, out: Output): Promise<number> {
  const cmd = await entry.load();
  const helpSpec: OptionSpec = { name: 'help', short: 'h', type: 'boolean', description: 'Show help' };
  const project = projectOptionsOf(cmd);
  const parsed = parseArgs(rest, [...cmd.options, ...project, helpSpec], cmd.name, cmd.stopAfterPositionals);
  if (parsed.options.help) {
    out.print(commandHelp(cmd));
    return 0;
  }
  const after = (name: string) => (project.some((o) => o.name === name) ? parsed.options[name] : undefined);
  const list = (name: string) => [...((global[name] as string[] | undefined) ?? []), ...((after(name) as string[] | undefined) ?? [])];
  const single = (name: string) => (after(name) ?? global[name]) as string | undefined;
  const ctx: CommandContext = {
    cwd: process.cwd(),
    env,
    out,
    files: list('file'),
    projectDirectory: single('project-directory'),
    projectName: single('project-name'),
    profiles: list('profile'),
    envFiles: list('env-file'),
  };
  const args = { ...parsed, options: Object.fromEntries(Object.entries(parsed.options).filter(([k]) => !project.some((o) => o.name === k))) };
  return cmd.run(ctx, args);
}
