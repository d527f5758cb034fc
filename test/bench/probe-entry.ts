/**
 * Bundled by the benchmark (esbuild, IIFE) and evaluated in a page WITHOUT the extension: exposes
 * Lodestone's matcher and text map so they can be timed alone on the same DOM as the floor and
 * mark.js, with the real dictionary and with one padded to 5,000 names.
 */
import type { Entity } from '../../lib/catalog/schema';
import { createSpotter } from '../../lib/spotter/matcher';
import { collectTextBlocks } from '../../lib/dom/text-map';

(globalThis as Record<string, unknown>).lodestoneBench = {
  /** Builds a spotter; returns the build time (ms). */
  build(entities: Entity[]): number {
    const t0 = performance.now();
    const spotter = createSpotter(entities);
    const ms = performance.now() - t0;
    (globalThis as Record<string, unknown>).lodestoneBenchSpotter = spotter;
    return ms;
  },
  /** Collects the text blocks of the body and scans them: times and the number of matches. */
  scan(): { collectMs: number; scanMs: number; matches: number; blocks: number } {
    const spotter = (globalThis as Record<string, unknown>).lodestoneBenchSpotter as ReturnType<typeof createSpotter>;
    const t0 = performance.now();
    const blocks = collectTextBlocks(document.body);
    const t1 = performance.now();
    let matches = 0;
    for (const b of blocks) matches += spotter.scan(b.text, { lineBreaks: 'soft' }).length;
    const t2 = performance.now();
    return { collectMs: t1 - t0, scanMs: t2 - t1, matches, blocks: blocks.length };
  },
};
