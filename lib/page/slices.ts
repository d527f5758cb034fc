/**
 * Work on huge pages in slices of a few milliseconds, yielding to the event loop between them so
 * the page never sees a long task (> 50 ms) from us (uBlock Origin works the same way).
 */

/** Longest stretch of work between yields (ms). */
export const SLICE_MS = 8;

/**
 * Longest stretch of our slices without letting a frame render (ms). `scheduler.yield()`
 * continuations run ahead of the page's other tasks, rendering included: back to back, they held
 * frames on the huge benchmark page for 180 ms. So a yield waits for the next frame when one more
 * slice would take us past this long since the last frame we let through.
 */
export const FRAME_EVERY_MS = 32;
/** How long a yield waits for a frame that does not come (a hidden tab draws none). */
const FRAME_WAIT_MS = 50;

/**
 * Longest stretch of work between yields while the reader waits for the first highlights
 * (`setUrgent`): the near window's walk, scan, resolution and drawing are bounded by the viewport,
 * and each yield there could wait behind a frame with nothing new to show (up to 16 ms each, issue 14).
 */
export const URGENT_SLICE_MS = 24;

/**
 * How often the first walk of a page looks whether it has passed the near window (ms of walking),
 * until it has: each look is a microtask hop and one box read, and with SLICE_MS the long page's
 * preview waited 8 ms for a walk that had passed the window after 1–2 ms (issue 14).
 */
export const PREVIEW_CHECK_MS = 2;

type SchedulerLike = { yield?: () => Promise<void> };

let lastFrame = -Infinity;
let lastYield = -Infinity;
let urgent = false;
/** Since when we have worked without really yielding (urgent work only). */
let workingSince = -Infinity;

const performanceNow = (): number => performance.now();

/**
 * When the stretch of our work in the current task began: the last return from `yieldToPage`.
 * Sliced loops that follow one another with no yield between them (one pass's last slice,
 * a synchronous step, the next pass's first slice) run in one task, so they share its budget
 * instead of each starting its own: chained that way they made a 60 ms task on the huge page.
 */
let stretchStart = -Infinity;

/** What the browser counts as a long task (ms). */
const LONG_TASK_MS = 50;

/**
 * The start of the current stretch for a sliced loop beginning at `t`. A stretch older than a long
 * task (50 ms) cannot be this task's (none of ours lasts that long), so a new one starts; a younger
 * one may belong to an earlier task, and then the loop merely yields once at its first check.
 */
function stretchAt(t: number): number {
  if (!(t - stretchStart < LONG_TASK_MS)) stretchStart = t;
  return stretchStart;
}

/**
 * Marks the work that stands between the reader and the first highlights (on), or its end (off).
 * Meanwhile a yield within URGENT_SLICE_MS of the last real one is skipped, so slices are up to
 * that long instead of SLICE_MS; never longer, so no task nears 50 ms.
 */
export function setUrgent(on: boolean): void {
  const now = performance.now();
  urgent = on;
  workingSince = now;
  // Idle until now: frames ran meanwhile (as `yieldNow` reads a gap), and the gap starts here.
  if (on && now - lastYield > FRAME_WAIT_MS) lastFrame = lastYield = now;
}

/**
 * A task after the next frame has rendered (after the one after it, when the next rendered for
 * most of a frame's budget); at most FRAME_WAIT_MS a frame if none comes.
 */
export async function afterNextFrame(): Promise<void> {
  const rendering = await oneFrame();
  // A frame that rendered for most of a frame's budget (the first highlights on a huge page):
  // the next one is let through before any more of our work, which would only lengthen it.
  if (rendering > FRAME_EVERY_MS - SLICE_MS) await oneFrame();
}

/** One frame's wait (see afterNextFrame); how long the frame rendered after its rAF (ms). */
function oneFrame(): Promise<number> {
  const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
  return new Promise((resolve) => {
    let done = false;
    // The next frame's budget counts from this frame's rAF, before its rendering: after a costly
    // frame (the first highlights on a huge page render for 30-45 ms) our next stretch is shorter
    // by that much. And this wait was a yield: without `lastYield` here, the next `yieldNow` took
    // the long wait for idleness and granted a fresh 32 ms, so the frame after the first highlights
    // held 40 ms of rendering plus 32-40 ms of our slices (80-90 ms frames on the huge page).
    const finish = (frameAt: number) => {
      if (done) return;
      done = true;
      lastFrame = frameAt;
      lastYield = performance.now();
      resolve(lastYield - frameAt);
    };
    const timer = setTimeout(() => finish(performance.now()), FRAME_WAIT_MS);
    if (typeof raf !== 'function') return;
    raf(() => {
      const frameAt = performance.now();
      setTimeout(() => {
        clearTimeout(timer);
        finish(frameAt);
      }, 0);
    });
  });
}

function hidden(): boolean {
  const doc = (globalThis as { document?: { visibilityState?: string } }).document;
  return doc?.visibilityState === 'hidden';
}

/**
 * Yields to the event loop: `scheduler.yield()` where available, else a MessageChannel task; after
 * the next frame instead when our work has held frames back for FRAME_EVERY_MS (visible pages only).
 */
export function yieldToPage(): Promise<void> {
  if (!urgent) return yieldNow().then(resumed);
  if (performance.now() - workingSince < URGENT_SLICE_MS) return Promise.resolve().then(resumed);
  return yieldNow().then(() => {
    workingSince = performance.now();
    resumed();
  });
}

/** A yield came back: a new stretch of our work starts (see `stretchStart`). */
function resumed(): void {
  stretchStart = performance.now();
}

function yieldNow(): Promise<void> {
  const now = performance.now();
  // A gap since our last yield longer than any slice: we were idle and frames ran meanwhile.
  if (now - lastYield > FRAME_WAIT_MS) lastFrame = now;
  lastYield = now;
  // Wait when the next slice would end past the frame's budget, not once the budget is spent: a
  // slice can run long (the garbage collector's marking steps made 8 ms slices 10–14 ms, and its
  // final pause 20–27 ms), and the frame that held three of them and then that one passed 50 ms.
  if (now - lastFrame + SLICE_MS > FRAME_EVERY_MS && !hidden()) return afterNextFrame();
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

/**
 * Calls `fn` on each item, yielding whenever `sliceMs` has passed since the current stretch of our
 * work began (see `stretchStart`; with an injected clock, since the call). Stops early (returning
 * false) when `alive()` turns false, e.g. the scope ended while we were yielding.
 */
export async function forEachSliced<T>(
  items: readonly T[],
  fn: (item: T, index: number) => void,
  alive: () => boolean,
  sliceMs = SLICE_MS,
  now: () => number = performanceNow,
): Promise<boolean> {
  const shared = now === performanceNow;
  let start = shared ? stretchAt(now()) : now();
  for (let i = 0; i < items.length; i++) {
    if (now() - start >= sliceMs) {
      await yieldToPage();
      if (!alive()) return false;
      start = now();
    }
    fn(items[i]!, i);
  }
  return alive();
}

/**
 * Runs a generator that pauses at checkpoints (`yield`), yielding to the page whenever `sliceMs`
 * has passed, and returns its result; null when `alive()` turned false meanwhile. `between`, if
 * given, runs (and is awaited) after each yield to the page, while the generator stays paused.
 * `sliceMs` may be a function, read at each checkpoint (a walk that looks for the near window's end
 * more often until it has found it).
 */
export async function drainSliced<R>(
  work: Generator<void, R, void>,
  alive: () => boolean,
  sliceMs: number | (() => number) = SLICE_MS,
  now: () => number = performanceNow,
  between?: () => Promise<void> | void,
): Promise<R | null> {
  const shared = now === performanceNow;
  let start = shared ? stretchAt(now()) : now();
  const slice = typeof sliceMs === 'function' ? sliceMs : () => sliceMs;
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (now() - start >= slice()) {
      await yieldToPage();
      if (alive() && between) await between();
      if (!alive()) {
        work.return(undefined as never);
        return null;
      }
      start = now();
    }
  }
}
