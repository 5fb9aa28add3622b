/**
 * A service's secrets and configs as files dabba makes for each start (pure).
 *
 * Each is written (or copied from its host file) into the container's scratch
 * folder, inside `.dabba/` (0700: only you reach it) and removed when the
 * container ends, then bound read-only at its target like /etc/hosts. Its
 * mode is the one the container sees, 0444 by default as in compose: images
 * whose entrypoint drops from root to their own user still read it.
 *
 * Its owner inside is `uid`/`gid`, else container root. As host root dabba
 * gives the file the host ids those map onto. Unprivileged, the file is
 * yours: an explicit owner that is not you is given to it from inside the
 * container's user namespace before the container starts (so any id the
 * mapping has, e.g. a subordinate range's), and without one it keeps yours.
 * An id the container does not map is refused.
 */
import { dirname, join } from 'node:path';
import type { FileMount, Service } from '../config/model.js';
import { SandboxError } from './errors.js';
import type { IdMap, IdMapping } from './ids.js';
import type { GeneratedFile } from './spec.js';

/** The host id that container id `id` maps onto, if it is mapped. */
export function hostIdOf(maps: readonly IdMap[], id: number): number | undefined {
  const m = maps.find((x) => id >= x.inside && id < x.inside + x.count);
  return m === undefined ? undefined : m.outside + (id - m.inside);
}

/**
 * Where the walk of sandbox/open-in-container.ts starts for a secret's or
 * config's `file:`: the project folder when it is inside it, since a running
 * container with a writable bind of the project (`.:/code`) may have swapped
 * a part of its path for a link to a host file, which must then lead nowhere;
 * else its own folder.
 */
export function fileSourceRoot(projectDir: string, file: string): string {
  return file.startsWith(`${projectDir}/`) ? projectDir : dirname(file);
}

/** The generated files of `service`'s secrets then configs, named in `scratchDir`. */
export function secretFiles(service: Pick<Service, 'name' | 'secrets' | 'configs'>, scratchDir: string, projectDir: string, mapping: IdMapping, host: { uid: number; gid: number }): GeneratedFile[] {
  const file = (kind: 'secret' | 'config', f: FileMount): GeneratedFile => ({
    target: f.target,
    hostPath: join(scratchDir, `${kind}-${f.source}`),
    content: 'file' in f.from ? { copyOf: f.from.file, within: fileSourceRoot(projectDir, f.from.file) } : f.from.content,
    mode: f.mode,
    ...ownership(service.name, kind, f, mapping, host),
  });
  return [...service.secrets.map((f) => file('secret', f)), ...service.configs.map((f) => file('config', f))];
}

/** How the file gets its owner: host ids (as root), container ids from inside the namespace (unprivileged), or none. */
type Ownership = Pick<GeneratedFile, 'owner' | 'ownerInside'>;

/** The owner to give the file. Throws for an id the container does not map. */
function ownership(service: string, kind: string, f: FileMount, mapping: IdMapping, host: { uid: number; gid: number }): Ownership {
  const uid = hostIdOf(mapping.uid, f.uid ?? 0);
  const gid = hostIdOf(mapping.gid, f.gid ?? 0);
  const unmapped = (which: 'uid' | 'gid', id: number): SandboxError =>
    new SandboxError(`service "${service}": ${kind} "${f.source}": cannot give it ${which} ${id}: that id is not mapped into the container`, {
      hint: 'use an id the container maps (see dabba doctor), or leave uid/gid out',
    });
  if (f.uid !== undefined && uid === undefined) throw unmapped('uid', f.uid);
  if (f.gid !== undefined && gid === undefined) throw unmapped('gid', f.gid);
  if (host.uid === 0) return uid !== undefined && gid !== undefined ? { owner: { uid, gid } } : {};
  // Unprivileged the file is yours: an owner that is not you is given from inside the namespace.
  const insideUid = f.uid !== undefined && uid !== host.uid ? f.uid : undefined;
  const insideGid = f.gid !== undefined && gid !== host.gid ? f.gid : undefined;
  return insideUid === undefined && insideGid === undefined ? {} : { ownerInside: { uid: insideUid, gid: insideGid } };
}
