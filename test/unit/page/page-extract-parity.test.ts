/**
 * Issue 11, one spotter everywhere: a page made of an article's paragraphs reads a shared name as
 * `kb extract` reads it in the article's text. Blind-66's opinion piece names China far more than the
 * US, and its `Congress` is read against the countries of the passage around it; the page must lend
 * the spotter the places of the blocks in that passage, not only of the block the name stands in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/facts/extract';
import { isBoilerplateLine } from '../../../lib/text/boilerplate';
import { parseDoc } from '../recall/corpus';
import { pageModelOf, seedSpotter as spotter } from './fake-page';

async function pageMentions(paragraphs: string[]): Promise<string[]> {
  return (await pageModelOf(paragraphs)).ordered.map((x) => `${x.entityId} ${x.text}`);
}

describe('a page and kb extract read a shared name alike (issue 11)', () => {
  it("blind-66's Congress: the same reading on the page as in the article", async () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/recall-blind66/bo05.txt');
    const doc = parseDoc('bo05.txt', readFileSync(file, 'utf8'));
    const { mentions } = extractArticle(doc.plain, { published: doc.published, sourceId: 'parity' }, spotter);
    const inArticle = mentions.filter((m) => m.text === 'Congress').map((m) => `${m.entityId} ${m.text}`);
    const paragraphs = doc.plain.split('\n').filter((l) => l.trim() && !isBoilerplateLine(l));
    const onPage = (await pageMentions(paragraphs)).filter((x) => x.endsWith(' Congress'));
    expect(onPage).toEqual(inArticle);
  });
});
