import { parseImageConfig, parseManifest } from '../oci/manifest.js';
import { formatPlatform, selectPlatform } from '../oci/platform.js';
import type { Digest, Platform } from '../oci/types.js';
import type { Store } from '../store/index.js';

export interface ImageSummary {
  /** The name recorded in the store: a full reference or a canonical local source. */
  name: string;
  /** What the name points at (an index or a manifest). */
  digest: Digest;
  /** The manifest for the platform, when it is stored. */
  manifestDigest?: Digest;
  platform?: string;
  /** Compressed size of config and layers. */
  size?: number;
  created?: string;
}

/** Every named image in the store, described for `platform` (the one `dabba images` shows). Never fetches. */
export async function listImages(store: Store, platform: Platform): Promise<ImageSummary[]> {
  const out: ImageSummary[] = [];
  for (const { name, descriptor } of await store.listRefs()) {
    const s: ImageSummary = { name, digest: descriptor.digest };
    try {
      let parsed = parseManifest(await store.readBlob(descriptor.digest), descriptor.mediaType);
      let manifestDigest = descriptor.digest;
      if (parsed.kind === 'index') {
        const child = selectPlatform(parsed.index, platform);
        manifestDigest = child.digest;
        parsed = parseManifest(await store.readBlob(child.digest), child.mediaType);
      }
      if (parsed.kind === 'manifest') {
        s.manifestDigest = manifestDigest;
        s.size = parsed.manifest.config.size + parsed.manifest.layers.reduce((n, l) => n + l.size, 0);
        const config = parseImageConfig(await store.readBlob(parsed.manifest.config.digest));
        s.platform = formatPlatform({ os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) });
        if (config.created) s.created = config.created;
      }
    } catch {
      // a partially pulled image (another platform, an interrupted pull): listed with what is known
    }
    out.push(s);
  }
  return out;
}
