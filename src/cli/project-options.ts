import type { CommandContext } from './command.js';
import { formatDiagnostic, type LoadOptions } from '../config/index.js';

/** What loadProject is given from the command line's project options (-f, -p, --profile, …); warnings go to stderr. */
export function loadOptions(ctx: CommandContext): LoadOptions {
  return {
    cwd: ctx.cwd,
    env: ctx.env,
    files: ctx.files,
    projectDirectory: ctx.projectDirectory,
    projectName: ctx.projectName,
    profiles: ctx.profiles,
    envFiles: ctx.envFiles,
    onWarning: (w) => ctx.out.warn(formatDiagnostic(w)),
  };
}
