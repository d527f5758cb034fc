// The content script refuses an article longer than the store keeps, as data with its own code
// ("too-large"), before anything is sent to the background.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractPageArticle } from '../../../lib/articles/extract-page';
import { ExtractedArticleSchema } from '../../../lib/articles/extracted-article';
import { MAX_SOURCE_TEXT_CHARS } from '../../../lib/store/rows';

const SENTENCE = 'Lynas Rare Earths said its Malaysian plant had produced heavy rare earth oxides, and buyers in Japan welcomed the news. ';

function articlePage(chars: number): Document {
  const para = `<p>${SENTENCE.repeat(8)}</p>`;
  const win = new Window({ url: 'https://news.example/huge' });
  win.document.write(
    `<!doctype html><html><head><title>Huge</title></head><body><article><h1>Huge</h1>${para.repeat(Math.ceil(chars / (SENTENCE.length * 8)))}</article></body></html>`,
  );
  return win.document as unknown as Document;
}

// Readability over a 5 MB page in happy-dom takes seconds on a busy machine: a correctness test,
// so it gets room instead of the 5 s default (speed is measured in npm run bench, not here).
describe('extractPageArticle size limit', { timeout: 60_000 }, () => {
  it('refuses an article over the limit with code too-large and a message giving both sizes', () => {
    const r = extractPageArticle(articlePage(MAX_SOURCE_TEXT_CHARS + 50_000));
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'too-large',
        message: expect.stringMatching(/^This article is too long to save \([\d,]+ characters; the limit is 5,000,000\)\. Nothing was stored\.$/),
      },
    });
  });

  it('accepts a long article under the limit, and the answer fits the protocol schema', () => {
    const r = extractPageArticle(articlePage(200_000));
    expect(r.ok).toBe(true);
    expect(ExtractedArticleSchema.safeParse(r.ok && r.value).success).toBe(true);
  });
});
