/**
 * Work that must not hold back a page's first paint (issue 14: the popup draws its frame, then
 * loads its data layer). A `requestAnimationFrame` callback runs just before the next frame is
 * painted; a task queued from it runs after that paint.
 */

/** The parts of `window` used (a test passes its own). */
export interface PaintClock {
  requestAnimationFrame(cb: () => void): unknown;
  setTimeout(cb: () => void, ms: number): unknown;
  document: { visibilityState: string };
}

/**
 * Longest wait for the frame: a page hidden after the call paints no frames (so `requestAnimationFrame`
 * never fires) and must not wait for the reader to look at it again.
 */
export const AFTER_PAINT_FALLBACK_MS = 500;

/** Runs `fn` once, after the next frame has painted (at once, in a new task, on a hidden page). */
export function afterNextPaint(fn: () => void, clock: PaintClock = window): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (clock.document.visibilityState === 'hidden') {
    clock.setTimeout(run, 0);
    return;
  }
  clock.requestAnimationFrame(() => clock.setTimeout(run, 0));
  clock.setTimeout(run, AFTER_PAINT_FALLBACK_MS);
}
