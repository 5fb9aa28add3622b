import type { Command } from '../command.js';
import { NotImplementedError } from '../../errors/index.js';

/** A command listed in help whose issue has not landed: says so plainly, exit 2. */
export function notImplemented(name: string, summary: string, usage: string): Command {
  return {
    name,
    summary,
    usage,
    options: [],
    stopAfterPositionals: 0,
    run: async () => {
      throw new NotImplementedError(name);
    },
  };
}
