/**
 * undici's Agent and request, loaded from their own modules: `import 'undici'`
 * also loads fetch, websockets, caches and more, start-up time that every
 * short `dabba pull` would pay (README, "Benchmarks", has the figures). Falls
 * back to the package's entry point if its internal layout ever changes.
 */
import { createRequire } from 'node:module';
import type * as Undici from 'undici';

type RequestOptions = { dispatcher: Undici.Dispatcher; method: 'GET'; headers: Record<string, string>; signal?: AbortSignal | undefined };

interface Lite {
  Agent: new (options: Undici.Agent.Options) => Undici.Agent;
  request: (url: string, options: RequestOptions) => Promise<Undici.Dispatcher.ResponseData>;
}

let loaded: Lite | undefined;

/** undici's Agent and request, loaded on first use. */
export function undici(): Lite {
  if (loaded) return loaded;
  // undici parses HTTP with llhttp compiled to WebAssembly. V8 optimises wasm
  // in the background, and a process cannot exit before that is done, which
  // every short `dabba pull` would wait for. The baseline compiler alone
  // parses registry responses as fast, so use only that.
  const require = createRequire(import.meta.url);
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--liftoff-only');
  try {
    const Agent = require('undici/lib/dispatcher/agent.js') as Lite['Agent'];
    const apiRequest = require('undici/lib/api/api-request.js') as (this: Undici.Dispatcher, opts: object) => Promise<Undici.Dispatcher.ResponseData>;
    if (typeof Agent !== 'function' || typeof apiRequest !== 'function') throw new Error('unexpected undici layout');
    loaded = {
      Agent,
      request: (url, o) => {
        const u = new URL(url);
        return apiRequest.call(o.dispatcher, { origin: u.origin, path: `${u.pathname}${u.search}`, method: o.method, headers: o.headers, signal: o.signal });
      },
    };
  } catch {
    const full = require('undici') as typeof Undici;
    loaded = { Agent: full.Agent, request: (url, o) => full.request(url, o) };
  }
  return loaded;
}
