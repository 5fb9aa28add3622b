/**
 * build: with the real buildah, rootless or as root: FROM the busybox image
 * of a loopback registry (pulled by dabba into its store, then offline),
 * RUN/COPY/ARG/ENV/USER/WORKDIR/CMD, multi-stage with target,
 * dockerfile_inline, a build arg from interpolation, a failing RUN (message,
 * exit code, old image kept), a FIFO in place of buildah's iid refused, up
 * --build rebuilding only the edited service,
 * pull_policy: build, skopeo reading the result, the work folder left empty,
 * and no buildah.
 * One store (and buildah cache) for the whole file: the base is loaded once.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusyboxImage, pushImage } from '../helpers/image-builder.js';
import { isolatedEnv, missingTool, runDabba, startRegistry, type TestRegistry } from '../helpers/registry.js';
import { BIN, requiredTools, until } from '../helpers/cli.js';
import { parseSubidFile, ROOT_ID_RANGE } from '../../src/sandbox/ids.js';

const tools = requiredTools(['buildah', 'skopeo', 'bwrap']);
const skip = tools.skip || missingTool('docker-registry', ['--version']);

describe('build: with buildah', { skip }, () => {
  let reg: TestRegistry;
  let root: string;
  let env: NodeJS.ProcessEnv;
  let n = 0;
  let registryStopped = false;
  const base = buildBusyboxImage({ history: true });

  before(async () => {
    reg = await startRegistry();
    await pushImage(reg, 'busybox', 'latest', base);
    root = await mkdtemp(join(tmpdir(), 'dabba-build-test-'));
    await chmod(root, 0o755);
    env = isolatedEnv(root, { DABBA_INSECURE_REGISTRIES: reg.host });
  });
  after(async () => {
    if (!registryStopped) await reg?.stop();
    if (!root) return;
    // Unprivileged, buildah's storage holds files of subordinate ids: removed from its user namespace.
    if (process.getuid?.() !== 0) execFileSync('buildah', ['unshare', 'rm', '-rf', join(root, 'store', 'buildah')], { env: { ...process.env, HOME: join(root, 'home') }, stdio: 'ignore' });
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
  });

  /** A new project folder with `files` (paths relative to it). */
  async function project(files: Record<string, string>): Promise<string> {
    const dir = join(root, `p${++n}`);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return dir;
  }
  const dabba = (dir: string, args: string[], extra: NodeJS.ProcessEnv = {}) => runDabba(args, { cwd: dir, env: { ...env, ...extra }, timeoutMs: 180_000 });
  const digestOf = async (dir: string, name: string) => {
    const r = await dabba(dir, ['images']);
    return r.stdout.split('\n').find((l) => l.startsWith(`${name} `))?.split(/\s+/)[1];
  };

  test('a Dockerfile FROM the registry\'s busybox: steps, a build arg from interpolation, then run and up; skopeo reads the image', async () => {
    const dir = await project({
      'dabba.yaml': 'name: shop\nservices:\n  web:\n    build:\n      context: ./app\n      args:\n        GREETING: ${GREET:-unset}\n      labels: {shop.role: web}\n',
      'app/Dockerfile': `FROM ${reg.host}/busybox:latest\nARG GREETING=default\nENV G=$GREETING\nWORKDIR /srv\nCOPY page.txt .\nRUN echo "built with $G" > built.txt && mkdir -p /home/app && chown 1000:1000 /home/app\nUSER 1000\nCMD ["cat", "/srv/built.txt"]\n`,
      'app/page.txt': 'page one\n',
    });
    const built = await dabba(dir, ['build'], { GREET: 'hello' });
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stderr, /^web \| STEP 6\/\d+: RUN echo/m);
    assert.match(built.stderr, /web: built docker\.io\/library\/shop-web:latest sha256:[0-9a-f]{64}/);
    const run = await dabba(dir, ['run', '--rm', 'web', 'sh', '-c', 'cat built.txt page.txt; echo "$G"; id -u; pwd']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'built with hello\npage one\nhello\n1000\n/srv\n');
    const up = await dabba(dir, ['up']);
    assert.equal(up.code, 0, up.stderr);
    assert.match(up.stdout, /built with hello/);
    const inspect = JSON.parse(execFileSync('skopeo', ['inspect', `oci:${join(root, 'store')}:docker.io/library/shop-web:latest`], { encoding: 'utf8' })) as { Digest: string; Labels: Record<string, string> };
    assert.equal(inspect.Digest.slice(7, 19), await digestOf(dir, 'docker.io/library/shop-web:latest'));
    assert.equal(inspect.Labels['shop.role'], 'web');
    const pulled = await dabba(dir, ['pull']);
    assert.equal(pulled.code, 0, pulled.stderr);
    assert.match(pulled.stderr, /web: not pulled: its image is built \(dabba build\)/);
    assert.equal((await dabba(dir, ['down'])).code, 0);
  });

  test('as root, RUN steps run as root of the unprivileged id range containers use, also in a 0700 folder', { skip: process.getuid?.() !== 0 && 'host root only: unprivileged, buildah maps the invoking user itself' }, async () => {
    const dir = await project({
      'dabba.yaml': 'name: confined\nservices:\n  c:\n    build: ./app\n',
      'app/Dockerfile': `FROM ${reg.host}/busybox:latest\nCOPY note /note\nRUN id -u > /uid; cat /proc/self/uid_map > /map; cat /note\n`,
      'app/note': 'read through the bind\n',
    });
    // As /root is: the build's ids cannot pass it, dabba binds the context into their namespace.
    await chmod(dir, 0o700);
    const built = await dabba(dir, ['build']);
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stderr, /^c \| read through the bind$/m);
    const run = await dabba(dir, ['run', '--rm', 'c', 'cat', '/uid', '/map']);
    assert.equal(run.code, 0, run.stderr);
    const range = parseSubidFile(await readFile('/etc/subuid', 'utf8').catch(() => ''), { name: 'root', id: 0 }) ?? ROOT_ID_RANGE;
    const [uid, map] = run.stdout.split('\n');
    assert.equal(uid, '0');
    assert.deepEqual(map!.trim().split(/\s+/).map(Number), [0, range.start, 65536]);
  });

  test('multi-stage dockerfile_inline with target: only that stage is built; image: names the result', async () => {
    const inline = `FROM ${reg.host}/busybox:latest AS first\\nRUN echo first > /stage\\nFROM first AS second\\nRUN echo second > /stage\\n`;
    const dir = await project({ 'dabba.yaml': `services:\n  app:\n    image: local/staged:1\n    build:\n      dockerfile_inline: "${inline}"\n      target: first\n` });
    const built = await dabba(dir, ['build', '-q']);
    assert.equal(built.code, 0, built.stderr);
    assert.doesNotMatch(built.stderr, /STEP/);
    const run = await dabba(dir, ['run', '--rm', 'app', 'cat', '/stage']);
    assert.equal(run.stdout, 'first\n', run.stderr);
    assert.ok(await digestOf(dir, 'docker.io/local/staged:1'));
  });

  test('a failing RUN names the service, the Dockerfile line and the exit code, and keeps the previous image', async () => {
    const dockerfile = `FROM ${reg.host}/busybox:latest\nRUN echo ok > /ok\n`;
    const dir = await project({ 'dabba.yaml': 'name: fails\nservices:\n  api:\n    build: .\n', Dockerfile: dockerfile });
    assert.equal((await dabba(dir, ['build', '-q'])).code, 0);
    const before = await digestOf(dir, 'docker.io/library/fails-api:latest');
    await writeFile(join(dir, 'Dockerfile'), `${dockerfile}RUN echo about to fail && \\\n    exit 7\n`);
    const failed = await dabba(dir, ['build']);
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /error: building service "api": Dockerfile:3: step "RUN echo about to fail && exit 7" failed with exit code 7/);
    assert.match(failed.stderr, /previous image, if any, is kept/);
    assert.equal(await digestOf(dir, 'docker.io/library/fails-api:latest'), before);
    const up = await dabba(dir, ['up', '--build', '-d']);
    assert.equal(up.code, 1);
    assert.match(up.stderr, /build api: Dockerfile:3: step .* failed with exit code 7/);
  });

  test('a FIFO put in place of buildah\'s iid while it builds, as a process a build left behind could: an error naming it, not a hang', async (t) => {
    const dir = await project({ 'dabba.yaml': 'name: fifo\nservices:\n  f:\n    build:\n      context: .\n      no_cache: true\n', Dockerfile: `FROM ${reg.host}/busybox:latest\nRUN sleep 1\n` });
    const work = join(root, 'store', 'buildah', 'work');
    let planted: string | undefined;
    let building = true;
    // buildah writes its id into the FIFO (this reader takes it), which is then left, with no writer, for dabba to open.
    const readers: ChildProcess[] = [];
    t.after(() => readers.forEach((r) => r.kill('SIGKILL')));
    const planter = (async () => {
      while (building && planted === undefined) {
        for (const b of await readdir(work).catch(() => [])) {
          const out = join(work, b, 'out');
          if (!(await stat(out).catch(() => undefined))?.isDirectory()) continue;
          execFileSync('mkfifo', ['-m', '666', join(out, 'iid')]);
          readers.push(spawn('cat', [join(out, 'iid')], { stdio: 'ignore' }));
          planted = out;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const built = await dabba(dir, ['build']);
    building = false;
    await planter;
    assert.ok(planted, 'the output folder was never seen');
    assert.equal(built.code, 1, `${built.signal ?? ''} ${built.stderr}`);
    assert.match(built.stderr, /building service "f": file iid: not a regular file in buildah's output \/.*\/out\n/);
    assert.match(built.stderr, /hint: a process of the build may have changed its output/);
  });

  test('up builds a missing image; up --build after editing one context rebuilds and recreates only that service', async () => {
    const dockerfile = `FROM ${reg.host}/busybox:latest\nCOPY msg /msg\nCMD ["sh", "-c", "cat /msg; sleep 600"]\n`;
    const dir = await project({
      'dabba.yaml': 'name: two\nservices:\n  a:\n    build: ./a\n    init: true\n  b:\n    build: ./b\n    init: true\n',
      'a/Dockerfile': dockerfile, 'a/msg': 'a1\n', 'b/Dockerfile': dockerfile, 'b/msg': 'b1\n',
    });
    const first = await dabba(dir, ['up', '-d']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /a: building two-a \(not in the store\)/);
    const again = await dabba(dir, ['up', '-d']);
    assert.doesNotMatch(again.stderr, /building/);
    await writeFile(join(dir, 'a/msg'), 'a2\n');
    const rebuilt = await dabba(dir, ['up', '--build', '-d']);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.match(rebuilt.stderr, /a: recreating/);
    assert.match(rebuilt.stderr, /^b \| nothing changed since the last build of sha256:[0-9a-f]{64}: buildah not run/m);
    assert.doesNotMatch(rebuilt.stderr, /^a \| nothing changed/m);
    assert.doesNotMatch(rebuilt.stderr, /b: (recreating|restarting|starting)/);
    const msg = await dabba(dir, ['exec', '-T', 'a', 'cat', '/msg']);
    assert.equal(msg.stdout, 'a2\n', msg.stderr);
    assert.equal((await dabba(dir, ['down'])).code, 0);
  });

  test('pull_policy: build builds on every up; an unchanged build recreates nothing', async () => {
    const dir = await project({ 'dabba.yaml': 'name: always\nservices:\n  w:\n    build: .\n    pull_policy: build\n    init: true\n    command: ["sleep", "600"]\n', Dockerfile: `FROM ${reg.host}/busybox:latest\nRUN echo x > /x\n` });
    assert.equal((await dabba(dir, ['up', '-d'])).code, 0);
    const again = await dabba(dir, ['up', '-d']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /w: building .* \(pull policy build\)/);
    assert.doesNotMatch(again.stderr, /recreating/);
    assert.equal((await dabba(dir, ['down'])).code, 0);
  });

  test('up --watch rebuilds on a develop.watch rule with action: rebuild, and recreates the service', async (t) => {
    const dir = await project({
      'dabba.yaml': 'name: watched\nservices:\n  w:\n    build: ./app\n    init: true\n    command: ["sleep", "600"]\n    develop:\n      watch:\n        - {path: ./app, action: rebuild}\n',
      'app/Dockerfile': `FROM ${reg.host}/busybox:latest\nCOPY msg /msg\n`, 'app/msg': 'one\n',
    });
    const child = spawn(process.execPath, [BIN, 'up', '-d', '--watch'], { cwd: dir, env: { ...env, DABBA_WATCH_DEBOUNCE_MS: '50' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    t.after(() => void (child.exitCode === null && child.kill('SIGKILL')));
    await until('the watch to start', () => stderr.includes('watching for changes'), 90_000);
    await writeFile(join(dir, 'app/msg'), 'two\n');
    // A rebuild under a loaded CI machine (buildah with vfs, as an unprivileged user) can take long; what dabba said shows if it never comes.
    await until('the rebuilt service to run', async () => (await dabba(dir, ['exec', '-T', 'w', 'cat', '/msg'])).stdout === 'two\n', 180_000).catch((err: unknown) => {
      throw new Error(`${(err as Error).message}; up --watch said:\n${stderr}`);
    });
    assert.match(stderr, /w: building watched-w \(--build\)/);
    assert.match(stderr, /w: recreating/);
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    assert.equal((await dabba(dir, ['down'])).code, 0);
  });

  test('with the base in the store, a build works offline (the registry stopped)', async () => {
    await reg.stop();
    registryStopped = true;
    const dir = await project({ 'dabba.yaml': 'name: offline\nservices:\n  o:\n    build:\n      context: .\n      no_cache: true\n', Dockerfile: `FROM ${reg.host}/busybox:latest\nRUN echo offline > /o\n` });
    const built = await dabba(dir, ['build', '-q']);
    assert.equal(built.code, 0, built.stderr);
    assert.equal((await dabba(dir, ['run', '--rm', 'o', 'cat', '/o'])).stdout, 'offline\n');
  });

  test('every build, failed or not, left nothing in buildah\'s work folder (as root its outputs are removed as the range\'s root)', async () => {
    assert.deepEqual(await readdir(join(root, 'store', 'buildah', 'work')), []);
  });

  test('without buildah: build and up fail naming the package; config still validates', async () => {
    const dir = await project({ 'dabba.yaml': 'services:\n  x:\n    build: .\n', Dockerfile: 'FROM busybox\n' });
    const noBuildah = { PATH: '/nonexistent' };
    const built = await dabba(dir, ['build'], noBuildah);
    assert.equal(built.code, 1);
    assert.match(built.stderr, /buildah, which builds images, is not installed/);
    assert.match(built.stderr, /hint: install the package buildah \(Debian\/Ubuntu: sudo apt install buildah; Fedora: sudo dnf install buildah\)/);
    const up = await dabba(dir, ['up', '-d'], noBuildah);
    assert.equal(up.code, 1);
    assert.match(up.stderr, /package buildah/);
    assert.equal((await dabba(dir, ['config', '-q'], noBuildah)).code, 0);
  });
});
