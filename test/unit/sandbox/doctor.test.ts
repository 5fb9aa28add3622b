import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateHost, type HostProbe } from '../../../src/sandbox/doctor.js';

const good: HostProbe = {
  host: { uid: 1001, gid: 1001, userName: 'ana', subuid: { start: 100000, count: 65536 }, subgid: { start: 100000, count: 65536 } },
  bwrap: { path: '/usr/bin/bwrap', version: 'bubblewrap 0.8.0' },
  unshare: '/usr/bin/unshare',
  nsenter: '/usr/bin/nsenter',
  terminal: { setpriv: '/usr/bin/setpriv', script: '/usr/bin/script' },
  userns: { ok: true },
  apparmorRestrict: undefined,
  usernsClone: undefined,
  newuidmap: { path: '/usr/bin/newuidmap', setuid: true },
  newgidmap: { path: '/usr/bin/newgidmap', setuid: true },
  slirp4netns: { path: '/usr/bin/slirp4netns', version: 'slirp4netns version 1.2.0' },
  pasta: '/usr/bin/pasta',
  tun: 'ok',
  unprivilegedPortStart: 0,
  cgroup: 'v2',
  idmap: 'not needed',
  networks: { ok: true },
};

const byName = (p: HostProbe) => Object.fromEntries(evaluateHost(p).map((c) => [c.name, c]));

test('a fully equipped host passes every check', () => {
  assert.deepEqual(evaluateHost(good).filter((c) => c.status !== 'ok'), []);
});

test('each missing piece fails or warns with its fix', () => {
  const c = byName({ ...good, terminal: { setpriv: '/usr/bin/setpriv', script: undefined }, bwrap: undefined, userns: { ok: false, error: 'unshare: Operation not permitted' }, apparmorRestrict: 1, tun: 'denied', host: { ...good.host, subuid: undefined }, unprivilegedPortStart: 1024 });
  assert.equal(c.bubblewrap?.status, 'fail');
  assert.equal(c.terminals?.status, 'warn');
  assert.match(c.terminals?.fix ?? '', /bsdutils/);
  assert.match(c.bubblewrap?.fix ?? '', /apt-get install bubblewrap/);
  assert.equal(c['user namespaces']?.status, 'fail');
  assert.match(c['user namespaces']?.detail ?? '', /AppArmor/);
  assert.match(c['user namespaces']?.fix ?? '', /apparmor_restrict_unprivileged_userns=0/);
  assert.equal(c['/dev/net/tun']?.status, 'fail');
  assert.equal(c['id range']?.status, 'warn');
  assert.match(c['id range']?.fix ?? '', /usermod --add-subuids/);
  assert.equal(c['low host ports']?.status, 'warn');
  assert.match(c['low host ports']?.fix ?? '', /ip_unprivileged_port_start/);
});

test('newuidmap without setuid is flagged; without slirp4netns pasta still works', () => {
  const c = byName({ ...good, newuidmap: { path: '/usr/bin/newuidmap', setuid: false }, slirp4netns: undefined });
  assert.equal(c['id range']?.status, 'warn');
  assert.equal(c.slirp4netns?.status, 'warn');
  assert.equal(byName({ ...good, slirp4netns: undefined, pasta: undefined }).slirp4netns?.status, 'fail');
});

test('as root, idmapped mounts are reported: ok, or a warning with what they need', () => {
  assert.equal(byName(good)['idmapped mounts'], undefined, 'unprivileged, nothing to report');
  assert.equal(byName({ ...good, idmap: 'ok' })['idmapped mounts']?.status, 'ok');
  const failed = byName({ ...good, idmap: 'failed' })['idmapped mounts'];
  assert.equal(failed?.status, 'warn');
  assert.match(failed?.fix ?? '', /5\.12.*perl/);
});

test('project networks: a host that cannot make a bridge in a user namespace fails with the fix', () => {
  const c = byName({ ...good, networks: { ok: false, error: 'RTNETLINK answers: Operation not supported' } })['project networks'];
  assert.equal(c?.status, 'fail');
  assert.match(c?.detail ?? '', /Operation not supported/);
  assert.match(c?.fix ?? '', /iproute2.*modprobe bridge veth/);
});
