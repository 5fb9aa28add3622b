/**
 * Entry point run by `syncIntoContainer` as root of the container's user
 * namespace: applies the sync operations read from stdin (see sync-ops.ts)
 * below the rootfs folder open as fd 3. It reads nothing of the host project:
 * the file contents come with the operations.
 */
import { applyOps, decodeOps } from './sync-ops.js';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
try {
  applyOps(3, decodeOps(Buffer.concat(chunks)));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
