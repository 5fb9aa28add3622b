/**
 * A service's environment (passwords) and pulled images are readable by their
 * owner only: the real CLI, a busybox image from an OCI layout, `net: false`.
 * Run as root (the container then runs as an unprivileged mapped id, which
 * must still reach its rootfs) and as an unprivileged user.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));

function missingHostFeature(): string | undefined {
  for (const tool of ['bwrap', 'unshare', 'nsenter']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  }
  const probe = spawnSync('unshare', ['--user', '--map-root-user', '--net', 'true']);
  if (probe.status !== 0) return `unprivileged user namespaces are not available: ${probe.stderr.toString().trim()}`;
  return undefined;
}
const missing = missingHostFeature();
const skip = missing !== undefined && process.env.DABBA_MUST_WORK !== '1' ? missing : false;

function dabba(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every regular file under `dir`, skipping the folders `skip` says to. */
async function filesUnder(dir: string, skipDir: (path: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && !skipDir(p)) out.push(...(await filesUnder(p, skipDir)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const mode = async (p: string) => (await stat(p)).mode & 0o777;

describe('secrets and images are private to their owner', { skip, timeout: 300_000 }, () => {
  const secret = `pw-${randomBytes(8).toString('hex')}`;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing}`);
    dir = await mkdtemp(join(tmpdir(), 'dabba-perms-'));
    await chmod(dir, 0o755);
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
    await writeFile(
      join(dir, 'dabba.yaml'),
      `services:\n  app:\n    image: oci:./img\n    net: false\n    environment: {SECRET: ${secret}}\n    stop_grace_period: 1s\n    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"]\n`,
    );
    env = { DABBA_STORE: join(dir, 'store'), DABBA_LOCK_TIMEOUT: '60' };
    // As an older dabba left them: open to everyone.
    await mkdir(join(dir, '.dabba'), { mode: 0o755 });
    await mkdir(join(dir, 'store'), { mode: 0o755 });
    await chmod(join(dir, '.dabba'), 0o755);
    await chmod(join(dir, 'store'), 0o755);
  });
  after(async () => {
    if (dir === undefined) return;
    await dabba(dir, ['down', '-v', '-t', '0'], env);
    await rm(dir, { recursive: true, force: true });
  });

  it('up -d: spec.json and state.json are 0600, nothing else outside rootfs and logs shows the secret to others; .dabba/ and the store are 0700', async () => {
    const up = await dabba(dir, ['up', '-d'], env);
    assert.equal(up.code, 0, up.stderr);
    const exec = await dabba(dir, ['exec', '-T', 'app', 'sh', '-c', 'echo "$SECRET"'], env);
    assert.equal(exec.code, 0, exec.stderr);
    assert.equal(exec.stdout.trim(), secret);

    const svc = join(dir, '.dabba', 'app');
    assert.equal(await mode(join(svc, 'spec.json')), 0o600);
    assert.equal(await mode(join(svc, 'state.json')), 0o600);
    const holding: string[] = [];
    const files = await filesUnder(join(dir, '.dabba'), (p) => p === join(svc, 'rootfs') || p === join(svc, 'logs'));
    for (const f of files) {
      if (!(await readFile(f, 'utf8')).includes(secret)) continue;
      holding.push(relative(dir, f));
      assert.equal((await mode(f)) & 0o077, 0, `${relative(dir, f)} holds the secret and is mode ${(await mode(f)).toString(8)}`);
    }
    assert.ok(holding.includes('.dabba/app/spec.json') && holding.includes('.dabba/app/state.json'), holding.join(', '));

    assert.equal(await mode(join(dir, '.dabba')), 0o700, '.dabba/ made world-readable by an older dabba is tightened');
    assert.equal(await mode(join(dir, 'store')), 0o700, 'the store made world-readable by an older dabba is tightened');
    const blobs = await readdir(join(dir, 'store', 'blobs', 'sha256'));
    assert.ok(blobs.length >= 3);
    for (const b of blobs) assert.equal((await mode(join(dir, 'store', 'blobs', 'sha256', b))) & 0o077, 0, `blob ${b}`);
  });

  it('a one-off container still reaches its rootfs and generated files', async () => {
    const run = await dabba(dir, ['run', '--rm', '-T', 'app', 'sh', '-c', 'cat /etc/hostname; echo "$SECRET"'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `app\n${secret}\n`);
  });

  it('a new store and a new .dabba are made 0700', async () => {
    const other = join(dir, 'fresh');
    await mkdir(other, { mode: 0o755 });
    await chmod(other, 0o755);
    await writeFile(join(other, 'dabba.yaml'), `services:\n  one:\n    image: oci:${join(dir, 'img')}\n    net: false\n    command: ["true"]\n`);
    const envFresh = { DABBA_STORE: join(other, 'store'), DABBA_LOCK_TIMEOUT: '60' };
    const r = await dabba(other, ['run', '--rm', '-T', 'one'], envFresh);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await mode(join(other, '.dabba')), 0o700);
    assert.equal(await mode(join(other, 'store')), 0o700);
  });
});

describe('a secret\'s file under the project is read without following a link a container could have put there', { skip, timeout: 120_000 }, () => {
  let base: string;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing}`);
    base = await mkdtemp(join(tmpdir(), 'dabba-secret-link-'));
    await chmod(base, 0o755);
    dir = join(base, 'proj');
    await mkdir(join(dir, 'secrets'), { recursive: true });
    await mkdir(join(base, 'host'));
    await writeFile(join(base, 'host', 'db.txt'), 'host secret\n');
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
    // `code` has the project bound writable, as `.:/code` does: what runs in it can replace any part of the path.
    await writeFile(join(dir, 'dabba.yaml'), 'services:\n  app:\n    image: oci:./img\n    net: false\n    secrets: [db]\n  code:\n    image: oci:./img\n    net: false\n    volumes: [".:/code"]\nsecrets:\n  db: {file: ./secrets/db.txt}\n');
    env = { DABBA_STORE: join(base, 'store'), DABBA_LOCK_TIMEOUT: '60' };
  });
  after(async () => {
    if (base !== undefined) await rm(base, { recursive: true, force: true });
  });

  it('a link for the file or for its folder leads nowhere; the file itself is read', async () => {
    const read = () => dabba(dir, ['run', '--rm', '-T', 'app', 'cat', '/run/secrets/db'], env);
    await writeFile(join(dir, 'secrets', 'db.txt'), 'mine\n');
    const ok = await read();
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.stdout, 'mine\n');
    // What a container of `code` could do through /code: the file, then its folder, swapped for links to the host.
    await rm(join(dir, 'secrets', 'db.txt'));
    await symlink(join(base, 'host', 'db.txt'), join(dir, 'secrets', 'db.txt'));
    await rename(join(dir, 'secrets'), join(dir, 'secrets.old'));
    await symlink(join(base, 'host'), join(dir, 'secrets'));
    for (const step of ['folder', 'file']) {
      const r = await read();
      assert.notEqual(r.code, 0, `${step}: ${r.stdout}`);
      assert.match(r.stderr, /cannot read .*secrets\/db\.txt for \/run\/secrets\/db: file secrets\/db\.txt: no such file under /, step);
      assert.doesNotMatch(r.stdout + r.stderr, /host secret/, step);
      if (step === 'folder') {
        await rm(join(dir, 'secrets'));
        await rename(join(dir, 'secrets.old'), join(dir, 'secrets'));
      }
    }
  });
});
