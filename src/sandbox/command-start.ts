/**
 * Knowing when bwrap's child runs the container's command (I/O): bwrap
 * reports its child's pid on an info fd, and the command starts a moment later.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { SandboxError } from './errors.js';
import { pidExists } from '../util/process.js';

/** The container's PID 1 as bwrap reports it on fd 3; SandboxError when bwrap exits first. */
export async function readChildPid(bwrap: ChildProcess, exited: Promise<number>): Promise<number> {
  const info = bwrap.stdio[3] as Readable;
  let text = '';
  const pid = await new Promise<number | undefined>((resolvePid) => {
    info.on('data', (d: Buffer) => {
      text += d.toString();
      const m = /"child-pid"\s*:\s*(\d+)/.exec(text);
      if (m) resolvePid(Number(m[1]));
    });
    info.on('error', () => undefined);
    void exited.then(() => resolvePid(undefined));
  });
  // bwrap may write more to the info fd later: keep draining it (closing our end would SIGPIPE bwrap).
  info.resume();
  if (pid === undefined) {
    const code = await exited;
    throw new SandboxError(`starting bwrap: it exited with ${code} before starting the command`, { hint: 'run dabba doctor' });
  }
  return pid;
}

/**
 * Waits until the container's command runs: its PID 1 is no longer bwrap
 * (or, under `init: true`, has a child). bwrap reports the pid before its
 * child has asked to die with its parent; a dabba killed in that window would
 * leave the container behind.
 */
export async function waitForCommand(initPid: number, init: boolean, bwrapPath: string): Promise<void> {
  const bwrapIno = statSync(bwrapPath).ino;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && pidExists(initPid)) {
    try {
      if (init ? readFileSync(`/proc/${initPid}/task/${initPid}/children`, 'utf8').trim() !== '' : statSync(`/proc/${initPid}/exe`).ino !== bwrapIno) return;
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
}
