/**
 * Reading buildah's outputs (output.ts) from a folder a hostile build has
 * changed: its iid and OCI layout replaced by links out of the folder (to a
 * file only root may read, to another layout, to a device), a FIFO, a huge
 * file. Each is refused with a BuildError naming the file: never followed
 * out of the folder, never a hang, never read beyond its bound.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BuildError } from '../../../src/build/errors.js';
import { importBuiltLayout, readImageId } from '../../../src/build/output.js';
import { Store } from '../../../src/store/index.js';
import { buildBusyboxImage, writeOciLayout } from '../../helpers/image-builder.js';
import { makeTempDir } from '../../helpers/rootfs.js';

const image = buildBusyboxImage({ marker: 'built' });
const ID = image.manifest.config.digest;
const SECRET = 'secret-of-host-root';

describe('build output: read without following the build\'s links', () => {
  let base: string;
  let n = 0;

  before(async () => {
    base = await makeTempDir('dabba-build-output-');
    await writeFile(join(base, 'secret'), `${SECRET}\n`, { mode: 0o600 });
  });
  after(() => rm(base, { recursive: true, force: true }));

  /** A fresh output folder as buildah leaves it: `iid` and the layout `image`. */
  async function output(): Promise<string> {
    const out = join(base, `out${++n}`);
    await mkdir(out);
    await writeFile(join(out, 'iid'), `${ID}\n`);
    await writeOciLayout(join(out, 'image'), image);
    return out;
  }
  const blob = (out: string, digest: string) => join(out, 'image', 'blobs', 'sha256', digest.slice('sha256:'.length));
  /** Imports into a new store: every blob is read from the output. */
  const importIt = async (out: string) => importBuiltLayout(await Store.open(`${out}-store`), out, 'image', ['localhost/built:latest'], base);
  /** Rejects with a BuildError whose message matches `message` and never shows the secret. */
  async function refused(p: Promise<unknown>, message: RegExp): Promise<void> {
    await assert.rejects(p, (err: Error) => {
      assert.ok(err instanceof BuildError, `not a BuildError: ${err.stack}`);
      assert.match(err.message, message);
      assert.doesNotMatch(err.message, new RegExp(SECRET));
      return true;
    });
  }

  test('an untouched output: the id, and the image imported under its names', async () => {
    const out = await output();
    assert.equal(await readImageId(out), ID);
    const got = await importIt(out);
    assert.equal(got.manifestDigest, image.digest);
  });

  test('iid: a link to a file only root may read, a FIFO, a huge file, not an id', { timeout: 20_000 }, async () => {
    const out = await output();
    await rm(join(out, 'iid'));
    await symlink(join(base, 'secret'), join(out, 'iid'));
    await refused(readImageId(out), /iid: no such file/);
    await rm(join(out, 'iid'));
    execFileSync('mkfifo', [join(out, 'iid')]);
    await refused(readImageId(out), /iid: not a regular file/);
    await rm(join(out, 'iid'));
    await writeFile(join(out, 'iid'), '');
    await truncate(join(out, 'iid'), 1 << 30);
    await refused(readImageId(out), /iid: larger than/);
    await writeFile(join(out, 'iid'), '--help\n');
    await refused(readImageId(out), /iid: .*not an image id/);
  });

  test('index.json: a link to another layout\'s, a FIFO, a device, a huge file', { timeout: 20_000 }, async () => {
    const out = await output();
    const elsewhere = await output();
    await rm(join(out, 'image', 'index.json'));
    await symlink(join(elsewhere, 'image', 'index.json'), join(out, 'image', 'index.json'));
    await refused(importIt(out), /index\.json: no such file/);
    await rm(join(out, 'image', 'index.json'));
    execFileSync('mkfifo', [join(out, 'image', 'index.json')]);
    await refused(importIt(out), /index\.json: not a regular file/);
    await rm(join(out, 'image', 'index.json'));
    await symlink('/dev/zero', join(out, 'image', 'index.json'));
    await refused(importIt(out), /index\.json: no such file/);
    await rm(join(out, 'image', 'index.json'));
    await writeFile(join(out, 'image', 'index.json'), '');
    await truncate(join(out, 'image', 'index.json'), 1 << 30);
    await refused(importIt(out), /index\.json: larger than/);
  });

  test('blobs: the folder a link to another layout\'s, the manifest a FIFO or huge, a layer a FIFO', { timeout: 20_000 }, async () => {
    const out = await output();
    const elsewhere = await output();
    await rename(join(out, 'image', 'blobs'), join(out, 'blobs-moved'));
    await symlink(join(elsewhere, 'image', 'blobs'), join(out, 'image', 'blobs'));
    await refused(importIt(out), /blobs\/sha256\/[0-9a-f]{64}: no such file/);
    await rm(join(out, 'image', 'blobs'));
    await rename(join(out, 'blobs-moved'), join(out, 'image', 'blobs'));
    const manifest = blob(out, image.digest);
    const kept = await readFile(manifest);
    await rm(manifest);
    execFileSync('mkfifo', [manifest]);
    await refused(importIt(out), new RegExp(`${image.digest.slice(7)}: not a regular file`));
    await rm(manifest);
    await writeFile(manifest, '');
    await truncate(manifest, 1 << 30);
    await refused(importIt(out), new RegExp(`${image.digest.slice(7)}: larger than`));
    await writeFile(manifest, kept);
    const layer = image.manifest.layers[0]!.digest;
    await rm(blob(out, layer));
    execFileSync('mkfifo', [blob(out, layer)]);
    await refused(importIt(out), new RegExp(`${layer.slice(7)}: not a regular file`));
  });
});
