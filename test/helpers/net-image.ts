/**
 * The busybox test image with `netc` (test/fixtures/net/netc.c) in /bin: a
 * client and server whose name lookups read /etc/hosts as a real image's libc
 * does, for the network tests and bench.
 */
import { buildImage, busyboxBaseLayer, type BuiltImage } from './image-builder.js';
import { compileC } from './c-programs.js';

export function buildNetImage(): BuiltImage {
  return buildImage({
    layers: [busyboxBaseLayer(), [{ type: 'file', path: 'bin/netc', content: compileC('net/netc.c', 'static'), mode: 0o755 }]],
    config: { Env: ['PATH=/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'] },
  });
}
