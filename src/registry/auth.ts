/**
 * Authentication to one registry host, as its /v2/ challenge asks: Basic with
 * the stored credentials, or Bearer tokens from the realm the registry named,
 * per scope, shared by concurrent requests and reused until shortly before
 * they expire.
 */
import type { Credential, CredentialLookup } from './credentials.js';
import { AuthenticationError, RegistryError } from './errors.js';
import { describeHttpFailure, redactUrl, type Challenge } from './http-rules.js';
import { errorBody, type Transport } from './transport.js';

function basicAuthorization(cred: Credential): string {
  return `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`;
}

export class HostAuth {
  /** Set by the ping, and again when a request is challenged. */
  challenge: Challenge | null | undefined;
  private readonly tokens = new Map<string, { token: string; expiresAt: number }>();
  /** Token requests in flight, so concurrent downloads share one. */
  private readonly pendingTokens = new Map<string, Promise<string>>();

  constructor(
    readonly registry: string,
    private readonly transport: Transport,
    readonly credentials: CredentialLookup,
  ) {}

  /** The Authorization header for a request in `scope`, or undefined when the registry asks for none. */
  async authorization(scope: string | undefined, what: string, signal?: AbortSignal): Promise<string | undefined> {
    const ch = this.challenge;
    if (!ch) return undefined;
    if (ch.scheme === 'basic') {
      const cred = await this.credentials(this.registry);
      return cred ? basicAuthorization(cred) : undefined;
    }
    return `Bearer ${await this.token(scope, what, signal)}`;
  }

  /** Forgets the token `authorization` carried, unless a concurrent request has renewed it already. */
  forget(scope: string | undefined, authorization: string | undefined): void {
    const key = scope ?? '';
    if (authorization !== undefined && `Bearer ${this.tokens.get(key)?.token}` === authorization) this.tokens.delete(key);
  }

  /** A Bearer token for `scope`, reused until shortly before it expires. Credentials go to the realm the registry named. */
  token(scope: string | undefined, what: string, signal?: AbortSignal): Promise<string> {
    const key = scope ?? '';
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.token);
    let pending = this.pendingTokens.get(key);
    if (!pending) {
      pending = this.requestToken(scope, what, signal).finally(() => this.pendingTokens.delete(key));
      this.pendingTokens.set(key, pending);
    }
    return pending;
  }

  private async requestToken(scope: string | undefined, what: string, signal?: AbortSignal): Promise<string> {
    const key = scope ?? '';
    const ch = this.challenge;
    if (ch?.scheme !== 'bearer') throw new RegistryError(`${what}: the registry ${this.registry} asked for no token`);
    const url = new URL(ch.realm);
    if (ch.service !== undefined) url.searchParams.set('service', ch.service);
    if (scope !== undefined) url.searchParams.set('scope', scope);
    const cred = await this.credentials(this.registry);
    if (cred) url.searchParams.set('account', cred.username);
    const res = await this.transport.withRetries(`${what}: getting a token`, url.toString(), signal, () => this.transport.get(url.toString(), cred ? { authorization: basicAuthorization(cred) } : {}, signal));
    if (res.statusCode !== 200) {
      const { text, registryCode } = describeHttpFailure(res.statusCode, await errorBody(res));
      const Err = res.statusCode === 401 || res.statusCode === 403 ? AuthenticationError : RegistryError;
      throw new Err(`${what}: getting a token: GET ${redactUrl(url)}: ${text}`, {
        status: res.statusCode,
        ...(registryCode ? { registryCode } : {}),
        hint: cred ? `the registry refused the credentials for ${this.registry}; log in again with: dabba login ${this.registry}` : `log in with: dabba login ${this.registry}`,
      });
    }
    const doc = (await res.body.json()) as { token?: string; access_token?: string; expires_in?: number; issued_at?: string };
    const token = doc.token ?? doc.access_token;
    if (!token) throw new RegistryError(`${what}: getting a token: GET ${redactUrl(url)}: the response holds no token`);
    const issued = doc.issued_at ? Date.parse(doc.issued_at) : Date.now();
    const lifetime = (doc.expires_in && doc.expires_in > 0 ? doc.expires_in : 60) * 1000;
    // Renew a little early, so a token does not expire between check and use.
    this.tokens.set(key, { token, expiresAt: (Number.isNaN(issued) ? Date.now() : Math.min(issued, Date.now())) + lifetime - Math.min(10_000, lifetime / 4) });
    return token;
  }
}
