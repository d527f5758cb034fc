/**
 * Milestones of the content script's work (`performance.now()` values), for the benchmark
 * (test/bench). Kept on the isolated world's global, which page scripts cannot see, rather than as
 * `performance.mark`s, which any page could read to tell that Lodestone is installed. The benchmark
 * reads them over CDP in the extension's isolated world. A handful of numbers: no cost to speak of.
 */
const timings: Record<string, number> = {};
(globalThis as Record<string, unknown>).lodestoneTimings = timings;

/** Records when `name` last happened. */
export function markTiming(name: string): void {
  timings[name] = performance.now();
}
