/** `dabba doctor`: checks what this host offers for running containers, each with its fix. Exit 1 if one fails. */
import type { Command } from '../command.js';
import { paint } from '../output.js';

const COLOURS = { ok: 32, warn: 33, fail: 31 } as const;

export const command: Command = {
  name: 'doctor',
  summary: 'Check what this host offers for running containers',
  usage: '',
  options: [],
  async run(ctx) {
    const { evaluateHost, probeHost } = await import('../../sandbox/doctor.js');
    const { evaluateBuildah, probeBuildah } = await import('../../build/index.js');
    const checks = [...evaluateHost(probeHost(ctx.env)), evaluateBuildah(await probeBuildah(ctx.env))];
    const width = Math.max(...checks.map((c) => c.name.length));
    for (const c of checks) {
      ctx.out.print(`${paint(ctx.out.color, COLOURS[c.status], c.status.padEnd(4))}  ${c.name.padEnd(width)}  ${c.detail}`);
      if (c.status !== 'ok' && c.fix) ctx.out.print(`${' '.repeat(width + 8)}fix: ${c.fix}`);
    }
    return checks.some((c) => c.status === 'fail') ? 1 : 0;
  },
};
