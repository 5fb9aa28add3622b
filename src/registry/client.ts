/**
 * The pull side of the OCI Distribution API: manifests, and blob streams that
 * survive broken connections, over the transport (`transport.ts`) with the
 * registry's auth (`auth.ts`). It never touches the disk (credentials come
 * through a lookup function) and never trusts a registry's
 * Docker-Content-Digest: manifests are hashed here, blobs by the store as
 * they are written.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { referenceToFetch, type ImageRef } from '../image-ref/index.js';
import { MANIFEST_MEDIA_TYPES, MAX_MANIFEST_BYTES } from '../oci/manifest.js';
import { isDigest } from '../oci/digest.js';
import type { Descriptor, Digest } from '../oci/types.js';
import { HostAuth } from './auth.js';
import type { CredentialLookup } from './credentials.js';
import { AuthenticationError, RegistryError } from './errors.js';
import { backoffMs, describeHttpFailure, isRetryableStatus, isTransientNetworkError, parseChallenge, parseRetryAfter, redactUrl } from './http-rules.js';
import { describeNetworkError, errorBody, header, readCapped, Transport } from './transport.js';

export interface RegistryClientOptions {
  env: NodeJS.ProcessEnv;
  /** Where credentials come from (default: none, anonymous). */
  credentials?: CredentialLookup;
  /** Retries after the first attempt for resets, 5xx and 429 (default 4). */
  retries?: number;
  /** First backoff delay (default 250 ms), doubled per attempt. */
  retryBaseMs?: number;
  /** A Retry-After longer than this fails at once instead of waiting (default 60 s). */
  maxRetryAfterMs?: number;
  /** A body or header that stalls this long fails the attempt (default 30 s). */
  stallTimeoutMs?: number;
  userAgent?: string;
  dispatcher?: Dispatcher;
}

export interface FetchedManifest {
  bytes: Buffer;
  /** The Content-Type the registry sent. */
  mediaType: string;
  /** sha256 of `bytes`, computed here. */
  digest: Digest;
}

interface HostState {
  /** The scheme and host found by the ping. */
  origin?: Promise<string>;
  auth: HostAuth;
}

interface SendOptions {
  what: string;
  path: string;
  scope?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  ok?: number[];
}

/** A blob body that ended before the blob's size: the connection broke, worth a resume. */
class IncompleteBlobError extends Error {}

const isResumable = (err: unknown) => err instanceof IncompleteBlobError || isTransientNetworkError(err);

/**
 * One client per dabba run: it keeps, per registry host, the scheme found by
 * the ping, the auth challenge and the tokens, and pools connections. Call
 * `close()` when done.
 */
export class RegistryClient {
  private readonly hosts = new Map<string, HostState>();
  private readonly transport: Transport;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly credentials: CredentialLookup;

  constructor(options: RegistryClientOptions) {
    this.retries = options.retries ?? 4;
    this.retryBaseMs = options.retryBaseMs ?? 250;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.credentials = options.credentials ?? (async () => undefined);
    this.transport = new Transport({
      env: options.env,
      retries: this.retries,
      retryBaseMs: this.retryBaseMs,
      stallTimeoutMs: options.stallTimeoutMs ?? 30_000,
      userAgent: options.userAgent ?? 'dabba/0.1',
      dispatcher: options.dispatcher,
    });
  }

  /** Closes pooled connections. */
  close(): Promise<void> {
    return this.transport.close();
  }

  /**
   * Fetches a manifest or index by tag or digest (default: the reference's
   * digest, else its tag), sending every supported media type in Accept.
   * When asked by digest, the bytes must hash to it.
   */
  async getManifest(ref: ImageRef, reference: string = referenceToFetch(ref), signal?: AbortSignal): Promise<FetchedManifest> {
    const state = this.host(ref.registry);
    const { res, url } = await this.send(state, {
      what: 'fetching manifest',
      path: `/v2/${ref.repository}/manifests/${reference}`,
      scope: `repository:${ref.repository}:pull`,
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
      signal,
    });
    const bytes = await readCapped(res.body, MAX_MANIFEST_BYTES);
    if (bytes === undefined) throw new RegistryError(`fetching manifest: GET ${redactUrl(url)}: manifest larger than ${MAX_MANIFEST_BYTES} bytes`);
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}` as Digest;
    if (isDigest(reference) && digest !== reference) {
      throw new RegistryError(`fetching manifest: GET ${redactUrl(url)}: content hashes to ${digest}, not the requested ${reference}`);
    }
    const ct = res.headers['content-type'];
    return { bytes, mediaType: (Array.isArray(ct) ? ct[0] : ct)?.split(';')[0]?.trim() ?? '', digest };
  }

  /**
   * A blob's bytes as stored by the registry (compressed), chunk by chunk. A
   * connection broken midway is resumed with a Range request, or restarted
   * (skipping what was already delivered) where the registry ignores Range,
   * so each byte is delivered once. The bytes are not verified here: the
   * consumer (the store) hashes them. Stopping the iteration closes the
   * connection. With `startOffset`, the bytes from there on (a resumed download).
   */
  async *blobChunks(ref: ImageRef, desc: Descriptor, signal?: AbortSignal, startOffset = 0): AsyncGenerator<Buffer, void, undefined> {
    const state = this.host(ref.registry);
    const path = `/v2/${ref.repository}/blobs/${desc.digest}`;
    const what = `fetching blob ${desc.digest}`;
    // Non-distributable layers name other places in `urls`: tried, without credentials, when the registry lacks the blob.
    const foreignUrls = (desc.urls ?? []).filter((u) => /^https?:\/\//.test(u));
    let foreign: string | undefined;
    let offset = startOffset;
    let failures = 0;
    for (;;) {
      let lastUrl = foreign ?? path;
      try {
        const headers: Record<string, string> = offset > 0 ? { range: `bytes=${offset}-` } : {};
        const { res, url } = foreign
          ? await this.getWithoutCredentials(what, foreign, headers, signal)
          : await this.send(state, { what, path, scope: `repository:${ref.repository}:pull`, headers, signal, ok: [200, 206] });
        lastUrl = url;
        let skip = 0;
        if (offset > 0 && res.statusCode === 200) skip = offset;
        if (res.statusCode === 206) {
          const start = Number(/bytes (\d+)-/.exec(String(res.headers['content-range']))?.[1]);
          if (start !== offset) {
            await res.body.dump();
            throw new RegistryError(`${what}: GET ${redactUrl(url)}: unexpected Content-Range ${String(res.headers['content-range'])} for a resume at byte ${offset}`);
          }
        }
        for await (const chunk of res.body as AsyncIterable<Buffer>) {
          let c = chunk;
          if (skip > 0) {
            if (c.length <= skip) {
              skip -= c.length;
              continue;
            }
            c = c.subarray(skip);
            skip = 0;
          }
          offset += c.length;
          yield c;
        }
        if (offset < desc.size) throw new IncompleteBlobError(`connection closed after ${offset} of ${desc.size} bytes`);
        return;
      } catch (err) {
        if (err instanceof RegistryError && err.status === 404 && foreign === undefined && foreignUrls.length > 0) {
          foreign = foreignUrls[0];
          continue;
        }
        if (await this.transport.retryAfterFailure(err, failures, signal, isResumable)) {
          failures++;
          continue;
        }
        if (err instanceof RegistryError || signal?.aborted) throw err;
        throw new RegistryError(`${what}: GET ${redactUrl(absolute(lastUrl, await state.origin?.catch(() => undefined)))}: ${describeNetworkError(err)}`, { cause: err });
      }
    }
  }

  /** A GET to a URL outside the registry (a layer's foreign `urls`): redirects followed, never any credentials. */
  private async getWithoutCredentials(what: string, start: string, headers: Record<string, string>, signal?: AbortSignal): Promise<{ res: Dispatcher.ResponseData; url: string }> {
    let url = start;
    for (let hops = 0; ; hops++) {
      const res = await this.transport.get(url, headers, signal);
      const location = header(res, 'location');
      if (res.statusCode >= 300 && res.statusCode < 400 && location && hops < 5) {
        await res.body.dump();
        url = new URL(location, url).toString();
        continue;
      }
      if (res.statusCode === 200 || res.statusCode === 206) return { res, url };
      throw new RegistryError(`${what}: GET ${redactUrl(url)}: ${describeHttpFailure(res.statusCode, await errorBody(res)).text}`, { status: res.statusCode });
    }
  }

  /**
   * Checks credentials against a registry as `docker login` does: a token
   * request with them (Bearer) or an authenticated /v2/ (Basic). Throws
   * AuthenticationError when they are refused.
   */
  async verifyLogin(registry: string, signal?: AbortSignal): Promise<void> {
    const state = this.host(registry);
    await this.originFor(state, 'logging in', signal);
    if (state.auth.challenge?.scheme === 'bearer') {
      await state.auth.token(undefined, 'logging in', signal);
    } else if (state.auth.challenge?.scheme === 'basic') {
      const { res } = await this.send(state, { what: 'logging in', path: '/v2/', signal });
      await res.body.dump();
    }
  }

  private host(registry: string): HostState {
    let s = this.hosts.get(registry);
    if (!s) this.hosts.set(registry, (s = { auth: new HostAuth(registry, this.transport, this.credentials) }));
    return s;
  }

  /** The scheme+host to use, decided once per registry by pinging /v2/ (which also yields the auth challenge). */
  private originFor(state: HostState, what: string, signal?: AbortSignal): Promise<string> {
    if (!state.origin) {
      state.origin = this.transport.ping(state.auth.registry, what, signal).then(({ origin, challenge }) => {
        state.auth.challenge = challenge;
        return origin;
      });
      state.origin.catch(() => (state.origin = undefined));
    }
    return state.origin;
  }

  /**
   * A GET with auth, redirects (credentials only to the registry's own
   * origin), one re-authentication on 401, and retries of transient failures.
   * Returns a response whose status is in `ok` (default 200); anything else
   * throws a RegistryError with the capped error body.
   */
  private async send(state: HostState, o: SendOptions): Promise<{ res: Dispatcher.ResponseData; url: string }> {
    const origin = await this.originFor(state, o.what, o.signal);
    const ok = o.ok ?? [200];
    let reauthenticated = false;
    for (let attempt = 0; ; attempt++) {
      const auth = await state.auth.authorization(o.scope, o.what, o.signal);
      let url = `${origin}${o.path}`;
      let res: Dispatcher.ResponseData;
      try {
        for (let hops = 0; ; hops++) {
          const sameOrigin = new URL(url).origin === origin;
          res = await this.transport.get(url, { ...o.headers, ...(auth && sameOrigin ? { authorization: auth } : {}) }, o.signal);
          const location = header(res, 'location');
          if (res.statusCode < 300 || res.statusCode >= 400 || !location || hops >= 5) break;
          await res.body.dump();
          url = new URL(location, url).toString();
        }
      } catch (err) {
        if (await this.transport.retryAfterFailure(err, attempt, o.signal)) continue;
        throw new RegistryError(`${o.what}: GET ${redactUrl(url)}: ${describeNetworkError(err)}`, { cause: err });
      }
      if (ok.includes(res.statusCode)) return { res, url };
      if (res.statusCode === 401 && !reauthenticated) {
        const ch = parseChallenge(header(res, 'www-authenticate'));
        if (ch) {
          // An expired or too narrow token, or a registry that only now asks: authenticate again, once.
          reauthenticated = true;
          state.auth.challenge = ch;
          state.auth.forget(o.scope, auth);
          await res.body.dump();
          continue;
        }
      }
      if (isRetryableStatus(res.statusCode) && attempt < this.retries && !o.signal?.aborted) {
        const after = parseRetryAfter(header(res, 'retry-after'));
        const wait = after ?? backoffMs(attempt, this.retryBaseMs);
        if (wait <= this.maxRetryAfterMs) {
          await res.body.dump();
          await sleep(wait);
          continue;
        }
      }
      throw await this.httpError(state, o.what, url, res, auth !== undefined);
    }
  }

  private async httpError(state: HostState, what: string, url: string, res: Dispatcher.ResponseData, authenticated: boolean): Promise<RegistryError> {
    const { text, registryCode } = describeHttpFailure(res.statusCode, await errorBody(res));
    const registry = state.auth.registry;
    const message = `${what}: GET ${redactUrl(url)}: ${text}`;
    const extra = { status: res.statusCode, ...(registryCode ? { registryCode } : {}) };
    if (res.statusCode === 429 && (registryCode === 'TOOMANYREQUESTS' || registry === 'docker.io')) {
      return new RegistryError(`${message} (Docker Hub's pull rate limit)`, { ...extra, hint: 'Docker Hub limits anonymous pulls; log in with `dabba login docker.io` for a higher limit, or wait' });
    }
    if (res.statusCode === 401 || res.statusCode === 403) {
      const cred = await this.credentials(registry);
      return new AuthenticationError(message, { ...extra, hint: cred || authenticated ? `check the credentials for ${registry} (dabba login ${registry})` : `log in with: dabba login ${registry}` });
    }
    if (res.statusCode === 404) return new RegistryError(message, { ...extra, hint: 'check the image name and tag' });
    return new RegistryError(message, extra);
  }
}

function absolute(path: string, origin: string | undefined): string {
  return path.startsWith('/') ? `${origin ?? 'https://registry'}${path}` : path;
}
