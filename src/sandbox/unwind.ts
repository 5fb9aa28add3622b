/** Undoing a start that got part of the way: cleanup steps run in reverse. */

/** Runs and removes `steps`, the last added first; one that throws does not stop the others. */
export function unwind(steps: (() => void)[]): void {
  for (const step of steps.splice(0).reverse()) {
    try {
      step();
    } catch {
      // best effort: the rest must still run
    }
  }
}
