/**
 * Watching files with chokidar: a set of paths that can be replaced as the
 * project changes (an env_file added, a develop.watch path removed). Editors
 * that save by writing a new file and renaming it over the old one are seen
 * as changes too.
 *
 * chokidar counts a path that does not exist twice towards its `ready`, which
 * then comes before the watchers of the last files it scanned are set, and an
 * edit just after it is lost; and it watches for a missing path only after
 * its ready. So one watcher has the paths that exist, another the folders of
 * those that do not (the usual missing `.env`), only those names of them,
 * and `ready` waits for both.
 */
import { lstat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export interface FileWatcher {
  /** Watches exactly `paths` from now on. */
  setPaths(paths: readonly string[]): void;
  close(): Promise<void>;
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
}

/** A chokidar watcher of `paths` with dabba's options, and its first `ready`. */
function watcherOf(paths: readonly string[], onChange: (path: string) => void, only?: (path: string) => boolean): { watcher: FSWatcher; ready: Promise<void> } {
  const watcher = watch([], { ignoreInitial: true, awaitWriteFinish: false, atomic: true, ...(only ? { depth: 0, ignored: (p: string) => !only(p) } : {}) });
  for (const ev of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(ev, (p: string) => onChange(p));
  const ready = paths.length === 0 ? Promise.resolve() : new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  watcher.add([...paths]);
  return { watcher, ready };
}

const exists = (p: string): Promise<boolean> => lstat(p).then(() => true, () => false);

/** Calls `onChange(path)` for every add, change or removal under `paths`. */
export function watchFiles(paths: readonly string[], onChange: (path: string) => void): FileWatcher {
  let current = new Set(paths);
  let main: FSWatcher | undefined;
  let appear: FSWatcher | undefined;
  const ready = (async () => {
    const found = await Promise.all(paths.map(exists));
    const missing = paths.filter((_, i) => !found[i]);
    // A missing path is seen to appear through its folder (only that name of it), when the folder is there.
    const folders = [...new Set(missing.map((p) => dirname(p)))];
    const present = await Promise.all(folders.map(exists));
    const watchedFolders = new Set(folders.filter((_, i) => present[i]));
    const appearing = new Set(missing.filter((p) => watchedFolders.has(dirname(p))));
    const first = watcherOf(paths.filter((_, i) => found[i]), onChange);
    const second = watcherOf([...watchedFolders], (p) => appearing.has(p) && onChange(p), (p) => watchedFolders.has(p) || appearing.has(p));
    main = first.watcher;
    appear = second.watcher;
    await Promise.all([first.ready, second.ready]);
    // A path whose folder is missing too: chokidar's own handling, after its ready.
    const rest = missing.filter((p) => !appearing.has(p));
    if (rest.length > 0) main.add(rest);
  })();
  return {
    ready,
    setPaths(next) {
      const want = new Set(next);
      const add = [...want].filter((p) => !current.has(p));
      const remove = [...current].filter((p) => !want.has(p));
      if (add.length) main?.add(add);
      if (remove.length) {
        main?.unwatch(remove);
        appear?.unwatch(remove);
      }
      current = want;
    },
    close: async () => {
      await ready;
      await Promise.all([main?.close(), appear?.close()]);
    },
  };
}
