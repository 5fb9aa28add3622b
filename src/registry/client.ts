/**
 * The pull side of the OCI Distribution API over undici: ping and challenge,
 * Basic and Bearer auth, manifests, and blob streams that survive broken
 * connections. It never touches the disk (credentials come through a lookup
 * function) and never trusts a registry's Docker-Content-Digest: manifests
 * are hashed here, blobs by the store as they are written.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { undici } from './undici-lite.js';
import { registryApiHost, transportFor, type ImageRef } from '../image-ref/index.js';
import { MANIFEST_MEDIA_TYPES } from '../oci/manifest.js';
import { isDigest } from '../oci/digest.js';
import type { Descriptor, Digest } from '../oci/types.js';
import type { Credential, CredentialLookup } from './credentials.js';
import { AuthenticationError, CertificateError, RegistryError } from './errors.js';
import {
  backoffMs,
  describeHttpFailure,
  isCertificateError,
  isNotTlsError,
  isRetryableStatus,
  isTransientNetworkError,
  parseChallenge,
  parseRetryAfter,
  redactUrl,
  type Challenge,
} from './http-rules.js';

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
  registry: string;
  origin?: Promise<string>;
  challenge?: Challenge | null;
  tokens: Map<string, { token: string; expiresAt: number }>;
  /** Token requests in flight, so concurrent downloads share one. */
  pendingTokens: Map<string, Promise<string>>;
}

interface SendOptions {
  what: string;
  path: string;
  scope?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  ok?: number[];
}

const MAX_MANIFEST_BYTES = 4 << 20;
const MAX_ERROR_BODY = 64 << 10;

/**
 * One client per dabba run: it keeps, per registry host, the scheme found by
 * the ping, the auth challenge and the tokens, and pools connections. Call
 * `close()` when done.
 */
export class RegistryClient {
  private readonly hosts = new Map<string, HostState>();
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly userAgent: string;
  private readonly credentials: CredentialLookup;

  constructor(private readonly options: RegistryClientOptions) {
    const stall = options.stallTimeoutMs ?? 30_000;
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? new (undici().Agent)({ bodyTimeout: stall, headersTimeout: stall, connectTimeout: Math.min(stall, 15_000), keepAliveTimeout: 10_000 });
    this.retries = options.retries ?? 4;
    this.retryBaseMs = options.retryBaseMs ?? 250;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.userAgent = options.userAgent ?? 'dabba/0.1';
    this.credentials = options.credentials ?? (async () => undefined);
  }

  /** Closes pooled connections. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  /**
   * Fetches a manifest or index by tag or digest (default: the reference's
   * digest, else its tag), sending every supported media type in Accept.
   * When asked by digest, the bytes must hash to it.
   */
  async getManifest(ref: ImageRef, reference: string = ref.digest ?? ref.tag ?? 'latest', signal?: AbortSignal): Promise<FetchedManifest> {
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
   * Opens a blob as a stream of its bytes as stored by the registry
   * (compressed); see `blobChunks`. The caller consumes or destroys the stream.
   */
  openBlob(ref: ImageRef, desc: Descriptor, signal?: AbortSignal): Readable {
    return Readable.from(this.blobChunks(ref, desc, signal), { objectMode: false, highWaterMark: 1 << 20 });
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
        if (offset < desc.size) throw Object.assign(new Error(`connection closed after ${offset} of ${desc.size} bytes`), { code: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' });
        return;
      } catch (err) {
        if (err instanceof RegistryError && err.status === 404 && foreign === undefined && foreignUrls.length > 0) {
          foreign = foreignUrls[0];
          continue;
        }
        if (isTransientNetworkError(err) && failures < this.retries && !signal?.aborted) {
          failures++;
          await sleep(backoffMs(failures - 1, this.retryBaseMs));
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
      const res = await this.raw(url, headers, signal);
      const location = header(res, 'location');
      if (res.statusCode >= 300 && res.statusCode < 400 && location && hops < 5) {
        await res.body.dump();
        url = new URL(location, url).toString();
        continue;
      }
      if (res.statusCode === 200 || res.statusCode === 206) return { res, url };
      const body = (await readCapped(res.body, MAX_ERROR_BODY, true))!.toString('utf8');
      throw new RegistryError(`${what}: GET ${redactUrl(url)}: ${describeHttpFailure(res.statusCode, body).text}`, { status: res.statusCode });
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
    if (state.challenge?.scheme === 'bearer') {
      await this.fetchToken(state, undefined, 'logging in', signal);
    } else if (state.challenge?.scheme === 'basic') {
      const { res } = await this.send(state, { what: 'logging in', path: '/v2/', signal });
      await res.body.dump();
    }
  }

  private host(registry: string): HostState {
    let s = this.hosts.get(registry);
    if (!s) this.hosts.set(registry, (s = { registry, tokens: new Map(), pendingTokens: new Map() }));
    return s;
  }

  /** The scheme+host to use, decided once per registry by pinging /v2/ (which also yields the auth challenge). */
  private originFor(state: HostState, what: string, signal?: AbortSignal): Promise<string> {
    if (!state.origin) {
      state.origin = this.ping(state, what, signal);
      state.origin.catch(() => (state.origin = undefined));
    }
    return state.origin;
  }

  private async ping(state: HostState, what: string, signal?: AbortSignal): Promise<string> {
    const apiHost = registryApiHost(state.registry);
    const mode = transportFor(state.registry, this.options.env.DABBA_INSECURE_REGISTRIES);
    const tryOrigin = async (origin: string): Promise<string> => {
      const res = await this.withRetries(what, `${origin}/v2/`, signal, () => this.raw(`${origin}/v2/`, {}, signal));
      state.challenge = res.statusCode === 401 ? (parseChallenge(header(res, 'www-authenticate')) ?? null) : null;
      await res.body.dump();
      return origin;
    };
    try {
      return await tryOrigin(`https://${apiHost}`);
    } catch (err) {
      const cause = (err as { cause?: unknown }).cause ?? err;
      if (isCertificateError(cause)) {
        throw new CertificateError(`${what}: GET https://${apiHost}/v2/: the TLS certificate of ${apiHost} failed verification: ${(cause as Error).message}`, {
          cause,
          hint: 'if the registry uses a private CA, point NODE_EXTRA_CA_CERTS at its certificate (PEM); dabba never falls back to unverified TLS',
        });
      }
      if (mode === 'https-or-http' && isNotTlsError(cause)) return tryOrigin(`http://${apiHost}`);
      throw err;
    }
  }

  /** One request, no redirects followed, no auth: the transport primitive. */
  private raw(url: string, headers: Record<string, string>, signal?: AbortSignal): Promise<Dispatcher.ResponseData> {
    return undici().request(url, { dispatcher: this.dispatcher, method: 'GET', headers: { 'user-agent': this.userAgent, ...headers }, signal });
  }

  /** Retries transient network errors with backoff; wraps the last one in a RegistryError. */
  private async withRetries<T>(what: string, url: string, signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (err instanceof RegistryError || signal?.aborted) throw err;
        if (isTransientNetworkError(err) && attempt < this.retries) {
          await sleep(backoffMs(attempt, this.retryBaseMs));
          continue;
        }
        throw new RegistryError(`${what}: GET ${redactUrl(url)}: ${describeNetworkError(err)}`, { cause: err });
      }
    }
  }

  private async authorization(state: HostState, scope: string | undefined, what: string, signal?: AbortSignal): Promise<string | undefined> {
    const ch = state.challenge;
    if (!ch) return undefined;
    if (ch.scheme === 'basic') {
      const cred = await this.credentials(state.registry);
      return cred ? basic(cred) : undefined;
    }
    return `Bearer ${await this.fetchToken(state, scope, what, signal)}`;
  }

  /** A Bearer token for `scope`, reused until shortly before it expires. Credentials go to the realm the registry named. */
  private fetchToken(state: HostState, scope: string | undefined, what: string, signal?: AbortSignal): Promise<string> {
    const key = scope ?? '';
    const cached = state.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.token);
    let pending = state.pendingTokens.get(key);
    if (!pending) {
      pending = this.requestToken(state, scope, what, signal).finally(() => state.pendingTokens.delete(key));
      state.pendingTokens.set(key, pending);
    }
    return pending;
  }

  private async requestToken(state: HostState, scope: string | undefined, what: string, signal?: AbortSignal): Promise<string> {
    const key = scope ?? '';
    const ch = state.challenge;
    if (ch?.scheme !== 'bearer') throw new RegistryError(`${what}: the registry ${state.registry} asked for no token`);
    const url = new URL(ch.realm);
    if (ch.service !== undefined) url.searchParams.set('service', ch.service);
    if (scope !== undefined) url.searchParams.set('scope', scope);
    const cred = await this.credentials(state.registry);
    if (cred) url.searchParams.set('account', cred.username);
    const res = await this.withRetries(`${what}: getting a token`, url.toString(), signal, () => this.raw(url.toString(), cred ? { authorization: basic(cred) } : {}, signal));
    if (res.statusCode !== 200) {
      const body = (await readCapped(res.body, MAX_ERROR_BODY, true))!.toString('utf8');
      const { text, registryCode } = describeHttpFailure(res.statusCode, body);
      const Err = res.statusCode === 401 || res.statusCode === 403 ? AuthenticationError : RegistryError;
      throw new Err(`${what}: getting a token: GET ${redactUrl(url)}: ${text}`, {
        status: res.statusCode,
        ...(registryCode ? { registryCode } : {}),
        hint: cred ? `the registry refused the credentials for ${state.registry}; log in again with: dabba login ${state.registry}` : `log in with: dabba login ${state.registry}`,
      });
    }
    const doc = (await res.body.json()) as { token?: string; access_token?: string; expires_in?: number; issued_at?: string };
    const token = doc.token ?? doc.access_token;
    if (!token) throw new RegistryError(`${what}: getting a token: GET ${redactUrl(url)}: the response holds no token`);
    const issued = doc.issued_at ? Date.parse(doc.issued_at) : Date.now();
    const lifetime = (doc.expires_in && doc.expires_in > 0 ? doc.expires_in : 60) * 1000;
    // Renew a little early, so a token does not expire between check and use.
    state.tokens.set(key, { token, expiresAt: (Number.isNaN(issued) ? Date.now() : Math.min(issued, Date.now())) + lifetime - Math.min(10_000, lifetime / 4) });
    return token;
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
      const auth = await this.authorization(state, o.scope, o.what, o.signal);
      let url = `${origin}${o.path}`;
      let res: Dispatcher.ResponseData;
      try {
        for (let hops = 0; ; hops++) {
          const sameOrigin = new URL(url).origin === origin;
          res = await this.raw(url, { ...o.headers, ...(auth && sameOrigin ? { authorization: auth } : {}) }, o.signal);
          const location = header(res, 'location');
          if (res.statusCode < 300 || res.statusCode >= 400 || !location || hops >= 5) break;
          await res.body.dump();
          url = new URL(location, url).toString();
        }
      } catch (err) {
        if (isTransientNetworkError(err) && attempt < this.retries && !o.signal?.aborted) {
          await sleep(backoffMs(attempt, this.retryBaseMs));
          continue;
        }
        throw new RegistryError(`${o.what}: GET ${redactUrl(url)}: ${describeNetworkError(err)}`, { cause: err });
      }
      if (ok.includes(res.statusCode)) return { res, url };
      if (res.statusCode === 401 && !reauthenticated) {
        const ch = parseChallenge(header(res, 'www-authenticate'));
        if (ch) {
          // An expired or too narrow token, or a registry that only now asks: authenticate again, once.
          reauthenticated = true;
          state.challenge = ch;
          // Forget the token only if no concurrent request has renewed it already.
          if (auth !== undefined && `Bearer ${state.tokens.get(o.scope ?? '')?.token}` === auth) state.tokens.delete(o.scope ?? '');
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
    const body = (await readCapped(res.body, MAX_ERROR_BODY, true))!.toString('utf8');
    const { text, registryCode } = describeHttpFailure(res.statusCode, body);
    const message = `${what}: GET ${redactUrl(url)}: ${text}`;
    const extra = { status: res.statusCode, ...(registryCode ? { registryCode } : {}) };
    if (res.statusCode === 429 && (registryCode === 'TOOMANYREQUESTS' || state.registry === 'docker.io')) {
      return new RegistryError(`${message} (Docker Hub's pull rate limit)`, { ...extra, hint: 'Docker Hub limits anonymous pulls; log in with `dabba login docker.io` for a higher limit, or wait' });
    }
    if (res.statusCode === 401 || res.statusCode === 403) {
      const cred = await this.credentials(state.registry);
      return new AuthenticationError(message, { ...extra, hint: cred || authenticated ? `check the credentials for ${state.registry} (dabba login ${state.registry})` : `log in with: dabba login ${state.registry}` });
    }
    if (res.statusCode === 404) return new RegistryError(message, { ...extra, hint: 'check the image name and tag' });
    return new RegistryError(message, extra);
  }
}

function header(res: Dispatcher.ResponseData, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function basic(cred: Credential): string {
  return `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`;
}

function absolute(path: string, origin: string | undefined): string {
  return path.startsWith('/') ? `${origin ?? 'https://registry'}${path}` : path;
}

/** `connection refused`, `ECONNRESET: other side closed`: short and without stack noise. */
export function describeNetworkError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'UND_ERR_BODY_TIMEOUT' || e.code === 'UND_ERR_HEADERS_TIMEOUT') return `the registry stalled (${e.code})`;
  return `${e.code ? `${e.code}: ` : ''}${e.message ?? String(err)}`;
}

/** Reads a body up to `cap` bytes; undefined when it is longer (or, with `truncate`, the first `cap` bytes). */
async function readCapped(body: Dispatcher.ResponseData['body'], cap: number, truncate = false): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    n += chunk.length;
    if (n > cap) {
      body.destroy();
      if (!truncate) return undefined;
      chunks.push(chunk.subarray(0, chunk.length - (n - cap)));
      break;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
