/**
 * `dabba run` end to end: the real CLI pulls a busybox image from an OCI
 * layout built by the test, materialises it, and runs one-off commands in it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBusyboxImage, buildImage, busyboxBaseLayer, writeOciLayout } from '../helpers/image-builder.js';
import { makeImageConfig, makeService, makeTempDir } from '../helpers/rootfs.js';
import { buildRunSpec, readHostFacts, readRootfsUsers, startContainer, startNamespaces, type ContainerHandle } from '../../src/sandbox/index.js';
import { whichTool } from '../../src/sandbox/host.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));
const mustWork = process.env.DABBA_MUST_WORK === '1';
const missing = ['bwrap', 'unshare', 'nsenter', 'slirp4netns'].filter((t) => !whichTool(t));
const skip = !mustWork && missing.length > 0 ? `missing ${missing.join(', ')}` : false;

let dir: string;
let env: NodeJS.ProcessEnv;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function dabba(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env: { ...env, ...extraEnv }, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

before(async () => {
  if (skip) return;
  dir = await makeTempDir();
  await writeOciLayout(join(dir, 'img'), buildBusyboxImage({ format: 'oci', config: { Env: ['PATH=/usr/sbin:/usr/bin:/sbin:/bin', 'FROM_IMAGE=1'], Cmd: ['echo', 'image-cmd'], WorkingDir: '/www' } }));
  await writeFile(
    join(dir, 'dabba.yaml'),
    [
      'services:',
      '  app:',
      '    image: oci:./img',
      '    environment:',
      '      GREETING: from-file',
      '    volumes:',
      '      - data:/data',
      '      - ./site:/site:ro',
      '    ports:',
      '      - "127.0.0.1:18099:8080"',
      '  fresh:',
      '    image: oci:./img',
      '    net: false',
      '    volumes:',
      '      - ./fresh-data:/srv/data',
      'volumes:',
      '  data: {}',
      '',
    ].join('\n'),
  );
  env = { ...process.env, NO_COLOR: '1', DABBA_STORE: join(dir, 'store'), HOME: dir };
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dabba run', { skip }, () => {
  test('pulls, materialises and runs the image\'s command in its working dir', async () => {
    const r = await dabba(['run', '--rm', 'app']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'image-cmd\n');
    const pwd = await dabba(['run', 'app', 'pwd']);
    assert.equal(pwd.stdout, '/www\n', pwd.stderr);
  });

  test('CLI command, -e over environment over the image, -w, --entrypoint, -u; flags after the service belong to the command', async () => {
    const r = await dabba(['run', '-e', 'GREETING=from-cli', '-w', '/tmp', 'app', 'sh', '-c', 'echo "$FROM_IMAGE $GREETING $(pwd)"']);
    assert.equal(r.stdout, '1 from-cli /tmp\n', r.stderr);
    const ep = await dabba(['run', '--entrypoint', 'echo "a b"', 'app', '--version', '-e']);
    assert.equal(ep.stdout, 'a b --version -e\n', ep.stderr);
    const u = await dabba(['run', '-u', 'app', 'app', 'id', '-u']);
    assert.equal(u.stdout, '1000\n', u.stderr);
  });

  test('a first run as a non-root user works on a rootfs that has no mount points yet', async () => {
    const r = await dabba(['run', '-u', '1000', 'fresh', 'sh', '-c', 'id -u; ls -d /proc /srv/data']);
    assert.equal(r.stdout, '1000\n/proc\n/srv/data\n', r.stderr);
    assert.equal(r.code, 0);
  });

  test('switching fakeroot re-materialises the rootfs with its files owned as the new mode needs', async () => {
    const project = join(dir, 'owned');
    await mkdir(project);
    const image = buildImage({ layers: [busyboxBaseLayer(), [{ type: 'file', path: 'owned', content: 'x', uid: 1000, gid: 1000 }]] });
    await writeOciLayout(join(project, 'img'), image);
    const file = join(project, 'dabba.yaml');
    const owner = async (fakeroot: boolean): Promise<string> => {
      await writeFile(file, `services:\n  svc:\n    image: oci:./img\n    net: false\n    fakeroot: ${fakeroot}\n`);
      const r = await dabba(['-f', file, 'run', '--rm', 'svc', 'stat', '-c', '%u', '/owned']);
      assert.equal(r.code, 0, r.stderr);
      return r.stdout.trim();
    };
    const { uid, subuid, subgid } = readHostFacts();
    const range = uid === 0 || (subuid !== undefined && subgid !== undefined);
    // As root every container's ids are shifted alike; unprivileged, fakeroot: false maps only the user.
    const whenTrue = range ? '1000' : '0';
    const whenFalse = uid === 0 ? '1000' : String(uid);
    assert.equal(await owner(true), whenTrue);
    assert.equal(await owner(false), whenFalse);
    assert.equal(await owner(true), whenTrue);
  });

  test('exit code of the command; a named volume persists between runs; a ro bind is read-only', async () => {
    assert.equal((await dabba(['run', 'app', 'sh', '-c', 'exit 3'])).code, 3);
    assert.equal((await dabba(['run', 'app', 'sh', '-c', 'echo persisted > /data/f'])).code, 0);
    assert.equal((await dabba(['run', 'app', 'cat', '/data/f'])).stdout, 'persisted\n');
    const ro = await dabba(['run', 'app', 'sh', '-c', 'touch /site/x 2>/dev/null && echo writable || echo read-only']);
    assert.equal(ro.stdout, 'read-only\n');
    assert.equal(await readFile(join(dir, '.dabba/volumes/data/f'), 'utf8'), 'persisted\n');
  });

  test('ports are published only with -p or --service-ports; a taken port is a clear error naming it', async () => {
    const none = await dabba(['run', 'app', 'true']);
    assert.equal(none.code, 0, none.stderr);
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(18099, '127.0.0.1', () => r()));
    try {
      assert.equal((await dabba(['run', 'app', 'true'])).code, 0, 'no port published by default');
      const taken = await dabba(['run', '--service-ports', 'app', 'true']);
      assert.equal(taken.code, 1);
      assert.match(taken.stderr, /service "app": cannot publish port 127\.0\.0\.1:18099\/tcp/);
    } finally {
      blocker.close();
    }
  });

  test('SIGTERM to dabba reaches the command; unknown services are usage errors', async () => {
    const child = spawn(process.execPath, [BIN, 'run', 'app', 'sh', '-c', 'trap "echo got-term; exit 9" TERM; echo ready; while true; do sleep 0.05; done'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('ready')) resolve();
      }),
    );
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    assert.equal(code, 9);
    assert.match(out, /got-term/);
    const bad = await dabba(['run', 'nope']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /no service "nope"/);
  });
});

/** The container's stdout and exit code. */
async function outputOf(h: ContainerHandle): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  h.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  return { code: await h.wait(), stdout };
}

// `dabba run` starts the holder and the network while it finds the image and makes the container.
describe('namespaces started ahead of the container', { skip }, () => {
  test('the container runs in them; ones made for another plan are ended and replaced', async () => {
    assert.equal((await dabba(['run', 'app', 'true'])).code, 0, 'materialises the rootfs');
    const rootfs = join(dir, '.dabba/app/rootfs');
    const containerDir = join(dir, 'ahead');
    await mkdir(containerDir, { recursive: true });
    const spec = buildRunSpec({
      service: makeService({ name: 'app', command: ['cat', '/proc/net/dev'] }),
      image: makeImageConfig(),
      paths: { containerDir, rootfs, projectDir: dir, volumesDir: join(dir, 'volumes') },
      host: readHostFacts(),
      ...readRootfsUsers(rootfs),
      overrides: { tty: false },
    });
    const stdio = ['ignore', 'pipe', 'pipe'] as const;

    const ahead = await startNamespaces(spec);
    const same = await startContainer(spec, { namespaces: ahead, stdio: [...stdio] });
    assert.equal(same.pids.holder, ahead.holder.pid);
    assert.equal(same.pids.network, ahead.network?.pid);
    const first = await outputOf(same);
    assert.equal(first.code, 0);
    assert.match(first.stdout, /tap0/);

    const loopbackOnly = await startNamespaces({ ...spec, network: { mode: 'loopback' } });
    const replaced = await startContainer(spec, { namespaces: loopbackOnly, stdio: [...stdio] });
    assert.notEqual(replaced.pids.holder, loopbackOnly.holder.pid);
    const second = await outputOf(replaced);
    assert.equal(second.code, 0);
    assert.match(second.stdout, /tap0/, 'the replacement has the network the spec asks for');
    assert.notEqual(loopbackOnly.holder.exitCode ?? loopbackOnly.holder.signalCode, null, 'the replaced holder was ended');
  });
});
