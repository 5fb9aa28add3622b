/**
 * Driving the real CLI from integration tests: `dabba(cwd, args, env)` runs
 * `node dist/src/cli/bin.js` and resolves with its exit code and output;
 * `until` polls a condition with a deadline.
 */
import { execFile, spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function dabba(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: timeoutMs }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Polls `check` every 100 ms until it holds; fails the test naming `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/**
 * The first of `tools` not on PATH, and the suite's skip reason: a skip only
 * where the host lacks it and DABBA_MUST_WORK is not set (CI sets it, so a
 * missing tool fails there instead of hiding a break).
 */
export function requiredTools(tools: readonly string[]): { missing: string | undefined; skip: string | false } {
  const missing = tools.find((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
  return { missing, skip: missing !== undefined && process.env.DABBA_MUST_WORK !== '1' ? `${missing} is not installed` : false };
}
