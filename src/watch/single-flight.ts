/**
 * Re-runs that never overlap (pure: no I/O, no timers of its own). A trigger
 * while a run is in progress does not start a second run: all triggers during
 * a run are coalesced into one run right after it.
 */
export interface SingleFlight {
  /** Requests a run; resolves when a run that started after this call has finished. */
  trigger(): Promise<void>;
  /** Resolves when no run is in progress or pending. */
  idle(): Promise<void>;
}

export function createSingleFlight(run: () => Promise<void>): SingleFlight {
  let current: Promise<void> | undefined;
  let pending: Promise<void> | undefined;
  const start = (): Promise<void> => {
    current = run()
      .catch(() => {
        // run reports its own errors; a failed run must not stop later ones
      })
      .finally(() => {
        current = undefined;
      });
    return current;
  };
  return {
    trigger() {
      if (current === undefined) return start();
      // One pending run serves every trigger made while the current run is going.
      pending ??= current.then(() => {
        pending = undefined;
        return start();
      });
      return pending;
    },
    async idle() {
      while (current !== undefined || pending !== undefined) await (pending ?? current);
    },
  };
}

/** Calls `fn` once, `ms` after the last of a burst of calls, with every argument of the burst. */
export function debounce<T>(fn: (items: T[]) => void, ms: number, timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout }) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let items: T[] = [];
  return {
    push(item: T) {
      items.push(item);
      if (timer !== undefined) timers.clear(timer);
      timer = timers.set(() => {
        timer = undefined;
        const batch = items;
        items = [];
        fn(batch);
      }, ms);
    },
    cancel() {
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
      items = [];
    },
  };
}
