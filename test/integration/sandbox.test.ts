/**
 * The sandbox against real bwrap, slirp4netns and pasta, with a busybox
 * rootfs built by the test. Runs as root and as an unprivileged user; without
 * DABBA_MUST_WORK a host lacking a feature skips with the reason.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, connect } from 'node:net';
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Service } from '../../src/config/model.js';
import type { ImageConfig } from '../../src/oci/types.js';
import { buildRunSpec, readHostFacts, readRootfsUsers, rootIdShift, startContainer, enterContainer, whichTool, type RunOverrides, SandboxError } from '../../src/sandbox/index.js';
import { freePort } from '../helpers/registry.js';
import { haveBusybox, makeBusyboxRootfs, makeImageConfig, makeService, makeTempDir, shiftRootfsForRoot } from '../helpers/rootfs.js';

const mustWork = process.env.DABBA_MUST_WORK === '1';
const host = readHostFacts();
const missing = ['bwrap', 'unshare', 'nsenter', 'slirp4netns'].filter((t) => !whichTool(t));
const skipReason = !haveBusybox() ? 'no /bin/busybox' : missing.length ? `missing ${missing.join(', ')}` : undefined;
const skip = mustWork ? false : (skipReason ?? false);
const fullRange = host.uid === 0 || (host.subuid !== undefined && host.subgid !== undefined);

let dir: string;
let rootfs: string;
let n = 0;

before(async () => {
  if (skip) return;
  if (mustWork && skipReason) throw new Error(`DABBA_MUST_WORK: ${skipReason}`);
  dir = await makeTempDir();
  rootfs = await makeBusyboxRootfs(dir);
  await writeFile(join(rootfs, 'var/www/index.html'), 'hello from dabba\n');
  shiftRootfsForRoot(rootfs, rootIdShift(host.uid, host.subuid, host.subgid));
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(service: Partial<Service>, overrides: Partial<RunOverrides> = {}, image: ImageConfig = makeImageConfig(), timeoutMs = 15_000): Promise<Result> {
  const handle = await start(service, overrides, image);
  let stdout = '';
  let stderr = '';
  handle.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  handle.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => void handle.stop('SIGKILL', 0), timeoutMs);
  const code = await handle.wait();
  clearTimeout(timer);
  return { code, stdout, stderr };
}

async function start(service: Partial<Service>, overrides: Partial<RunOverrides> = {}, image: ImageConfig = makeImageConfig()) {
  const containerDir = join(dir, `c${++n}`);
  await mkdir(containerDir, { recursive: true });
  const spec = buildRunSpec({
    service: makeService(service),
    image,
    paths: { containerDir, rootfs, projectDir: dir, volumesDir: join(dir, 'volumes') },
    host,
    ...readRootfsUsers(rootfs),
    overrides: { tty: false, ...overrides },
  });
  return startContainer(spec, { stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('sandbox', { skip }, () => {
  test('fakeroot: true runs as container root by default, as user: when set, and as the image User', async () => {
    assert.match((await run({ command: ['id'] })).stdout.trim(), /^uid=0\(root\) gid=0\(root\)/);
    if (fullRange) {
      const r = await run({ command: ['sh', '-c', 'id -u; id -g; grep CapEff /proc/self/status'], user: 'app' });
      assert.deepEqual(r.stdout.trim().split('\n').slice(0, 2), ['1000', '1000'], r.stderr);
      assert.match(r.stdout, /CapEff:\s+0+\n/);
      assert.equal((await run({ command: ['id', '-u'] }, {}, makeImageConfig({ User: '1000:50' }))).stdout.trim(), '1000');
      assert.equal((await run({ command: ['id', '-g'] }, {}, makeImageConfig({ User: '1000:50' }))).stdout.trim(), '50');
      const rootWithGroup = await run({ command: ['sh', '-c', 'id -u; id -g; touch /tmp/f; stat -c %g /tmp/f'], user: '0:50' });
      assert.deepEqual(rootWithGroup.stdout.trim().split('\n'), ['0', '50', '50'], rootWithGroup.stderr);
    }
  });

  test('fakeroot: false runs with the invoking user\'s own ids', { skip: host.uid === 0 ? 'as root, container ids are always shifted' : false }, async () => {
    const r = await run({ command: ['sh', '-c', 'id -u; id -g'], fakeroot: false });
    assert.deepEqual(r.stdout.trim().split('\n'), [String(host.uid), String(host.gid)], r.stderr);
  });

  test('environment: image Env, then environment, then -e; hostname is the service name', async () => {
    const r = await run(
      { command: ['sh', '-c', 'echo "$A $B $C $HOSTNAME"; hostname; env | grep -c ^DABBA_SECRET_HOST || true'], environment: { B: 'svc', C: 'svc' } },
      { env: { C: 'cli' } },
      makeImageConfig({ Env: ['PATH=/bin', 'A=img', 'B=img', 'C=img'] }),
    );
    assert.equal(r.stdout, 'img svc cli svc\nsvc\n0\n');
  });

  test('working_dir is used and created when missing', async () => {
    assert.equal((await run({ command: ['pwd'], workingDir: '/srv/new/dir' })).stdout, '/srv/new/dir\n');
    assert.equal((await run({ command: ['pwd'] }, {}, makeImageConfig({ WorkingDir: '/home/app' }))).stdout, '/home/app\n');
  });

  test('entrypoint, command and CLI arguments, including one that starts with --', async () => {
    const image = makeImageConfig({ Entrypoint: ['echo', 'ep'], Cmd: ['cmd'] });
    assert.equal((await run({}, {}, image)).stdout, 'ep cmd\n');
    assert.equal((await run({ command: ['svc-cmd'] }, {}, image)).stdout, 'ep svc-cmd\n');
    assert.equal((await run({ entrypoint: ['echo', 'own'] }, {}, image)).stdout, 'own\n');
    assert.equal((await run({ command: ['svc-cmd'] }, { command: ['--help-me', '--bind', '/', '/x'] }, image)).stdout, 'ep --help-me --bind / /x\n');
  });

  test('exit codes pass through, and a signal gives 128+N', async () => {
    assert.equal((await run({ command: ['sh', '-c', 'exit 42'] })).code, 42);
    const h = await start({ command: ['sh', '-c', 'trap "exit 7" TERM; echo ready; while true; do sleep 0.05; done'] });
    await new Promise<void>((r) => h.stdout!.once('data', () => r()));
    assert.equal(h.signal('SIGTERM'), true);
    assert.equal(await h.wait(), 7);
    // With init: true the command is not PID 1, so default dispositions apply.
    const k = await start({ command: ['sh', '-c', 'echo ready; sleep 30'], init: true });
    await new Promise<void>((r) => k.stdout!.once('data', () => r()));
    assert.equal(await k.stop('SIGTERM', 5000), 128 + 15);
  });

  test('stop falls back to SIGKILL after the grace period', async () => {
    const h = await start({ command: ['sh', '-c', 'echo ready; sleep 30'] });
    await new Promise<void>((r) => h.stdout!.once('data', () => r()));
    const t0 = Date.now();
    assert.equal(await h.stop('SIGTERM', 300), 137);
    assert.ok(Date.now() - t0 < 5000);
  });

  test('a read-only bind is read-only; a bind source is created; read_only keeps volumes writable', async () => {
    const r = await run({
      command: ['sh', '-c', 'echo x > /ro/f && echo wrote-ro; echo y > /rw/f && echo wrote-rw; touch /rootfile && echo wrote-root; echo z > /tmp/t && echo wrote-tmp'],
      readOnly: true,
      volumes: [
        { type: 'bind', source: './ro-src', target: '/ro', readOnly: true },
        { type: 'bind', source: 'rw-src', target: '/rw', readOnly: false },
      ],
    });
    assert.equal(r.stdout, 'wrote-rw\nwrote-tmp\n', r.stderr);
    assert.equal(await readFile(join(dir, 'rw-src/f'), 'utf8'), 'y\n');
  });

  test('a named volume keeps its data for the next run', async () => {
    const volumes = [{ type: 'volume' as const, source: 'data', target: '/data', readOnly: false }];
    assert.equal((await run({ command: ['sh', '-c', 'echo kept > /data/f'], volumes })).code, 0);
    assert.equal((await run({ command: ['cat', '/data/f'], volumes })).stdout, 'kept\n');
    assert.equal(await readFile(join(dir, 'volumes/data/f'), 'utf8'), 'kept\n');
  });

  test('a bind target that is a symlink out of the rootfs stays inside it', async () => {
    const outside = join(dir, 'outside-target');
    await mkdir(outside, { recursive: true });
    const { symlink } = await import('node:fs/promises');
    await symlink(`../../../../../../..${outside}`, join(rootfs, 'escape')).catch(() => undefined);
    const r = await run({ command: ['sh', '-c', 'ls /escape-probe 2>/dev/null; echo done'], volumes: [{ type: 'bind', source: './bind-src', target: '/escape/sub', readOnly: false }] });
    assert.equal(r.code, 0, r.stderr);
    const { readdir } = await import('node:fs/promises');
    assert.deepEqual(await readdir(outside), [], 'nothing was mounted or created outside the rootfs');
  });

  test('net: false has only the loopback interface', async () => {
    const r = await run({ command: ['sh', '-c', 'ls /sys/class/net 2>/dev/null || ip -o link | cut -d: -f2'], networkMode: { mode: 'none' } });
    assert.equal(r.stdout.trim(), 'lo');
    const s = await run({ command: ['sh', '-c', 'ip -o link | cut -d: -f2 | tr -d " "'] });
    assert.deepEqual(s.stdout.trim().split('\n').sort(), ['lo', 'tap0']);
  });

  test('the network helpers\' folders of a dabba that was killed are removed by the next start; a live one\'s stay', async () => {
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const gone = spawnSync('true').pid!;
    const orphan = join(tmpdir(), `dabba-net-${gone}-test${n}`);
    const live = join(tmpdir(), `dabba-net-${process.pid}-test${n}`);
    for (const d of [orphan, live]) {
      await mkdir(d);
      await writeFile(join(d, 'slirp.sock'), '');
    }
    try {
      assert.equal((await run({ command: ['true'] })).code, 0);
      assert.equal(existsSync(orphan), false, 'the dead dabba\'s folder is removed');
      assert.equal(existsSync(live), true, 'a running dabba\'s folder stays');
    } finally {
      rmSync(orphan, { recursive: true, force: true });
      rmSync(live, { recursive: true, force: true });
    }
  });

  test('no file descriptor of dabba leaks into the container', async () => {
    const r = await run({ command: ['sh', '-c', 'ls /proc/self/fd'] }, {}, makeImageConfig());
    // ls itself opens one fd for the directory it lists.
    const fds = r.stdout.trim().split('\n').map(Number).filter((f) => f > 2);
    assert.ok(fds.length <= 1, `unexpected fds: ${r.stdout}`);
    if (fullRange) {
      const user = await run({ command: ['sh', '-c', 'ls /proc/self/fd'], user: 'app' });
      assert.ok(user.stdout.trim().split('\n').map(Number).filter((f) => f > 2).length <= 1, `unexpected fds as a non-root user: ${user.stdout}`);
    }
  });

  test('with a subordinate id range, chown and su work inside', { skip: fullRange ? false : 'no subuid range for this user' }, async () => {
    const r = await run({ command: ['sh', '-c', 'touch /tmp/f && chown 1000:1000 /tmp/f && stat -c %u:%g /tmp/f && su app -c "id -u"'] });
    assert.equal(r.stdout, '1000:1000\n1000\n', r.stderr);
  });

  test('exec enters a running container with its env and working dir', async () => {
    const h = await start({ command: ['sh', '-c', 'echo ready; sleep 30'], environment: { WHO: 'svc' }, workingDir: '/home' });
    await new Promise<void>((r) => h.stdout!.once('data', () => r()));
    const child = enterContainer(h.enterInfo, ['sh', '-c', 'echo "$WHO $(pwd) $(hostname)"; tr "\\0" " " < /proc/1/cmdline'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((r) => child.on("close", (c) => r(c)));
    assert.equal(code, 0, err);
    assert.match(out, /^svc \/home svc\n.*sleep 30 $/);
    await h.stop('SIGKILL', 0);
  });

  for (const backend of ['slirp4netns', 'pasta'] as const) {
    describe(`ports through ${backend}`, { skip: !mustWork && !whichTool(backend) ? `${backend} not installed` : false }, () => {
      test('busybox httpd answers through a forwarded tcp port within 2 s', async () => {
        const port = await freePort();
        const t0 = Date.now();
        const h = await start({ command: ['httpd', '-f', '-p', '8080', '-h', '/var/www'] }, { ports: [{ target: 8080, published: port, hostIp: '127.0.0.1', protocol: 'tcp' }], networkBackend: backend });
        try {
          const body = await httpGetRetry(port, t0 + 2000);
          assert.equal(body, 'hello from dabba\n');
        } finally {
          await h.stop('SIGKILL', 0);
        }
      });

      test('udp: datagrams from 127.0.0.1 reach the container and each client gets its own replies, on a remapped port too', async () => {
        // busybox has no udp server: run the host's node inside, with the host's /usr and libraries bound read-only.
        const [published, target] = [await freePort(), await freePort()];
        const server = `const s=require('dgram').createSocket('udp4');s.on('message',(m,r)=>{console.log('got '+m);s.send('pong '+m,r.port,r.address)});s.bind(${target},()=>console.log('ready'))`;
        const h = await start(
          { command: [process.execPath, '-e', server], volumes: hostRuntimeBinds() },
          { ports: [{ target, published, hostIp: '127.0.0.1', protocol: 'udp' }], networkBackend: backend },
        );
        let out = '';
        h.stdout!.on('data', (d: Buffer) => (out += d.toString()));
        const clients = ['a', 'b'].map((name) => {
          const sock = createSocket('udp4');
          const replies: string[] = [];
          sock.on('message', (m) => replies.push(m.toString()));
          return { name, sock, replies };
        });
        try {
          for (let i = 0; i < 200 && !clients.every((c) => c.replies.length > 0); i++) {
            if (out.includes('ready')) for (const c of clients) if (c.replies.length === 0) c.sock.send(`ping ${c.name}`, published, '127.0.0.1');
            await new Promise((r) => setTimeout(r, 50));
          }
          assert.match(out, /got ping a/);
          for (const c of clients) assert.deepEqual([...new Set(c.replies)], [`pong ping ${c.name}`], `client ${c.name}`);
        } finally {
          for (const c of clients) c.sock.close();
          await h.stop('SIGKILL', 0);
        }
      });

      test('udp: a published port that is taken is a clear error, before the command runs', async () => {
        const blocker = createSocket('udp4');
        await new Promise<void>((r) => blocker.bind(0, '127.0.0.1', () => r()));
        try {
          const port = blocker.address().port;
          await assert.rejects(start({ command: ['true'] }, { ports: [{ target: 53, published: port, hostIp: '127.0.0.1', protocol: 'udp' }], networkBackend: backend }), (err: Error) => {
            assert.ok(err instanceof SandboxError);
            assert.match(err.message, new RegExp(`cannot publish port 127\\.0\\.0\\.1:${port}/udp`));
            return true;
          });
        } finally {
          blocker.close();
        }
      });

      // pasta's gateway is the host's real one (--no-map-gw): probing it would leave loopback, so only slirp4netns's
      // 10.0.2.2, which it would map to the host's 127.0.0.1, is probed here.
      if (backend === 'slirp4netns') {
        test('the container cannot reach tcp or udp services on the host loopback through 10.0.2.2', async () => {
          let accepted = 0;
          const tcp = createServer((c) => {
            accepted++;
            c.destroy();
          });
          await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', () => r()));
          const udp = createSocket('udp4');
          let datagrams = 0;
          udp.on('message', () => datagrams++);
          await new Promise<void>((r) => udp.bind(0, '127.0.0.1', () => r()));
          const tcpPort = (tcp.address() as { port: number }).port;
          const udpPort = udp.address().port;
          try {
            const r = await run({ command: ['sh', '-c', `echo x | nc -w 1 10.0.2.2 ${tcpPort}; echo tcp=$?; for i in 1 2 3; do echo y | nc -u -w 1 10.0.2.2 ${udpPort}; done; echo done`] });
            assert.match(r.stdout, /tcp=1\n[^]*done/, r.stderr);
            await new Promise((res) => setTimeout(res, 200));
            assert.equal(accepted, 0, 'a tcp connection reached the host loopback');
            assert.equal(datagrams, 0, 'a udp datagram reached the host loopback');
          } finally {
            tcp.close();
            udp.close();
          }
        });
      }

      test('a published port already in use is a clear error before the command starts', async () => {
        const blocker = createServer();
        await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
        const port = (blocker.address() as { port: number }).port;
        const marker = join(dir, `started-${backend}`);
        try {
          await assert.rejects(
            start({ name: 'web', command: ['touch', '/marker'], volumes: [{ type: 'bind', source: marker, target: '/m', readOnly: false }] }, { ports: [{ target: 80, published: port, hostIp: '127.0.0.1', protocol: 'tcp' }], networkBackend: backend }),
            (e: unknown) => e instanceof SandboxError && e.message.includes('"web"') && (e.message.includes(String(port)) || backend === 'pasta'),
          );
        } finally {
          blocker.close();
        }
      });

      test('no process of the container outlives a dabba killed with SIGKILL', async () => {
        // A separate node process plays dabba: it starts the container, prints its pids, and is killed.
        const script = join(dir, `killed-${backend}.mjs`);
        const sandboxUrl = new URL('../../src/sandbox/index.js', import.meta.url).href;
        const helpersUrl = new URL('../helpers/rootfs.js', import.meta.url).href;
        await writeFile(
          script,
          `import { buildRunSpec, readHostFacts, readRootfsUsers, startContainer } from ${JSON.stringify(sandboxUrl)};
import { makeImageConfig, makeService } from ${JSON.stringify(helpersUrl)};
const [rootfs, containerDir, port, backend] = process.argv.slice(2);
const spec = buildRunSpec({ service: makeService({ command: ['sleep', '60'] }), image: makeImageConfig(), host: readHostFacts(), ...readRootfsUsers(rootfs),
  paths: { containerDir, rootfs, projectDir: containerDir, volumesDir: containerDir },
  overrides: { tty: false, networkBackend: backend, ports: [{ target: 80, published: Number(port), hostIp: '127.0.0.1', protocol: 'tcp' }] } });
const h = await startContainer(spec, { stdio: ['ignore', 'ignore', 'inherit'] });
console.log(JSON.stringify(h.pids));
await h.wait();
`,
        );
        const child = spawn(process.execPath, [script, rootfs, join(dir, `killed-${backend}`), String(await freePort()), backend], { stdio: ['ignore', 'pipe', 'inherit'] });
        const line = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
        const pids = Object.values(JSON.parse(line) as Record<string, number | undefined>).filter((p): p is number => p !== undefined);
        assert.ok(pids.length >= 4, line);
        child.kill('SIGKILL');
        const deadline = Date.now() + 3000;
        let left = pids;
        while (Date.now() < deadline && (left = pids.filter(running)).length > 0) await new Promise((r) => setTimeout(r, 50));
        assert.deepEqual(left, [], `still running: ${left.map((p) => readCmdline(p)).join(' | ')}`);
      });

      // pasta keeps the client's own address; slirp4netns NATs every forwarded connection from its gateway.
      const seenClient = backend === 'pasta' ? /127\.0\.0\.1:\d+\s+ESTABLISHED/ : /10\.0\.2\.2:\d+\s+ESTABLISHED/;
      test(`the container sees the client as ${backend === 'pasta' ? 'its real address' : 'the slirp gateway'} (${backend})`, async () => {
        const port = await freePort();
        const h = await start({ command: ['sh', '-c', 'nc -l -p 8081 -e sh -c "echo \\$NCAT_REMOTE_ADDR; netstat -tn | grep 8081"'] }, { ports: [{ target: 8081, published: port, hostIp: '127.0.0.1', protocol: 'tcp' }], networkBackend: backend });
        try {
          const text = await tcpReadRetry(port, Date.now() + 3000);
          assert.match(text, seenClient);
        } finally {
          await h.stop('SIGKILL', 0);
        }
      });
    });
  }
});

async function httpGetRetry(port: number, deadline: number): Promise<string> {
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/index.html`);
      return await res.text();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

async function tcpReadRetry(port: number, deadline: number): Promise<string> {
  for (;;) {
    const text = await new Promise<string | undefined>((resolve) => {
      const sock = connect(port, '127.0.0.1');
      let out = '';
      sock.on('data', (d) => (out += d.toString()));
      sock.on('end', () => resolve(out || undefined));
      sock.on('error', () => resolve(undefined));
    });
    if (text) return text;
    if (Date.now() > deadline) throw new Error('no answer');
    await new Promise((r) => setTimeout(r, 50));
  }
}


/** Read-only binds of the host's /usr and library folders, so the host's node runs inside the busybox rootfs. */
function hostRuntimeBinds(): Service['volumes'] {
  return ['/usr', '/lib', '/lib64'].filter((p) => existsSync(p)).map((p) => ({ type: 'bind' as const, source: p, target: p, readOnly: true }));
}


/** Whether `pid` is a live process (zombies count as gone). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function readCmdline(pid: number): string {
  try {
    return `${pid}: ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}`;
  } catch {
    return `${pid}: gone`;
  }
}
