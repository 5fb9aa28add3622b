/**
 * Reading buildah's outputs: the image id file and the OCI layout it writes.
 *
 * Their folder is written by buildah's ids (as host root: the range a
 * Dockerfile's RUN steps run as), and a process a build leaves behind can
 * still change it while dabba reads. So no path below it is resolved by the
 * kernel: each file is opened by the sandbox's walk rooted at that folder
 * (open-in-container.ts: one component at a time, O_NOFOLLOW, a link resolved
 * inside the folder, never outside it), must be a regular file (a FIFO or
 * device is never opened for reading), and is read up to a bound: the id and
 * index.json small, a manifest or layer no more than its descriptor says. The
 * store verifies every digest. Reading inside the build's namespace instead
 * would hand the bytes over through a process of that range, which a process
 * left behind by the build may trace: the bounds would still be needed here.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, readSync } from 'node:fs';
import { join } from 'node:path';
import { importImageAs, type Fetcher, type ManifestBytes, type ResolvedImage } from '../image/index.js';
import { digestHex } from '../oci/digest.js';
import { MAX_MANIFEST_BYTES, parseManifest } from '../oci/manifest.js';
import type { Descriptor, Digest } from '../oci/types.js';
import { openFileInRoot } from '../sandbox/open-in-container.js';
import { SandboxError } from '../sandbox/errors.js';
import type { Store } from '../store/index.js';
import { BuildError } from './errors.js';

/** buildah writes `sha256:` and 64 hex digits; the rest allows for a newline and no more. */
const MAX_IID_BYTES = 128;
const IMAGE_ID = /^(?:sha256:)?[0-9a-f]{64}$/;
const HINT = 'a process of the build may have changed its output: build again (links in it are resolved inside it, never outside)';

/** The image id buildah wrote to `iid` in the folder `out`. */
export async function readImageId(out: string): Promise<string> {
  const text = readBounded(out, 'iid', MAX_IID_BYTES).toString('utf8').trim();
  // It becomes an argument of buildah's: only an id may.
  if (!IMAGE_ID.test(text)) throw new BuildError(`buildah's output ${join(out, 'iid')}: ${JSON.stringify(text.slice(0, 80))} is not an image id`, { hint: HINT });
  return text;
}

/** Imports the image of the OCI layout `layout` (a folder of `out`) under `names`, verified. */
export async function importBuiltLayout(store: Store, out: string, layout: string, names: readonly string[], projectDir: string): Promise<ResolvedImage> {
  return importImageAs(store, layoutFetcher(out, layout), names, projectDir);
}

/** The only image of the layout `layout` in `out`, every file read as the module comment says. */
function layoutFetcher(out: string, layout: string): Fetcher {
  const blobPath = (d: Digest) => join(layout, 'blobs', 'sha256', digestHex(d));
  const readManifest = (desc: Descriptor): ManifestBytes => {
    if (desc.size > MAX_MANIFEST_BYTES) throw new BuildError(`buildah's output ${join(out, blobPath(desc.digest))}: a manifest of ${desc.size} bytes (more than ${MAX_MANIFEST_BYTES})`, { hint: HINT });
    const bytes = readBounded(out, blobPath(desc.digest), desc.size);
    const digest: Digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (digest !== desc.digest) throw new BuildError(`buildah's output ${join(out, blobPath(desc.digest))}: hashes to ${digest}`, { hint: HINT });
    return { bytes, mediaType: desc.mediaType, digest };
  };
  return {
    async top() {
      const parsed = parseManifest(readBounded(out, join(layout, 'index.json'), MAX_MANIFEST_BYTES));
      if (parsed.kind !== 'index' || parsed.index.manifests.length !== 1) throw new BuildError(`buildah's output ${join(out, layout, 'index.json')}: not an index of one image`, { hint: HINT });
      return readManifest(parsed.index.manifests[0]!);
    },
    manifest: async (desc) => readManifest(desc),
    blob(desc, _signal, offset) {
      const { fd, size } = openOutput(out, blobPath(desc.digest));
      if (size > desc.size) {
        closeSync(fd);
        throw new BuildError(`buildah's output ${join(out, blobPath(desc.digest))}: larger than the ${desc.size} bytes its descriptor says`, { hint: HINT });
      }
      // The store stops reading past desc.size, and closing the stream closes fd.
      return createReadStream('', { fd, start: offset ?? 0, highWaterMark: 1 << 20 });
    },
  };
}

/** The regular file `path` of `out`, open for reading, and its size. */
function openOutput(out: string, path: string): { fd: number; size: number } {
  try {
    return openFileInRoot(out, path, `in buildah's output ${out}`);
  } catch (err) {
    if (err instanceof SandboxError) throw new BuildError(err.message, { hint: HINT, cause: err });
    throw err;
  }
}

/** The content of the regular file `path` of `out`, refused when it has more than `max` bytes. */
function readBounded(out: string, path: string, max: number): Buffer {
  const { fd, size } = openOutput(out, path);
  try {
    const tooBig = () => new BuildError(`buildah's output ${join(out, path)}: larger than ${max} bytes`, { hint: HINT });
    if (size > max) throw tooBig();
    // One byte more than allowed: a file that grew since its size was read is refused too.
    const buf = Buffer.alloc(max + 1);
    let n = 0;
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
    }
    if (n > max) throw tooBig();
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
