/**
 * Issue 11: recall and precision of the one spotter on article-shaped texts it was not built from
 * (test/fixtures/recall). The expected mentions were written before the spotter was tuned; a miss
 * is fixed in the spotter or the lexicon, never by editing an expectation.
 *
 * Mentions come from `extractArticle`, the same pipeline `kb extract` and saving run.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/facts/extract';
import { seedSpotter } from '../seed-spotter';
import { CLASSES, locateMark, mapLocalIds, readCorpus, scoreDoc, type Expected, type Found, type RecallDoc } from './corpus';

const spotter = seedSpotter();
const docs = readCorpus();

/** Runs the pipeline and maps expected spans into its normalised text (in order of appearance). */
function run(doc: RecallDoc): { expected: Expected[]; found: Found[]; text: string } {
  const { text, mentions } = extractArticle(doc.plain, { published: doc.published, sourceId: `recall:${doc.name}` }, spotter);
  let from = 0;
  const expected = doc.expected.map((e) => {
    const at = locateMark(text, e.text, from);
    if (at < 0) throw new Error(`${doc.name}: expected ${JSON.stringify(e.text)} is not in the normalised text after offset ${from}`);
    from = at + e.text.length;
    return { ...e, start: at, end: at + e.text.length };
  });
  return { expected, found: mapLocalIds(expected, mentions, (id) => spotter.entity(id) !== undefined), text };
}

const results = docs.map((doc) => ({ doc, ...run(doc) }));
const onTopic = results.filter((r) => r.doc.kind !== 'off-topic');
const offTopic = results.filter((r) => r.doc.kind === 'off-topic');

function pct(n: number, d: number): string {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

describe('recall corpus (issue 11)', () => {
  const scores = onTopic.map((r) => ({ r, s: scoreDoc(r.expected, r.found) }));
  const hits = scores.reduce((n, x) => n + x.s.hits.length, 0);
  const expectedCount = scores.reduce((n, x) => n + x.r.expected.length, 0);
  const foundCount = scores.reduce((n, x) => n + x.r.found.length, 0);
  const recall = hits / expectedCount;
  const precision = foundCount ? hits / foundCount : 1;

  it('prints precision and recall per class and per document', () => {
    const lines: string[] = ['', 'Recall corpus: every mention, exact span and entity', 'class      expected  found  recall'];
    for (const cls of CLASSES) {
      const exp = scores.flatMap((x) => x.r.expected.filter((e) => e.cls === cls));
      const got = scores.flatMap((x) => x.s.hits.filter((e) => e.cls === cls));
      lines.push(`${cls.padEnd(10)} ${String(exp.length).padStart(8)} ${String(got.length).padStart(6)}  ${pct(got.length, exp.length)}`);
    }
    lines.push(
      `all        ${String(expectedCount).padStart(8)} ${String(hits).padStart(6)}  ${pct(hits, expectedCount)}   precision ${pct(hits, foundCount)} (${foundCount} found)`,
    );
    lines.push('document                          expected  recall  precision  false');
    for (const { r, s } of scores)
      lines.push(
        `${r.doc.name.padEnd(33)} ${String(r.expected.length).padStart(8)}  ${pct(s.hits.length, r.expected.length)}  ${pct(s.hits.length, r.found.length)}  ${String(s.falses.length).padStart(5)}`,
      );
    for (const r of offTopic) lines.push(`${r.doc.name.padEnd(33)} ${'0'.padStart(8)}     -         -     ${String(r.found.length).padStart(5)}`);
    if (process.env.RECALL_DETAIL) {
      for (const { r, s } of scores) {
        for (const m of s.misses) lines.push(`  miss  ${r.doc.name}  [${m.cls}] ${JSON.stringify(m.text)} ${m.entityId}`);
        for (const f of s.falses) lines.push(`  false ${r.doc.name}  ${JSON.stringify(f.text)} ${f.entityId}`);
      }
      for (const r of offTopic) for (const f of r.found) lines.push(`  false ${r.doc.name}  ${JSON.stringify(f.text)} ${f.entityId}`);
    }
    console.log(lines.join('\n'));
    expect(expectedCount).toBeGreaterThan(300);
  });

  it('finds at least 95% of the expected mentions (exact span and entity)', () => {
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  // 97%, was 98% until 2 Dec 2026. This corpus marks a town that names a plant as the plant even
  // after a word of place (`plant in Narva`, `plant at Seadrift`, `plant in Lacq`), where the
  // annotation guide ("regions … cities") and both corpora written since (held-out, blind) mark the
  // town; the spotter now follows those, which costs this corpus three marks (one comes back: the
  // Kuantan plant) and gains the other two eight (Narva, Lacq, Seadrift, Clarksville; Narva, Lacq,
  // Wagerup, Araxá).
  // The marks here are not edited; this floor moved with that choice, said in the commit.
  it('is right at least 97% of the time it highlights', () => {
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });

  it.each(offTopic.map((r) => [r.doc.name, r] as const))('off-topic page %s gets at most one false highlight', (_name, r) => {
    expect(r.found.map((f) => f.text).length).toBeLessThanOrEqual(1);
  });
});
