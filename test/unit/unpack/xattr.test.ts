/** Reading `user.*` xattrs out of PAX header text and writing setfattr's restore script. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeXattrOutcome, formatXattrRestore, isApplicableUserXattr, parsePaxXattrs, summarizeSetfattrErrors } from '../../../src/unpack/xattr.js';

/** One PAX record, its length prefix computed as tar writers do. */
function record(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}

const asText = (m: Map<string, Buffer>): Record<string, string> => Object.fromEntries([...m].map(([k, v]) => [k, v.toString('utf8')]));

test('user.* xattrs are read from SCHILY.xattr records; security, trusted and system ones are dropped', () => {
  const text =
    record('path', 'some/long/name') +
    record('SCHILY.xattr.user.foo', 'bar') +
    record('SCHILY.xattr.security.capability', 'cap') +
    record('SCHILY.xattr.trusted.overlay.opaque', 'y') +
    record('SCHILY.xattr.system.posix_acl_access', 'acl') +
    record('SCHILY.xattr.user.mime_type', 'text/plain; charset=utf-8') +
    record('mtime', '1700000000.5');
  assert.deepEqual(asText(parsePaxXattrs(text)), { 'user.foo': 'bar', 'user.mime_type': 'text/plain; charset=utf-8' });
});

test('values keep newlines, "=" and multi-byte characters, and may be empty', () => {
  const text = record('SCHILY.xattr.user.a', 'line1\nline2=x') + record('SCHILY.xattr.user.b', 'größe ✓') + record('SCHILY.xattr.user.c', '');
  assert.deepEqual(asText(parsePaxXattrs(text)), { 'user.a': 'line1\nline2=x', 'user.b': 'größe ✓', 'user.c': '' });
});

test('parsing stops at a malformed record and keeps what came before it', () => {
  const good = record('SCHILY.xattr.user.ok', '1');
  assert.deepEqual(asText(parsePaxXattrs(good + '99 SCHILY.xattr.user.bad=2\n' + record('SCHILY.xattr.user.after', '3'))), { 'user.ok': '1' });
  assert.deepEqual(asText(parsePaxXattrs(good + '5 SCHILY.xattr.user.short=2\n')), { 'user.ok': '1' });
  assert.deepEqual(asText(parsePaxXattrs(good + 'x SCHILY.xattr.user.nolen=2\n')), { 'user.ok': '1' });
});

test('a GNU long name (not PAX) yields no xattrs', () => {
  assert.equal(parsePaxXattrs('usr/share/' + 'x'.repeat(120) + '\0').size, 0);
  assert.equal(parsePaxXattrs('').size, 0);
});

test('only names setfattr can carry are applicable', () => {
  assert.equal(isApplicableUserXattr('user.foo'), true);
  assert.equal(isApplicableUserXattr('user.'), false);
  assert.equal(isApplicableUserXattr('user.a=b'), false);
  assert.equal(isApplicableUserXattr('user.a\nb'), false);
  assert.equal(isApplicableUserXattr('user.' + 'x'.repeat(251)), false);
  assert.equal(isApplicableUserXattr('security.capability'), false);
  assert.equal(isApplicableUserXattr('User.foo'), false);
});

test('the restore script hex-encodes values and octal-escapes backslashes and control bytes in paths and names', () => {
  const script = formatXattrRestore([
    { path: 'etc/conf', xattrs: new Map([['user.foo', Buffer.from('bar')], ['user.empty', Buffer.alloc(0)]]) },
    { path: 'odd\\dir/new\nline ö', xattrs: new Map([['user.back\\slash', Buffer.from([0, 255])]]) },
  ]);
  assert.equal(
    script.toString('utf8'),
    '# file: etc/conf\nuser.foo=0x626172\nuser.empty=""\n\n' + '# file: odd\\134dir/new\\012line ö\nuser.back\\134slash=0x00ff\n\n',
  );
});

test('setfattr errors are counted with their distinct reasons', () => {
  const stderr = 'setfattr: a/link: Operation not permitted\nsetfattr: b: Operation not supported\nsetfattr: c/link: Operation not permitted\n';
  assert.deepEqual(summarizeSetfattrErrors(stderr), { failed: 3, reasons: ['Operation not permitted', 'Operation not supported'] });
  assert.deepEqual(summarizeSetfattrErrors(''), { failed: 0, reasons: [] });
});

test('a notice says how many xattrs were not applied and why; none when all were', () => {
  assert.equal(describeXattrOutcome({ kind: 'ok' }, 3), undefined);
  assert.match(describeXattrOutcome({ kind: 'refused', failed: 2, reasons: ['Operation not supported'] }, 3) ?? '', /2 of 3 user\.\* xattrs not applied \(Operation not supported\)/);
  assert.match(describeXattrOutcome({ kind: 'missing-tool' }, 1) ?? '', /setfattr is not installed.*apt-get install attr/);
});
