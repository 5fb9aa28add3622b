/**
 * A terminal of the container's own (pure). Handing dabba's terminal to the
 * container would let it push keystrokes into the user's shell (TIOCSTI,
 * still allowed where `dev.tty.legacy_tiocsti` is 1); instead util-linux
 * `script` opens a new pty, relays it to dabba's terminal in raw mode and
 * passes window size changes on. The container's command gets the pty as
 * its controlling terminal, so job control and Ctrl-C work as with
 * `docker run -t`.
 *
 *   setpriv --pdeathsig KILL   script dies with dabba, and bwrap (whose parent
 *                              script is) with it (--die-with-parent)
 *   script -q -e -c CMD        -e: the command's exit code, 128+N for a signal
 *
 * script runs CMD with `$SHELL -c`, so SHELL is set to /bin/sh for it and CMD
 * puts the container's own SHELL (or none) back before exec.
 */

export interface TerminalTools {
  setpriv: string;
  script: string;
}

export interface Invocation {
  file: string;
  args: string[];
  env: Record<string, string>;
}

/** `argv` (program first) run in a new pty relayed to dabba's terminal, with `env` as its environment. */
export function inNewTerminal(tools: TerminalTools, argv: readonly string[], env: Readonly<Record<string, string>>): Invocation {
  const restoreShell = env.SHELL === undefined ? 'unset SHELL; ' : `SHELL=${shellQuote(env.SHELL)}; `;
  const command = `${restoreShell}exec ${argv.map(shellQuote).join(' ')}`;
  return {
    file: tools.setpriv,
    args: ['--pdeathsig', 'KILL', '--', tools.script, '--quiet', '--return', '--command', command, '/dev/null'],
    env: { ...env, SHELL: '/bin/sh' },
  };
}

/** One POSIX shell word that stands for exactly `s`. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
