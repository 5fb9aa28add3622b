import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BadReferenceError, formatImageSource, formatReference, isLoopbackRegistry, parseImageSource, parseReference, transportFor } from '../../../src/image-ref/index.js';

const D = `sha256:${'a'.repeat(64)}`;

const valid: [string, string][] = [
  ['busybox', 'docker.io/library/busybox:latest'],
  ['busybox:1.36', 'docker.io/library/busybox:1.36'],
  ['library/busybox', 'docker.io/library/busybox:latest'],
  ['user/app', 'docker.io/user/app:latest'],
  ['docker.io/busybox', 'docker.io/library/busybox:latest'],
  ['index.docker.io/library/busybox:1', 'docker.io/library/busybox:1'],
  ['ghcr.io/o/r:tag', 'ghcr.io/o/r:tag'],
  ['host:5000/r', 'host:5000/r:latest'],
  ['localhost/r', 'localhost/r:latest'],
  ['localhost:5000/a/b/c:v1.2-rc_3', 'localhost:5000/a/b/c:v1.2-rc_3'],
  [`r@${D}`, `docker.io/library/r@${D}`],
  [`r:tag@${D}`, `docker.io/library/r:tag@${D}`],
  ['127.0.0.1:5000/app:1', '127.0.0.1:5000/app:1'],
  ['[::1]:5000/app', '[::1]:5000/app:latest'],
  ['x/a.b-c__d-e', 'docker.io/x/a.b-c__d-e:latest'],
];

for (const [input, full] of valid) {
  test(`parses ${input} → ${full}`, () => {
    assert.equal(formatReference(parseReference(input)), full);
  });
}

test('the digest wins over the tag, which is kept for display', () => {
  const ref = parseReference(`app:1@${D}`);
  assert.equal(ref.digest, D);
  assert.equal(ref.tag, '1');
  assert.equal(parseReference(`app@${D}`).tag, undefined);
});

test('a first component without a dot, colon or localhost is a path, not a host', () => {
  const ref = parseReference('myorg/app');
  assert.equal(ref.registry, 'docker.io');
  assert.equal(ref.repository, 'myorg/app');
});

const invalid: [string, RegExp][] = [
  ['', /empty reference/],
  ['Busybox', /must be lowercase/],
  ['docker.io/Library/busybox', /must be lowercase/],
  ['app:', /empty tag/],
  ['app:-x', /invalid tag/],
  [`app:${'x'.repeat(129)}`, /invalid tag/],
  ['app@sha256:abc', /64 hex characters, got 3/],
  ['app@md5:abcd', /unsupported digest algorithm "md5"/],
  [`app@sha256:${'A'.repeat(64)}`, /lowercase hex/],
  ['app@', /a digest is ALGORITHM:HEX/],
  ['a//b', /empty path component/],
  ['a/-b', /invalid repository path component "-b"/],
  ['has space', /white space/],
  ['host:abc/x/y', /invalid port/],
  [`${'a/'.repeat(130)}b`, /longer than 255/],
];

for (const [input, why] of invalid) {
  test(`rejects ${JSON.stringify(input).slice(0, 40)} with the reason`, () => {
    assert.throws(
      () => parseReference(input),
      (e: unknown) => e instanceof BadReferenceError && e.exitCode === 2 && why.test(e.message) && e.message.startsWith(`parsing reference "${input}"`),
    );
  });
}

test('image sources: registry, oci, oci-archive, docker-archive, relative paths', () => {
  assert.deepEqual(parseImageSource('busybox', '/p'), { kind: 'registry', ref: parseReference('busybox') });
  assert.deepEqual(parseImageSource('docker://ghcr.io/a/b:1', '/p'), { kind: 'registry', ref: parseReference('ghcr.io/a/b:1') });
  assert.deepEqual(parseImageSource('oci:img', '/p'), { kind: 'oci', dir: '/p/img' });
  assert.deepEqual(parseImageSource('oci:/abs/img:v1', '/p'), { kind: 'oci', dir: '/abs/img', tag: 'v1' });
  assert.deepEqual(parseImageSource('oci-archive:./a.tar', '/p'), { kind: 'oci-archive', file: '/p/a.tar' });
  assert.deepEqual(parseImageSource('oci-archive:a.tar:latest', '/p'), { kind: 'oci-archive', file: '/p/a.tar', tag: 'latest' });
  assert.deepEqual(parseImageSource('docker-archive:s.tar', '/p'), { kind: 'docker-archive', file: '/p/s.tar' });
  assert.deepEqual(parseImageSource('docker-archive:s.tar:app:1', '/p'), { kind: 'docker-archive', file: '/p/s.tar', ref: parseReference('app:1') });
  assert.equal(formatImageSource(parseImageSource('docker-archive:s.tar:app:1', '/p')), 'docker-archive:/p/s.tar:docker.io/library/app:1');
  assert.throws(() => parseImageSource('oci:', '/p'), /missing path/);
  assert.throws(() => parseImageSource('docker-archive:s.tar:Bad', '/p'), /must be lowercase/);
});

test('plain HTTP only for loopback and listed insecure registries', () => {
  for (const h of ['127.0.0.1:5000', '127.1.2.3', 'localhost:80', '[::1]:5000', 'localhost']) {
    assert.equal(isLoopbackRegistry(h), true, h);
    assert.equal(transportFor(h, undefined), 'https-or-http', h);
  }
  for (const h of ['docker.io', '10.0.0.1:5000', '128.0.0.1', 'localhost.example.com']) assert.equal(transportFor(h, undefined), 'https', h);
  assert.equal(transportFor('reg.lan:5000', 'other, reg.lan:5000'), 'https-or-http');
  assert.equal(transportFor('reg.lan:5000', 'reg.lan'), 'https-or-http');
  assert.equal(transportFor('reg.lan:5000', 'reg.lan:6000'), 'https');
});
