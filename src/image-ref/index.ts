/**
 * Image references and image sources, parsed exactly as docker parses them and
 * without any I/O (go-containerregistry's `pkg/name`, distribution's `reference`).
 *
 *   busybox                     → docker.io/library/busybox:latest
 *   host:5000/r                 → host:5000/r:latest
 *   r:tag@sha256:…              → the digest is what gets pulled; the tag is kept for display
 */
import { isAbsolute, resolve } from 'node:path';
import { digestProblem } from '../oci/digest.js';
import type { Digest } from '../oci/types.js';
import { BadReferenceError } from './errors.js';

export { BadReferenceError } from './errors.js';

export interface ImageRef {
  /** Registry host as written by docker: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** Repository path: `library/busybox`. */
  repository: string;
  /** Undefined only when a digest is given without a tag. */
  tag?: string;
  /** When present, what is pulled (it wins over the tag). */
  digest?: Digest;
}

export type ImageSource =
  | { kind: 'registry'; ref: ImageRef }
  | { kind: 'oci'; dir: string; tag?: string }
  | { kind: 'oci-archive'; file: string; tag?: string }
  | { kind: 'docker-archive'; file: string; ref?: ImageRef };

export const DOCKER_HUB = 'docker.io';
const MAX_NAME = 255;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;

/**
 * Parses a docker image reference. Applies docker's defaults (docker.io,
 * `library/`, `latest` when there is neither tag nor digest). Throws
 * BadReferenceError saying why the string is not a reference.
 */
export function parseReference(input: string): ImageRef {
  const fail = (why: string): never => {
    throw new BadReferenceError(`parsing reference "${input}": ${why}`);
  };
  if (input === '') fail('empty reference');
  if (/\s/.test(input)) fail('a reference contains no white space');

  let rest = input;
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const d = rest.slice(at + 1);
    const problem = digestProblem(d);
    if (problem) fail(`invalid digest "${d}": ${problem}`);
    digest = d as Digest;
    rest = rest.slice(0, at);
    if (rest === '') fail('missing repository before the digest');
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === '') fail('empty tag after ":"');
    if (!TAG.test(tag)) fail(`invalid tag "${tag}" (letters, digits, "_", "." and "-", at most 128, not starting with "." or "-")`);
  }

  let registry = DOCKER_HUB;
  let repository = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    // docker's rule: the first component is a registry host when it looks like one.
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first) {
      registry = first;
      repository = rest.slice(slash + 1);
      const hostProblem = registryHostProblem(registry);
      if (hostProblem) fail(hostProblem);
    }
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (repository === '') fail('missing repository');
  if (repository.toLowerCase() !== repository) fail(`repository name "${repository}" must be lowercase`);
  for (const component of repository.split('/')) {
    if (component === '') fail(`repository "${repository}" has an empty path component`);
    if (!PATH_COMPONENT.test(component)) {
      fail(`invalid repository path component "${component}" (lowercase letters and digits, separated by ".", "_", "__" or "-")`);
    }
  }
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  if (registry.length + 1 + repository.length > MAX_NAME) fail(`repository name longer than ${MAX_NAME} characters`);
  if (tag === undefined && digest === undefined) tag = 'latest';

  const ref: ImageRef = { registry, repository };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

function registryHostProblem(host: string): string | undefined {
  let name = host;
  let port: string | undefined;
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    if (end < 0 || !/^[0-9a-fA-F:.]+$/.test(host.slice(1, end))) return `invalid registry host "${host}"`;
    const after = host.slice(end + 1);
    if (after !== '' && !after.startsWith(':')) return `invalid registry host "${host}"`;
    port = after === '' ? undefined : after.slice(1);
  } else {
    const c = host.lastIndexOf(':');
    if (c >= 0) {
      port = host.slice(c + 1);
      name = host.slice(0, c);
    }
    if (!name.split('.').every((l) => HOST_LABEL.test(l))) return `invalid registry host "${host}"`;
  }
  if (port !== undefined && !/^[0-9]{1,5}$/.test(port)) return `invalid port in registry host "${host}"`;
  return undefined;
}

/** The full reference, as recorded in the store: `docker.io/library/busybox:latest`, `h/r:t@sha256:…`. */
export function formatReference(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** What to ask the registry for: the digest when there is one, else the tag. */
export function referenceToFetch(ref: ImageRef): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** The host the Distribution API is served from (Docker Hub's differs from its name). */
export function registryApiHost(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}

/** Whether `registry` (host[:port]) is a loopback address: 127.0.0.0/8, localhost, ::1. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = hostWithoutPort(registry).toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** `host` of `host:port`, `::1` of `[::1]:5000`. */
export function hostWithoutPort(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(1, registry.indexOf(']'));
  const c = registry.lastIndexOf(':');
  return c >= 0 ? registry.slice(0, c) : registry;
}

/**
 * How to reach a registry: `https` only, or `https-or-http` (plain HTTP allowed,
 * but only when the server does not speak TLS at all). Plain HTTP is allowed for
 * loopback registries and those listed in `DABBA_INSECURE_REGISTRIES`
 * (comma or space separated `host[:port]`; a bare host matches every port).
 */
export function transportFor(registry: string, insecureRegistries: string | undefined): 'https' | 'https-or-http' {
  if (isLoopbackRegistry(registry)) return 'https-or-http';
  const listed = (insecureRegistries ?? '').split(/[\s,]+/).filter(Boolean);
  const host = hostWithoutPort(registry);
  return listed.some((l) => l === registry || l === host) ? 'https-or-http' : 'https';
}

const SOURCE_PREFIXES = ['oci:', 'oci-archive:', 'docker-archive:', 'docker://'] as const;

/**
 * Parses an image source as written in `image:` or on the command line:
 * a registry reference (optionally `docker://`-prefixed), `oci:DIR[:TAG]`,
 * `oci-archive:FILE[:TAG]` or `docker-archive:FILE[:REPO:TAG]` (skopeo's
 * transports; the path ends at the first ":" as in skopeo). Relative paths
 * resolve against `baseDir`. Pure: the files are not looked at.
 */
export function parseImageSource(input: string, baseDir: string): ImageSource {
  const prefix = SOURCE_PREFIXES.find((p) => input.startsWith(p));
  if (prefix === undefined) return { kind: 'registry', ref: parseReference(input) };
  const body = input.slice(prefix.length);
  if (prefix === 'docker://') return { kind: 'registry', ref: parseReference(body) };
  const colon = body.indexOf(':');
  const path = colon < 0 ? body : body.slice(0, colon);
  const after = colon < 0 ? undefined : body.slice(colon + 1);
  if (path === '') throw new BadReferenceError(`parsing image source "${input}": missing path after "${prefix}"`);
  const abs = isAbsolute(path) ? path : resolve(baseDir, path);
  if (prefix === 'docker-archive:') {
    if (after === undefined || after === '') return { kind: 'docker-archive', file: abs };
    try {
      return { kind: 'docker-archive', file: abs, ref: parseReference(after) };
    } catch (err) {
      throw new BadReferenceError(`parsing image source "${input}": ${(err as Error).message}`, { cause: err });
    }
  }
  const kind = prefix === 'oci:' ? 'oci' : 'oci-archive';
  if (after === undefined) return kind === 'oci' ? { kind, dir: abs } : { kind, file: abs };
  if (after === '' || /[\s/]/.test(after)) throw new BadReferenceError(`parsing image source "${input}": invalid tag "${after}"`);
  return kind === 'oci' ? { kind, dir: abs, tag: after } : { kind, file: abs, tag: after };
}

/** The canonical form of a source: absolute paths, full references. Used as its name in the store. */
export function formatImageSource(source: ImageSource): string {
  switch (source.kind) {
    case 'registry':
      return formatReference(source.ref);
    case 'oci':
      return `oci:${source.dir}${source.tag !== undefined ? `:${source.tag}` : ''}`;
    case 'oci-archive':
      return `oci-archive:${source.file}${source.tag !== undefined ? `:${source.tag}` : ''}`;
    case 'docker-archive':
      return `docker-archive:${source.file}${source.ref ? `:${formatReference(source.ref)}` : ''}`;
  }
}
