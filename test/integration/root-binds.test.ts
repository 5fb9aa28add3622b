/**
 * As root, the project's files are the container's files: a bind-mounted
 * project folder is writable by the container's root through an idmapped
 * mount, what it creates belongs to root on the host, and the container's
 * root is still not host root. Unprivileged, the id mapping already gives
 * this; the suite is for dabba run as root only.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { dabba, requiredTools } from '../helpers/cli.js';

const asRoot = process.getuid?.() === 0;
const tools = requiredTools(['bwrap', 'unshare', 'nsenter', 'perl']);
const missing = tools.missing;
const skip = !asRoot ? 'dabba runs as root only in this suite (unprivileged, the id mapping already makes the project writable)' : tools.skip;

describe('as root, bind-mounted project files', { skip, timeout: 120_000 }, () => {
  let home: string;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    home = await mkdtemp(join(tmpdir(), 'dabba-rootbind-'));
    dir = join(home, 'proj');
    await mkdir(join(dir, 'data'), { recursive: true });
    await mkdir(join(dir, 'conf'));
    await writeFile(join(dir, 'data', 'from-host.txt'), 'host\n');
    await writeFile(join(dir, 'conf', 'app.conf'), 'conf\n');
    await chmod(join(dir, 'data', 'from-host.txt'), 0o644);
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
    await writeFile(
      join(dir, 'dabba.yaml'),
      `services:
  app:
    image: oci:./img
    net: false
    volumes:
      - ./data:/data
      - type: bind
        source: ./conf
        target: /conf
        read_only: true
`,
    );
    env = { DABBA_STORE: join(home, 'store') };
  });

  after(async () => {
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('the container writes a relative bind, and the file is root\'s on the host', async () => {
    const r = await dabba(dir, ['run', '--rm', '-T', 'app', 'sh', '-c', 'echo made-inside > /data/out.txt && stat -c %u:%g /data/from-host.txt'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), '0:0', "root's files show as the container root's");
    assert.equal(await readFile(join(dir, 'data', 'out.txt'), 'utf8'), 'made-inside\n');
    const st = await stat(join(dir, 'data', 'out.txt'));
    assert.deepEqual([st.uid, st.gid], [0, 0]);
  });

  it('a file made on the host is readable and writable inside; :ro stays read-only', async () => {
    const r = await dabba(dir, ['run', '--rm', '-T', 'app', 'sh', '-c', 'cat /data/from-host.txt; echo more >> /data/from-host.txt; echo x > /conf/new 2>/dev/null && echo WROTE-RO || echo ro-refused'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['host', 'ro-refused']);
    assert.equal(await readFile(join(dir, 'data', 'from-host.txt'), 'utf8'), 'host\nmore\n');
  });

  it('the container root is still not host root: no uid map line maps host uid 0', async () => {
    const r = await dabba(dir, ['run', '--rm', '-T', 'app', 'cat', '/proc/self/uid_map'], env);
    assert.equal(r.code, 0, r.stderr);
    for (const line of r.stdout.trim().split('\n')) {
      const [inside, outside, count] = line.trim().split(/\s+/).map(Number);
      assert.ok(!(outside! <= 0 && 0 < outside! + count!), `host uid 0 is mapped: ${line} (inside ${inside})`);
    }
  });

  it('where an idmapped mount cannot be made, the bind is plain and a notice names it', async () => {
    const r = await dabba(dir, ['run', '--rm', '-T', 'app', 'sh', '-c', 'echo x > /data/fallback.txt && echo WROTE || echo refused'], { ...env, DABBA_TEST_NO_IDMAP: '1' });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'refused');
    assert.match(r.stderr, /\/data is read-only in practice for the container's root/);
    assert.match(r.stderr, /user:/);
  });
});
