import type { Command } from '../command.js';
import { UsageError } from '../../errors/index.js';
import { defaultPlatform, listImages } from '../../image/index.js';
import { parsePlatform } from '../../oci/platform.js';
import { defaultStorePath, Store } from '../../store/index.js';
import { formatBytes } from '../output.js';

export const command: Command = {
  name: 'images',
  summary: 'List images in the local store',
  usage: '[OPTIONS]',
  options: [
    { name: 'format', type: 'string', value: 'FORMAT', description: 'table (default) or json (one object per line)' },
    { name: 'platform', type: 'string', value: 'OS/ARCH[/VARIANT]', description: "Describe multi-platform images for this platform (default: this host's)" },
  ],
  async run(ctx, args) {
    const format = (args.options.format as string | undefined) ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`dabba images: --format must be table or json, not "${format}"`);
    const store = await Store.open(defaultStorePath(ctx.env));
    const platform = args.options.platform ? parsePlatform(args.options.platform as string) : defaultPlatform();
    const images = await listImages(store, platform);
    if (format === 'json') {
      for (const i of images) {
        ctx.out.print(JSON.stringify({ Name: i.name, Digest: i.digest, ManifestDigest: i.manifestDigest ?? null, Platform: i.platform ?? null, Size: i.size ?? null, Created: i.created ?? null }));
      }
      return 0;
    }
    const rows = [['NAME', 'DIGEST', 'PLATFORM', 'SIZE', 'CREATED'], ...images.map((i) => [i.name, i.digest.slice(7, 19), i.platform ?? '-', i.size === undefined ? '-' : formatBytes(i.size), i.created ?? '-'])];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const r of rows) ctx.out.print(r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  '));
    return 0;
  },
};
