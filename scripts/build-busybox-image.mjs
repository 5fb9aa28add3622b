#!/usr/bin/env node
// Writes an OCI archive of a one-layer busybox image made from the host's
// static busybox (Debian's busybox-static): /bin/busybox, a symlink per applet
// it lists, /etc/passwd, /etc/group, /tmp and a /www/index.html. Used by the
// offline demo (examples/images/busybox.oci.tar, built by `npm run demo`) and
// the benches. Needs `npm run build` first (it shares the test image builder).
//
// Usage: node scripts/build-busybox-image.mjs OUT.tar [TAG]   (TAG default: latest)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builder = `${root}dist/test/helpers/image-builder.js`;
const [out, tag = 'latest'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/build-busybox-image.mjs OUT.tar [TAG]');
  process.exit(2);
}
if (!existsSync(builder)) {
  console.error(`error: ${builder} is missing; run \`npm run build\` first`);
  process.exit(1);
}
if (!existsSync('/bin/busybox')) {
  console.error('error: /bin/busybox is missing; install busybox-static (apt-get install busybox-static)');
  process.exit(1);
}
const { buildImage, busyboxBaseLayer, writeOciArchive } = await import(builder);
const { defaultPlatform } = await import(`${root}dist/src/image/index.js`);

const image = buildImage({
  format: 'oci',
  platform: defaultPlatform(),
  layers: [busyboxBaseLayer()],
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Cmd: ['sh'],
    WorkingDir: '/',
  },
});
await writeOciArchive(out, image, tag);
console.log(`${out}: busybox image ${image.digest} (${image.blobs[1].descriptor.size} bytes compressed), tag ${tag}`);
