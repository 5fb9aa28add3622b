import type { Command } from '../command.js';
import type { Output } from '../output.js';
import { UsageError } from '../../errors/index.js';
import { ensureImage, type PullEvent, type PullPolicy } from '../../image/index.js';
import { credentialLookup, RegistryClient } from '../../registry/index.js';
import { defaultStorePath, Store } from '../../store/index.js';
import { formatBytes, reportError } from '../output.js';
import { loadProjectFor } from '../wiring.js';

const POLICIES: readonly PullPolicy[] = ['missing', 'always', 'never'];

export const command: Command = {
  name: 'pull',
  summary: 'Pull service images into the local store',
  usage: '[OPTIONS] [SERVICE…]',
  options: [
    { name: 'policy', type: 'string', value: 'POLICY', description: 'missing|always|never (default: always; never for services with pull_policy: never)' },
    { name: 'platform', type: 'string', value: 'OS/ARCH[/VARIANT]', description: "Platform to pull (default: the service's platform, else this host's)" },
    { name: 'quiet', short: 'q', type: 'boolean', description: 'Print no progress' },
  ],
  async run(ctx, args) {
    const policy = args.options.policy as string | undefined;
    if (policy !== undefined && !POLICIES.includes(policy as PullPolicy)) throw new UsageError(`dabba pull: --policy must be one of ${POLICIES.join(', ')}, not "${policy}"`);
    const project = await loadProjectFor(ctx);
    const names = args.positionals.length > 0 ? args.positionals : Object.keys(project.services);
    for (const n of names) {
      if (!project.services[n]) throw new UsageError(`dabba pull: no such service "${n}"`, { hint: `the services are: ${Object.keys(project.services).join(', ')}` });
    }
    const store = await Store.open(defaultStorePath(ctx.env));
    const registry = new RegistryClient({ env: ctx.env, credentials: credentialLookup(ctx.env) });
    const progress = args.options.quiet ? undefined : createProgress(ctx.out);
    // One pull per distinct image and platform, all at once (each bounds its own downloads).
    const jobs = new Map<string, { image: string; platform: string | undefined; policy: PullPolicy; services: string[] }>();
    for (const n of names) {
      const s = project.services[n]!;
      const platform = (args.options.platform as string | undefined) ?? s.platform;
      const key = `${s.image}\0${platform ?? ''}`;
      // `pull` is the explicit "fetch what is new" (compose pulls unless told never); `missing` is how up behaves.
      const job = jobs.get(key) ?? { image: s.image, platform, policy: (policy as PullPolicy | undefined) ?? (s.pullPolicy === 'never' ? 'never' : 'always'), services: [] };
      job.services.push(n);
      jobs.set(key, job);
    }
    const results = await Promise.allSettled(
      [...jobs.values()].map((j) => ensureImage(j.image, { store, baseDir: project.workingDir, policy: j.policy, platform: j.platform, registry, env: ctx.env, progress: progress?.onEvent })),
    );
    progress?.finish();
    await registry.close();
    let exit = 0;
    for (const r of results) {
      if (r.status === 'rejected') exit = Math.max(exit, reportError(ctx.out, r.reason));
    }
    return exit;
  },
};

function short(digest: string): string {
  return digest.slice('sha256:'.length, 'sha256:'.length + 12);
}

interface BlobState {
  name: string;
  digest: string;
  size: number;
  bytes: number;
  started: number;
  done: boolean;
}

/**
 * Progress on stderr: on a TTY a live block (one line per downloading layer
 * with bytes, total and rate, redrawn 10 times a second); otherwise one line
 * per event, never per chunk.
 */
function createProgress(out: Output): { onEvent: (e: PullEvent) => void; finish: () => void } {
  const tty = Boolean((out.stderr as NodeJS.WriteStream).isTTY);
  const blobs = new Map<string, BlobState>();
  /** Per image: total bytes to fetch and bytes of blobs already stored (counted as done). */
  const images = new Map<string, { total: number; cached: number; started: number }>();
  let drawn = 0;
  const bar = (fraction: number, done: boolean) => `${'='.repeat(Math.floor(Math.min(1, fraction) * 20))}${done ? '' : '>'}`.padEnd(21).slice(0, 21);
  const draw = () => {
    const lines = [...images].flatMap(([name, img]) => {
      const own = [...blobs.values()].filter((b) => b.name === name);
      const bytes = img.cached + own.reduce((n, b) => n + b.bytes, 0);
      const secs = (Date.now() - img.started) / 1000;
      return [`${name} [${bar(img.total > 0 ? bytes / img.total : 1, false)}] ${formatBytes(bytes)}/${formatBytes(img.total)} ${secs > 0 ? `${formatBytes((bytes - img.cached) / secs)}/s` : ''}`, ...own.map(blobLine)];
    });
    out.stderr.write(`${erase()}${lines.map((l) => `${l}\n`).join('')}`);
    drawn = lines.length;
  };
  const blobLine = (b: BlobState) => {
    const secs = (Date.now() - b.started) / 1000;
    const rate = secs > 0 ? `${formatBytes(b.bytes / secs)}/s` : '';
    return `  ${short(b.digest)} [${bar(b.size > 0 ? b.bytes / b.size : 1, b.done)}] ${formatBytes(b.bytes)}/${formatBytes(b.size)} ${b.done ? 'done' : rate}`;
  };
  /** Moves up over the live block and clears it. */
  const erase = () => {
    const text = drawn > 0 ? `\u001b[${drawn}A\u001b[J` : '';
    drawn = 0;
    return text;
  };
  const timer = tty ? setInterval(draw, 100) : undefined;
  timer?.unref();
  const onEvent = (e: PullEvent) => {
    switch (e.type) {
      case 'resolving':
        if (!tty) out.info(`${e.name}: resolving`);
        break;
      case 'resolved':
        images.set(e.name, { total: e.totalBytes, cached: 0, started: Date.now() });
        if (!tty) out.info(`${e.name}: ${e.digest}${e.platform ? ` (${e.platform})` : ''}, ${e.blobs} blobs, ${formatBytes(e.totalBytes)}`);
        break;
      case 'blob-start':
        blobs.set(`${e.name} ${e.digest}`, { name: e.name, digest: e.digest, size: e.size, bytes: 0, started: Date.now(), done: false });
        if (!tty) out.info(`${e.name}: ${short(e.digest)} downloading ${formatBytes(e.size)}`);
        break;
      case 'blob-progress': {
        const b = blobs.get(`${e.name} ${e.digest}`);
        if (b) b.bytes = e.bytes;
        break;
      }
      case 'blob-done': {
        const b = blobs.get(`${e.name} ${e.digest}`);
        if (b) {
          b.bytes = b.size;
          b.done = true;
        }
        const img = images.get(e.name);
        if (e.cached && img) img.cached += e.size;
        if (!tty) out.info(`${e.name}: ${short(e.digest)} ${e.cached ? 'already stored' : 'done'}`);
        break;
      }
      case 'done':
        if (tty) {
          for (const [k, b] of blobs) if (b.name === e.name) blobs.delete(k);
          images.delete(e.name);
          out.stderr.write(erase());
        }
        out.info(e.upToDate ? `${e.name}: up to date (${e.digest})` : `${e.name}: pulled ${e.digest} (${e.downloadedBlobs} blobs, ${formatBytes(e.downloadedBytes)})`);
        if (tty) draw();
        break;
    }
  };
  return {
    onEvent,
    finish: () => {
      if (timer) clearInterval(timer);
      if (tty) out.stderr.write(erase());
    },
  };
}
