/** Reading buildah's outputs: the image id file and the OCI layout it writes. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importLayoutAs, type ResolvedImage } from '../image/index.js';
import type { Store } from '../store/index.js';

/** The image id buildah wrote to `iid` in the folder `out`. */
export async function readImageId(out: string): Promise<string> {
  return (await readFile(join(out, 'iid'), 'utf8')).trim();
}

/** Imports the image of the OCI layout `layout` (a folder of `out`) under `names`, verified. */
export async function importBuiltLayout(store: Store, out: string, layout: string, names: readonly string[], projectDir: string): Promise<ResolvedImage> {
  return importLayoutAs(store, join(out, layout), names, projectDir);
}
