/**
 * The compose keys that change how a container runs, through the real CLI and
 * bwrap: secrets and configs mounted (content, mode, owner, read-only),
 * cap_add/cap_drop as the kernel reports them, ulimits, shm_size, a net.*
 * sysctl read back inside, and tty under up.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { dabba, requiredTools, until } from '../helpers/cli.js';
import { readHostFacts } from '../../src/sandbox/host.js';

const { missing, skip } = requiredTools(['bwrap', 'unshare', 'nsenter', 'prlimit', 'slirp4netns', 'script', 'setpriv']);
const host = readHostFacts();

/** CapEff and CapBnd of /proc/self/status as bit sets. */
function caps(status: string): { eff: bigint; bnd: bigint } {
  const hex = (name: string): bigint => BigInt(`0x${new RegExp(`^${name}:\\s*([0-9a-f]+)$`, 'm').exec(status)![1]}`);
  return { eff: hex('CapEff'), bnd: hex('CapBnd') };
}
const CAP_NET_ADMIN = 1n << 12n;
const CAP_NET_RAW = 1n << 13n;
const CAP_CHOWN = 1n << 0n;

describe('compose run options', { skip, timeout: 300_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    dir = await mkdtemp(join(tmpdir(), 'dabba-runopts-'));
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
    await writeFile(join(dir, 'pw.txt'), 'from-a-file\n', { mode: 0o600 });
    await writeFile(
      join(dir, 'dabba.yaml'),
      `services:
  app:
    image: oci:./img
    net: true
    secrets:
      - db_pw
      - source: token
        target: api/token
        mode: 0o400
    configs:
      - source: app_conf
        target: /etc/app.conf
    cap_add: [NET_ADMIN]
    cap_drop: [NET_RAW]
    security_opt: ["no-new-privileges:true"]
    ulimits:
      nofile: {soft: 512, hard: 1024}
    shm_size: 8m
    sysctls:
      net.ipv4.ip_unprivileged_port_start: 99
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"]
  nonroot:
    image: oci:./img
    net: false
    user: "1000:1000"
    cap_add: [CHOWN]
    cap_drop: [ALL]
    command: ["true"]
  term:
    image: oci:./img
    net: false
    tty: true
    command: ["sh", "-c", "if [ -t 1 ]; then echo has-a-tty; else echo no-tty; fi; sleep 30"]
  chatty:
    image: oci:./img
    net: false
    logging:
      driver: json-file
      options: {max-size: 1k, max-file: "2"}
    command: ["sh", "-c", "i=0; while [ $$i -lt 200 ]; do echo line $$i; i=$$((i+1)); done; sleep 30"]
  dev:
    image: oci:./img
    net: false
    devices: ["/dev/zero:/dev/dabba-zero"]
    command: ["sh", "-c", "head -c 4 /dev/dabba-zero | od -An -tx1"]
  toomany:
    image: oci:./img
    net: false
    ulimits:
      nofile: {soft: 1024, hard: -1}
    command: ["true"]
  fuse:
    image: oci:./img
    net: false
    devices: ["/dev/fuse"]
    command: ["true"]
secrets:
  db_pw:
    file: ./pw.txt
  token:
    environment: RUNOPTS_TOKEN
configs:
  app_conf:
    content: |
      listen = \${RUNOPTS_PORT}
`,
    );
    env = { DABBA_STORE: join(dir, 'store'), RUNOPTS_TOKEN: 'tok-123', RUNOPTS_PORT: '8080' };
  });

  after(async () => {
    if (dir) await dabba(dir, ['down', '-v'], env);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const run = async (service: string, script: string): Promise<string> => {
    const r = await dabba(dir, ['run', '--rm', '-T', service, 'sh', '-c', script], env);
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };

  it('mounts secrets and configs read-only with their content, mode and owner', async () => {
    const out = await run(
      'app',
      'cat /run/secrets/db_pw /run/secrets/api/token; echo; cat /etc/app.conf; stat -c "%a %u:%g" /run/secrets/db_pw /run/secrets/api/token /etc/app.conf; ' +
        'if echo x > /run/secrets/db_pw; then echo writable; else echo read-only; fi; grep -c " /run/secrets/db_pw .*ro[, ]" /proc/mounts',
    );
    assert.deepEqual(out.trim().split('\n'), ['from-a-file', 'tok-123', 'listen = 8080', '444 0:0', '400 0:0', '444 0:0', 'read-only', '1']);
  });

  it('keeps the copy of a secret under .dabba (yours alone) while the container runs, and removes it when it ends', async () => {
    const up = await dabba(dir, ['up', '-d', 'app'], env);
    assert.equal(up.code, 0, up.stderr);
    const copy = join(dir, '.dabba', 'app', 'run', 'secret-token');
    await until('the secret\'s copy', async () => (await stat(copy).catch(() => undefined)) !== undefined);
    assert.equal((await stat(copy)).mode & 0o777, 0o400);
    assert.equal((await stat(join(dir, '.dabba'))).mode & 0o077, 0, '.dabba is its owner\'s alone');
    const down = await dabba(dir, ['down', '-t', '1'], env);
    assert.equal(down.code, 0, down.stderr);
    assert.deepEqual((await readdir(join(dir, '.dabba', 'app', 'run')).catch(() => [])).filter((f) => /^(secret|config)-/.test(f)), []);
  });

  it('gives root cap_add and takes cap_drop, also from what it execs', async () => {
    // bwrap leaves root's bounding set whole; no_new_privs keeps an exec from gaining what was dropped.
    for (const script of ['cat /proc/self/status', 'sh -c "sh -c \'cat /proc/self/status\'"']) {
      const c = caps(await run('app', script));
      assert.equal(c.eff & CAP_NET_ADMIN, CAP_NET_ADMIN, script);
      assert.equal(c.eff & CAP_NET_RAW, 0n, script);
      assert.equal(c.eff & CAP_CHOWN, CAP_CHOWN, `root keeps what is not dropped: ${script}`);
    }
  });

  it('with cap_drop: [ALL], a non-root user has only what cap_add gives', async () => {
    const c = caps(await run('nonroot', 'id -u; cat /proc/self/status'));
    assert.equal(c.eff, CAP_CHOWN);
    assert.equal(c.bnd, CAP_CHOWN);
  });

  it('starts the command with the ulimits', async () => {
    assert.deepEqual((await run('app', 'ulimit -n; ulimit -Hn')).trim().split('\n'), ['512', '1024']);
  });

  it('sizes /dev/shm with shm_size', async () => {
    const line = (await run('app', 'grep " /dev/shm " /proc/mounts')).trim();
    assert.match(line, /size=8192k/);
  });

  it('writes a net.* sysctl in the container\'s network namespace before the command starts', async () => {
    assert.equal((await run('app', 'cat /proc/sys/net/ipv4/ip_unprivileged_port_start')).trim(), '99');
    const hostValue = (await import('node:fs')).readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8').trim();
    assert.notEqual(hostValue, '99', 'the host\'s own setting is untouched');
  });

  it('gives a secret the owner asked for where the container maps it, and refuses one it does not map', async () => {
    await writeFile(
      join(dir, 'owner.yaml'),
      'services:\n  o:\n    image: oci:./img\n    net: false\n    secrets: [{source: s, uid: "4242", gid: "4343"}]\n    command: ["stat", "-c", "%u:%g", "/run/secrets/s"]\nsecrets:\n  s: {file: ./pw.txt}\n',
    );
    const r = await dabba(dir, ['-f', 'owner.yaml', 'run', '--rm', '-T', 'o'], env);
    if (host.uid === 0 || (host.subuid !== undefined && host.subgid !== undefined)) {
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim(), '4242:4343');
    } else {
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /secret "s": cannot give it uid 4242: that id is not mapped/);
    }
  });

  it('refuses a ulimit no one can set before starting anything, naming it', async () => {
    const r = await dabba(dir, ['run', '--rm', '-T', 'toomany'], env);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /service "toomany": ulimits: nofile asks for a hard limit of unlimited, above the kernel's fs\.nr_open/);
  });

  it('binds a device the container may open', async () => {
    assert.equal((await dabba(dir, ['run', '--rm', '-T', 'dev'], env)).stdout.trim(), '00 00 00 00');
  });

  it('refuses a device the container may not open, naming it', async (t) => {
    const fuse = await stat('/dev/fuse').catch(() => undefined);
    const openable = fuse !== undefined && ((fuse.mode & 0o006) === 0o006 || (host.uid !== 0 && fuse.uid === host.uid));
    if (fuse === undefined || openable) return t.skip('/dev/fuse is missing or open to this user here');
    const r = await dabba(dir, ['run', '--rm', '-T', 'fuse'], env);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /service "fuse": devices: \/dev\/fuse cannot be opened for reading and writing/);
  });

  it('rotates the log at logging\'s max-size, keeping max-file files', async () => {
    const up = await dabba(dir, ['up', '-d', 'chatty'], env);
    assert.equal(up.code, 0, up.stderr);
    const log = join(dir, '.dabba', 'chatty', 'logs', 'output.log');
    await until('the last line in the log', async () => /line 199/.test((await dabba(dir, ['logs', 'chatty'], env)).stdout));
    assert.ok((await stat(`${log}.1`)).size <= 1024);
    assert.ok((await stat(log)).size <= 1024);
    await assert.rejects(stat(`${log}.2`), 'max-file 2: the current file and one rotated');
    await dabba(dir, ['down', '-t', '1'], env);
  });

  it('gives a tty: true service a terminal under up, its output still in the log', async () => {
    const up = await dabba(dir, ['up', '-d', 'term'], env);
    assert.equal(up.code, 0, up.stderr);
    await until('the tty service\'s output', async () => /has-a-tty|no-tty/.test((await dabba(dir, ['logs', 'term'], env)).stdout));
    const logs = (await dabba(dir, ['logs', 'term'], env)).stdout;
    assert.match(logs, /has-a-tty/);
    await dabba(dir, ['down', '-t', '1'], env);
  });
});
