/**
 * Issue 14: the page runs the spotter's document-level pass (`resolveContext`) in slices, through
 * `resolveContextSteps`, a generator that pauses every few hundred matches. It must give exactly
 * what `resolveContext` gives (one spotter everywhere), and it must pause on a large input.
 */
import { describe, expect, it } from 'vitest';
import { readCorpus, ALL_CORPUS_DIRS } from '../recall/corpus';
import { seedSpotter } from '../seed-spotter';

const spotter = seedSpotter();

/** Runs the generator to its end; how many times it paused and what it returned. */
function drain<R>(g: Generator<void, R, void>): { pauses: number; value: R } {
  let pauses = 0;
  for (;;) {
    const step = g.next();
    if (step.done) return { pauses, value: step.value };
    pauses++;
  }
}

describe('resolveContextSteps', () => {
  // Every corpus text's matches (with conditional readings), as `kb extract` hands them over.
  const texts = ALL_CORPUS_DIRS.slice(0, 12).flatMap((dir) => readCorpus(dir).map((d) => d.plain));

  it('returns what resolveContext returns, on real articles', () => {
    let conditional = 0;
    for (const text of texts) {
      const matches = spotter.scan(text);
      conditional += matches.filter((m) => m.requires?.length).length;
      const within = (a: number, b: number) => !text.slice(Math.min(a, b), Math.max(a, b)).includes('\n');
      expect(drain(spotter.resolveContextSteps(matches, within)).value).toEqual(spotter.resolveContext(matches, within));
    }
    // The texts exercise the conditional readings the pass decides.
    expect(conditional).toBeGreaterThan(20);
  });

  it('pauses on a large document, and not on a small one', () => {
    const big = texts.join('\n\n');
    const matches = spotter.scan(big);
    expect(matches.length).toBeGreaterThan(2000);
    const { pauses, value } = drain(spotter.resolveContextSteps(matches));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(matches.length / 256));
    expect(value).toEqual(spotter.resolveContext(matches));
    expect(drain(spotter.resolveContextSteps(matches.slice(0, 20))).pauses).toBe(0);
  });
});
