/**
 * FROM through dabba's store: each base image is got as any image is
 * (ensureImage: the store first, else its registry with dabba's credentials),
 * then loaded into dabba's buildah storage under the name the Dockerfile
 * uses, straight from the store's blobs. buildah itself never pulls, so a
 * build whose bases dabba has works offline.
 */
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withContext } from '../errors/index.js';
import { ensureImage, type PullEvent, type ResolvedImage } from '../image/index.js';
import { MediaType } from '../oci/types.js';
import type { Store } from '../store/index.js';
import { imagesArgs, pullLayoutArgs, tagArgs, type BuildahPaths } from './argv.js';
import { buildahOk, type Buildah } from './buildah.js';

export interface BaseOptions {
  store: Store;
  baseDir: string;
  /** Re-resolve the bases' tags (build.pull, --pull). */
  pull: boolean;
  env: NodeJS.ProcessEnv;
  progress?: ((e: PullEvent) => void) | undefined;
}

interface BuildahImage {
  names?: string[] | null;
  digest?: string;
}

/** The images of `bases` (as written in FROM) in dabba's store, got as any image is. */
export async function resolveBases(bases: readonly string[], o: BaseOptions): Promise<ResolvedImage[]> {
  return Promise.all(bases.map(async (b) => {
    try {
      return await ensureImage(b, { store: o.store, baseDir: o.baseDir, policy: o.pull ? 'always' : 'missing', env: o.env, progress: o.progress });
    } catch (err) {
      throw err instanceof Error ? withContext(`FROM ${b}`, err) : err;
    }
  }));
}

/** Makes every image of `resolved` present in buildah's storage under its name, as the store has it. */
export async function loadBases(buildah: Buildah, hostPaths: BuildahPaths, store: Store, resolved: readonly ResolvedImage[]): Promise<void> {
  if (resolved.length === 0) return;
  const loaded = (JSON.parse((await buildahOk(buildah, imagesArgs(buildah.paths), 'listing buildah images')) || '[]') ?? []) as BuildahImage[];
  for (const image of resolved) {
    if (loaded.some((l) => l.digest === image.manifestDigest && (l.names ?? []).includes(image.storeName))) continue;
    await loadIntoBuildah(buildah, hostPaths, store, image);
  }
}

/**
 * A one-image OCI layout whose blobs are the store's, pulled into buildah's
 * storage and tagged. Unprivileged they are a symlink (nothing is copied);
 * inside host root's build namespace (`buildah.enter`), buildah's ids may not
 * read the store, so the image's own blobs are copied, readable by all, into
 * a folder only host root writes (0711, as buildah's own folder is then).
 */
async function loadIntoBuildah(buildah: Buildah, paths: BuildahPaths, store: Store, image: ResolvedImage): Promise<void> {
  // buildah names the pulled image after the folder, given relative to paths.bases (any folder above it may have capitals).
  const name = `dabba-base-${randomBytes(8).toString('hex')}`;
  const dir = join(paths.bases, name);
  await mkdir(dir, { mode: buildah.enter === undefined ? 0o700 : 0o755 });
  try {
    const size = (await store.readBlob(image.manifestDigest)).length;
    await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    if (buildah.enter === undefined) await symlink(join(store.root, 'blobs'), join(dir, 'blobs'));
    else await copyBlobs(store, image, join(dir, 'blobs'));
    const desc = { mediaType: image.manifest.mediaType ?? MediaType.OciManifest, digest: image.manifestDigest, size };
    await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [desc] }));
    const out = await buildahOk(buildah, pullLayoutArgs(buildah.paths, name), `loading ${image.name} into buildah`, buildah.paths.bases);
    const id = out.trim().split('\n').pop()!;
    // A digest reference is found by its digest; only a tag can be given as a name.
    if (!image.storeName.includes('@')) await buildahOk(buildah, tagArgs(buildah.paths, id, image.storeName), `naming ${image.name} in buildah`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The manifest, config and layers of `image`, copied from the store into `blobs` (mode 0644). */
async function copyBlobs(store: Store, image: ResolvedImage, blobs: string): Promise<void> {
  await mkdir(join(blobs, 'sha256'), { recursive: true, mode: 0o755 });
  const digests = [image.manifestDigest, image.manifest.config.digest, ...image.manifest.layers.map((l) => l.digest)];
  for (const d of new Set(digests)) {
    const to = join(blobs, 'sha256', d.slice('sha256:'.length));
    await copyFile(store.blobPath(d), to);
    await chmod(to, 0o644);
  }
}
