/**
 * Entry point run by `applyOwnershipInUserNamespace` inside the container's
 * user namespace: applies the unpacker's recorded ownership to the rootfs of
 * the container folder given as the first argument. With `--every-file`,
 * entries not recorded get 0:0 too: in a keep-id namespace the unpacked
 * files are yours, and you are the kept user there, not root.
 */
import { applyOwnership } from '../unpack/index.js';

const containerDir = process.argv[2];
if (!containerDir) {
  process.stderr.write('usage: apply-ownership-main CONTAINER_DIR\n');
  process.exit(2);
}
await applyOwnership(containerDir, process.argv[3] === '--every-file' ? (uid, gid) => [uid, gid] : undefined);
