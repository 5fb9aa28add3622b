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
 * yours, so it can only have the ids you are inside (container root, or the
 * kept ids of `fakeroot: false`); another explicit owner is refused, and
 * without one the file keeps yours.
 */
import { join } from 'node:path';
import type { FileMount, Service } from '../config/model.js';
import { SandboxError } from './errors.js';
import type { IdMap, IdMapping } from './ids.js';
import type { GeneratedFile } from './spec.js';

/** The host id that container id `id` maps onto, if it is mapped. */
export function hostIdOf(maps: readonly IdMap[], id: number): number | undefined {
  const m = maps.find((x) => id >= x.inside && id < x.inside + x.count);
  return m === undefined ? undefined : m.outside + (id - m.inside);
}

/** The generated files of `service`'s secrets then configs, named in `scratchDir`. */
export function secretFiles(service: Pick<Service, 'name' | 'secrets' | 'configs'>, scratchDir: string, mapping: IdMapping, host: { uid: number; gid: number }): GeneratedFile[] {
  const file = (kind: 'secret' | 'config', f: FileMount): GeneratedFile => ({
    target: f.target,
    hostPath: join(scratchDir, `${kind}-${f.source}`),
    content: 'file' in f.from ? { copyOf: f.from.file } : f.from.content,
    mode: f.mode,
    owner: owner(service.name, kind, f, mapping, host),
  });
  return [...service.secrets.map((f) => file('secret', f)), ...service.configs.map((f) => file('config', f))];
}

/** The host ids to give the file; undefined: leave it dabba's own. Throws for an owner dabba cannot give. */
function owner(service: string, kind: string, f: FileMount, mapping: IdMapping, host: { uid: number; gid: number }): { uid: number; gid: number } | undefined {
  const uid = hostIdOf(mapping.uid, f.uid ?? 0);
  const gid = hostIdOf(mapping.gid, f.gid ?? 0);
  const asRoot = host.uid === 0;
  const given = (id: number | undefined, own: number): boolean => id !== undefined && (asRoot || id === own);
  const problem = (which: 'uid' | 'gid', id: number, mapped: number | undefined): SandboxError =>
    new SandboxError(`service "${service}": ${kind} "${f.source}": cannot give it ${which} ${id}: ${mapped === undefined ? 'that id is not mapped into the container' : 'unprivileged, dabba can give it only the ids you are inside the container'}`, {
      hint: mapped === undefined ? 'use an id the container maps (see dabba doctor), or leave uid/gid out' : `leave ${which} out (the file is then yours, and its mode decides who reads it), or run dabba as root`,
    });
  if (f.uid !== undefined && !given(uid, host.uid)) throw problem('uid', f.uid, uid);
  if (f.gid !== undefined && !given(gid, host.gid)) throw problem('gid', f.gid, gid);
  if (!asRoot) return undefined;
  return uid !== undefined && gid !== undefined ? { uid, gid } : undefined;
}
