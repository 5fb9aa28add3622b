import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffMs, describeHttpFailure, isCertificateError, isNotTlsError, isRetryableStatus, isTransientNetworkError, parseChallenge, parseRetryAfter, redactUrl } from '../../../src/registry/http-rules.js';
import { credentialFromEntry, normalizeAuthKey } from '../../../src/registry/credentials.js';

test('WWW-Authenticate: Bearer with realm, service, scope and error; Basic; unknown schemes', () => {
  assert.deepEqual(parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull"'), {
    scheme: 'bearer',
    realm: 'https://auth.docker.io/token',
    service: 'registry.docker.io',
    scope: 'repository:library/busybox:pull',
  });
  assert.deepEqual(parseChallenge('bearer realm="http://h/t", error="insufficient_scope"'), { scheme: 'bearer', realm: 'http://h/t', error: 'insufficient_scope' });
  assert.deepEqual(parseChallenge('Basic realm="Registry Realm"'), { scheme: 'basic', realm: 'Registry Realm' });
  assert.equal(parseChallenge('Negotiate'), undefined);
  assert.equal(parseChallenge('Bearer service="x"'), undefined);
  assert.equal(parseChallenge(undefined), undefined);
});

test('Retry-After in seconds or as a date', () => {
  assert.equal(parseRetryAfter('3'), 3000);
  assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4_000), 6000);
  assert.equal(parseRetryAfter('soon'), undefined);
});

test('which failures are retried', () => {
  for (const s of [429, 500, 502, 503, 504]) assert.equal(isRetryableStatus(s), true, String(s));
  for (const s of [400, 401, 403, 404, 501]) assert.equal(isRetryableStatus(s), false, String(s));
  assert.equal(isTransientNetworkError({ code: 'ECONNRESET' }), true);
  assert.equal(isTransientNetworkError({ code: 'UND_ERR_BODY_TIMEOUT' }), true);
  assert.equal(isTransientNetworkError({ code: 'ECONNREFUSED' }), false);
  const b = backoffMs(3, 100, () => 0.5);
  assert.equal(b, 800);
});

test('certificate errors are never taken for "no TLS here"', () => {
  for (const code of ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID']) {
    assert.equal(isCertificateError({ code }), true, code);
    assert.equal(isNotTlsError({ code }), false, code);
  }
  assert.equal(isNotTlsError({ code: 'ERR_SSL_WRONG_VERSION_NUMBER' }), true);
  assert.equal(isNotTlsError({ code: 'EPROTO', message: 'wrong version number' }), true);
  assert.equal(isNotTlsError({ code: 'ECONNREFUSED' }), false);
});

test('error bodies: the registry code and message, else the status text', () => {
  assert.deepEqual(describeHttpFailure(401, '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}'), { text: '401 UNAUTHORIZED: authentication required', registryCode: 'UNAUTHORIZED' });
  assert.deepEqual(describeHttpFailure(502, '<html>bad gateway</html>'), { text: '502 Bad Gateway' });
  assert.deepEqual(describeHttpFailure(500, 'boom'), { text: '500 Internal Server Error: boom' });
});

test('URLs in messages carry no credentials and no query', () => {
  assert.equal(redactUrl('https://user:pw@h/v2/x?X-Amz-Signature=abc'), 'https://h/v2/x?…');
  assert.equal(redactUrl('http://127.0.0.1:5000/v2/'), 'http://127.0.0.1:5000/v2/');
});

test('auth file keys and entries', () => {
  assert.equal(normalizeAuthKey('https://index.docker.io/v1/'), 'docker.io');
  assert.equal(normalizeAuthKey('registry-1.docker.io'), 'docker.io');
  assert.equal(normalizeAuthKey('http://127.0.0.1:5000/v2/'), '127.0.0.1:5000');
  assert.deepEqual(credentialFromEntry({ auth: Buffer.from('u:p:with:colons').toString('base64') }), { username: 'u', password: 'p:with:colons' });
  assert.deepEqual(credentialFromEntry({ username: 'a', password: 'b' }), { username: 'a', password: 'b' });
  assert.equal(credentialFromEntry({}), undefined);
});
