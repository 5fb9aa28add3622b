import { parseGroup, parsePasswd, type GroupEntry, type PasswdEntry } from './users.js';
import { readFileInRoot } from './open-in-container.js';

/** More than any real /etc/passwd; a larger one is read only this far. */
const MAX_USERS_FILE = 4 << 20;

/**
 * The /etc/passwd and /etc/group under `root` (a rootfs folder, or a running
 * container's `/proc/PID/root`), read without following a link out of it and
 * never from a FIFO or device (see open-in-container.ts). Missing files give
 * empty lists.
 */
export function readRootfsUsers(root: string): { passwd: PasswdEntry[]; groups: GroupEntry[] } {
  const read = (p: string): string => readFileInRoot(root, p, MAX_USERS_FILE) ?? '';
  return { passwd: parsePasswd(read('/etc/passwd')), groups: parseGroup(read('/etc/group')) };
}
