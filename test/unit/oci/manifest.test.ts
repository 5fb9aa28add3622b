import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImageFormatError, layerCompression, parseImageConfig, parseManifest, PlatformNotFoundError } from '../../../src/oci/manifest.js';
import { hostPlatform, normalizePlatform, parsePlatform, selectPlatform } from '../../../src/oci/platform.js';
import { MediaType, type Descriptor, type ImageIndex } from '../../../src/oci/types.js';

const d = (c: string) => `sha256:${c.repeat(64)}` as const;

test('parses an OCI manifest and a Docker schema 2 manifest', () => {
  const oci = parseManifest(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest, config: { mediaType: MediaType.OciConfig, digest: d('a'), size: 2 }, layers: [{ mediaType: MediaType.OciLayerGzip, digest: d('b'), size: 10 }] }));
  assert.equal(oci.kind, 'manifest');
  assert.equal(oci.kind === 'manifest' && oci.manifest.layers[0]!.size, 10);
  // no mediaType field in the document: the Content-Type decides
  const docker = parseManifest(JSON.stringify({ schemaVersion: 2, config: { mediaType: MediaType.DockerConfig, digest: d('a'), size: 2 }, layers: [] }), `${MediaType.DockerManifest}; charset=utf-8`);
  assert.equal(docker.mediaType, MediaType.DockerManifest);
});

test('parses an index by its manifests list', () => {
  const p = parseManifest(JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: MediaType.OciManifest, digest: d('c'), size: 5, platform: { os: 'linux', architecture: 'amd64' } }] }));
  assert.equal(p.kind, 'index');
  assert.equal(p.mediaType, MediaType.OciIndex);
});

test('schema 1 is refused with a re-push hint', () => {
  for (const [doc, ct] of [[{ schemaVersion: 1, name: 'x', fsLayers: [] }, undefined], [{ schemaVersion: 2 }, MediaType.DockerSchema1Signed]] as const) {
    assert.throws(() => parseManifest(JSON.stringify(doc), ct), (e: unknown) => e instanceof ImageFormatError && /schema 1/.test(e.message) && /re-push/.test(e.hint ?? ''));
  }
});

test('malformed documents name the field', () => {
  assert.throws(() => parseManifest('{'), /invalid JSON/);
  assert.throws(() => parseManifest('[]'), /expected a JSON object/);
  assert.throws(() => parseManifest(JSON.stringify({ schemaVersion: 2, config: { mediaType: 'x', digest: 'sha256:12', size: 1 }, layers: [] })), /config: invalid digest "sha256:12"/);
  assert.throws(() => parseManifest(JSON.stringify({ schemaVersion: 2, config: { mediaType: 'x', digest: d('a'), size: -1 }, layers: [] })), /config: invalid size -1/);
  assert.throws(() => parseManifest(JSON.stringify({ schemaVersion: 2, config: { mediaType: 'x', digest: d('a'), size: 1 }, layers: [{ mediaType: 'x', digest: `sha256:../../etc/passwd`, size: 1 }] })), /layers\[0\]: invalid digest/);
  assert.throws(() => parseManifest(JSON.stringify({ schemaVersion: 3 })), /unsupported schemaVersion 3/);
});

test('image config: os, architecture and diff_ids are required and checked', () => {
  const ok = parseImageConfig(JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [d('a')] }, config: { Cmd: ['sh'] } }));
  assert.deepEqual(ok.config?.Cmd, ['sh']);
  assert.throws(() => parseImageConfig(JSON.stringify({ os: 'linux', rootfs: { diff_ids: [] } })), /missing os or architecture/);
  assert.throws(() => parseImageConfig(JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { diff_ids: ['nope'] } })), /diff_ids\[0\]/);
});

test('layer compression by media type', () => {
  assert.equal(layerCompression(MediaType.OciLayerGzip), 'gzip');
  assert.equal(layerCompression(MediaType.DockerLayerGzip), 'gzip');
  assert.equal(layerCompression(MediaType.OciLayerZstd), 'zstd');
  assert.equal(layerCompression(MediaType.OciLayer), 'none');
  assert.equal(layerCompression('application/vnd.in-toto+json'), undefined);
});

const entry = (digest: string, os: string, architecture: string, variant?: string): Descriptor => ({
  mediaType: MediaType.OciManifest,
  digest: digest as Descriptor['digest'],
  size: 1,
  platform: variant ? { os, architecture, variant } : { os, architecture },
});

test('platform selection: exact os/arch/variant, arm64 v8 implied, attestations never', () => {
  const index: ImageIndex = {
    schemaVersion: 2,
    manifests: [
      { ...entry(d('0'), 'unknown', 'unknown'), annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } },
      entry(d('1'), 'linux', 'amd64'),
      entry(d('2'), 'linux', 'arm64', 'v8'),
      entry(d('3'), 'linux', 'arm', 'v6'),
      entry(d('4'), 'linux', 'arm', 'v7'),
    ],
  };
  assert.equal(selectPlatform(index, { os: 'linux', architecture: 'amd64' }).digest, d('1'));
  assert.equal(selectPlatform(index, parsePlatform('linux/arm64')).digest, d('2'));
  assert.equal(selectPlatform(index, parsePlatform('linux/arm64/v8')).digest, d('2'));
  assert.equal(selectPlatform(index, parsePlatform('linux/arm/v7')).digest, d('4'));
  assert.equal(selectPlatform(index, parsePlatform('linux/arm/v6')).digest, d('3'));
  // an armv8 32-bit host runs v7 best
  assert.equal(selectPlatform(index, parsePlatform('linux/arm/v8')).digest, d('4'));
  assert.throws(() => selectPlatform(index, parsePlatform('linux/s390x')), (e: unknown) => e instanceof PlatformNotFoundError && /offers: linux\/amd64, linux\/arm64\/v8, linux\/arm\/v6, linux\/arm\/v7/.test(e.message));
  const onlyAttestation: ImageIndex = { schemaVersion: 2, manifests: [entry(d('0'), 'unknown', 'unknown')] };
  assert.throws(() => selectPlatform(onlyAttestation, { os: 'unknown', architecture: 'unknown' }), PlatformNotFoundError);
});

test('platform strings and host platforms', () => {
  assert.deepEqual(parsePlatform('linux/amd64'), { os: 'linux', architecture: 'amd64' });
  assert.deepEqual(parsePlatform('linux/aarch64'), { os: 'linux', architecture: 'arm64', variant: 'v8' });
  assert.throws(() => parsePlatform('linux'), /expected OS\/ARCH/);
  assert.throws(() => parsePlatform('linux//v7'), /expected OS\/ARCH/);
  assert.deepEqual(hostPlatform('linux', 'x64'), { os: 'linux', architecture: 'amd64' });
  assert.deepEqual(hostPlatform('linux', 'arm', '7'), { os: 'linux', architecture: 'arm', variant: 'v7' });
  assert.deepEqual(normalizePlatform({ os: 'Linux', architecture: 'x86_64' }), { os: 'linux', architecture: 'amd64' });
});
