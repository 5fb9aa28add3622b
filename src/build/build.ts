/**
 * `buildServiceImage`: one service's image built by buildah and put into
 * dabba's store. The bases come from the store (bases.ts); the result is
 * written by buildah as an OCI layout and imported as a pulled image is,
 * verified, keeping its digest. The service's image name (and build.tags)
 * point at it only once everything succeeded: a failed build leaves the
 * previous image in place.
 */
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { BuildSpec, Service } from '../config/model.js';
import { defaultPlatform, ensureImage, storeNameOf, type PullEvent, type ResolvedImage } from '../image/index.js';
import { parseManifest } from '../oci/manifest.js';
import { formatPlatform, parsePlatform } from '../oci/platform.js';
import type { Digest } from '../oci/types.js';
import type { Store } from '../store/index.js';
import { budArgs, buildahPaths, pushLayoutArgs } from './argv.js';
import { loadBases, resolveBases } from './bases.js';
import { contextFingerprint, inputsDigest, lastBuildFile, readLastBuild, writeLastBuild } from './inputs.js';
import { buildahOk, prepareBuildah, requireBuildah, runBuildah } from './buildah.js';
import { openBuildah, type BuildahSession } from './root-userns.js';
import { baseImages, findStep, parseInstructions, type Instruction } from './dockerfile.js';
import { BuildError } from './errors.js';
import { importBuiltLayout, readImageId } from './output.js';

/** The folder of buildah's outputs the built image is written to, as an OCI layout. */
const LAYOUT = 'image';

export interface BuildRequest {
  store: Store;
  /** The project folder (relative image sources resolve against it). */
  projectDir: string;
  service: Service & { build: BuildSpec };
  env: NodeJS.ProcessEnv;
  /** `--no-cache`, `--pull`: added to the service's own settings. */
  noCache?: boolean | undefined;
  pull?: boolean | undefined;
  /** `--build-arg K=V`: over the service's args. */
  buildArgs?: Readonly<Record<string, string>> | undefined;
  /** buildah's output, line by line (not called when quiet). */
  onLine?: ((line: string) => void) | undefined;
  /** Progress of getting the FROM images into the store. */
  onPull?: ((e: PullEvent) => void) | undefined;
}

/** Builds the service's image; returns it as it is now in the store. The caller names the service in errors. */
export async function buildServiceImage(req: BuildRequest): Promise<ResolvedImage> {
  const { service, store } = req;
  const spec = service.build;
  const exe = requireBuildah(req.env);
  checkPlatforms(spec);
  const paths = buildahPaths(store.root);
  await prepareBuildah(paths);
  const work = await mkdtemp(join(paths.work, 'build-'));
  // Passable by buildah's ids as root (its outputs go to a folder of theirs in it); nothing in it is secret.
  await chmod(work, 0o711);
  // buildah's outputs: a folder of the work folder that buildah's ids may write.
  const out = join(work, 'out');
  let session: BuildahSession | undefined;
  try {
    const { path: dockerfileOnHost, text } = await dockerfileOf(spec, work);
    const instructions = parseInstructions(text);
    const args = { ...spec.args, ...req.buildArgs };
    const noCache = spec.noCache || req.noCache === true;
    const bases = await resolveBases(baseImages(instructions, args), { store, baseDir: req.projectDir, pull: spec.pull || req.pull === true, env: req.env, progress: req.onPull });
    const names = [service.image, ...spec.tags];
    const storeNames = names.map((n) => storeNameOf(n, req.projectDir));
    const inputs = inputsDigest({
      dockerfile: text, spec, args, names: storeNames,
      bases: Object.fromEntries(bases.map((b) => [b.storeName, b.manifestDigest])),
      context: await contextFingerprint(spec.context),
    });
    const record = lastBuildFile(paths.root, storeNames[0]!);
    const last = noCache ? undefined : await readLastBuild(record, inputs);
    if (last !== undefined && (await namesPointAt(store, storeNames, last))) {
      req.onLine?.(`nothing changed since the last build of ${last}: buildah not run (--no-cache builds again)`);
      return await ensureImage(service.image, { store, baseDir: req.projectDir, policy: 'never', env: req.env });
    }
    session = await openBuildah(exe, paths, spec.context, dockerfileOnHost, req.env);
    const { buildah } = session;
    await loadBases(buildah, paths, store, bases);
    await mkdir(out, { mode: 0o700 });
    if (session.owner !== undefined) await chown(out, session.owner.uid, session.owner.gid);
    const iidFile = join(out, 'iid');
    const tag = storeNames[0]!;
    const argv = budArgs(buildah.paths, { ...spec, context: session.context }, { dockerfile: session.dockerfile, tag: tag.includes('@') ? `localhost/dabba-build/${service.name}` : tag, args, noCache, iidFile: session.inside(iidFile) });
    const steps = stepTracker(instructions, req.onLine);
    const run = await runBuildah(buildah, argv, steps.onLine);
    if (run.exitCode !== 0) throw steps.failure(run.exitCode, run.tail, spec.dockerfileInline !== undefined ? 'dockerfile_inline' : relativeToProject(dockerfileOnHost, req.projectDir));
    const id = await readImageId(out);
    const unchanged = await storedWithConfig(store, storeNames, id);
    const image = unchanged
      ? await ensureImage(service.image, { store, baseDir: req.projectDir, policy: 'never', env: req.env })
      : await exportToStore(session, store, id, names, req.projectDir, out);
    await writeLastBuild(record, inputs, image.manifestDigest);
    return image;
  } finally {
    try {
      await session?.removeOutputs(out);
    } finally {
      session?.close();
    }
    // Only dabba's own files are left in it.
    await rm(work, { recursive: true, force: true });
  }
}

/** Only the host's platform can be built: buildah would need emulation for another. */
function checkPlatforms(spec: BuildSpec): void {
  const host = formatPlatform(defaultPlatform());
  for (const p of spec.platforms) {
    let want: string;
    try {
      want = formatPlatform(parsePlatform(p));
    } catch {
      throw new BuildError(`build.platforms: "${p}" is not a platform (expected OS/ARCH[/VARIANT])`);
    }
    if (want !== host && !host.startsWith(`${want}/`)) throw new BuildError(`build.platforms: ${p} cannot be built on this ${host} host (dabba builds for the host's platform only, without emulation)`, { hint: `remove ${p} from build.platforms` });
  }
}

/** The Dockerfile's path and text: dockerfile_inline written to `work`, else build.dockerfile, else Dockerfile (or Containerfile) in the context. */
async function dockerfileOf(spec: BuildSpec, work: string): Promise<{ path: string; text: string }> {
  if (spec.dockerfileInline !== undefined) {
    const path = join(work, 'Dockerfile');
    await writeFile(path, spec.dockerfileInline);
    return { path, text: spec.dockerfileInline };
  }
  const candidates = spec.dockerfile !== undefined ? [spec.dockerfile] : [join(spec.context, 'Dockerfile'), join(spec.context, 'Containerfile')];
  for (const path of candidates) {
    try {
      return { path, text: await readFile(path, 'utf8') };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new BuildError(`reading ${path}: ${(err as Error).message}`, { cause: err });
    }
  }
  throw new BuildError(spec.dockerfile !== undefined ? `the Dockerfile ${spec.dockerfile} does not exist` : `no Dockerfile (or Containerfile) in ${spec.context}`, { hint: 'set build.dockerfile, or build.dockerfile_inline' });
}

/** Follows buildah's `STEP n/m: …` lines to tell which Dockerfile line a failure is at. */
function stepTracker(instructions: readonly Instruction[], onLine: ((line: string) => void) | undefined) {
  let current: { text: string; index: number } | undefined;
  let next = 0;
  return {
    onLine(line: string) {
      const m = /^STEP \d+(?:\/\d+)?: (.*)$/.exec(line);
      if (m) {
        const index = findStep(instructions, m[1]!, next);
        current = { text: m[1]!, index };
        if (index >= 0) next = index + 1;
      }
      onLine?.(line);
    },
    failure(exitCode: number, tail: readonly string[], file: string): BuildError {
      const status = [...tail].reverse().map((l) => /exit status (\d+)/.exec(l)?.[1]).find((s) => s !== undefined);
      const code = status !== undefined ? Number(status) : exitCode;
      const last = tail.filter((l) => l.trim() !== '').slice(-1)[0] ?? '';
      if (current === undefined) return new BuildError(`buildah failed (exit code ${exitCode}): ${last}`, { hint: 'the previous image, if any, is kept' });
      const found = current.index >= 0 ? instructions[current.index] : undefined;
      const where = found !== undefined ? `${file}:${found.line}` : file;
      return new BuildError(`${where}: step "${found?.text ?? current.text}" failed with exit code ${code}`, { hint: `the previous image, if any, is kept; buildah said: ${last}` });
    },
  };
}

/** `app/Dockerfile` for a file in the project, else the absolute path. */
function relativeToProject(path: string, projectDir: string): string {
  const rel = relative(projectDir, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Whether every name still points at manifest `digest`, and the store has it. */
async function namesPointAt(store: Store, storeNames: readonly string[], digest: Digest): Promise<boolean> {
  for (const name of storeNames) if ((await store.resolveRef(name))?.digest !== digest) return false;
  return store.hasBlob(digest);
}

/** Whether every name already points at an image with config `id` (a rebuild that changed nothing). */
async function storedWithConfig(store: Store, storeNames: readonly string[], id: string): Promise<boolean> {
  const config = id.startsWith('sha256:') ? id : `sha256:${id}`;
  for (const name of storeNames) {
    const desc = await store.resolveRef(name);
    if (desc === undefined || !(await store.hasBlob(desc.digest))) return false;
    const parsed = parseManifest(await store.readBlob(desc.digest), desc.mediaType);
    if (parsed.kind !== 'manifest' || parsed.manifest.config.digest !== config) return false;
  }
  return true;
}

/** buildah writes the image as an OCI layout in `out` (a host folder buildah may write), imported from there. */
async function exportToStore(session: BuildahSession, store: Store, id: string, names: readonly string[], projectDir: string, out: string): Promise<ResolvedImage> {
  const { buildah } = session;
  await buildahOk(buildah, pushLayoutArgs(buildah.paths, id, session.inside(join(out, LAYOUT))), 'writing the built image');
  return importBuiltLayout(store, out, LAYOUT, names, projectDir);
}
