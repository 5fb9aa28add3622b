/**
 * buildah's command lines (pure). Every buildah call gets dabba's own storage
 * (a vfs store under dabba's store folder, never the user's podman/buildah
 * storage) and signature policy; RUN steps use chroot isolation, which works
 * unprivileged and on hosts where buildah's OCI runtime cannot (cgroup v1/hybrid).
 */
import { join } from 'node:path';
import type { BuildSpec } from '../config/model.js';

/** Where dabba's buildah keeps its state, all below `root` (`<store>/buildah`). */
export interface BuildahPaths {
  root: string;
  storage: string;
  runroot: string;
  /** Its HOME, so that the user's ~/.config/containers is not read. */
  home: string;
  tmp: string;
  /** dabba's own folders: each build's (its Dockerfile, buildah's outputs), and the base images' layouts being loaded. */
  work: string;
  bases: string;
  policy: string;
  registries: string;
}

export function buildahPaths(storeRoot: string): BuildahPaths {
  const root = join(storeRoot, 'buildah');
  return {
    root,
    storage: join(root, 'storage'),
    runroot: join(root, 'run'),
    home: join(root, 'home'),
    tmp: join(root, 'tmp'),
    work: join(root, 'work'),
    bases: join(root, 'bases'),
    policy: join(root, 'policy.json'),
    registries: join(root, 'registries.conf'),
  };
}

/** Signatures are dabba's concern (it verifies digests on import); buildah only ever reads dabba's own copies. */
export const POLICY_JSON = '{"default":[{"type":"insecureAcceptAnything"}]}\n';
/** Short names in FROM resolve as Docker resolves them, whatever the host's registries.conf says. */
export const REGISTRIES_CONF = 'unqualified-search-registries = ["docker.io"]\nshort-name-mode = "permissive"\n';

/** The environment buildah runs with: dabba's helper environment plus its own HOME, TMPDIR and config files. */
export function buildahEnv(paths: BuildahPaths, base: Readonly<Record<string, string>>): Record<string, string> {
  return { ...base, HOME: paths.home, TMPDIR: paths.tmp, CONTAINERS_REGISTRIES_CONF: paths.registries, XDG_CONFIG_HOME: join(paths.home, '.config') };
}

/** The global options that put buildah on dabba's storage. */
export function storageArgs(paths: BuildahPaths): string[] {
  return ['--root', paths.storage, '--runroot', paths.runroot, '--storage-driver', 'vfs'];
}

export interface BudOptions {
  /** Absolute path of the Dockerfile to use. */
  dockerfile: string;
  /** The name buildah tags the result with in its storage. */
  tag: string;
  /** Build args: the service's, then those of the command line. */
  args: Readonly<Record<string, string>>;
  noCache: boolean;
  /** File buildah writes the image id to. */
  iidFile: string;
}

/**
 * `buildah bud` for `spec`: FROM images are never pulled by buildah (dabba has put them in its storage).
 * Never `--quiet`: its STEP lines tell which step failed, even when dabba prints none of them.
 */
export function budArgs(paths: BuildahPaths, spec: BuildSpec, o: BudOptions): string[] {
  const argv = [...storageArgs(paths), 'bud', '--signature-policy', paths.policy, '--isolation', 'chroot', '--pull=never', '--layers', '--format', 'oci'];
  argv.push('-f', o.dockerfile, '-t', o.tag, '--iidfile', o.iidFile);
  for (const [k, v] of Object.entries(o.args)) argv.push('--build-arg', `${k}=${v}`);
  if (spec.target !== undefined) argv.push('--target', spec.target);
  for (const [k, v] of Object.entries(spec.labels)) argv.push('--label', `${k}=${v}`);
  for (const h of spec.extraHosts) argv.push('--add-host', h);
  if (o.noCache) argv.push('--no-cache');
  argv.push(spec.context);
  return argv;
}

/**
 * Loads an OCI layout's only image into buildah's storage. buildah names it
 * after the path, which must be a valid (lowercase) image name: `layoutName`
 * is a folder name, relative to the working directory buildah runs in.
 */
export function pullLayoutArgs(paths: BuildahPaths, layoutName: string): string[] {
  return [...storageArgs(paths), 'pull', '--signature-policy', paths.policy, '--quiet', `oci:${layoutName}`];
}

export function tagArgs(paths: BuildahPaths, id: string, name: string): string[] {
  return [...storageArgs(paths), 'tag', id, name];
}

/** Writes image `id` as an OCI layout (layers gzip-compressed, as registries hold them). */
export function pushLayoutArgs(paths: BuildahPaths, id: string, layoutDir: string): string[] {
  return [...storageArgs(paths), 'push', '--signature-policy', paths.policy, '--quiet', id, `oci:${layoutDir}`];
}

/** The images in buildah's storage, one JSON document. */
export function imagesArgs(paths: BuildahPaths): string[] {
  return [...storageArgs(paths), 'images', '--json'];
}
