// Paths written in an included or extended file are relative to that file's
// folder (compose-go's paths.ResolveRelativePaths): before such a service
// joins the project they are made absolute, so that the project folder does
// not change their meaning. Pure.
import { isAbsolute, resolve } from 'node:path';
import { LOCAL_IMAGE } from './canonical.js';
import { isMapping } from './tree.js';

/** A host path as written: relative when it starts with `.` (short volume syntax) or is not absolute or `~` (long syntax). */
function rebase(path: string, dir: string): string {
  return isAbsolute(path) || path.startsWith('~') ? path : resolve(dir, path);
}

function volume(v: unknown, dir: string): unknown {
  if (typeof v === 'string') {
    const [source, ...rest] = v.split(':');
    // In short syntax a host path starts with `.` (volumes.ts); `name:/t` is a named volume.
    return rest.length > 0 && source!.startsWith('.') ? [resolve(dir, source!), ...rest].join(':') : v;
  }
  if (isMapping(v) && v.type === 'bind' && typeof v.source === 'string') return { ...v, source: rebase(v.source, dir) };
  return v;
}

/** A copy of a raw service (as written, interpolated) with its relative host paths resolved against `dir`. */
export function withAbsolutePaths(service: Record<string, unknown>, dir: string): Record<string, unknown> {
  const out = { ...service };
  if (typeof out.image === 'string') {
    const m = LOCAL_IMAGE.exec(out.image);
    if (m !== null && m[2] !== '') out.image = `${m[1]}:${rebase(m[2]!, dir)}${m[3] ?? ''}`;
  }
  if (Array.isArray(out.volumes)) out.volumes = out.volumes.map((v) => volume(v, dir));
  const envFile = (e: unknown) => (typeof e === 'string' ? rebase(e, dir) : isMapping(e) && typeof e.path === 'string' ? { ...e, path: rebase(e.path, dir) } : e);
  if (typeof out.env_file === 'string') out.env_file = envFile(out.env_file);
  else if (Array.isArray(out.env_file)) out.env_file = out.env_file.map(envFile);
  if (isMapping(out.develop) && Array.isArray(out.develop.watch)) {
    out.develop = { ...out.develop, watch: out.develop.watch.map((w) => (isMapping(w) && typeof w.path === 'string' ? { ...w, path: rebase(w.path, dir) } : w)) };
  }
  return out;
}
