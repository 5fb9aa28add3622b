/**
 * Hostile container programs for the security tests, compiled from the C
 * sources in test/fixtures/hostile/ once per run: static executables with
 * musl-gcc (Debian musl-tools), so that they run in the busybox image, and a
 * shared library for the host's dynamic loader (the LD_PRELOAD canary).
 * Each result is kept under the system's temp folder keyed by its source's
 * hash, so a test run compiles each program once.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = fileURLToPath(new URL('../../../test/fixtures/hostile/', import.meta.url));

export type HostileProgram = 'flip';

function compile(source: string, kind: 'static' | 'shared'): Buffer {
  const text = readFileSync(join(SOURCES, source));
  const key = createHash('sha256').update(kind).update(text).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `dabba-hostile-${process.getuid?.() ?? 0}`);
  const out = join(dir, `${source}-${key}`);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${out}.${process.pid}`;
    const [cc, flags] = kind === 'static' ? ['musl-gcc', ['-static', '-O2']] : ['cc', ['-shared', '-fPIC', '-O2']];
    execFileSync(cc, [...flags, '-o', tmp, join(SOURCES, source)], { stdio: ['ignore', 'ignore', 'inherit'] });
    renameSync(tmp, out);
  }
  return readFileSync(out);
}

/** A static executable of test/fixtures/hostile/NAME.c, for a layer of the busybox image. */
export function hostileProgram(name: HostileProgram): Buffer {
  return compile(`${name}.c`, 'static');
}

/** The LD_PRELOAD canary (preload.c) as a shared object: it creates $DABBA_CANARY in any dynamic program that loads it. */
export function preloadCanary(): Buffer {
  return compile('preload.c', 'shared');
}
