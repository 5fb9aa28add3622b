import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateBuildah } from '../../../src/build/doctor.js';

test('doctor: buildah missing or not working rootless is a warning with the fix; working is ok', () => {
  const missing = evaluateBuildah({ installed: false });
  assert.equal(missing.status, 'warn');
  assert.match(missing.fix ?? '', /apt install buildah.*dnf install buildah/);
  const broken = evaluateBuildah({ installed: true, path: '/usr/bin/buildah', version: 'buildah version 1.28.2', works: false, error: 'no subuid ranges found' });
  assert.equal(broken.status, 'warn');
  assert.match(broken.detail, /rootless build does not work here: no subuid ranges found/);
  assert.match(broken.fix ?? '', /usermod --add-subuids/);
  const ok = evaluateBuildah({ installed: true, path: '/usr/bin/buildah', version: 'buildah version 1.28.2', works: true });
  assert.equal(ok.status, 'ok');
  assert.match(ok.detail, /1\.28\.2 \(\/usr\/bin\/buildah\); builds work here/);
});
