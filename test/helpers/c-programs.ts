/**
 * Small C programs for the tests, compiled from test/fixtures/ once per run:
 * static executables with musl-gcc (Debian musl-tools), so that they run in
 * the busybox image, or shared libraries for the host's dynamic loader. Each
 * result is kept under the system's temp folder keyed by its source's hash,
 * so a test run compiles each program once.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));

/** test/fixtures/SOURCE (e.g. `net/netc.c`) compiled. */
export function compileC(source: string, kind: 'static' | 'shared'): Buffer {
  const path = join(FIXTURES, source);
  const text = readFileSync(path);
  const key = createHash('sha256').update(kind).update(text).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `dabba-test-programs-${process.getuid?.() ?? 0}`);
  const out = join(dir, `${basename(source)}-${key}`);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${out}.${process.pid}`;
    const [cc, flags] = kind === 'static' ? ['musl-gcc', ['-static', '-O2']] : ['cc', ['-shared', '-fPIC', '-O2']];
    execFileSync(cc, [...flags, '-o', tmp, path], { stdio: ['ignore', 'ignore', 'inherit'] });
    renameSync(tmp, out);
  }
  return readFileSync(out);
}
