/**
 * Projects where users keep them: inside a folder only its owner may enter
 * (Fedora's 0700 home, /root), run by services whose process user is not
 * root, whose ids cannot enter that folder. Also what every such process
 * needs: a /tmp and /dev/shm it may write (1777, as in docker).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { dabba, requiredTools } from '../helpers/cli.js';

const { missing, skip } = requiredTools(['bwrap', 'unshare', 'nsenter', 'slirp4netns']);

describe('a project inside a private (0700) folder', { skip, timeout: 180_000 }, () => {
  let home: string;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    home = await mkdtemp(join(tmpdir(), 'dabba-home-'));
    await chmod(home, 0o700);
    dir = join(home, 'proj');
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeFile(join(dir, 'data', 'in.txt'), 'from the host\n');
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
    await writeFile(
      join(dir, 'dabba.yaml'),
      `services:
  app:
    image: oci:./img
    user: "1000:1000"
    working_dir: /srv
    volumes: ["./data:/data:ro", "cache:/cache"]
    command: ["sh", "-c", "trap 'exit 0' TERM; echo started; while true; do sleep 0.1; done"]
  net:
    image: oci:./img
    user: "1000"
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"]
volumes:
  cache: {}
`,
    );
    env = { DABBA_STORE: join(home, 'store') };
  });

  after(async () => {
    if (dir) await dabba(dir, ['down', '-v'], env);
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('the folder above the project is private', async () => {
    assert.equal((await stat(home)).mode & 0o777, 0o700);
  });

  it('run --rm as a non-root user works, with binds, and /tmp and /dev/shm writable by that user', async () => {
    const r = await dabba(dir, ['run', '--rm', '-T', 'app', 'sh', '-c', 'id -u; cat /data/in.txt; touch /tmp/t /dev/shm/s && stat -c %a /tmp /dev/shm'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['1000', 'from the host', '1777', '1777']);
  });

  it('up -d starts non-root services with and without networking, and exec reaches them', async () => {
    const up = await dabba(dir, ['up', '-d'], env);
    assert.equal(up.code, 0, up.stderr);
    for (const svc of ['app', 'net']) {
      const r = await dabba(dir, ['exec', '-T', svc, 'sh', '-c', 'id -u; touch /tmp/ok && echo ok'], env);
      assert.equal(r.code, 0, `${svc}: ${r.stderr}`);
      assert.deepEqual(r.stdout.trim().split('\n'), ['1000', 'ok']);
    }
    const pwd = await dabba(dir, ['exec', '-T', 'app', 'pwd'], env);
    assert.equal(pwd.stdout.trim(), '/srv');
  });
});
