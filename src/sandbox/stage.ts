/**
 * Staging a container's mount sources where its own ids can reach them.
 *
 * bwrap looks every bind source up (realpath) with the ids it runs as: the
 * container's root mapped onto an unprivileged range when dabba runs as root,
 * or the process user's subordinate id for a non-root service. Those ids may
 * not pass the folders above the project: a 0700 home, /root. So before bwrap
 * starts, dabba binds the rootfs, every bind source and every generated file
 * onto a small tmpfs in the namespace holder's own mount namespace, with
 * credentials that can reach them (host root's, or the invoking user's), and
 * bwrap — started in that mount namespace — binds them from there. Nothing of
 * this is visible outside the holder, and it ends with it.
 *
 * As host root, the project's own files (binds the user asked for) are staged
 * as idmapped mounts through the container's user namespace: root's files show
 * as the container root's, and what the container's root writes there belongs
 * to root on the host, as with docker, while the container's root stays an
 * unprivileged id. Node cannot make such a mount (open_tree, mount_setattr,
 * move_mount), so a few lines of Perl do, whose perl-base every Debian and
 * Ubuntu has; where Perl, the kernel or the file system cannot, the bind is
 * plain and the caller is told which.
 */
import { runHelper } from './helper-spawn.js';

/** Where the staged sources live, inside the holder's mount namespace only (a folder every Linux has). */
export const STAGE_DIR = '/mnt';

export interface StageEntry {
  source: string;
  /** Folders are bound on a folder, files on a file. */
  folder: boolean;
  /** Bind through the container's id mapping (idmapped mount), where the kernel and file system allow. */
  idmap?: boolean | undefined;
}

/** What staging did: where each source is, and the sources that could not be idmapped. */
export interface Staged {
  paths: Map<string, string>;
  notIdmapped: string[];
}

/**
 * open_tree(OPEN_TREE_CLONE|AT_RECURSIVE), mount_setattr(MOUNT_ATTR_IDMAP with
 * the user namespace $ARGV[2]) and move_mount onto $ARGV[1]. These syscalls
 * have the same numbers on every architecture.
 */
export const IDMAP_PERL = [
  'open(my $ns, "<", $ARGV[2]) or exit 1;',
  'my ($empty, $src, $dst) = ("", $ARGV[0], $ARGV[1]);',
  'my $fd = syscall(428, -100, $src, 0x1 | 0x80000 | 0x8000); exit 1 if $fd < 0;',
  'my $attr = pack("QQQQ", 0x100000, 0, 0, fileno($ns));',
  'syscall(442, $fd, $empty, 0x1000, $attr, length($attr)) == 0 or exit 1;',
  'syscall(429, $fd, $empty, -100, $dst, 4) == 0 or exit 1;',
].join(' ');

/**
 * The POSIX shell script that stages `entries` as `STAGE_DIR/0`, `/1`, … (pure).
 * Its arguments are the Perl program, the user namespace to idmap through,
 * then the sources: none of them is in the script's text. It prints the
 * index of each entry that wanted an idmapped mount and got a plain bind.
 */
export function buildStageScript(entries: readonly StageEntry[], usernsPath: string): { script: string; args: string[]; staged: Map<string, string> } {
  const lines = [`set -e`, `mount -t tmpfs -o mode=0755,size=64k dabba-stage ${STAGE_DIR}`];
  const staged = new Map<string, string>();
  entries.forEach((e, i) => {
    const at = `${STAGE_DIR}/${i}`;
    const src = `"$${i + 3}"`;
    lines.push(e.folder ? `mkdir ${at}` : `: > ${at}`);
    const plain = `mount --bind -- ${src} ${at}`;
    lines.push(e.idmap ? `if [ -n "$DABBA_NO_IDMAP" ] || ! perl -e "$1" -- ${src} ${at} "$2" 2>/dev/null; then ${plain}; echo ${i}; fi` : plain);
    staged.set(e.source, at);
  });
  return { script: lines.join('\n'), args: [IDMAP_PERL, usernsPath, ...entries.map((e) => e.source)], staged };
}

/** Which sources the script's output says got a plain bind instead of an idmapped one (pure). */
export function parseNotIdmapped(stdout: string, entries: readonly StageEntry[]): string[] {
  return stdout
    .split('\n')
    .filter((l) => /^\d+$/.test(l))
    .map((l) => entries[Number(l)]?.source)
    .filter((s): s is string => s !== undefined);
}

/** Who stages: host root, the invoking user when it is the container's root, else the container's root. */
export type StageCredentials = 'host root' | 'invoking user' | 'container root';

/**
 * Stages `entries` in the mount namespace of `holderPid` (see the module
 * comment). As host root, nsenter joins only that mount namespace and keeps
 * root's own credentials; unprivileged, it joins the user namespace too,
 * keeping the invoking user's ids, which own the project. Where those are not
 * the container's root (`fakeroot: false` with `user:`), mount(8) refuses
 * them: the container's root stages, whose capabilities there pass the
 * invoking user's folders (its ids are mapped). `noIdmap` (tests) forces the
 * plain-bind fallback.
 */
export async function stageSources(holderPid: number, entries: readonly StageEntry[], tools: { nsenter: string }, as: StageCredentials, noIdmap = false): Promise<Staged> {
  const { script, args, staged } = buildStageScript(entries, `/proc/${holderPid}/ns/user`);
  const enter = ['-t', String(holderPid), ...(as === 'host root' ? [] : ['-U']), '-m', ...(as === 'invoking user' ? ['--preserve-credentials'] : [])];
  const shell = noIdmap ? `DABBA_NO_IDMAP=1\n${script}` : script;
  const stdout = await runHelper(tools.nsenter, [...enter, '--', '/bin/sh', '-c', shell, 'stage', ...args], 'binding the mount sources for the container');
  return { paths: staged, notIdmapped: parseNotIdmapped(stdout, entries) };
}
