import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRunSpec, resolveCommand, anonymousVolumeDir, type RunSpecInput } from '../../../src/sandbox/spec.js';
import { buildBwrapArgs, needsUserNamespace } from '../../../src/sandbox/bwrap-args.js';
import { SandboxError } from '../../../src/sandbox/errors.js';
import { parseGroup, parsePasswd } from '../../../src/sandbox/users.js';
import type { HostFacts } from '../../../src/sandbox/ids.js';
import { makeImageConfig, makeService } from '../../helpers/rootfs.js';

const host: HostFacts = { uid: 1001, gid: 1001, userName: 'ana', subuid: { start: 100000, count: 65536 }, subgid: { start: 100000, count: 65536 } };
const paths = { containerDir: '/p/.dabba/web', rootfs: '/p/.dabba/web/rootfs', projectDir: '/p', volumesDir: '/p/.dabba/volumes' };
const users = {
  passwd: parsePasswd('root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n'),
  groups: parseGroup('root:x:0:\nstaff:x:50:\n'),
};

function input(over: Partial<RunSpecInput> = {}): RunSpecInput {
  return { service: makeService({ name: 'web' }), image: makeImageConfig(), paths, host, ...users, overrides: { tty: false }, ...over };
}

/** The values following each occurrence of `flag` in `args`, `n` at a time. */
function after(args: string[], flag: string, n = 1): string[][] {
  const out: string[][] = [];
  args.forEach((a, i) => {
    if (a === flag && i < args.indexOf('--')) out.push(args.slice(i + 1, i + 1 + n));
  });
  return out;
}

test('command resolution follows compose: entrypoint clears Cmd, command replaces Cmd, CLI replaces command', () => {
  const svc = (over: { entrypoint?: string[]; command?: string[] }) => over;
  assert.deepEqual(resolveCommand(['/ep'], ['a'], svc({}), {}), ['/ep', 'a']);
  assert.deepEqual(resolveCommand(['/ep'], ['a'], svc({ command: ['b'] }), {}), ['/ep', 'b']);
  assert.deepEqual(resolveCommand(['/ep'], ['a'], svc({ entrypoint: ['/own'] }), {}), ['/own']);
  assert.deepEqual(resolveCommand(['/ep'], ['a'], svc({ entrypoint: [] }), {}), []);
  assert.deepEqual(resolveCommand(['/ep'], ['a'], svc({ entrypoint: ['/own'], command: ['c'] }), {}), ['/own', 'c']);
  assert.deepEqual(resolveCommand(['/ep'], ['a'], svc({ command: ['b'] }), { command: ['cli'] }), ['/ep', 'cli']);
  assert.deepEqual(resolveCommand(['/ep'], ['a'], svc({ command: ['b'] }), { command: [] }), ['/ep', 'b']);
  assert.deepEqual(resolveCommand(['/ep'], ['a'], svc({}), { entrypoint: ['/cli-ep'] }), ['/cli-ep']);
});

test('no command at all is an error', () => {
  assert.throws(() => buildRunSpec(input({ image: makeImageConfig({ Cmd: null }) })), SandboxError);
});

test('environment: image Env, then environment, then -e; PATH, HOSTNAME, HOME defaults', () => {
  const spec = buildRunSpec(
    input({
      service: makeService({ name: 'web', environment: { B: 'svc', C: 'svc' }, hostname: 'box' }),
      image: makeImageConfig({ Env: ['A=img', 'B=img', 'C=img', 'EQ=x=y'] }),
      overrides: { tty: false, env: { C: 'cli' } },
    }),
  );
  assert.deepEqual([spec.env.A, spec.env.B, spec.env.C, spec.env.EQ, spec.env.HOSTNAME, spec.env.HOME], ['img', 'svc', 'cli', 'x=y', 'box', '/root']);
  assert.ok(spec.env.PATH);
  const args = buildBwrapArgs(spec, { info: 3 });
  assert.ok(!args.join(' ').includes('cli'), 'values stay out of the world-readable argv');
});

test('namespaces, session, hostname and the end of options', () => {
  const spec = buildRunSpec(input({ overrides: { tty: false, command: ['--bind', '/', '/x'] } }));
  const args = buildBwrapArgs(spec, { info: 3 });
  for (const f of ['--die-with-parent', '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try', '--new-session', '--as-pid-1']) assert.ok(args.includes(f), f);
  assert.ok(!args.includes('--unshare-net'), 'the holder owns the network namespace');
  assert.deepEqual(after(args, '--hostname'), [['web']]);
  // The image's Cmd is replaced by the CLI's; everything after the one `--` is the command, verbatim.
  assert.deepEqual(args.slice(args.indexOf('--')), ['--', '--bind', '/', '/x']);
});

test('a TTY drops --new-session; init: true keeps bwrap as PID 1; net: false unshares a loopback-only network', () => {
  const tty = buildBwrapArgs(buildRunSpec(input({ overrides: { tty: true } })), { info: 3 });
  assert.ok(!tty.includes('--new-session'));
  const init = buildBwrapArgs(buildRunSpec(input({ service: makeService({ init: true }) })), { info: 3 });
  assert.ok(!init.includes('--as-pid-1'));
  const spec = buildRunSpec(input({ service: makeService({ networkMode: { mode: 'none' } }) }));
  assert.deepEqual(spec.network, { mode: 'loopback' });
  assert.ok(buildBwrapArgs(spec, { info: 3 }).includes('--unshare-net'));
  assert.equal(spec.files.find((f) => f.target === '/etc/resolv.conf')?.content, '');
  assert.throws(() => buildRunSpec(input({ service: makeService({ networkMode: { mode: 'none' } }), overrides: { tty: false, ports: [{ target: 80, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' }] } })), /ports need a network of its own, but it has network_mode none/);
});

test('filesystem: rootfs, /proc, /dev, /dev/shm, /tmp, generated files, working dir, read_only last', () => {
  const spec = buildRunSpec(input({ service: makeService({ name: 'web', readOnly: true, workingDir: '/srv' }) }));
  const args = buildBwrapArgs(spec, { info: 3 });
  assert.deepEqual(after(args, '--bind', 2)[0], [paths.rootfs, '/']);
  assert.deepEqual(after(args, '--proc'), [['/proc']]);
  assert.deepEqual(after(args, '--dev'), [['/dev']]);
  assert.deepEqual(after(args, '--tmpfs').map((x) => x[0]), ['/dev/shm', '/tmp']);
  assert.deepEqual(after(args, '--ro-bind', 2).map((x) => x[1]), ['/etc/hosts', '/etc/resolv.conf', '/etc/hostname']);
  assert.match(spec.files[0]!.content, /127\.0\.1\.1\tweb/);
  assert.equal(spec.files[1]!.content, 'nameserver 10.0.2.3\n');
  assert.deepEqual(after(args, '--dir'), [['/srv']]);
  assert.deepEqual(after(args, '--chdir'), [['/srv']]);
  assert.ok(args.indexOf('--remount-ro') > args.lastIndexOf('--ro-bind'));
  const image = buildRunSpec(input({ image: makeImageConfig({ WorkingDir: '/app' }) }));
  assert.equal(image.workdir, '/app');
  assert.equal(buildRunSpec(input({ overrides: { tty: false, workdir: '/cli' }, image: makeImageConfig({ WorkingDir: '/app' }) })).workdir, '/cli');
});

test('volumes: binds from the project folder, named and anonymous volumes, tmpfs; parents first', () => {
  const spec = buildRunSpec(
    input({
      service: makeService({
        volumes: [
          { type: 'bind', source: './site', target: '/var/www/html/sub', readOnly: true },
          { type: 'bind', source: '/abs/conf', target: '/etc/app', readOnly: false },
          { type: 'volume', source: 'db', target: '/var/www', readOnly: false },
          { type: 'volume', source: undefined, target: '/cache', readOnly: false },
          { type: 'tmpfs', target: '/run/x', sizeBytes: 1024, mode: 0o1777 },
        ],
        tmpfs: ['/scratch'],
      }),
      image: makeImageConfig({ Volumes: { '/data': {}, '/cache': {} } }),
    }),
  );
  assert.deepEqual(
    spec.mounts.map((m) => [m.target, m.kind === 'bind' ? m.source : 'tmpfs']),
    [
      ['/cache', anonymousVolumeDir(paths.containerDir, '/cache')],
      ['/scratch', 'tmpfs'],
      ['/data', anonymousVolumeDir(paths.containerDir, '/data')],
      ['/etc/app', '/abs/conf'],
      ['/var/www', '/p/.dabba/volumes/db'],
      ['/run/x', 'tmpfs'],
      ['/var/www/html/sub', '/p/site'],
    ],
  );
  assert.deepEqual(spec.hostDirs.sort(), ['/abs/conf', '/p/.dabba/volumes/db', '/p/.dabba/web/volumes/cache', '/p/.dabba/web/volumes/data', '/p/site'].sort());
  const args = buildBwrapArgs(spec, { info: 3 });
  assert.deepEqual(after(args, '--ro-bind', 2)[0], ['/p/site', '/var/www/html/sub']);
  const i = args.indexOf('/run/x');
  assert.deepEqual(args.slice(i - 5, i + 1), ['--perms', '1777', '--size', '1024', '--tmpfs', '/run/x']);
  assert.throws(() => buildRunSpec(input({ service: makeService({ volumes: [{ type: 'bind', source: '.', target: 'rel', readOnly: false }] }) })), /absolute/);
});

test('users: fakeroot default is root, user: and image User resolve in the rootfs; fakeroot: false is the invoker', () => {
  assert.deepEqual(buildRunSpec(input()).user, { uid: 0, gid: 0 });
  const app = buildRunSpec(input({ service: makeService({ user: 'app' }) }));
  assert.deepEqual(app.user, { uid: 1000, gid: 1000 });
  assert.equal(app.env.HOME, '/home/app');
  assert.ok(needsUserNamespace(app));
  const args = buildBwrapArgs(app, { info: 3, userns: 4 });
  assert.deepEqual(after(args, '--userns', 5), [['4', '--uid', '1000', '--gid', '1000']]);
  assert.deepEqual(after(args, '--block-fd'), [['4']], 'the userns fd doubles as block fd, which bwrap closes before exec');
  assert.deepEqual(buildRunSpec(input({ image: makeImageConfig({ User: '1000:staff' }) })).user, { uid: 1000, gid: 50 });
  const rootUser = buildRunSpec(input({ service: makeService({ user: 'app' }), overrides: { tty: false, user: '0' } }));
  assert.deepEqual(rootUser.user, { uid: 0, gid: 0 });
  assert.equal(needsUserNamespace(rootUser), false, 'plain root keeps the holder\'s namespace');
  const rootStaff = buildRunSpec(input({ service: makeService({ user: '0:staff' }) }));
  assert.deepEqual(rootStaff.user, { uid: 0, gid: 50 });
  assert.ok(needsUserNamespace(rootStaff), 'root with another group needs bwrap to switch gid');
  assert.deepEqual(after(buildBwrapArgs(rootStaff, { info: 3, userns: 4 }), '--userns', 5), [['4', '--uid', '0', '--gid', '50']]);
  const own = buildRunSpec(input({ service: makeService({ fakeroot: false }), image: makeImageConfig({ User: 'app' }) }));
  assert.deepEqual(own.user, { uid: 1001, gid: 1001 });
  assert.equal(needsUserNamespace(own), false);
});

test('fakeroot: false with user: runs as that user, which is you (keep-id); a name resolves in the rootfs', () => {
  const kept = buildRunSpec(input({ service: makeService({ fakeroot: false, user: 'app:staff' }) }));
  assert.deepEqual(kept.user, { uid: 1000, gid: 50 });
  assert.equal(kept.env.HOME, '/home/app');
  assert.ok(kept.idMapping.uid.some((m) => m.inside === 1000 && m.outside === host.uid && m.count === 1));
  assert.ok(kept.idMapping.gid.some((m) => m.inside === 50 && m.outside === host.gid && m.count === 1));
  assert.equal(kept.mappingNotice, undefined);
  assert.ok(needsUserNamespace(kept), 'with container root mapped, bwrap switches to the user in a nested namespace');
  // -u picks another mapped user; the mapping stays the service's (the rootfs was laid out for it).
  const asRoot = buildRunSpec(input({ service: makeService({ fakeroot: false, user: 'app' }), overrides: { tty: false, user: '0' } }));
  assert.deepEqual(asRoot.user, { uid: 0, gid: 0 });
  assert.deepEqual(asRoot.idMapping, buildRunSpec(input({ service: makeService({ fakeroot: false, user: 'app' }) })).idMapping);
  assert.throws(() => buildRunSpec(input({ service: makeService({ fakeroot: false, user: 'nobody' }) })), /user "nobody" not found/);
});

test('fakeroot: false with user: and no range maps only that user, says so, and refuses others', () => {
  const single = { ...host, subuid: undefined, subgid: undefined };
  const kept = buildRunSpec(input({ host: single, service: makeService({ fakeroot: false, user: '1000:1000' }) }));
  assert.deepEqual(kept.user, { uid: 1000, gid: 1000 });
  assert.equal(needsUserNamespace(kept), false, 'bwrap runs as you, who are the user inside');
  assert.equal(kept.aptSandboxFix, false);
  assert.match(kept.mappingNotice ?? '', /only uid 1000 and gid 1000 are mapped/);
  assert.throws(
    () => buildRunSpec(input({ host: single, service: makeService({ fakeroot: false, user: '1000:1000' }), overrides: { tty: false, user: '0' } })),
    /cannot run as user 0:0: it is not mapped into the container \(mapped ids: 1000\)/,
  );
  assert.equal(buildRunSpec(input({ service: makeService({ fakeroot: false }) })).mappingNotice, undefined, 'your own ids need no range');
});

test('without a subordinate range only root can run, and apt is told not to drop privileges', () => {
  const single = { ...host, subuid: undefined, subgid: undefined };
  assert.equal(buildRunSpec(input({ host: single })).aptSandboxFix, true);
  assert.match(buildRunSpec(input({ host: single })).mappingNotice ?? '', /only container root is mapped/);
  assert.equal(buildRunSpec(input()).aptSandboxFix, false);
  assert.throws(() => buildRunSpec(input({ host: single, service: makeService({ user: 'app' }) })), (e: unknown) => e instanceof SandboxError && /subordinate id range/.test(e.hint ?? ''));
});

test('ports: the service\'s unless overridden (dabba run publishes none by default); backend selectable', () => {
  const ports = [{ target: 80, published: 8080, hostIp: '0.0.0.0', protocol: 'tcp' as const }];
  assert.deepEqual(buildRunSpec(input({ service: makeService({ ports }) })).network, { mode: 'user', backend: 'slirp4netns', ports, egress: true, hostLoopback: false });
  assert.deepEqual(buildRunSpec(input({ service: makeService({ ports }), overrides: { tty: false, ports: [], networkBackend: 'pasta' } })).network, { mode: 'user', backend: 'pasta', ports: [], egress: true, hostLoopback: false });
});
