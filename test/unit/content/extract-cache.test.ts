import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { createArticleCache, READ_AHEAD_LIMITS, smallEnoughToReadAhead } from '../../../lib/articles/extract-cache';
import { extractPageArticle } from '../../../lib/articles/extract-page';

const PARA =
  'Lynas Rare Earths said on Tuesday that its Malaysian plant had produced the first separated heavy rare earth oxides outside China, a milestone for supply chains. ';

function setup(url = 'https://news.example/story') {
  const win = new Window({ url });
  win.document.write(
    `<!doctype html><html><head><title>Lynas</title></head><body><article><h1>Lynas</h1><p id="a">${PARA}</p><p>${PARA}</p></article></body></html>`,
  );
  const doc = win.document as unknown as Document;
  let calls = 0;
  let today = new Date(2026, 0, 5, 10);
  const cache = createArticleCache(doc, {
    extract: (d, t) => (calls++, extractPageArticle(d, t)),
    now: () => today,
    Observer: win.MutationObserver as unknown as typeof MutationObserver,
  });
  return { win, doc, cache, calls: () => calls, setDay: (d: Date) => (today = d) };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the page article cache', () => {
  it('extracts once while the page is unchanged and gives the same article', async () => {
    const { cache, calls } = setup();
    const first = cache.get();
    await flush();
    const second = cache.get();
    expect(calls()).toBe(1);
    expect(second).toBe(first);
    expect(first.ok && first.value.text).toContain('Lynas Rare Earths said');
  });

  it('extracts again after the text, the tree or an attribute changed, and gives what a fresh extraction gives', async () => {
    const { doc, cache, calls } = setup();
    cache.get();
    doc.getElementById('a')!.firstChild!.textContent = `MP Materials said on Monday that it had doubled output. ${PARA}`;
    await flush();
    const changed = cache.get();
    expect(calls()).toBe(2);
    expect(changed).toEqual(extractPageArticle(doc, new Date(2026, 0, 5, 10)));
    expect(changed.ok && changed.value.text).toContain('MP Materials said on Monday');
    doc.body.append(doc.createElement('p'));
    await flush();
    cache.get();
    expect(calls()).toBe(3);
    doc.getElementById('a')!.setAttribute('style', 'display:none');
    await flush();
    cache.get();
    expect(calls()).toBe(4);
  });

  it('counts a change made in the same task, before the observer heard of it', () => {
    const { doc, cache, calls } = setup();
    cache.get();
    doc.getElementById('a')!.remove();
    const r = cache.get();
    expect(calls()).toBe(2);
    // One paragraph is too little to save: the answer is what extracting now gives, not the cached article.
    expect(r).toEqual(extractPageArticle(doc, new Date(2026, 0, 5, 10)));
    expect(r.ok).toBe(false);
  });

  it('extracts again on another address or another day (an undated page is dated the day it is saved)', async () => {
    const { win, cache, calls, setDay } = setup();
    const first = cache.get();
    expect(first.ok && first.value.published).toBe('2026-01-05');
    win.history.pushState({}, '', '/story/2');
    const moved = cache.get();
    expect(calls()).toBe(2);
    expect(moved.ok && moved.value.url).toBe('https://news.example/story/2');
    setDay(new Date(2026, 0, 6, 0, 5));
    const later = cache.get();
    expect(calls()).toBe(3);
    expect(later.ok && later.value.published).toBe('2026-01-06');
  });

  it('forgets the article when stopped', async () => {
    const { cache, calls } = setup();
    cache.get();
    cache.stop();
    cache.get();
    expect(calls()).toBe(2);
  });
});

describe('reading ahead', () => {
  const doc = (body: string) => {
    const win = new Window({ url: 'https://news.example/a' });
    win.document.write(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`);
    return win.document as unknown as Document;
  };
  it('reads an article ahead, not a page too large to read unasked', () => {
    expect(smallEnoughToReadAhead(doc(`<article><p>${PARA}</p><p>${PARA}</p></article>`))).toBe(true);
    expect(smallEnoughToReadAhead(doc(`<p>${'x'.repeat(READ_AHEAD_LIMITS.chars + 1)}</p>`))).toBe(false);
    expect(smallEnoughToReadAhead(doc('<span>a</span>'.repeat(READ_AHEAD_LIMITS.elements + 1)))).toBe(false);
  });
});
