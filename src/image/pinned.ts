import { formatReference, parseImageSource } from '../image-ref/index.js';
import { listRefs } from '../store/index.js';

/**
 * The images that the store has a pull of, pinned to what their tag pointed at
 * then: `registry/repository@digest` of the index or manifest it recorded (so
 * every platform of an index stays). Reads the store's index only: nothing is
 * created or fetched. Local sources and names the store has no entry for are
 * left out.
 */
export async function pinnedImages(storeRoot: string, images: readonly string[]): Promise<Map<string, string>> {
  const digests = new Map((await listRefs(storeRoot)).map((r) => [r.name, r.descriptor.digest]));
  const out = new Map<string, string>();
  for (const image of images) {
    let source;
    try {
      source = parseImageSource(image, '/');
    } catch {
      continue;
    }
    if (source.kind !== 'registry' || source.ref.digest !== undefined) continue;
    const digest = digests.get(formatReference(source.ref));
    if (digest !== undefined) out.set(image, `${source.ref.registry}/${source.ref.repository}@${digest}`);
  }
  return out;
}
