/**
 * A hostile running container against `dabba exec`, healthchecks and the
 * host helpers' environment (the security issue's escapes 2 and 3), with the
 * real CLI, supervisors and bwrap:
 *
 * - the container keeps swapping its working directory with a symlink to a
 *   host folder (renameat2 RENAME_EXCHANGE): neither exec nor a healthcheck
 *   may ever start there;
 * - the image's Env sets LD_PRELOAD to a library in its own rootfs that
 *   creates a canary file in whatever dynamic program loads it: no host
 *   program (bwrap, nsenter, …) may load it, while the container's command
 *   still sees the variable.
 *
 * Canaries live in a folder beside the project that an escaped process could
 * reach. Each test failed on the code before the fix.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { busyboxBaseLayer, buildImage, writeOciLayout } from '../helpers/image-builder.js';
import { hostileProgram, preloadCanary } from '../helpers/hostile.js';
import { dabba, until, requiredTools } from '../helpers/cli.js';

const { missing, skip } = requiredTools(['bwrap', 'unshare', 'nsenter', 'slirp4netns', 'musl-gcc', 'cc']);

const EXEC_TRIES = 25;

describe('a hostile running container', { skip, timeout: 300_000 }, () => {
  let base: string;
  let dir: string;
  let outside: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    base = await mkdtemp(join(tmpdir(), 'dabba-hostile-exec-'));
    await chmod(base, 0o755);
    dir = join(base, 'proj');
    outside = join(base, 'outside');
    await mkdir(dir);
    await mkdir(outside, { mode: 0o777 });
    await chmod(outside, 0o777);
    await writeOciLayout(
      join(dir, 'img'),
      buildImage({
        layers: [busyboxBaseLayer(), [{ type: 'file', path: 'bin/flip', content: hostileProgram('flip'), mode: 0o755 }, { type: 'file', path: 'evil.so', content: preloadCanary(), mode: 0o755 }]],
        config: {
          Env: ['PATH=/usr/sbin:/usr/bin:/sbin:/bin', 'LD_PRELOAD=.dabba/preload/rootfs/evil.so', `DABBA_CANARY=${join(outside, 'preloaded')}`],
          Cmd: ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 0.1; done'],
        },
      }),
    );
    await writeFile(
      join(dir, 'dabba.yaml'),
      `services:
  flipper:
    image: oci:./img
    net: false
    working_dir: /w
    command: ["sh", "-c", "ln -s ${outside} /.evil && exec flip /w /.evil"]
    healthcheck:
      test: ["CMD", "touch", "healthcheck-was-here"]
      interval: 200ms
      timeout: 2s
  preload:
    image: oci:./img
    net: false
  app:
    image: oci:./img
    user: "1000:1000"
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"]
`,
    );
    env = { DABBA_STORE: join(base, 'store') };
    const up = await dabba(dir, ['up', '-d'], env);
    assert.equal(up.code, 0, up.stderr);
  });

  after(async () => {
    if (dir) await dabba(dir, ['down'], env);
    if (base) await rm(base, { recursive: true, force: true });
  });

  it('exec never starts in a working directory swapped for a link to the host', async () => {
    let inside = 0;
    for (let i = 0; i < EXEC_TRIES; i++) {
      // `cd ..` from the host folder would reach `base`: an escape leaves a file in either.
      for (const args of [['exec', '-T', 'flipper', 'touch', `exec-was-here-${i}`], ['exec', '-T', '-w', '/w', 'flipper', 'sh', '-c', `touch exec-w-${i}; cd ..; touch up-${i}`]]) {
        const r = await dabba(dir, args, env);
        if (r.code === 0) inside++;
        else assert.match(r.stderr, /working directory \/w|no such|not a folder/, r.stderr);
      }
    }
    assert.deepEqual((await readdir(outside)).filter((f) => f.startsWith('exec-')), [], 'exec ran in the host folder the container linked to');
    assert.deepEqual((await readdir(base)).filter((f) => f.startsWith('up-')), [], 'exec climbed out of the host folder');
    assert.ok(inside > 0, 'no exec ever ran: the test would not notice an escape');
  });

  it('healthchecks never start there either', async () => {
    // Interval 200 ms: a few seconds are dozens of probes, each a chance to land in the swapped folder.
    await new Promise((r) => setTimeout(r, 6000));
    assert.equal(existsSync(join(outside, 'healthcheck-was-here')), false, 'a healthcheck ran in the host folder');
  });

  it('an image LD_PRELOAD reaches no host program, and still reaches the container command', async () => {
    const r = await dabba(dir, ['exec', '-T', 'preload', 'sh', '-c', 'echo "[$LD_PRELOAD]"'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), '[.dabba/preload/rootfs/evil.so]');
    const once = await dabba(dir, ['run', '--rm', '-T', 'preload', 'sh', '-c', 'echo "[$LD_PRELOAD]"'], env);
    assert.equal(once.code, 0, once.stderr);
    assert.equal(once.stdout.trim(), '[.dabba/preload/rootfs/evil.so]');
    assert.doesNotMatch(r.stderr + once.stderr, /ld\.so/);
    assert.equal(existsSync(join(outside, 'preloaded')), false, 'a host program loaded the image\'s LD_PRELOAD library');
  });

  it('exec works into a service whose process user is not root, as that user and as root', async () => {
    const r = await dabba(dir, ['exec', '-T', 'app', 'id', '-u'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), '1000');
    const root = await dabba(dir, ['exec', '-T', '-u', '0', 'app', 'id', '-u'], env);
    assert.equal(root.code, 0, root.stderr);
    assert.equal(root.stdout.trim(), '0');
  });

  it('the services are still up (the probes did not kill anything)', async () => {
    await until('ps to answer', async () => (await dabba(dir, ['ps'], env)).code === 0);
  });
});
