import { closeSync, readdirSync, readFileSync } from 'node:fs';

const O_CLOEXEC = 0o2000000;

/**
 * Closes every descriptor above 2 that dabba inherited without close-on-exec
 * (Node opens all of its own with O_CLOEXEC), so that nothing dabba's parent
 * left open reaches a container: bwrap passes every inherited fd on.
 * Idempotent; Linux only (/proc/self/fdinfo).
 */
export function closeInheritedFds(): void {
  let fds: string[];
  try {
    fds = readdirSync('/proc/self/fd');
  } catch {
    return;
  }
  for (const name of fds) {
    const fd = Number(name);
    if (!(fd > 2)) continue;
    try {
      const flags = /^flags:\s+([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1];
      if (flags !== undefined && (parseInt(flags, 8) & O_CLOEXEC) === 0) closeSync(fd);
    } catch {
      // the fd of the readdir itself, or one closed meanwhile
    }
  }
}
