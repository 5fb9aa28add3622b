import { test } from 'node:test';
import assert from 'node:assert/strict';
import { portTakenError } from '../../../src/sandbox/errors.js';
import type { PortMapping } from '../../../src/config/model.js';

const port = (published: number): PortMapping => ({ hostIp: '0.0.0.0', published, target: 80, protocol: 'tcp' });
const DETAIL = 'bind: permission denied';

// Whether a failed port is a privileged one depends on the port, who binds it and the host's sysctl.
const cases: { name: string; published: number; uid: number; start: number | undefined; privileged: boolean }[] = [
  { name: 'port 80 as a user, sysctl 1024', published: 80, uid: 1000, start: 1024, privileged: true },
  { name: 'port 1023 as a user, sysctl 1024', published: 1023, uid: 1000, start: 1024, privileged: true },
  { name: 'port 1024 as a user, sysctl 1024', published: 1024, uid: 1000, start: 1024, privileged: false },
  { name: 'port 80 as a user, sysctl 0', published: 80, uid: 1000, start: 0, privileged: false },
  { name: 'port 80 as root', published: 80, uid: 0, start: 1024, privileged: false },
  { name: 'port 80, sysctl unknown', published: 80, uid: 1000, start: undefined, privileged: false },
];

for (const c of cases) {
  test(`port error: ${c.name}`, () => {
    const err = portTakenError('web', port(c.published), DETAIL, { uid: c.uid, unprivilegedPortStart: c.start });
    assert.ok(err.message.startsWith(`service "web": cannot publish port 0.0.0.0:${c.published}/tcp: `), err.message);
    assert.ok(err.message.endsWith(`(${DETAIL})`), err.message);
    if (c.privileged) {
      assert.match(err.message, new RegExp(`ports below ${c.start} need privileges on this host \\(net\\.ipv4\\.ip_unprivileged_port_start is ${c.start}\\)`));
      assert.doesNotMatch(err.message, /already in use/);
      assert.match(err.hint ?? '', new RegExp(`sysctl net\\.ipv4\\.ip_unprivileged_port_start=${c.published}`));
      assert.match(err.hint ?? '', new RegExp(`publish a port of ${c.start} or above \\(e\\.g\\. "80\\d\\d:80"\\)`));
    } else {
      assert.match(err.message, /it is already in use or not available/);
      assert.equal(err.hint, 'stop what uses it, or choose another published port');
    }
  });
}
