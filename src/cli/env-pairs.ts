/** `-e` values of `run` and `exec`, read as compose reads them. */
import { UsageError } from '../errors/index.js';

/**
 * `K=V` pairs from `-e`; a bare `K` takes dabba's own value from `env` when it
 * has one and is left out otherwise, as compose does (pure). `command` names
 * the command in the error for an empty key.
 */
export function parseEnvPairs(command: string, pairs: readonly string[], env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq === 0) throw new UsageError(`dabba ${command}: -e "${p}": expected KEY=VALUE`);
    if (eq > 0) out[p.slice(0, eq)] = p.slice(eq + 1);
    else if (env[p] !== undefined) out[p] = env[p]!;
  }
  return out;
}
