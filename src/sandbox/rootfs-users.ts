import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveInRootfs } from './container-path.js';
import { parseGroup, parsePasswd, type GroupEntry, type PasswdEntry } from './users.js';

/**
 * The rootfs's /etc/passwd and /etc/group, read through chroot-style path
 * resolution (a symlinked /etc/passwd cannot make dabba read a host file).
 * Missing files give empty lists.
 */
export function readRootfsUsers(rootfs: string): { passwd: PasswdEntry[]; groups: GroupEntry[] } {
  const read = (p: string): string => {
    const host = join(rootfs, resolveInRootfs(rootfs, p));
    try {
      return lstatSync(host).isFile() ? readFileSync(host, 'utf8') : '';
    } catch {
      return '';
    }
  };
  return { passwd: parsePasswd(read('/etc/passwd')), groups: parseGroup(read('/etc/group')) };
}
