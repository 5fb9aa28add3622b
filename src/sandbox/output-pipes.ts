/**
 * Real pipes for a container's stdout and stderr (I/O). Node's own 'pipe' is
 * a UNIX socketpair, and a socket cannot be opened again: in the container,
 * `open("/dev/stdout")` (the official nginx image's access.log links, `echo x
 * > /dev/stderr`) fails with ENXIO. A FIFO can, as docker's pipes can. Node
 * has no pipe(2) or mkfifo: the `mkfifo` tool makes each FIFO, which is
 * removed as soon as both of its ends are open.
 */
import { makeFifos } from '../util/host-helper.js';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxError } from './errors.js';

export interface OutputPipe {
  /** The write end, to hand to the container as its fd 1 or 2. */
  readonly writeFd: number;
  /** The read end, flowing; it ends once every process that had the write end is gone. */
  readonly reader: Socket;
  /** Closes dabba's copy of the write end (idempotent): once the container has its own, or its start failed. */
  closeWriteEnd(): void;
}

/** `count` pipes; throws SandboxError when they cannot be made. */
export function openOutputPipes(count: number): OutputPipe[] {
  // A private folder: nobody else can open the FIFOs in the moment they have a name.
  const dir = mkdtempSync(join(tmpdir(), 'dabba-stdio-'));
  const opened: number[] = [];
  try {
    const paths = Array.from({ length: count }, (_, i) => join(dir, String(i)));
    try {
      // Writable by any uid: the container's processes run as ids other than dabba's, and once
      // removed, a FIFO is reachable only through /proc/PID/fd of a process that has it open.
      makeFifos(paths, 0o622);
    } catch (err) {
      throw new SandboxError(`cannot make the container's output pipes: ${(err as Error).message}`, { hint: 'install coreutils (it provides mkfifo)' });
    }
    const ends = paths.map((path) => {
      // Read end first and non-blocking: opening either end alone would wait for the other.
      const readFd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      opened.push(readFd);
      const writeFd = openSync(path, constants.O_WRONLY);
      opened.push(writeFd);
      return { readFd, writeFd };
    });
    return ends.map(({ readFd, writeFd }) => {
      let open = true;
      return {
        writeFd,
        reader: new Socket({ fd: readFd, readable: true, writable: false }),
        closeWriteEnd: () => {
          if (open) closeSync(writeFd);
          open = false;
        },
      };
    });
  } catch (err) {
    for (const fd of opened) closeSync(fd);
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
