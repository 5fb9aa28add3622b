import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRunSpec, type GeneratedFile, type RunSpecInput } from '../../../src/sandbox/spec.js';
import { chownsInside } from '../../../src/sandbox/owners.js';
import { buildBwrapArgs, capabilityArgs } from '../../../src/sandbox/bwrap-args.js';
import { SandboxError } from '../../../src/sandbox/errors.js';
import type { HostFacts } from '../../../src/sandbox/ids.js';
import { limitProblems, prlimitPrefix } from '../../../src/sandbox/rlimits.js';
import { hostIdOf } from '../../../src/sandbox/secret-files.js';
import { sysctlScript } from '../../../src/sandbox/sysctls.js';
import { cgroupV1Mounts, cgroupV1Writes, joinCgroupsPrefix, limitKeys, ownCgroupPaths } from '../../../src/sandbox/cgroups.js';
import { parseGroup, parsePasswd } from '../../../src/sandbox/users.js';
import type { FileMount, Service } from '../../../src/config/model.js';
import { makeImageConfig, makeService } from '../../helpers/rootfs.js';

const user: HostFacts = { uid: 1001, gid: 1001, userName: 'ana', subuid: { start: 100000, count: 65536 }, subgid: { start: 100000, count: 65536 } };
const root: HostFacts = { uid: 0, gid: 0, userName: 'root', subuid: undefined, subgid: undefined };
const paths = { containerDir: '/p/.dabba/web', rootfs: '/p/.dabba/web/rootfs', projectDir: '/p', volumesDir: '/p/.dabba/volumes' };

function spec(service: Partial<Service>, host: HostFacts = user) {
  const input: RunSpecInput = {
    service: makeService({ name: 'web', ...service }),
    image: makeImageConfig(),
    paths,
    host,
    passwd: parsePasswd('root:x:0:0::/root:/bin/sh\n'),
    groups: parseGroup('root:x:0:\n'),
    overrides: { tty: false },
  };
  return buildRunSpec(input);
}

/** The ownership fields of a generated file that are set. */
const pick = (f: GeneratedFile): Partial<GeneratedFile> => Object.fromEntries(Object.entries({ owner: f.owner, ownerInside: f.ownerInside }).filter(([, v]) => v !== undefined));

const secret = (over: Partial<FileMount> = {}): FileMount => ({ source: 'pw', target: '/run/secrets/pw', mode: 0o444, from: { content: 'hunter2' }, ...over });

test('secrets and configs become generated files in the scratch folder, bound read-only at their targets', () => {
  const s = spec({ secrets: [secret()], configs: [{ source: 'app', target: '/etc/app.conf', mode: 0o440, from: { file: '/p/app.conf' } }] });
  const files = s.files.filter((f) => f.mode !== undefined);
  assert.deepEqual(files, [
    { target: '/run/secrets/pw', hostPath: '/p/.dabba/web/run/secret-pw', content: 'hunter2', mode: 0o444 },
    { target: '/etc/app.conf', hostPath: '/p/.dabba/web/run/config-app', content: { copyOf: '/p/app.conf', within: '/p' }, mode: 0o440 },
  ]);
  const args = buildBwrapArgs(s, { info: 3 });
  const i = args.indexOf('/run/secrets/pw');
  assert.deepEqual(args.slice(i - 2, i + 1), ['--ro-bind', '/p/.dabba/web/run/secret-pw', '/run/secrets/pw']);
});

test('as root, a secret belongs to the host ids its container owner maps onto', () => {
  const s = spec({ secrets: [secret({ uid: 1000, gid: 50 })] }, root);
  const base = s.idMapping.uid[0]!.outside;
  assert.deepEqual(s.files.at(-1)!.owner, { uid: base + 1000, gid: s.idMapping.gid[0]!.outside + 50 });
  assert.deepEqual(spec({ secrets: [secret()] }, root).files.at(-1)!.owner, { uid: base, gid: s.idMapping.gid[0]!.outside }, 'default: container root');
});

test('unprivileged, a secret is yours, and another mapped owner is given from inside the namespace', () => {
  assert.deepEqual(pick(spec({ secrets: [secret({ uid: 0, gid: 0 })] }).files.at(-1)!), {}, 'container root is you: the file is already its');
  assert.deepEqual(pick(spec({ secrets: [secret({ uid: 1000 })] }).files.at(-1)!), { ownerInside: { uid: 1000, gid: undefined } });
  assert.deepEqual(pick(spec({ secrets: [secret({ uid: 0, gid: 50 })] }).files.at(-1)!), { ownerInside: { uid: undefined, gid: 50 } });
  assert.throws(() => spec({ secrets: [secret({ gid: 70000 })] }), (e: unknown) => e instanceof SandboxError && /secret "pw": cannot give it gid 70000: that id is not mapped/.test(e.message));
  assert.throws(() => spec({ secrets: [secret({ uid: 1000 })] }, { ...user, subgid: undefined, subuid: undefined }), /cannot give it uid 1000: that id is not mapped/);
  // fakeroot: false with user: 1000 keeps your ids as 1000 inside: that owner is already the file's, container root is given inside.
  const passwd = 'root:x:0:0::/root:/bin/sh\nu:x:1000:1000::/:/bin/sh\n';
  const keptSpec = (f: FileMount) =>
    buildRunSpec({ service: makeService({ name: 'web', fakeroot: false, user: '1000:1000', secrets: [f] }), image: makeImageConfig(), paths, host: user, passwd: parsePasswd(passwd), groups: parseGroup('root:x:0:\nu:x:1000:\n'), overrides: { tty: false } });
  assert.deepEqual(pick(keptSpec(secret({ uid: 1000, gid: 1000 })).files.at(-1)!), {});
  assert.deepEqual(pick(keptSpec(secret({ uid: 0 })).files.at(-1)!), { ownerInside: { uid: 0, gid: undefined } });
});

test('owners from inside the namespace: one chown each, a missing side left out', () => {
  const f = (ownerInside: { uid: number | undefined; gid: number | undefined } | undefined) => ({ target: '/t', hostPath: '/p/.dabba/web/run/secret-x', content: '', ownerInside });
  assert.deepEqual(chownsInside([f(undefined), f({ uid: 1000, gid: 50 }), f({ uid: 1000, gid: undefined }), f({ uid: undefined, gid: 50 })]), [
    ['chown', '--', '1000:50', '/p/.dabba/web/run/secret-x'],
    ['chown', '--', '1000', '/p/.dabba/web/run/secret-x'],
    ['chown', '--', ':50', '/p/.dabba/web/run/secret-x'],
  ]);
});

test('hostIdOf maps through the extents', () => {
  const maps = [{ inside: 0, outside: 1001, count: 1 }, { inside: 1, outside: 100000, count: 65536 }];
  assert.equal(hostIdOf(maps, 0), 1001);
  assert.equal(hostIdOf(maps, 1000), 100999);
  assert.equal(hostIdOf(maps, 65537), undefined);
});

test('capabilities: drops then adds, so cap_drop ALL keeps only cap_add; cap_add ALL gives all but cap_drop', () => {
  assert.deepEqual(capabilityArgs([], []), []);
  assert.deepEqual(capabilityArgs(['CAP_CHOWN'], ['ALL']), ['--cap-drop', 'ALL', '--cap-add', 'CAP_CHOWN']);
  assert.deepEqual(capabilityArgs(['ALL'], ['CAP_NET_RAW']), ['--cap-add', 'ALL', '--cap-drop', 'CAP_NET_RAW']);
  const args = buildBwrapArgs(spec({ capAdd: ['CAP_NET_ADMIN'], capDrop: ['CAP_NET_RAW'] }), { info: 3 });
  assert.ok(args.indexOf('--cap-drop') < args.indexOf('--cap-add') && args.indexOf('--cap-add') < args.indexOf('--'));
});

test('shm_size sizes /dev/shm; devices are bound from the host\'s /dev', () => {
  const args = buildBwrapArgs(spec({ shmSizeBytes: 8 << 20, devices: [{ source: '/dev/fuse', target: '/dev/fuse' }] }), { info: 3 });
  const shm = args.indexOf('/dev/shm');
  assert.deepEqual(args.slice(shm - 5, shm + 1), ['--perms', '1777', '--size', String(8 << 20), '--tmpfs', '/dev/shm']);
  const dev = args.indexOf('--dev-bind');
  assert.deepEqual(args.slice(dev, dev + 3), ['--dev-bind', '/dev/fuse', '/dev/fuse']);
  assert.ok(dev > args.indexOf('--dev'), 'after the container\'s own /dev is made');
  const plain = buildBwrapArgs(spec({}), { info: 3 });
  assert.equal(plain.indexOf('--size'), -1, 'no limit of its own by default');
});

test('ulimits: prlimit runs the chain with soft:hard, -1 as unlimited; nothing without ulimits', () => {
  assert.deepEqual(prlimitPrefix('/usr/bin/prlimit', {}), []);
  assert.deepEqual(prlimitPrefix('/usr/bin/prlimit', { nofile: { soft: 512, hard: 1024 }, core: { soft: -1, hard: -1 } }), ['/usr/bin/prlimit', '--nofile=512:1024', '--core=unlimited:unlimited', '--']);
});

test('ulimits: unprivileged, a hard limit above your own is refused; for anyone, open files above fs.nr_open', () => {
  const procLimits = [
    'Limit                     Soft Limit           Hard Limit           Units     ',
    'Max core file size        0                    unlimited            bytes     ',
    'Max processes             63429                63429                processes ',
    'Max open files            1024                 4096                 files     ',
  ].join('\n');
  const user = { root: false, procLimits, nrOpen: 1048576 };
  assert.deepEqual(limitProblems({ nofile: { soft: 512, hard: 4096 }, core: { soft: -1, hard: -1 } }, user), []);
  assert.deepEqual(limitProblems({ nofile: { soft: 512, hard: 8192 }, nproc: { soft: -1, hard: -1 } }, user), [
    { name: 'nofile', wanted: 8192, max: 4096, why: 'above your own hard limit; only root can raise it' },
    { name: 'nproc', wanted: -1, max: 63429, why: 'above your own hard limit; only root can raise it' },
  ]);
  const root = { ...user, root: true };
  assert.deepEqual(limitProblems({ nofile: { soft: 512, hard: 8192 }, nproc: { soft: -1, hard: -1 } }, root), []);
  assert.deepEqual(limitProblems({ nofile: { soft: 1024, hard: -1 } }, root), [{ name: 'nofile', wanted: -1, max: 1048576, why: 'above the kernel\'s fs.nr_open' }]);
});

test('sysctls: names and values are arguments of the script, never its text', () => {
  const { script, args } = sysctlScript({ 'net.ipv4.ip_unprivileged_port_start': '80', 'net.core.somaxconn': '$(reboot)' });
  assert.deepEqual(args, ['net/ipv4/ip_unprivileged_port_start', '80', 'net.ipv4.ip_unprivileged_port_start', 'net/core/somaxconn', '$(reboot)', 'net.core.somaxconn']);
  assert.ok(!script.includes('somaxconn') && !script.includes('reboot'));
});

test('resource limits: the cgroup v1 files, memory before memory+swap, cpus as a CFS quota', () => {
  assert.deepEqual(cgroupV1Writes({}), []);
  assert.deepEqual(
    cgroupV1Writes({ memoryBytes: 64 << 20, memswapBytes: -1, cpus: 1.5, cpuShares: 512, pids: 20 }).map((w) => [w.controller, w.file, w.value]),
    [
      ['memory', 'memory.limit_in_bytes', String(64 << 20)],
      ['memory', 'memory.memsw.limit_in_bytes', '-1'],
      ['cpu', 'cpu.cfs_period_us', '100000'],
      ['cpu', 'cpu.cfs_quota_us', '150000'],
      ['cpu', 'cpu.shares', '512'],
      ['pids', 'pids.max', '20'],
    ],
  );
  assert.equal(cgroupV1Writes({ pids: -1 })[0]!.value, 'max');
  assert.deepEqual(limitKeys({ cpus: 0.5, memoryBytes: 1 }), ['mem_limit', 'cpus']);
});

test('resource limits: where the controllers are mounted and where this process is in them', () => {
  const mounts = [
    'tmpfs /sys/fs/cgroup tmpfs rw,relatime,mode=755 0 0',
    'cgroup /sys/fs/cgroup/cpu,cpuacct cgroup rw,relatime,cpu,cpuacct 0 0',
    'cgroup /sys/fs/cgroup/memory cgroup rw,relatime,memory 0 0',
    'cgroup2 /sys/fs/cgroup/unified cgroup2 rw,relatime 0 0',
  ].join('\n');
  assert.deepEqual([...cgroupV1Mounts(mounts)], [['cpu', '/sys/fs/cgroup/cpu,cpuacct'], ['memory', '/sys/fs/cgroup/memory']]);
  const own = ownCgroupPaths('9:name=systemd:/\n4:memory:/api/42\n2:cpu,cpuacct:/\n0::/\n');
  assert.equal(own.get('memory'), '/api/42');
  assert.equal(own.get('cpu'), '/');
  assert.equal(own.get('pids'), undefined);
});

test('resource limits: the chain joins the cgroups by their paths as arguments, then execs the rest', () => {
  const prefix = joinCgroupsPrefix(['/sys/fs/cgroup/pids/x/cgroup.procs', '/sys/fs/cgroup/memory/x/cgroup.procs']);
  assert.deepEqual(prefix.slice(3), ['dabba-cgroups', '/sys/fs/cgroup/pids/x/cgroup.procs', '/sys/fs/cgroup/memory/x/cgroup.procs', '--']);
  assert.ok(!prefix[2]!.includes('/sys/fs/cgroup'));
});
