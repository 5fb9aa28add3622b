/**
 * Pure rules of the registry protocol: parsing WWW-Authenticate challenges,
 * Retry-After and registry error bodies, and which failures are worth a retry.
 */
import { createRequire } from 'node:module';

export type Challenge = { scheme: 'basic'; realm?: string } | { scheme: 'bearer'; realm: string; service?: string; scope?: string; error?: string };

/**
 * Parses a `WWW-Authenticate` header (`Bearer realm="…",service="…",scope="…"`
 * or `Basic realm="…"`). Returns undefined for schemes dabba does not speak.
 */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  const params: Record<string, string> = {};
  const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
  for (let p = re.exec(m[2]!); p; p = re.exec(m[2]!)) params[p[1]!.toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
  if (scheme === 'basic') return params.realm === undefined ? { scheme } : { scheme, realm: params.realm };
  if (scheme === 'bearer' && params.realm) {
    const c: Challenge = { scheme, realm: params.realm };
    if (params.service !== undefined) c.service = params.service;
    if (params.scope !== undefined) c.scope = params.scope;
    if (params.error !== undefined) c.error = params.error;
    return c;
  }
  return undefined;
}

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date), or undefined. */
export function parseRetryAfter(header: string | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const t = Date.parse(header);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** Exponential backoff with jitter: base·2^attempt, ±25%. */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  return Math.round(baseMs * 2 ** attempt * (0.75 + random() * 0.5));
}

/** HTTP statuses worth retrying: rate limits and server errors that may pass. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}

const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH']);

/** Network-level errors worth retrying (resets, time-outs); a refused connection is not. */
export function isTransientNetworkError(err: unknown): boolean {
  const code = (err as { code?: string } | undefined)?.code;
  return code !== undefined && TRANSIENT_CODES.has(code);
}

const CERT_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH/;

/** TLS errors that mean "the certificate is not trusted": reported, never downgraded. */
export function isCertificateError(err: unknown): boolean {
  const code = (err as { code?: string } | undefined)?.code ?? '';
  return CERT_CODES.test(code);
}

/** Errors that mean "this server does not speak TLS": the only case where plain HTTP may be tried. */
export function isNotTlsError(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  const code = e?.code ?? '';
  if (isCertificateError(err)) return false;
  return code === 'EPROTO' || code === 'ECONNRESET' || /^ERR_SSL_(WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|UNKNOWN_PROTOCOL|RECORD_LAYER_FAILURE)/.test(code) || /wrong version number|packet length too long|http request/i.test(e?.message ?? '');
}

export interface RegistryErrorBody {
  code?: string;
  message?: string;
}

/** `401 UNAUTHORIZED: authentication required` from a status and a (capped) error body. */
export function describeHttpFailure(status: number, body: string): { text: string; registryCode?: string } {
  let first: RegistryErrorBody | undefined;
  try {
    const doc = JSON.parse(body) as { errors?: RegistryErrorBody[]; details?: string; message?: string };
    first = doc.errors?.[0] ?? (doc.message ? { message: doc.message } : undefined);
  } catch {
    // not JSON: fall back to the status text and a short excerpt
  }
  if (first?.code || first?.message) {
    const text = `${status} ${first.code ?? statusText(status) ?? ''}${first.message ? `: ${first.message}` : ''}`;
    return first.code ? { text, registryCode: first.code } : { text };
  }
  const excerpt = body.trim().replace(/\s+/g, ' ').slice(0, 200);
  return { text: `${status} ${statusText(status) ?? 'error'}${excerpt && !excerpt.startsWith('<') ? `: ${excerpt}` : ''}` };
}

/** A URL as it may be shown: no user info, query elided (signed blob URLs carry secrets there). */
export function redactUrl(url: string | URL): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  const query = u.search !== '' ? '?…' : '';
  u.search = '';
  return `${u.toString()}${query}`;
}

/** HTTP's reason phrase for `status`. node:http is loaded only here, for an error, so that commands which never see one do not load it. */
function statusText(status: number): string | undefined {
  const http = createRequire(import.meta.url)('node:http') as typeof import('node:http');
  return http.STATUS_CODES[status];
}
