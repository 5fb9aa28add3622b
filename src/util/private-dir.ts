import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Makes the folder `dir` exist with no permission bits beyond `mode`: a new
 * one gets exactly `mode` (whatever the umask); one that exists and belongs
 * to this process's user (made by an older dabba, group and world readable)
 * loses the bits beyond it and keeps its other bits, so a folder its owner
 * tightened further stays so. Another user's folder is left as it is: chmod
 * would fail, and it is theirs. Missing parents are made as usual.
 */
export async function ensurePrivateDir(dir: string, mode: number): Promise<void> {
  await mkdir(dirname(dir), { recursive: true });
  let created = true;
  try {
    await mkdir(dir, { mode });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    created = false;
  }
  const st = await stat(dir);
  const bits = st.mode & 0o777;
  const wanted = created ? mode : bits & mode;
  if (bits !== wanted && st.uid === process.getuid?.()) await chmod(dir, wanted);
}
