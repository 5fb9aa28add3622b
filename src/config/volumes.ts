import { isAbsolute, resolve } from 'node:path';
import { InvalidSpecError } from './errors.js';
import type { VolumeMount } from './model.js';

/** A named volume's name, as compose and docker accept it; it is also a folder name under `.dabba/volumes/`. */
export const VOLUME_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const EXPECTED = 'expected HOST:CONTAINER[:ro|:rw], NAME:CONTAINER[:ro|:rw] or CONTAINER';

/**
 * Resolves a host path as compose does: `~` and `~/x` from `home`, relative
 * paths from the project folder. Pure (`home` is passed in).
 */
export function resolveHostPath(path: string, projectDir: string, home: string | undefined): string {
  if (path === '~' || path.startsWith('~/')) {
    if (home === undefined) throw new InvalidSpecError(`${JSON.stringify(path)}: ~ needs HOME to be set`);
    return resolve(home, path.slice(2));
  }
  return resolve(projectDir, path);
}

/**
 * Parses a short-syntax volume spec: `HOST:CONTAINER[:ro|:rw]` (a bind; HOST
 * starts with `.`, `/` or `~` and is made absolute against `projectDir`),
 * `NAME:CONTAINER[:ro|:rw]` (a named volume) or a bare `CONTAINER` (an
 * anonymous volume). Pure; throws InvalidSpecError with the reason.
 */
export function parseVolumeSpec(spec: string, projectDir: string, home?: string): VolumeMount {
  const what = JSON.stringify(spec);
  const parts = spec.split(':');
  if (parts.length > 3 || parts.some((p) => p === '')) throw new InvalidSpecError(`${what} is not a volume (${EXPECTED})`);
  let readOnly = false;
  if (parts.length === 3) {
    for (const opt of parts[2]!.split(',')) {
      if (opt === 'ro') readOnly = true;
      else if (opt === 'rw') readOnly = false;
      else throw new InvalidSpecError(`${what} is not a volume: unsupported option ${JSON.stringify(opt)} (expected ro or rw)`);
    }
  }
  const target = parts.length === 1 ? parts[0]! : parts[1]!;
  if (!target.startsWith('/')) throw new InvalidSpecError(`${what} is not a volume: the container path ${JSON.stringify(target)} must be absolute (${EXPECTED})`);
  if (parts.length === 1) return { type: 'volume', source: undefined, target, readOnly: false };
  const source = parts[0]!;
  if (source.startsWith('.') || source.startsWith('~') || isAbsolute(source)) {
    return { type: 'bind', source: resolveHostPath(source, projectDir, home), target, readOnly };
  }
  if (!VOLUME_NAME.test(source)) {
    throw new InvalidSpecError(`${what} is not a volume: ${JSON.stringify(source)} is neither a host path (start it with ./ or /) nor a volume name`);
  }
  return { type: 'volume', source, target, readOnly };
}
