import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { blockText, canonicalUrl, extractPageArticle, findPublished, jsonLdDate, toIsoDate } from '../../../lib/articles/extract-page';

const PARA =
  'Lynas Rare Earths said on Tuesday that its Malaysian plant had produced the first separated heavy rare earth oxides outside China, a milestone for supply chains that the company has pursued for years. ';

function page(head: string, body: string, url = 'https://news.example/story?id=7#comments'): Document {
  const win = new Window({ url });
  win.document.write(`<!doctype html><html><head><title>Page title | News</title>${head}</head><body>${body}</body></html>`);
  return win.document as unknown as Document;
}
const article = (extra = '') =>
  `<header><nav><a href="/">Home</a></nav></header><article><h1>Lynas makes heavy oxides</h1>${extra}<p>${PARA}</p><p>Second <em>paragraph</em>   with   spaces.<br>After a break.</p><p>${PARA}</p></article>`;

describe('extractPageArticle', () => {
  it('extracts title, text with one block per line, canonical URL and meta date; leaves the page alone', () => {
    const doc = page('<link rel="canonical" href="/canonical/lynas"><meta property="article:published_time" content="2025-11-26T08:00:00+08:00">', article());
    const before = doc.documentElement.outerHTML;
    const r = extractPageArticle(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.value;
    expect(a.url).toBe('https://news.example/story?id=7#comments');
    expect(a.canonicalUrl).toBe('https://news.example/canonical/lynas');
    expect(a.published).toBe('2025-11-26');
    expect(a.publishedFrom).toBe('meta');
    expect(a.text).toContain('Second paragraph with spaces.\nAfter a break.');
    expect(a.text.split('\n')[0]).not.toContain('Home');
    expect(a.text).toContain(PARA.trim());
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('falls back to JSON-LD, then <time>, then the saving day', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-12-12T16:05:00Z"}]}</script>';
    expect(findPublished(page(ld, article()))).toBe('2025-12-12');
    expect(findPublished(page('', article('<time datetime="2025-10">October</time>')))).toBe('2025-10');
    const r = extractPageArticle(page('<script type="application/ld+json">{not json</script>', article()), new Date(2026, 0, 5));
    expect(r).toMatchObject({ ok: true, value: { published: '2026-01-05', publishedFrom: 'saved-on' } });
  });

  it('uses og:url, else the page URL without its hash; ignores non-http canonicals', () => {
    expect(canonicalUrl(page('<meta property="og:url" content="https://news.example/og">', ''), 'https://news.example/x#y')).toBe('https://news.example/og');
    expect(canonicalUrl(page('<link rel="canonical" href="javascript:alert(1)">', ''), 'https://news.example/x?a=1#y')).toBe('https://news.example/x?a=1');
  });

  it('reports a page with no article as data', () => {
    const r = extractPageArticle(page('', '<nav><a href="/">Home</a></nav><p>Short.</p>'));
    expect(r).toMatchObject({ ok: false, error: { code: 'no-article' } });
  });

  it('keeps markup in page text as literal text', () => {
    const r = extractPageArticle(page('', article('<p>&lt;img src=x onerror=alert(1)&gt; is quoted here as text by the author of the article.</p>')));
    expect(r.ok ? r.value.text : '').toContain('<img src=x onerror=alert(1)>');
  });
});

describe('date and text helpers', () => {
  it('reads ISO dates at their precision and rejects nonsense', () => {
    expect(toIsoDate('2025-11-26T08:00:00+08:00')).toBe('2025-11-26');
    expect(toIsoDate('2025')).toBe('2025');
    expect(toIsoDate('2025-13-01')).toBeUndefined();
    expect(toIsoDate('yesterday')).toBeUndefined();
    expect(toIsoDate('Dec 12, 2025')).toBe('2025-12-12');
  });

  it('finds datePublished in arrays and ignores hostile keys', () => {
    expect(jsonLdDate('[{"@type":"Organization"},{"datePublished":"2024-02-03"}]')).toBe('2024-02-03');
    expect(jsonLdDate('{"__proto__":{"datePublished":"1999-01-01"}}')).toBe('');
    expect(({} as { datePublished?: string }).datePublished).toBeUndefined();
  });

  it('turns blocks into lines and collapses inline whitespace', () => {
    const doc = page('', '<div id="r"><h2>Title</h2>\n  <ul><li>one</li><li>two <b>bold</b></li></ul><pre>a  b</pre><script>x()</script></div>');
    expect(blockText(doc.getElementById('r')!)).toBe('Title\none\ntwo bold\na  b');
  });
});
