/**
 * Builds a busybox rootfs folder directly (no image, no store) for sandbox
 * tests, and the minimal Service and ImageConfig that go with it; temporary
 * folders, empty or holding given files.
 */
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Service } from '../../src/config/model.js';
import type { ImageConfig } from '../../src/oci/types.js';

export const BUSYBOX = '/bin/busybox';

export function haveBusybox(): boolean {
  return existsSync(BUSYBOX);
}

/** A fresh temp folder readable by other users (tests also run as an unprivileged user after root). */
export async function makeTempDir(prefix = 'dabba-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

/** Runs `fn` in a new temporary folder holding `files` (relative path → text), removed afterwards. */
export async function withFiles(files: Record<string, string>, fn: (dir: string) => Promise<void>, prefix = 'dabba-files-'): Promise<void> {
  const dir = await makeTempDir(prefix);
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `dir/rootfs` with /bin/busybox and a symlink per applet, /etc/passwd with
 * root, `app` (1000:1000) and nobody, /etc/group, and the usual empty folders.
 */
export async function makeBusyboxRootfs(dir: string): Promise<string> {
  const rootfs = join(dir, 'rootfs');
  for (const d of ['bin', 'etc', 'tmp', 'proc', 'dev', 'sys', 'root', 'home/app', 'var/www']) await mkdir(join(rootfs, d), { recursive: true });
  await copyFile(BUSYBOX, join(rootfs, 'bin/busybox'));
  await chmod(join(rootfs, 'bin/busybox'), 0o755);
  const applets = execFileSync(BUSYBOX, ['--list'], { encoding: 'utf8' }).split('\n').filter((a) => a && a !== 'busybox');
  await Promise.all(applets.map((a) => symlink('busybox', join(rootfs, 'bin', a))));
  await writeFile(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n');
  await writeFile(join(rootfs, 'etc/group'), 'root:x:0:\nstaff:x:50:\napp:x:1000:\nnogroup:x:65534:\n');
  await chmod(join(rootfs, 'tmp'), 0o1777);
  return rootfs;
}

/** A normalised Service with config's defaults, overridden by `over`. */
export function makeService(over: Partial<Service> = {}): Service {
  return {
    name: 'svc',
    image: 'busybox',
    profiles: [],
    environment: {},
    volumes: [],
    ports: [],
    readOnly: false,
    tmpfs: [],
    pullPolicy: 'missing',
    dependsOn: {},
    restart: { policy: 'no' },
    stopGracePeriodMs: 10_000,
    init: false,
    labels: {},
    networkMode: { mode: 'bridge', networks: [{ network: 'default', aliases: [] }] },
    links: [],
    extraHosts: [],
    dns: [],
    dnsSearch: [],
    dnsOptions: [],
    expose: [],
    fakeroot: true,
    watch: [],
    secrets: [],
    configs: [],
    capAdd: [],
    capDrop: [],
    ulimits: {},
    tty: false,
    stdinOpen: false,
    sysctls: {},
    devices: [],
    logging: { maxBytes: 10 * 1024 * 1024, maxFiles: 4 },
    resources: {},
    reservations: {},
    replicas: 1,
    ...over,
  };
}

/** A minimal image config: busybox's defaults. */
export function makeImageConfig(config: ImageConfig['config'] = {}): ImageConfig {
  return { architecture: 'amd64', os: 'linux', config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'], ...config }, rootfs: { type: 'layers', diff_ids: [] } };
}

/**
 * As host root, containers map root to an unprivileged range: give the rootfs
 * to that range's root, as the unpacker's idShift does.
 */
export function shiftRootfsForRoot(rootfs: string, shift: { uid: number; gid: number } | undefined): void {
  if (shift) execFileSync('chown', ['-R', '-h', `${shift.uid}:${shift.gid}`, rootfs]);
}
