/**
 * A container that prints a very long line without a newline: its supervisor
 * logs it in 16 KiB pieces as it arrives, with flat memory, instead of holding
 * (and re-scanning) the whole line. The real CLI, supervisor and bwrap.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBusyboxImage, writeOciLayout } from '../helpers/image-builder.js';
import { isolatedEnv, runDabba } from '../helpers/registry.js';
import { makeTempDir } from '../helpers/rootfs.js';
import { whichTool } from '../../src/sandbox/host.js';

const missing = ['bwrap'].filter((t) => !whichTool(t));
const skip = process.env.DABBA_MUST_WORK !== '1' && missing.length > 0 ? `missing ${missing.join(', ')}` : false;

let dir: string;
let env: NodeJS.ProcessEnv;
before(async () => {
  if (skip) return;
  dir = await makeTempDir();
  await writeOciLayout(join(dir, 'img'), buildBusyboxImage({ format: 'oci' }));
  await writeFile(
    join(dir, 'dabba.yaml'),
    `services:
  flood:
    image: oci:./img
    net: false
    stop_grace_period: 1s
    command:
      - sh
      - -c
      - head -c 200000000 /dev/zero | tr '\\0' a; echo; echo done; exec sleep 1000
`,
  );
  env = isolatedEnv(dir);
});
after(async () => {
  if (!dir) return;
  await runDabba(['down'], { cwd: dir, env });
  rmSync(dir, { recursive: true, force: true });
});

function rssKiB(pid: number): number {
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

test('200 MB without a newline: logged in 16 KiB pieces as it comes, the supervisor stays small', { skip, timeout: 240_000 }, async (t) => {
  const up = await runDabba(['up', '-d'], { cwd: dir, env, timeoutMs: 120_000 });
  assert.equal(up.code, 0, up.stderr);
  const state = JSON.parse(readFileSync(join(dir, '.dabba', 'flood', 'state.json'), 'utf8')) as { supervisor: { pid: number } };
  const supervisor = state.supervisor.pid;
  let maxRss = 0;
  let seenPiece = false;
  let done = false;
  const end = Date.now() + 150_000;
  while (!done && Date.now() < end) {
    maxRss = Math.max(maxRss, rssKiB(supervisor));
    const logs = await runDabba(['logs', '--no-log-prefix', '--tail', '3', 'flood'], { cwd: dir, env });
    assert.equal(logs.code, 0, logs.stderr);
    const lines = logs.stdout.split('\n').filter(Boolean);
    for (const l of lines) if (/^a+ \[partial\]$/.test(l)) {
      seenPiece = true;
      assert.equal(l.length, 16 * 1024 + ' [partial]'.length);
    }
    done = lines.at(-1) === 'done';
    await new Promise((r) => setTimeout(r, 500));
  }
  maxRss = Math.max(maxRss, rssKiB(supervisor));
  t.diagnostic(`the supervisor's largest RSS: ${maxRss} KiB`);
  assert.ok(seenPiece, 'the long line was logged in pieces marked partial');
  assert.ok(done, 'the whole output was logged within 150 s');
  assert.ok(maxRss < 150 * 1024, `the supervisor's RSS reached ${maxRss} KiB`);
});
