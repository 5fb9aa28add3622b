/**
 * A dabba killed (SIGKILL) while it extracts leaves nothing a later run
 * trusts: the next materialisation completes and equals a clean one.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { materializeRootfs, readRootfsOrigin, removeTree } from '../../src/unpack/index.js';
import { buildImage, buildTarGz, type BuiltImage, type TarEntry } from '../helpers/tar-builder.js';
import { describeTree, openerFor, trackSandboxes, type Sandbox } from '../unit/unpack/fixture.js';

const sandbox = trackSandboxes();

const unpackModule = new URL('../../src/unpack/index.js', import.meta.url).href;

/** Many small files in read-only and unreadable directories, so that a kill lands mid-extraction. */
function bigLayer(seed: string): TarEntry[] {
  const entries: TarEntry[] = [{ name: 'ro/', type: 'dir', mode: 0o555 }, { name: 'locked/', type: 'dir', mode: 0o000 }];
  for (let i = 0; i < 3000; i++) {
    const dir = i % 3 === 0 ? 'ro' : i % 3 === 1 ? 'locked' : `d${i % 50}`;
    entries.push({ name: `${dir}/f${i}`, data: `${seed} ${i} `.repeat(200) });
  }
  return entries;
}

/**
 * Runs a child node process that materialises `image` into `containerDir`
 * from layer files (filling `cacheDir` when given), trickling the layer bytes (the big layer, ~67 KB, takes
 * over 0.6 s), and SIGKILLs it once it has written a part of the layer.
 */
async function killDuringExtraction(sb: Sandbox, image: BuiltImage, cacheDir?: string): Promise<void> {
  const blobDir = join(sb.dir, 'blobs');
  await removeTree(blobDir);
  await import('node:fs/promises').then((fs) => fs.mkdir(blobDir));
  for (const [digest, blob] of image.blobs) await writeFile(join(blobDir, digest.slice(7)), blob);
  const spec = join(sb.dir, 'spec.json');
  await writeFile(spec, JSON.stringify({ containerDir: sb.containerDir, cacheDir, image: { name: 'kill/test', manifestDigest: image.manifestDigest, config: image.config, layers: image.layers }, blobDir }));
  const code = `
    import { readFileSync, createReadStream } from 'node:fs';
    import { Readable } from 'node:stream';
    import { setTimeout as sleep } from 'node:timers/promises';
    const { materializeRootfs } = await import(${JSON.stringify(unpackModule)});
    const spec = JSON.parse(readFileSync(process.argv[1], 'utf8'));
    await materializeRootfs({
      containerDir: spec.containerDir,
      cacheDir: spec.cacheDir,
      image: spec.image,
      openLayer: async (layer) => {
        const bytes = readFileSync(spec.blobDir + '/' + layer.digest.slice(7));
        process.stdout.write('started\\n');
        return Readable.from((async function* () {
          for (let i = 0; i < bytes.length; i += 512) { yield bytes.subarray(i, i + 512); await sleep(5); }
        })());
      },
    });
    process.stdout.write('finished\\n');
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code, spec], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      if (out.includes('started')) setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 200);
    });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
  await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on('exit', resolve)));
  assert.equal(child.signalCode, 'SIGKILL', `the child was not killed mid-extraction (output: ${out})`);
  assert.ok(!out.includes('finished'));
}

async function cleanTree(sb: Sandbox, image: BuiltImage): Promise<ReturnType<typeof describeTree>> {
  const ref = join(sb.dir, 'reference');
  await materializeRootfs({ containerDir: ref, image: { name: 'kill/test', manifestDigest: image.manifestDigest, config: image.config, layers: image.layers }, openLayer: openerFor(image) });
  return describeTree(join(ref, 'rootfs'));
}

function withoutInodes(tree: ReturnType<typeof describeTree>): Map<string, unknown> {
  return new Map([...tree].map(([p, e]) => [p, e.type === 'file' ? { ...e, ino: 0 } : e]));
}

test('killed during the first extraction: no rootfs is trusted, the next run completes it', async () => {
  const sb = await sandbox();
  const image = buildImage([buildTarGz([{ name: 'etc/passwd', data: 'root\n' }]), buildTarGz(bigLayer('one'))]);
  await killDuringExtraction(sb, image);
  assert.equal(await readRootfsOrigin(sb.containerDir), undefined);
  assert.ok(readdirSync(sb.containerDir).some((n) => n.startsWith('.rootfs.tmp-')), 'the kill left a partial temp folder');

  const result = await materializeRootfs({ containerDir: sb.containerDir, image: { name: 'kill/test', manifestDigest: image.manifestDigest, config: image.config, layers: image.layers }, openLayer: openerFor(image) });
  assert.deepEqual(result, { changed: true });
  assert.deepEqual(withoutInodes(describeTree(sb.rootfs)), withoutInodes(await cleanTree(sb, image)));
  assert.deepEqual(readdirSync(sb.containerDir).filter((n) => n.startsWith('.')), [], 'leftovers of the killed run are removed');
});

test('killed while replacing a rootfs: the previous one stays trusted or nothing is, never the partial one', async () => {
  const sb = await sandbox();
  const first = buildImage([buildTarGz([{ name: 'version', data: 'one' }])]);
  await materializeRootfs({ containerDir: sb.containerDir, image: { name: 'kill/test', manifestDigest: first.manifestDigest, config: first.config, layers: first.layers }, openLayer: openerFor(first) });
  const second = buildImage([buildTarGz([{ name: 'version', data: 'two' }]), buildTarGz(bigLayer('two'))]);
  await killDuringExtraction(sb, second);
  const origin = await readRootfsOrigin(sb.containerDir);
  if (origin !== undefined) {
    assert.equal(origin.manifestDigest, first.manifestDigest);
    assert.equal(readFileSync(join(sb.rootfs, 'version'), 'utf8'), 'one');
  }
  await materializeRootfs({ containerDir: sb.containerDir, image: { name: 'kill/test', manifestDigest: second.manifestDigest, config: second.config, layers: second.layers }, openLayer: openerFor(second) });
  assert.equal((await readRootfsOrigin(sb.containerDir))?.manifestDigest, second.manifestDigest);
  assert.deepEqual(withoutInodes(describeTree(sb.rootfs)), withoutInodes(await cleanTree(sb, second)));
  assert.deepEqual(readdirSync(sb.containerDir).filter((n) => n.startsWith('.')), []);
});

test('killed while filling the unpack cache: the partial entry is never used, the next container unpacks and fills it', async () => {
  const sb = await sandbox();
  const cacheDir = join(sb.dir, 'cache');
  const image = buildImage([buildTarGz([{ name: 'etc/passwd', data: 'root\n' }]), buildTarGz(bigLayer('cached'))]);
  await killDuringExtraction(sb, image, cacheDir);
  const left = readdirSync(cacheDir);
  assert.ok(left.length > 0 && left.every((n) => n.startsWith('.tmp-')), `only a partial temp entry is left: ${left.join(', ')}`);

  const spec = { name: 'kill/test', manifestDigest: image.manifestDigest, config: image.config, layers: image.layers };
  const second = join(sb.dir, 'project', '.dabba', 'second');
  let opened = 0;
  const open = openerFor(image);
  await materializeRootfs({ containerDir: second, cacheDir, image: spec, openLayer: async (layer) => (opened++, open(layer)) });
  assert.equal(opened, image.layers.length, 'the layers were unpacked, not the partial entry copied');
  const clean = withoutInodes(await cleanTree(sb, image));
  assert.deepEqual(withoutInodes(describeTree(join(second, 'rootfs'))), clean);
  assert.deepEqual(readdirSync(cacheDir), [image.manifestDigest.slice(7)], 'the killed fill is removed, the new entry committed');

  const third = join(sb.dir, 'project', '.dabba', 'third');
  await materializeRootfs({ containerDir: third, cacheDir, image: spec, openLayer: async () => assert.fail('the committed entry should have been used') });
  assert.deepEqual(withoutInodes(describeTree(join(third, 'rootfs'))), clean);
});

test('the copy processes of a clone from the unpack cache end with a dabba killed mid-copy', async () => {
  const sb = await sandbox();
  const dst = join(sb.dir, 'clone-dst');
  const cloneModule = new URL('../../src/unpack/clone.js', import.meta.url).href;
  // /usr/share: a big tree every host has, so that the copy is still running when the kill lands.
  const child = spawn(process.execPath, ['--input-type=module', '-e', `const { cloneTreeParallel } = await import(${JSON.stringify(cloneModule)}); await cloneTreeParallel('/usr/share', ${JSON.stringify(dst)}, []);`], { stdio: 'ignore' });
  const copying = (): number[] =>
    readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          const argv = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
          return argv[0]?.endsWith('cp') === true && argv.includes(dst);
        } catch {
          return false;
        }
      })
      .map(Number);
  try {
    // Every cp of the clone running (cloneTreeParallel starts 2 to 4): a cp seen running has been exec'd, so
    // its parent-death signal is set; one still starting when the kill lands would never get it.
    const processes = Math.max(2, Math.min(4, availableParallelism()));
    const deadline = Date.now() + 10_000;
    while (copying().length < processes && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    assert.equal(copying().length, processes, 'the copy was seen running');
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const after = Date.now() + 2000;
    while (copying().length > 0 && Date.now() < after) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(copying(), [], 'no cp outlives the killed process');
  } finally {
    for (const pid of copying()) process.kill(pid, 'SIGKILL');
  }
});
