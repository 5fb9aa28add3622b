/**
 * `fakeroot: false` with `user:` (podman's keep-id): the image's user is the
 * invoking user, so what it writes to a bind-mounted project is the invoking
 * user's on the host, while the image's root-owned files still show as root
 * where a subordinate range maps them. As host root, whose files are root's,
 * the container's ids stay in the unprivileged range: user U is range start + U.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { dabba, requiredTools } from '../helpers/cli.js';
import { readHostFacts } from '../../src/sandbox/host.js';

const { missing, skip } = requiredTools(['bwrap', 'unshare', 'nsenter']);
const host = readHostFacts();
const range = host.subuid !== undefined && host.subgid !== undefined;
/** Who owns on the host what container uid 1000 writes: you; as root, through the idmapped bind, uid 1000 as with docker. */
const writerUid = host.uid === 0 ? 1000 : host.uid;
/** How the image's root-owned /etc/passwd shows: as root (with a range, or as host root) or, with only 1000 mapped, as nobody. */
const rootShows = host.uid === 0 || range ? '0' : '65534';

describe('fakeroot: false with user: maps you to that user', { skip, timeout: 180_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.equal(missing, undefined, `DABBA_MUST_WORK=1 but ${missing} is not installed`);
    dir = await mkdtemp(join(tmpdir(), 'dabba-keepid-'));
    await mkdir(join(dir, 'work'));
    // As host root, the container's uid 1000 is an unprivileged id that must be let in, as with docker.
    if (host.uid === 0) await chmod(join(dir, 'work'), 0o777);
    await writeOciLayout(join(dir, 'img'), buildBusyboxImage());
    await writeFile(
      join(dir, 'dabba.yaml'),
      `services:
  dev:
    image: oci:./img
    net: false
    fakeroot: false
    user: "1000:1000"
    volumes: ["./work:/work"]
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"]
`,
    );
    env = { DABBA_STORE: join(dir, 'store') };
  });

  after(async () => {
    if (dir) await dabba(dir, ['down', '-v'], env);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('run --rm runs as 1000:1000, writes bind-mounted files as you, and shows root\'s files as root', async () => {
    const r = await dabba(dir, ['run', '--rm', '-T', 'dev', 'sh', '-c', 'id -u; id -g; touch /work/made-inside; stat -c %u /etc/passwd'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['1000', '1000', rootShows]);
    const made = await stat(join(dir, 'work', 'made-inside'));
    assert.equal(made.uid, writerUid, 'the file the container user made belongs to you on the host');
  });

  it('up -d, then exec runs as 1000 and writes as you', async () => {
    const up = await dabba(dir, ['up', '-d'], env);
    assert.equal(up.code, 0, up.stderr);
    const r = await dabba(dir, ['exec', '-T', 'dev', 'sh', '-c', 'id -u; id -g; touch /work/from-exec'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['1000', '1000']);
    assert.equal((await stat(join(dir, 'work', 'from-exec'))).uid, writerUid);
  });
});
