/** Hostile container programs for the security tests (test/fixtures/hostile/), compiled by c-programs.ts. */
import { compileC } from './c-programs.js';

export type HostileProgram = 'flip';

/** A static executable of test/fixtures/hostile/NAME.c, for a layer of the busybox image. */
export function hostileProgram(name: HostileProgram): Buffer {
  return compileC(`hostile/${name}.c`, 'static');
}

/** The LD_PRELOAD canary (preload.c) as a shared object: it creates $DABBA_CANARY in any dynamic program that loads it. */
export function preloadCanary(): Buffer {
  return compileC('hostile/preload.c', 'shared');
}
