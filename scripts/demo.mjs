#!/usr/bin/env node
// The offline demo: builds a busybox image from the host's busybox-static (no
// registry, no network), then runs examples/web with the real dabba CLI:
// `up -d`, `ps`, an HTTP request through the forwarded port, `exec`, `down`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const image = `${root}examples/images/busybox.oci.tar`;
const project = `${root}examples/web/dabba.yaml`;

function step(title, cmd, args) {
  console.log(`\n$ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`demo: "${title}" exited with ${r.status ?? r.signal}`);
    spawnSync(process.execPath, [`${root}dist/src/cli/bin.js`, '-f', project, 'down'], { stdio: 'inherit' });
    process.exit(1);
  }
}

const dabba = (...args) => [process.execPath, [`${root}dist/src/cli/bin.js`, '-f', project, ...args]];

if (!existsSync(image)) step('node scripts/build-busybox-image.mjs examples/images/busybox.oci.tar', process.execPath, [`${root}scripts/build-busybox-image.mjs`, image]);
step('dabba up -d', ...dabba('up', '-d'));
step('dabba ps', ...dabba('ps'));
console.log('\n$ GET http://127.0.0.1:8080/  (through the forwarded port)');
const res = await fetch('http://127.0.0.1:8080/');
console.log(`HTTP ${res.status}\n${(await res.text()).trim()}`);
step('dabba exec web id', ...dabba('exec', '-T', 'web', 'id'));
step('dabba down', ...dabba('down', '-t', '2'));
console.log('\ndemo: done (the container folder was .dabba/web/ beside examples/web/dabba.yaml)');
