import { UsageError } from '../errors/index.js';

/** One option of a command: `--name`/`-s`, a flag or taking a value, possibly repeated. */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'boolean' | 'string';
  multiple?: boolean;
  /** Shown in help. */
  value?: string;
  description: string;
}

export interface ParsedArgs {
  options: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parses argv against `specs`. With `stopAfterPositionals: n`, everything after
 * the n-th positional is taken verbatim (for `run SERVICE CMD…`, where the
 * command's own flags must not be read as dabba's). `--` ends options too.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string, stopAfterPositionals?: number): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const set = (spec: OptionSpec, value: string | boolean) => {
    if (spec.multiple) {
      const list = (options[spec.name] as string[] | undefined) ?? [];
      list.push(String(value));
      options[spec.name] = list;
    } else {
      options[spec.name] = value;
    }
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (stopAfterPositionals !== undefined && positionals.length >= stopAfterPositionals) {
      positionals.push(...argv.slice(i));
      break;
    }
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const spec = byLong.get(name);
      if (!spec) throw new UsageError(`dabba ${command}: unknown option --${name}`, { hint: `see: dabba ${command} --help` });
      if (spec.type === 'boolean') {
        if (eq >= 0) throw new UsageError(`dabba ${command}: option --${name} takes no value`);
        set(spec, true);
      } else {
        const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`dabba ${command}: option --${name} needs a value`);
        set(spec, value);
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      // Short options may be grouped (-dT); a value-taking one takes the rest or the next arg.
      for (let j = 1; j < arg.length; j++) {
        const spec = byShort.get(arg[j]!);
        if (!spec) throw new UsageError(`dabba ${command}: unknown option -${arg[j]}`, { hint: `see: dabba ${command} --help` });
        if (spec.type === 'boolean') {
          set(spec, true);
          continue;
        }
        const rest = arg.slice(j + 1);
        const value = rest !== '' ? rest : argv[++i];
        if (value === undefined) throw new UsageError(`dabba ${command}: option -${spec.short} needs a value`);
        set(spec, value);
        break;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { options, positionals };
}

export function formatOptionHelp(specs: readonly OptionSpec[]): string {
  const rows = specs.map((s) => {
    const flag = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.type === 'string' ? ` ${s.value ?? 'VALUE'}` : ''}`;
    return [flag, s.description] as const;
  });
  const width = Math.max(0, ...rows.map(([f]) => f.length));
  return rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`).join('\n');
}
