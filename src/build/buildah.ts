/**
 * Running buildah (I/O): found on the user's PATH, run by its path with
 * dabba's helper environment and its own storage (argv.ts), output streamed
 * line by line.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { findOnPath, helperEnv, HELPER_PATH, loadExeca } from '../util/host-helper.js';
import { buildahEnv, POLICY_JSON, REGISTRIES_CONF, type BuildahPaths } from './argv.js';
import { BuildahMissingError, BuildError, BUILDAH_PACKAGE_HINT } from './errors.js';

/** The buildah executable, or BuildahMissingError naming the package. */
export function requireBuildah(env: NodeJS.ProcessEnv): string {
  const path = findBuildah(env);
  if (path === undefined) throw new BuildahMissingError('buildah, which builds images, is not installed (not found on PATH)', { hint: BUILDAH_PACKAGE_HINT });
  return path;
}

export function findBuildah(env: NodeJS.ProcessEnv): string | undefined {
  return findOnPath('buildah', env.PATH ?? HELPER_PATH);
}

/** Creates dabba's buildah folders and config files (idempotent). */
export async function prepareBuildah(paths: BuildahPaths): Promise<void> {
  await mkdir(paths.root, { recursive: true, mode: 0o700 });
  await Promise.all([paths.home, paths.tmp, paths.runroot, paths.work, paths.bases].map((d) => mkdir(d, { recursive: true, mode: 0o700 })));
  await writeFile(paths.policy, POLICY_JSON);
  await writeFile(paths.registries, REGISTRIES_CONF);
}

/**
 * How buildah is started: its executable and its folders as buildah sees
 * them, and, as host root, the command that puts it in dabba's build user
 * namespace first (root-userns.ts).
 */
export interface Buildah {
  exe: string;
  paths: BuildahPaths;
  enter?: readonly string[] | undefined;
}

/**
 * What of buildah's output is held: a RUN step's output passes through it,
 * so a step that prints without end (or without a newline) must not grow
 * dabba's memory. Only short outputs (ids, `images --json`) are parsed.
 */
const MAX_LINE_CHARS = 64 << 10;
const MAX_STDOUT_CHARS = 16 << 20;

export interface BuildahRun {
  exitCode: number;
  /** Its first MAX_STDOUT_CHARS characters; `stdoutCut` says when there were more. */
  stdout: string;
  stdoutCut: boolean;
  /** The last lines of its output (stdout and stderr), for an error message. */
  tail: string[];
}

/** Runs buildah with `argv`; each output line goes to `onLine`. Never rejects for a non-zero exit. */
export async function runBuildah(buildah: Buildah, argv: readonly string[], onLine?: (line: string) => void, cwd?: string): Promise<BuildahRun> {
  const { execa } = await loadExeca();
  const tail: string[] = [];
  const take = (line: string) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
    onLine?.(line);
  };
  const env = buildahEnv(buildah.paths, helperEnv());
  // Inside the namespace the working directory is set there: it is one of buildah's folders as buildah sees them.
  const child = buildah.enter === undefined
    ? execa(buildah.exe, argv, { ...(cwd === undefined ? {} : { cwd }), env, extendEnv: false, stdin: 'ignore', reject: false, buffer: false })
    : execa(buildah.enter[0]!, [...buildah.enter.slice(1), '/bin/sh', '-c', 'cd "$1" && shift && exec "$@"', 'sh', cwd ?? '/', buildah.exe, ...argv], { cwd: '/', env, extendEnv: false, stdin: 'ignore', reject: false, buffer: false });
  let stdout = '';
  let stdoutCut = false;
  const split = (stream: NodeJS.ReadableStream | null, keep: boolean) => {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      if (keep && !stdoutCut) {
        stdoutCut = stdout.length + chunk.length > MAX_STDOUT_CHARS;
        stdout += chunk.slice(0, MAX_STDOUT_CHARS - stdout.length);
      }
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const l of lines) take(l);
      // A line without end is shown in pieces.
      while (rest.length > MAX_LINE_CHARS) {
        take(rest.slice(0, MAX_LINE_CHARS));
        rest = rest.slice(MAX_LINE_CHARS);
      }
    });
    stream?.on('end', () => rest !== '' && take(rest));
  };
  split(child.stdout, true);
  split(child.stderr, false);
  const r = await child;
  if (r.exitCode === undefined) throw new BuildError(`running buildah failed: ${r.message}`, { cause: r });
  return { exitCode: r.exitCode, stdout, stdoutCut, tail };
}

/** Runs a buildah command that must succeed; its output is returned, a failure is a BuildError with its last lines. */
export async function buildahOk(buildah: Buildah, argv: readonly string[], what: string, cwd?: string): Promise<string> {
  const r = await runBuildah(buildah, argv, undefined, cwd);
  if (r.exitCode !== 0) throw new BuildError(`${what}: buildah exited with ${r.exitCode}: ${r.tail.filter((l) => l.trim() !== '').slice(-3).join(' / ')}`);
  if (r.stdoutCut) throw new BuildError(`${what}: buildah printed more than ${MAX_STDOUT_CHARS} characters`);
  return r.stdout;
}
