import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// The compiled test lives in dist/test/unit/plan; the sources in src/plan.
const srcDir = fileURLToPath(new URL('../../../../src/plan/', import.meta.url));

test('the planner is pure: it imports no I/O module', async () => {
  const files = (await readdir(srcDir)).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 3);
  for (const f of files) {
    const text = await readFile(join(srcDir, f), 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const i of imports) {
      assert.ok(!/^(node:)?(fs|fs\/promises|child_process|net)$|^(undici|execa|tar|chokidar)$|\/state\/(store|lock|process)\.js$/.test(i), `${f} imports ${i}`);
    }
  }
});
