/**
 * What a service name may be, in one place: config validation refuses the
 * rest at their line, and the state layout (src/state/paths.ts) refuses them
 * again before making a folder. Pure.
 *
 * A service name is the folder `.dabba/<name>/` and, on a project network,
 * a host name: compose allows `[a-zA-Z0-9._-]`; dabba also refuses names
 * starting with `.` or `-` (hidden folders, options), names longer than a DNS
 * label, and the names `.dabba/` uses for itself.
 */
import { CACHE_FILE_NAME } from './cache.js';
const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** A DNS label's limit; it also keeps `.dabba/<name>/...` far below any file system's name limit. */
const MAX_SERVICE_NAME_LENGTH = 63;

/**
 * The entries directly under `.dabba/` that are not container folders, and
 * what each holds (src/container/layout.ts, src/state/lock.ts, src/config/cache.ts); hidden temporary
 * names need no entry, as a service name cannot start with a dot.
 */
const RESERVED: ReadonlyMap<string, string> = new Map([
  ['volumes', 'holds named volumes'],
  ['lock', "is the project lock, which keeps two dabba commands from changing the project at once"],
  ['lock.takeover', 'guards taking over the lock of a dabba that died'],
  [CACHE_FILE_NAME, 'caches the loaded project for the next command'],
]);

/** Why `name` cannot be a service name, or undefined when it can. */
export function serviceNameProblem(name: string): string | undefined {
  if (name.length > MAX_SERVICE_NAME_LENGTH) {
    return `a service name is at most ${MAX_SERVICE_NAME_LENGTH} characters (it names a folder under .dabba/ and a host name); this one has ${name.length}`;
  }
  if (!SERVICE_NAME.test(name)) {
    return `"${name}" is not a valid service name: it names the folder .dabba/${name}/ (expected letters, digits, _, . and -, starting with a letter or digit)`;
  }
  const reserved = RESERVED.get(name);
  if (reserved !== undefined) return `"${name}" is reserved: .dabba/${name} ${reserved}; rename the service`;
  return undefined;
}
