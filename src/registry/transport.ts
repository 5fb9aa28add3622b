/**
 * The registry transport: one GET without redirects or auth, retries of
 * transient network failures with backoff, the per-registry choice of scheme
 * (HTTPS, or plain HTTP only where allowed and only when the server does not
 * speak TLS; never unverified TLS), and reading bodies within a cap.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { undici } from './undici-lite.js';
import { registryApiHost, transportFor } from '../image-ref/index.js';
import { CertificateError, RegistryError } from './errors.js';
import { backoffMs, isCertificateError, isNotTlsError, isTransientNetworkError, parseChallenge, redactUrl, type Challenge } from './http-rules.js';

export interface TransportOptions {
  env: NodeJS.ProcessEnv;
  retries: number;
  retryBaseMs: number;
  stallTimeoutMs: number;
  userAgent: string;
  dispatcher?: Dispatcher | undefined;
}

/** What pinging a registry's /v2/ decides: where to send requests, and how to authenticate. */
export interface Ping {
  origin: string;
  /** The auth challenge of an unauthenticated /v2/, or null when it asks for none. */
  challenge: Challenge | null;
}

export class Transport {
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;

  constructor(private readonly options: TransportOptions) {
    const stall = options.stallTimeoutMs;
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? new (undici().Agent)({ bodyTimeout: stall, headersTimeout: stall, connectTimeout: Math.min(stall, 15_000), keepAliveTimeout: 10_000 });
  }

  /** Closes pooled connections. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  /** One request, no redirects followed, no auth: the transport primitive. */
  get(url: string, headers: Record<string, string>, signal?: AbortSignal): Promise<Dispatcher.ResponseData> {
    return undici().request(url, { dispatcher: this.dispatcher, method: 'GET', headers: { 'user-agent': this.options.userAgent, ...headers }, signal });
  }

  /**
   * Whether a failed attempt (the `attempt`-th, from 0) is worth another:
   * when so, waits the backoff and returns true.
   */
  async retryAfterFailure(err: unknown, attempt: number, signal: AbortSignal | undefined, retryable: (err: unknown) => boolean = isTransientNetworkError): Promise<boolean> {
    if (!retryable(err) || attempt >= this.options.retries || signal?.aborted) return false;
    await sleep(backoffMs(attempt, this.options.retryBaseMs));
    return true;
  }

  /** Retries transient network errors with backoff; wraps the last one in a RegistryError. */
  async withRetries<T>(what: string, url: string, signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (err instanceof RegistryError || signal?.aborted) throw err;
        if (await this.retryAfterFailure(err, attempt, signal)) continue;
        throw new RegistryError(`${what}: GET ${redactUrl(url)}: ${describeNetworkError(err)}`, { cause: err });
      }
    }
  }

  /** Pings `registry`'s /v2/ over HTTPS, falling back to plain HTTP only where allowed and only when the server does not speak TLS. */
  async ping(registry: string, what: string, signal?: AbortSignal): Promise<Ping> {
    const apiHost = registryApiHost(registry);
    const mode = transportFor(registry, this.options.env.DABBA_INSECURE_REGISTRIES);
    const tryOrigin = async (origin: string): Promise<Ping> => {
      const res = await this.withRetries(what, `${origin}/v2/`, signal, () => this.get(`${origin}/v2/`, {}, signal));
      const challenge = res.statusCode === 401 ? (parseChallenge(header(res, 'www-authenticate')) ?? null) : null;
      await res.body.dump();
      return { origin, challenge };
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
}

/** A response header's (first) value. */
export function header(res: Dispatcher.ResponseData, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** `connection refused`, `ECONNRESET: other side closed`: short and without stack noise. */
export function describeNetworkError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'UND_ERR_BODY_TIMEOUT' || e.code === 'UND_ERR_HEADERS_TIMEOUT') return `the registry stalled (${e.code})`;
  return `${e.code ? `${e.code}: ` : ''}${e.message ?? String(err)}`;
}

/** Reads a body up to `cap` bytes; undefined when it is longer (or, with `truncate`, the first `cap` bytes). */
export async function readCapped(body: Dispatcher.ResponseData['body'], cap: number, truncate = false): Promise<Buffer | undefined> {
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

const MAX_ERROR_BODY = 64 << 10;

/** The start of an error response's body, as text. */
export async function errorBody(res: Dispatcher.ResponseData): Promise<string> {
  return (await readCapped(res.body, MAX_ERROR_BODY, true))!.toString('utf8');
}
