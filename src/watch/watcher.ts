/**
 * Watching files with chokidar: a set of paths that can be replaced as the
 * project changes (an env_file added, a develop.watch path removed). Editors
 * that save by writing a new file and renaming it over the old one are seen
 * as changes too.
 *
 * chokidar counts a path that does not exist twice towards its `ready`, which
 * then comes before the watchers of the last files it scanned are set, and an
 * edit just after it is lost. So the paths that exist are watched first and
 * the others (the usual missing `.env`) added once chokidar is ready.
 */
import { lstat } from 'node:fs/promises';
import { watch, type FSWatcher } from 'chokidar';

export interface FileWatcher {
  /** Watches exactly `paths` from now on. */
  setPaths(paths: readonly string[]): void;
  close(): Promise<void>;
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
}

/** Calls `onChange(path)` for every add, change or removal under `paths`. */
export function watchFiles(paths: readonly string[], onChange: (path: string) => void): FileWatcher {
  let current = new Set(paths);
  const watcher: FSWatcher = watch([], { ignoreInitial: true, awaitWriteFinish: false, atomic: true });
  for (const ev of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(ev, (p: string) => onChange(p));
  const ready = (async () => {
    const exists = await Promise.all(paths.map((p) => lstat(p).then(() => true, () => false)));
    const present = paths.filter((_, i) => exists[i]);
    if (present.length > 0) {
      const scanned = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
      watcher.add(present);
      await scanned;
    }
    const missing = paths.filter((_, i) => !exists[i]);
    if (missing.length > 0) watcher.add(missing);
  })();
  return {
    ready,
    setPaths(next) {
      const want = new Set(next);
      const add = [...want].filter((p) => !current.has(p));
      const remove = [...current].filter((p) => !want.has(p));
      if (add.length) watcher.add(add);
      if (remove.length) watcher.unwatch(remove);
      current = want;
    },
    close: () => watcher.close(),
  };
}
