import { readFileSync } from 'node:fs';
import type { Command } from '../command.js';

export const command: Command = {
  name: 'version',
  summary: 'Print the dabba version',
  usage: '',
  options: [],
  run: async (ctx) => {
    const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
    ctx.out.print(`dabba ${pkg.version} (node ${process.versions.node})`);
    return 0;
  },
};
