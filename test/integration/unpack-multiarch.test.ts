/**
 * The multi-arch fixture, unpacked by dabba for each platform, equals
 * `umoci raw unpack --rootless` of that platform's manifest, file by file;
 * each platform's marker shows that the right manifest's layers were used.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { materializeRootfs, removeTree } from '../../src/unpack/index.js';
import { buildMultiArchIndex, writeOciLayout, type BuiltImage } from '../helpers/image-builder.js';
import { assertSameTree, describeTree, makeSandbox, requireTool } from '../unit/unpack/fixture.js';

function openerFor(image: BuiltImage): (layer: { digest: string }) => Promise<Readable> {
  return async (layer) => {
    const blob = image.blobs.find((b) => b.descriptor.digest === layer.digest);
    if (!blob) throw new Error(`no blob ${layer.digest}`);
    return Readable.from([blob.bytes]);
  };
}

test('each platform of the multi-arch fixture unpacks exactly as umoci unpacks its manifest', async (t) => {
  if (!requireTool(t, 'umoci')) return;
  const sb = await makeSandbox();
  try {
    const index = buildMultiArchIndex();
    const platforms = index.images.filter((img) => img.config.architecture !== 'unknown');
    assert.equal(platforms.length, 3);
    const layout = join(sb.dir, 'layout');
    const markers = new Set<string>();
    for (const [i, image] of platforms.entries()) {
      // one tag per platform manifest: umoci unpacks a manifest, not an index
      const tag = `platform-${i}`;
      await writeOciLayout(layout, image, tag);
      const umociRootfs = join(sb.dir, `umoci-${tag}`);
      execFileSync('umoci', ['raw', 'unpack', '--rootless', '--image', `${layout}:${tag}`, umociRootfs], { stdio: 'pipe' });

      const containerDir = join(sb.dir, 'project', '.dabba', tag);
      await materializeRootfs({
        containerDir,
        image: { name: `multi:${tag}`, manifestDigest: image.digest, config: image.config, layers: image.manifest.layers },
        openLayer: openerFor(image),
      });
      const rootfs = join(containerDir, 'rootfs');
      const ours = describeTree(rootfs);
      assertSameTree(ours, describeTree(umociRootfs));
      // not vacuous: busybox, an applet link, this platform's marker, layer 3's whiteout
      assert.equal(ours.get('bin/busybox')?.type, 'file');
      assert.deepEqual(ours.get('bin/sh'), { type: 'symlink', target: '/bin/busybox' });
      assert.equal(ours.get('etc/removed-later'), undefined);
      const marker = readFileSync(join(rootfs, 'etc/dabba-marker'), 'utf8');
      assert.equal(marker, `${image.marker}\n`);
      markers.add(marker);
    }
    assert.equal(markers.size, platforms.length, 'every platform has its own marker');
  } finally {
    await removeTree(sb.dir);
  }
});
