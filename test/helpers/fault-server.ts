/**
 * A small registry look-alike on 127.0.0.1 for the faults a real registry
 * cannot be made to produce: a body cut off midway, wrong bytes for a digest,
 * 429 with Retry-After, a 500 once, a redirect of blob downloads to another
 * origin (which must not receive credentials), a server that ignores Range,
 * Docker Hub's rate-limit answer. It serves one built image under any
 * repository and tag, and records every request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Digest } from '../../src/oci/types.js';
import { allBlobs, type Built } from './image-builder.js';

export interface Faults {
  /** Require these credentials (Basic challenge). */
  basicAuth?: { username: string; password: string };
  /** Cut the body of these blobs after half their bytes, on the first request for each. */
  truncateOnce?: Digest[];
  /** Ignore Range headers (answer 200 with the whole blob). */
  ignoreRange?: boolean;
  /** Serve other bytes (same length) for these blobs. */
  corrupt?: Digest[];
  /** Answer the first manifest request with 429 and this Retry-After (seconds). */
  tooManyRequestsOnce?: number;
  /** Answer every request with Docker Hub's rate-limit error. */
  rateLimited?: boolean;
  /** Answer the first request for each blob with 500. */
  error500Once?: boolean;
  /**
   * Bearer auth with tokens from this server's `/token` (`tok-1`, `tok-2`, …).
   * After `revokeAfter` authorised requests every token issued so far is
   * refused (as an expired one would be); with `refuseAll`, every token is.
   */
  bearer?: { revokeAfter?: number; refuseAll?: boolean };
  /** Answer 404 BLOB_UNKNOWN for these blobs (a non-distributable layer kept elsewhere). */
  missingBlobs?: Digest[];
  /** Redirect blob requests to `${redirectBlobsTo}/blobs/<digest>` (another origin). */
  redirectBlobsTo?: string;
  /** Send the first three quarters of blobs larger than this many bytes, then stall forever (0: every blob). */
  stallBlobsOver?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface FaultServer {
  /** The faults in force; change them between requests. */
  faults: Faults;
  url: string;
  host: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts the server; `built` is served for every `/v2/<repo>/manifests/<tag>`. Blobs are also served at `/blobs/<digest>` (as a redirect target). */
export async function startFaultServer(built: Built, faults: Faults = {}): Promise<FaultServer> {
  const blobs = allBlobs(built);
  const top = built.kind === 'index' ? built.indexBytes : built.manifestBytes;
  const requests: RecordedRequest[] = [];
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  const sockets = new Set<import('node:net').Socket>();
  let issued = 0;
  let firstValid = 1;
  let authorised = 0;

  const sendBlob = (req: IncomingMessage, res: ServerResponse, digest: Digest) => {
    let bytes = blobs.get(digest);
    if (!bytes || (faults.missingBlobs?.includes(digest) && req.url?.startsWith('/v2/'))) return json(res, 404, { errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown to registry' }] });
    if (faults.corrupt?.includes(digest)) bytes = Buffer.from(bytes.map((b) => b ^ 0xff));
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    let start = 0;
    if (range && !faults.ignoreRange) start = Number(range[1]);
    const body = bytes.subarray(start);
    const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream', 'content-length': body.length, 'accept-ranges': faults.ignoreRange ? 'none' : 'bytes' };
    if (start > 0) headers['content-range'] = `bytes ${start}-${bytes.length - 1}/${bytes.length}`;
    res.writeHead(start > 0 ? 206 : 200, headers);
    if (faults.stallBlobsOver !== undefined && bytes.length > faults.stallBlobsOver) {
      res.write(body.subarray(0, Math.floor((body.length * 3) / 4)));
      return;
    }
    if (faults.truncateOnce?.includes(digest) && once(`truncate ${digest}`)) {
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
      return;
    }
    res.end(body);
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const rawBlob = /^\/blobs\/(sha256:[a-f0-9]{64})$/.exec(path);
    if (rawBlob) return sendBlob(req, res, rawBlob[1] as Digest);
    if (faults.rateLimited) {
      return json(res, 429, { errors: [{ code: 'TOOMANYREQUESTS', message: 'You have reached your pull rate limit.' }] }, { 'retry-after': '21600' });
    }
    if (faults.basicAuth) {
      const expected = `Basic ${Buffer.from(`${faults.basicAuth.username}:${faults.basicAuth.password}`).toString('base64')}`;
      if (req.headers.authorization !== expected) {
        return json(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }, { 'www-authenticate': 'Basic realm="fault-server"' });
      }
    }
    if (faults.bearer) {
      if (path === '/token') {
        issued++;
        return json(res, 200, { token: `tok-${issued}`, expires_in: 300 });
      }
      const n = Number(/^Bearer tok-(\d+)$/.exec(req.headers.authorization ?? '')?.[1]);
      if (!(n >= firstValid) || faults.bearer.refuseAll) {
        const realm = `http://${req.headers.host}/token`;
        return json(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }, { 'www-authenticate': `Bearer realm="${realm}",service="fault-server"` });
      }
      if (++authorised === faults.bearer.revokeAfter) firstValid = issued + 1;
    }
    if (path === '/v2/') return json(res, 200, {});
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
    if (manifest) {
      if (faults.tooManyRequestsOnce !== undefined && once('429')) {
        return json(res, 429, { errors: [{ code: 'TOOMANYREQUESTS', message: 'slow down' }] }, { 'retry-after': String(faults.tooManyRequestsOnce) });
      }
      const ref = manifest[2]!;
      const bytes = ref.startsWith('sha256:') ? blobs.get(ref as Digest) : top;
      if (!bytes) return json(res, 404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] });
      const parsed = JSON.parse(bytes.toString()) as { mediaType?: string };
      res.writeHead(200, { 'content-type': parsed.mediaType ?? 'application/vnd.oci.image.manifest.v1+json', 'content-length': bytes.length });
      return res.end(bytes);
    }
    const blob = /^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/.exec(path);
    if (blob) {
      const digest = blob[2] as Digest;
      if (faults.error500Once && once(`500 ${digest}`)) return json(res, 500, { errors: [{ code: 'UNKNOWN', message: 'internal error, try again' }] });
      if (faults.redirectBlobsTo) {
        res.writeHead(307, { location: `${faults.redirectBlobsTo}/blobs/${digest}?X-Signature=secret-signature` });
        return res.end();
      }
      return sendBlob(req, res, digest);
    }
    json(res, 404, { errors: [{ code: 'NAME_UNKNOWN', message: 'not found' }] });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    faults,
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length, ...headers });
  res.end(bytes);
}
