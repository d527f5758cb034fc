/**
 * The suite every independently written corpus runs (held-out, blind): the annotator never read
 * the dictionary or the spotter, so the figures tell how the spotter generalises; the marks are
 * never edited. The floors are below the tuned corpus's on purpose: they catch a regression, not a
 * target.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/facts/extract';
import { seedSpotter } from '../seed-spotter';
import { CLASSES, droppedAsBoilerplate, locateMark, mapLocalIds, readCorpus, scoreDoc } from './corpus';

/**
 * `floors`: a corpus whose first score fell below the usual floors keeps its own, a little under
 * that first score (blind-102: 79.9% recall at first sight), so the guard still catches a fall.
 */
export function corpusSuite(title: string, label: string, dir: string, minExpected: number, floors = { recall: 0.8, precision: 0.9 }): void {
  // One spotter for every corpus a worker runs (test/unit/seed-spotter.ts).
  const spotter = seedSpotter();
  const docs = readCorpus(dir);

  const results = docs.map((doc) => {
    const { text, mentions } = extractArticle(doc.plain, { published: doc.published, sourceId: `${label}:${doc.name}` }, spotter);
    let from = 0;
    const expected = doc.expected.map((e) => {
      const at = locateMark(text, e.text, from);
      // A mark on a line the normaliser drops as boilerplate (a release's `For more information,
      // contact …` line) or as a repeat is a miss the pipeline makes; any other absence is a bug to look at.
      if (at < 0 && droppedAsBoilerplate(doc.plain, e.text)) return { ...e, start: -1, end: -1 };
      if (at < 0) throw new Error(`${doc.name}: expected ${JSON.stringify(e.text)} is not in the normalised text`);
      from = at + e.text.length;
      return { ...e, start: at, end: at + e.text.length };
    });
    const found = mapLocalIds(expected, mentions, (id) => spotter.entity(id) !== undefined);
    return { doc, expected, found, score: scoreDoc(expected, found) };
  });
  const onTopic = results.filter((r) => r.doc.kind !== 'off-topic');
  const offTopic = results.filter((r) => r.doc.kind === 'off-topic');
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

  describe(title, () => {
    const hits = onTopic.reduce((n, r) => n + r.score.hits.length, 0);
    const expected = onTopic.reduce((n, r) => n + r.expected.length, 0);
    const found = onTopic.reduce((n, r) => n + r.found.length, 0);

    it('prints precision and recall per class', () => {
      const lines = ['', `${label} corpus: every mention, exact span and entity`];
      for (const cls of CLASSES) {
        const exp = onTopic.flatMap((r) => r.expected.filter((e) => e.cls === cls)).length;
        const got = onTopic.flatMap((r) => r.score.hits.filter((e) => e.cls === cls)).length;
        if (exp) lines.push(`${cls.padEnd(10)} ${String(exp).padStart(5)} ${String(got).padStart(5)}  ${pct(got, exp)}`);
      }
      lines.push(
        `all        ${String(expected).padStart(5)} ${String(hits).padStart(5)}  recall ${pct(hits, expected)}  precision ${pct(hits, found)} (${found} found)`,
      );
      for (const r of offTopic) lines.push(`${r.doc.name}: ${r.found.length} false highlight(s) ${r.found.map((f) => f.text).join(', ')}`);
      if (process.env.RECALL_DETAIL) {
        for (const r of onTopic) {
          for (const m of r.score.misses) lines.push(`  miss  ${r.doc.name}  [${m.cls}] ${JSON.stringify(m.text)} ${m.entityId}`);
          for (const f of r.score.falses) lines.push(`  false ${r.doc.name}  ${JSON.stringify(f.text)} ${f.entityId}`);
        }
      }
      console.log(lines.join('\n'));
      expect(expected).toBeGreaterThan(minExpected);
    });

    it('keeps its floors (a regression guard, not the target)', () => {
      expect(hits / expected).toBeGreaterThanOrEqual(floors.recall);
      expect(hits / found).toBeGreaterThanOrEqual(floors.precision);
    });

    it.each(offTopic.map((r) => [r.doc.name, r] as const))('off-topic page %s gets at most one false highlight', (_n, r) => {
      expect(r.found.length).toBeLessThanOrEqual(1);
    });
  });
}
