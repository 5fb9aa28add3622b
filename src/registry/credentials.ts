/**
 * Registry credentials, found where docker and podman keep them:
 * `$REGISTRY_AUTH_FILE` or `$XDG_RUNTIME_DIR/containers/auth.json` (podman),
 * then `$DOCKER_CONFIG/config.json` or `~/.docker/config.json` (docker:
 * `credHelpers`, `credsStore` through `docker-credential-*`, then `auths`).
 * `dabba login`/`logout` write the docker file.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic.js';
import { DOCKER_HUB } from '../image-ref/index.js';
import { RegistryError } from './errors.js';

export interface Credential {
  username: string;
  password: string;
}

/** Looks up the credentials for a registry host; undefined when there are none. */
export type CredentialLookup = (registry: string) => Promise<Credential | undefined>;

interface AuthFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [other: string]: unknown;
}

/** The key docker uses for Docker Hub in config.json. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

/** `https://index.docker.io/v1/` → `docker.io`; `http://h:5000/v2/` → `h:5000`. */
export function normalizeAuthKey(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0]!.toLowerCase();
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB : host;
}

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv): string {
  return join(env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker'), 'config.json');
}

function podmanAuthPaths(env: NodeJS.ProcessEnv): string[] {
  if (env.REGISTRY_AUTH_FILE) return [env.REGISTRY_AUTH_FILE];
  return env.XDG_RUNTIME_DIR ? [join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json')] : [];
}

async function readAuthFile(path: string): Promise<AuthFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new RegistryError(`reading credentials from ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    const doc = JSON.parse(text) as unknown;
    return typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as AuthFile) : {};
  } catch (err) {
    throw new RegistryError(`reading credentials from ${path}: invalid JSON: ${(err as Error).message}`, { cause: err });
  }
}

/** Decodes one `auths` entry; exported for tests. */
export function credentialFromEntry(entry: { auth?: string; username?: string; password?: string } | undefined): Credential | undefined {
  if (!entry) return undefined;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  return undefined;
}

function findEntry(file: AuthFile, registry: string): Credential | undefined {
  for (const [key, entry] of Object.entries(file.auths ?? {})) {
    if (normalizeAuthKey(key) === registry) {
      const c = credentialFromEntry(entry);
      if (c) return c;
    }
  }
  return undefined;
}

function runHelper(helper: string, verb: 'get' | 'store' | 'erase', input: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(`docker-credential-${helper}`, [verb], { env, timeout: 30_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${stdout}${stderr}`.trim() || err.message));
      else resolve(stdout);
    });
    child.stdin?.end(input);
  });
}

async function helperGet(helper: string, registry: string, env: NodeJS.ProcessEnv): Promise<Credential | undefined> {
  const server = registry === DOCKER_HUB ? DOCKER_HUB_KEY : registry;
  let out: string;
  try {
    out = await runHelper(helper, 'get', server, env);
  } catch (err) {
    const msg = (err as Error).message;
    if (/not found/i.test(msg)) return undefined;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || /ENOENT/.test(msg)) {
      throw new RegistryError(`getting credentials for ${registry}: docker-credential-${helper} is not installed`, { hint: `install it, or remove "${helper}" from ${'credsStore/credHelpers'} in the docker config` });
    }
    throw new RegistryError(`getting credentials for ${registry}: docker-credential-${helper}: ${msg}`, { cause: err });
  }
  const doc = JSON.parse(out) as { Username?: string; Secret?: string };
  return doc.Username && doc.Secret ? { username: doc.Username, password: doc.Secret } : undefined;
}

/**
 * Finds the credentials for `registry` (a host as in a reference: `docker.io`,
 * `127.0.0.1:5000`). Podman's auth file first, then docker's config.
 */
export async function findCredential(registry: string, env: NodeJS.ProcessEnv): Promise<Credential | undefined> {
  const wanted = normalizeAuthKey(registry);
  for (const path of podmanAuthPaths(env)) {
    const file = await readAuthFile(path);
    const c = file && findEntry(file, wanted);
    if (c) return c;
  }
  const docker = await readAuthFile(dockerConfigPath(env));
  if (!docker) return undefined;
  const helper = Object.entries(docker.credHelpers ?? {}).find(([k]) => normalizeAuthKey(k) === wanted)?.[1] ?? docker.credsStore;
  if (helper) {
    const c = await helperGet(helper, wanted, env);
    if (c) return c;
  }
  return findEntry(docker, wanted);
}

/** A CredentialLookup over `findCredential`, reading the files once per registry. */
export function credentialLookup(env: NodeJS.ProcessEnv): CredentialLookup {
  const cache = new Map<string, Promise<Credential | undefined>>();
  return (registry) => {
    let p = cache.get(registry);
    if (!p) cache.set(registry, (p = findCredential(registry, env)));
    return p;
  };
}

function helperFor(file: AuthFile, registry: string): string | undefined {
  return Object.entries(file.credHelpers ?? {}).find(([k]) => normalizeAuthKey(k) === registry)?.[1] ?? file.credsStore;
}

/**
 * Records credentials for `registry` as docker does: through the credential
 * helper the docker config names (`credHelpers`, `credsStore`), with an empty
 * `auths` entry; else in `auths` of the config file (mode 0600). Everything
 * else in the file is kept. Returns where they went.
 */
export async function saveCredential(registry: string, cred: Credential, env: NodeJS.ProcessEnv): Promise<string> {
  const path = dockerConfigPath(env);
  const file = (await readAuthFile(path)) ?? {};
  const host = normalizeAuthKey(registry);
  const key = host === DOCKER_HUB ? DOCKER_HUB_KEY : host;
  const helper = helperFor(file, host);
  if (helper) {
    try {
      await runHelper(helper, 'store', JSON.stringify({ ServerURL: key, Username: cred.username, Secret: cred.password }), env);
    } catch (err) {
      throw new RegistryError(`storing credentials for ${host}: docker-credential-${helper}: ${(err as Error).message}`, { cause: err });
    }
  }
  const auths = { ...(file.auths ?? {}) };
  for (const k of Object.keys(auths)) if (normalizeAuthKey(k) === host) delete auths[k];
  auths[key] = helper ? {} : { auth: Buffer.from(`${cred.username}:${cred.password}`).toString('base64') };
  await writeFileAtomic(path, `${JSON.stringify({ ...file, auths }, null, '\t')}\n`, 0o600);
  return helper ? `docker-credential-${helper}` : path;
}

/** Removes the credentials for `registry` (from its helper too); returns whether there were any. */
export async function removeCredential(registry: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const path = dockerConfigPath(env);
  const file = await readAuthFile(path);
  if (!file) return false;
  const host = normalizeAuthKey(registry);
  const helper = helperFor(file, host);
  let found = false;
  if (helper) {
    found = await runHelper(helper, 'erase', host === DOCKER_HUB ? DOCKER_HUB_KEY : host, env).then(
      () => true,
      () => false,
    );
  }
  const auths = { ...(file.auths ?? {}) };
  let inFile = false;
  for (const k of Object.keys(auths)) {
    if (normalizeAuthKey(k) === host) {
      delete auths[k];
      inFile = true;
    }
  }
  if (inFile) await writeFileAtomic(path, `${JSON.stringify({ ...file, auths }, null, '\t')}\n`, 0o600);
  return found || inFile;
}
