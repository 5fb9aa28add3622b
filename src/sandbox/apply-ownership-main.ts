/**
 * Entry point run by `applyOwnershipInUserNamespace` inside the container's
 * user namespace: applies the unpacker's recorded ownership to the rootfs of
 * the container folder given as the only argument.
 */
import { applyOwnership } from '../unpack/index.js';

const containerDir = process.argv[2];
if (!containerDir) {
  process.stderr.write('usage: apply-ownership-main CONTAINER_DIR\n');
  process.exit(2);
}
await applyOwnership(containerDir);
