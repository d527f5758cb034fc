/**
 * Work written as a generator that pauses at checkpoints (`yield`), so a page can spread it over
 * several tasks (lib/page/slices.ts `drainSliced`), while callers with no page to keep responsive
 * (`kb extract`, the seed build, a small root) run it in one go.
 */

/** Runs `work` to its end without pausing and returns its result. */
export function runToEnd<R>(work: Generator<void, R, void>): R {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
