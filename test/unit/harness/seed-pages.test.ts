/**
 * The sample news pages show each seed as a reader saw it: the knowledge base's normalised text
 * (mojibake repaired), one block per line, and the seed's Related News list as its own section.
 */
import { describe, expect, it } from 'vitest';
import { normaliseArticleText, extractRelatedItems } from '../../../lib/text/normalise';
import { readSeedArticles, renderSeedPage } from '../../harness/seed-pages';

const seeds = readSeedArticles();
const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** The text of every `<p>` and `<h2>` inside `<article>`, in order. */
function articleBlocks(html: string): string[] {
  const article = /<article>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return [...article.matchAll(/<(p|h2)>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2]!));
}

describe('seed sample pages', () => {
  it('there are seeds to render', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });
  for (const seed of seeds) {
    it(`${seed.stem}: the article is the normalised text, block for block`, () => {
      const html = renderSeedPage(seed, 'http://127.0.0.1:1', seeds);
      expect(articleBlocks(html)).toEqual(normaliseArticleText(seed.raw).split('\n'));
      // No cp874 mojibake (a Thai letter between Latin letters, `Chinaโs`) anywhere on the page.
      expect(decode(html).match(/\p{L}[\u0E00-\u0E7F]\p{L}/gu) ?? []).toEqual([]);
    });
  }
  it('seed 003 reads “China’s”, where its raw text has cp874 mojibake', () => {
    const seed = seeds.find((s) => s.stem.startsWith('003_'))!;
    expect(seed.raw).toContain('Chinaโs');
    const html = renderSeedPage(seed, 'http://127.0.0.1:1', seeds);
    expect(decode(html)).toContain('China’s');
    expect(html).not.toContain('โ');
  });
  it('a seed’s Related News items are listed in their own section, outside the article', () => {
    const seed = seeds.find((s) => extractRelatedItems(s.raw).length > 0)!;
    const html = renderSeedPage(seed, 'http://127.0.0.1:1', seeds);
    const section = /<section class="related">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    for (const item of extractRelatedItems(seed.raw)) expect(decode(section)).toContain(item.title);
    expect(html.indexOf('<section class="related">')).toBeGreaterThan(html.indexOf('</article>'));
  });
});
