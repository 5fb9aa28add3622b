/**
 * The shape of a real dev stack, each behaviour of the real images
 * reproduced with busybox (images built here, no network): a "database" that
 * starts as root, prepares its data folder in a named volume, drops to its
 * own user and then needs a writable /tmp, stops on the image's StopSignal
 * (SIGINT, as postgres) and has a healthcheck; a "web" server whose access
 * log is a link to /dev/stdout, as the official nginx image ships it; an "app"
 * whose image User is 1000. It must come up with `up -d --wait` from a
 * project inside a private (0700) folder, as root and unprivileged.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { busyboxBaseLayer, buildImage, writeOciLayout } from '../helpers/image-builder.js';
import { dabba, until, requiredTools } from '../helpers/cli.js';

const { missing, skip } = requiredTools(['bwrap', 'unshare', 'nsenter', 'slirp4netns']);

const PATH = 'PATH=/usr/sbin:/usr/bin:/sbin:/bin';
const LOOP = 'while true; do sleep 0.1; done';

describe('a dev stack of realistic images', { skip, timeout: 240_000 }, () => {
  let home: string;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    home = await mkdtemp(join(tmpdir(), 'dabba-stack-'));
    await chmod(home, 0o700);
    dir = join(home, 'proj');
    await mkdir(dir);
    const base = busyboxBaseLayer();
    const db = `mkdir -p /data && chown app:app /data && exec su app -s /bin/sh -c 'mktemp /tmp/db.XXXXXX >/dev/null && echo ready > /data/state && echo db ready && trap "echo db got INT; exit 0" INT && trap "echo db got TERM" TERM && ${LOOP}'`;
    await writeOciLayout(join(dir, 'db-img'), buildImage({ layers: [base], config: { Env: [PATH], Cmd: ['sh', '-c', db], StopSignal: 'SIGINT' } }));
    await writeOciLayout(
      join(dir, 'web-img'),
      buildImage({
        layers: [base, [{ type: 'dir', path: 'var/log/web' }, { type: 'symlink', path: 'var/log/web/access.log', target: '/dev/stdout' }, { type: 'symlink', path: 'var/log/web/error.log', target: '/dev/stderr' }]],
        config: { Env: [PATH], Cmd: ['sh', '-c', `echo "GET / 200" >> /var/log/web/access.log; echo "warn: none" >> /var/log/web/error.log; ${LOOP}`] },
      }),
    );
    await writeOciLayout(join(dir, 'app-img'), buildImage({ layers: [base], config: { Env: [PATH], User: '1000', WorkingDir: '/tmp', Cmd: ['sh', '-c', `touch /tmp/app-was-here && echo "app uid $(id -u)" && ${LOOP}`] } }));
    await writeFile(
      join(dir, 'dabba.yaml'),
      `services:
  db:
    image: oci:./db-img
    volumes: ["dbdata:/data"]
    healthcheck:
      test: ["CMD", "test", "-f", "/data/state"]
      interval: 200ms
      retries: 50
  web:
    image: oci:./web-img
    depends_on: { db: { condition: service_healthy } }
  app:
    image: oci:./app-img
    net: false
    depends_on: [db]
volumes:
  dbdata: {}
`,
    );
    env = { DABBA_STORE: join(home, 'store') };
  });

  after(async () => {
    if (dir) await dabba(dir, ['down', '-v', '-t', '1'], env);
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('comes up with up -d --wait', async () => {
    const up = await dabba(dir, ['up', '-d', '--wait', '--wait-timeout', '60'], env);
    assert.equal(up.code, 0, up.stderr);
  });

  it('the database dropped privileges and could use /tmp; its data is in the volume', async () => {
    await until('db ready in its log', async () => (await dabba(dir, ['logs', 'db'], env)).stdout.includes('db ready'));
    const r = await dabba(dir, ['exec', '-T', 'db', 'sh', '-c', 'cat /data/state; stat -c %U /data; ls /tmp'], env);
    assert.equal(r.code, 0, r.stderr);
    const [state, owner, tmp] = r.stdout.trim().split('\n');
    assert.equal(state, 'ready');
    assert.equal(owner, 'app');
    assert.match(tmp ?? '', /^db\./);
  });

  it("the web server's log links to /dev/stdout and /dev/stderr reach dabba logs", async () => {
    await until('web log lines', async () => {
      const out = (await dabba(dir, ['logs', 'web'], env)).stdout;
      return out.includes('GET / 200') && out.includes('warn: none');
    });
  });

  it("the app runs as the image's User 1000 and exec does too", async () => {
    await until('app started', async () => (await dabba(dir, ['logs', 'app'], env)).stdout.includes('app uid 1000'));
    const r = await dabba(dir, ['exec', '-T', 'app', 'id', '-u'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), '1000');
  });

  it("stop sends the image's StopSignal (SIGINT), and the database stops cleanly at once", async () => {
    const started = Date.now();
    const r = await dabba(dir, ['stop', '-t', '20', 'db'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(Date.now() - started < 15_000, 'stop waited for the grace period: the signal was not the image\'s');
    const logs = (await dabba(dir, ['logs', 'db'], env)).stdout;
    assert.match(logs, /db got INT/);
    assert.doesNotMatch(logs, /db got TERM/);
  });
});
