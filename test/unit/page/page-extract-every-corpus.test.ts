/**
 * Issue 11, one spotter everywhere, over every article of every recall corpus
 * (test/fixtures/recall*, `ALL_CORPUS_DIRS`): the page model (lib/page/page-model.ts, what the
 * content script runs on a page's blocks) finds exactly the mentions `kb extract` finds in the same
 * article: the same entities, the same words, as many times. The page is the article's lines as
 * blocks (`pageLines`), as the end-to-end test serves it (test/e2e/recognition.spec.ts). That test runs the real extension in
 * Chromium on a fixed half of these articles; this one covers them all without a browser.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/facts/extract';
import { ALL_CORPUS_DIRS, pageLines, readCorpus } from '../recall/corpus';
import { pageModelOf, seedSpotter as spotter } from './fake-page';

/** What `b` lacks of `a`, counting repeats: `a` minus `b` as multisets. */
function lacking(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  return a.filter((k) => {
    const n = left.get(k) ?? 0;
    left.set(k, n - 1);
    return n <= 0;
  });
}

describe('the page and kb extract find the same mentions in every corpus article (issue 11)', () => {
  it('every article of every corpus', { timeout: 600_000 }, async () => {
    const docs = ALL_CORPUS_DIRS.flatMap((dir) => readCorpus(dir));
    const differences: string[] = [];
    let compared = 0;
    for (const doc of docs) {
      const onPage = (await pageModelOf(pageLines(doc))).ordered.map((m) => `${m.entityId} ${m.text}`);
      const { mentions } = extractArticle(doc.plain, { published: doc.published, sourceId: `recall:${doc.name}` }, spotter);
      const inArticle = mentions.map((m) => `${m.entityId} ${m.text}`);
      compared += inArticle.length;
      const missing = lacking(inArticle, onPage);
      const extra = lacking(onPage, inArticle);
      if (missing.length || extra.length) differences.push(`${doc.name}: page lacks [${missing.join('; ')}], page adds [${extra.join('; ')}]`);
    }
    expect(docs.length, 'articles compared').toBeGreaterThan(900);
    expect(compared, 'mentions compared').toBeGreaterThan(50_000);
    expect(differences).toEqual([]);
  });
});
