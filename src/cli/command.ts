import type { OptionSpec, ParsedArgs } from './args.js';
import type { Output } from './output.js';

/** What every command gets: where it runs, how to print, and the global options. */
export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  out: Output;
  /** `-f FILE`s, in order (none: COMPOSE_FILE, else the usual names). */
  files: readonly string[];
  projectDirectory: string | undefined;
  /** `-p NAME`. */
  projectName: string | undefined;
  /** `--profile`s (none: COMPOSE_PROFILES). */
  profiles: readonly string[];
  /** `--env-file`s (none: `.env` in the project folder). */
  envFiles: readonly string[];
}

export interface Command {
  name: string;
  summary: string;
  /** After `dabba NAME`, e.g. `[OPTIONS] SERVICE [COMMAND…]`. */
  usage: string;
  options: OptionSpec[];
  /** Stop reading options after this many positionals (run/exec). */
  stopAfterPositionals?: number;
  /** Returns the process exit code. */
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}
