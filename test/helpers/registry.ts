/**
 * Runs the Distribution registry (`docker-registry`, Debian's package) for a
 * test: on a free 127.0.0.1 port, storage and config in a fresh temp folder,
 * optionally with htpasswd (Basic) auth, token (Bearer) auth through a token
 * server run here, and TLS with a test CA made with openssl.
 *
 *   const reg = await startRegistry({ auth: 'token', tls: true });
 *   await pushImage(reg, 'app', '1', buildBusyboxImage());
 *   … reg.accessLog() …
 *   await reg.stop();
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createSign, randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';

export interface RegistryOptions {
  /** `htpasswd`: Basic auth; `token`: Bearer auth through a local token server. Default: none. */
  auth?: 'htpasswd' | 'token';
  /** Serve HTTPS with a certificate from a fresh test CA (`caFile`). */
  tls?: boolean;
  username?: string;
  password?: string;
  /** With token auth: anonymous clients may pull (default false: credentials needed). */
  anonymousPull?: boolean;
  /** Token lifetime in seconds (default 300). */
  tokenExpiresIn?: number;
}

export interface TestRegistry {
  /** `127.0.0.1:PORT`, as in an image reference. */
  host: string;
  /** `http://127.0.0.1:PORT` or `https://…`. */
  url: string;
  dir: string;
  credentials: { username: string; password: string } | undefined;
  /** PEM of the test CA (TLS only). */
  ca: string | undefined;
  /** Path of the CA file, for NODE_EXTRA_CA_CERTS (TLS only). */
  caFile: string | undefined;
  /** The registry's access log so far: one `METHOD PATH STATUS` line per request. */
  accessLog(): string[];
  /** Token requests the token server answered (token auth only). */
  tokenRequests(): string[];
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (bound then released: good enough for tests). */
export async function freePort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as { port: number }).port;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/** A test CA and a server certificate for 127.0.0.1/localhost signed by it (openssl). */
export async function makeTestCa(dir: string): Promise<{ caFile: string; certFile: string; keyFile: string; ca: string }> {
  const p = (n: string) => join(dir, n);
  const run = (args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=dabba test CA', '-keyout', p('ca.key'), '-out', p('ca.crt')]);
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', p('server.key'), '-out', p('server.csr')]);
  await writeFile(p('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  run(['x509', '-req', '-in', p('server.csr'), '-CA', p('ca.crt'), '-CAkey', p('ca.key'), '-CAcreateserial', '-days', '2', '-extfile', p('server.ext'), '-out', p('server.crt')]);
  return { caFile: p('ca.crt'), certFile: p('server.crt'), keyFile: p('server.key'), ca: await readFile(p('ca.crt'), 'utf8') };
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

interface TokenServer {
  realm: string;
  requests: string[];
  close(): Promise<void>;
}

/**
 * A token server as the registry's `auth: token` expects: JWTs signed RS256
 * with a key whose certificate (in the `x5c` header) is the registry's
 * `rootcertbundle`. Grants pull+push to the right credentials, pull to
 * anonymous clients when allowed, 401 otherwise.
 */
async function startTokenServer(dir: string, o: { service: string; issuer: string; username: string; password: string; anonymousPull: boolean; expiresIn: number }): Promise<TokenServer & { certFile: string }> {
  const keyFile = join(dir, 'token.key');
  const certFile = join(dir, 'token.crt');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=dabba test token issuer', '-keyout', keyFile, '-out', certFile], { stdio: 'pipe' });
  const key = await readFile(keyFile, 'utf8');
  const der = (await readFile(certFile, 'utf8')).replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  const requests: string[] = [];
  const server: Server = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.search);
    const expected = `Basic ${Buffer.from(`${o.username}:${o.password}`).toString('base64')}`;
    const authed = req.headers.authorization === expected;
    if ((req.headers.authorization !== undefined && !authed) || (!authed && !o.anonymousPull)) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] }));
      return;
    }
    const access = url.searchParams.getAll('scope').flatMap((s) => {
      const [type, name, actions] = s.split(':');
      if (!type || !name || !actions) return [];
      const granted = actions.split(',').filter((a) => authed || a === 'pull');
      return [{ type, name, actions: granted }];
    });
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'RS256', x5c: [der] };
    const claims = { iss: o.issuer, sub: authed ? o.username : '', aud: o.service, exp: now + o.expiresIn, nbf: now - 10, iat: now, jti: randomBytes(8).toString('hex'), access };
    const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `${signingInput}.${b64url(signature)}`, expires_in: o.expiresIn, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { realm: `http://127.0.0.1:${port}/token`, requests, certFile, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Starts a registry; resolves once it answers on /v2/. Call `stop()` in the test's cleanup. */
export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'dabba-registry-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const username = options.username ?? 'tester';
  const password = options.password ?? 'secret-Pa55';
  const credentials = options.auth ? { username, password } : undefined;
  const lines = ['version: 0.1', 'log:', '  level: error', '  accesslog:', '    disabled: false', 'storage:', '  filesystem:', `    rootdirectory: ${join(dir, 'data')}`, '  delete:', '    enabled: true', 'http:', `  addr: ${host}`, `  secret: ${randomBytes(8).toString('hex')}`];
  let tls: Awaited<ReturnType<typeof makeTestCa>> | undefined;
  if (options.tls) {
    tls = await makeTestCa(dir);
    lines.push('  tls:', `    certificate: ${tls.certFile}`, `    key: ${tls.keyFile}`);
  }
  let tokenServer: TokenServer | undefined;
  if (options.auth === 'htpasswd') {
    const htpasswd = execFileSync('htpasswd', ['-Bbn', username, password], { encoding: 'utf8' });
    await writeFile(join(dir, 'htpasswd'), htpasswd);
    lines.push('auth:', '  htpasswd:', '    realm: dabba-test', `    path: ${join(dir, 'htpasswd')}`);
  } else if (options.auth === 'token') {
    const ts = await startTokenServer(dir, { service: 'dabba-test-registry', issuer: 'dabba-test-issuer', username, password, anonymousPull: options.anonymousPull ?? false, expiresIn: options.tokenExpiresIn ?? 300 });
    tokenServer = ts;
    lines.push('auth:', '  token:', `    realm: ${ts.realm}`, '    service: dabba-test-registry', '    issuer: dabba-test-issuer', `    rootcertbundle: ${ts.certFile}`);
  }
  await writeFile(join(dir, 'config.yml'), `${lines.join('\n')}\n`);

  const log: string[] = [];
  let stderr = '';
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let partial = '';
  child.stdout!.on('data', (c: Buffer) => {
    partial += c.toString();
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      const m = /"(\w+) (\S+) HTTP\/[\d.]+" (\d+)/.exec(line);
      if (m) log.push(`${m[1]} ${m[2]} ${m[3]}`);
    }
  });
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

  const url = `${tls ? 'https' : 'http'}://${host}`;
  const dispatcher = new Agent(tls ? { connect: { ca: tls.ca } } : {});
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(3000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await dispatcher.close();
    await tokenServer?.close();
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const res = await request(`${url}/v2/`, { dispatcher });
      await res.body.dump();
      break;
    } catch (err) {
      if (Date.now() > deadline || child.exitCode !== null) {
        await stop();
        throw new Error(`docker-registry did not start on ${host}: ${(err as Error).message}\n${stderr}`);
      }
      await sleep(50);
    }
  }
  log.length = 0;
  return {
    host,
    url,
    dir,
    credentials,
    ca: tls?.ca,
    caFile: tls?.caFile,
    accessLog: () => [...log],
    tokenRequests: () => [...(tokenServer?.requests ?? [])],
    stop,
  };
}

/** The built CLI (`dist/src/cli/bin.js`), found from this compiled helper's location. */
export const DABBA_BIN = new URL('../../src/cli/bin.js', import.meta.url).pathname;

export interface DabbaRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the real dabba CLI to completion (killed after `timeoutMs`), with stdin from `input`. */
export function runDabba(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; input?: string; timeoutMs?: number }): Promise<DabbaRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DABBA_BIN, ...args], { cwd: opts.cwd, env: opts.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin!.end(opts.input ?? '');
  });
}

/**
 * For tests that need a host tool: undefined when it is there; otherwise the
 * reason to skip, or a thrown error when DABBA_MUST_WORK is set (CI: a skip
 * must never hide a break).
 */
export function missingTool(tool: string, versionArgs: string[] = ['--version']): string | undefined {
  try {
    execFileSync(tool, versionArgs, { stdio: 'ignore' });
    return undefined;
  } catch {
    if (process.env.DABBA_MUST_WORK) throw new Error(`${tool} is required (DABBA_MUST_WORK is set) but is not installed`);
    return `${tool} is not installed`;
  }
}

/** A clean environment for a dabba run: its own store, docker config and home, no inherited credentials. */
export function isolatedEnv(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DABBA_STORE: join(dir, 'store'), DOCKER_CONFIG: join(dir, 'docker'), HOME: join(dir, 'home'), NO_COLOR: '1', ...extra };
  for (const k of ['REGISTRY_AUTH_FILE', 'XDG_RUNTIME_DIR', 'XDG_CACHE_HOME', 'NODE_EXTRA_CA_CERTS', 'DABBA_INSECURE_REGISTRIES']) if (!(k in extra)) delete env[k];
  return env;
}
