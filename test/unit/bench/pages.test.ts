/**
 * The benchmark's pages must be the same bytes on every run and machine (the figures compare like
 * with like), and must be what the issue asks for: sizes, a news layout, names split across tags.
 */
import { describe, expect, it } from 'vitest';
import { readSeedArticles } from '../../harness/seed-pages';
import { dictionaryNames, dictionaryRegExpSource, paddedCatalog, readCatalog } from '../../bench/dictionary';
import { createRandom, generateEmptyPage, generatePage, PAGE_SPECS } from '../../bench/pages';

const seeds = readSeedArticles().map((s) => ({ title: s.meta.title, text: s.raw }));
const catalog = readCatalog();
const names = dictionaryNames(catalog);

describe('benchmark pages', () => {
  it('are deterministic: the same inputs give the same bytes', () => {
    for (const kind of ['article', 'long'] as const) {
      const a = generatePage(kind, { seeds, names });
      const b = generatePage(kind, { seeds, names });
      expect(b.html).toBe(a.html);
      expect(b.elements).toBe(a.elements);
    }
  });

  it('differ by kind and follow their inputs', () => {
    const article = generatePage('article', { seeds, names });
    expect(generatePage('save', { seeds, names }).html).not.toBe(article.html);
    expect(generatePage('article', { seeds: [...seeds].reverse(), names }).html).not.toBe(article.html);
  });

  it('have the sizes the issue asks for, counted from the HTML itself', () => {
    for (const kind of ['article', 'long'] as const) {
      const p = generatePage(kind, { seeds, names });
      const spec = PAGE_SPECS[kind];
      const tags = (p.html.match(/<[a-z][a-z0-9]*[\s>]/g) ?? []).length;
      expect(tags).toBe(p.elements);
      expect(p.elements).toBeGreaterThan(spec.elements * 0.85);
      expect(p.elements).toBeLessThan(spec.elements * 1.15);
      expect(p.words).toBeGreaterThanOrEqual(spec.words);
      expect(p.words).toBeLessThan(spec.words * 1.2);
    }
  });

  it('split multi-word names across inline tags on the long page only', () => {
    const long = generatePage('long', { seeds, names });
    expect(long.splitNames).toBeGreaterThan(50);
    expect(long.html).toMatch(/<(a|em|strong|span|b|i)[^>]*>MP<\/\1> Materials|MP <(a|em|strong|span|b|i)[^>]*>Materials<\/\2>/);
    expect(generatePage('article', { seeds, names }).splitNames).toBe(0);
  });

  it('lay the text out as a news page', () => {
    const html = generatePage('article', { seeds, names }).html;
    for (const part of ['<header class="site">', '<nav>', '<article>', '<h1>', '<aside>', '<footer>', '<link rel="canonical"']) expect(html).toContain(part);
    expect(generateEmptyPage()).not.toMatch(/<p[\s>]/);
  });
});

describe('benchmark dictionary', () => {
  it('pads the catalog to 5,000 unique names, deterministically', () => {
    const a = dictionaryNames(paddedCatalog(catalog, 5_000));
    expect(a.length).toBeGreaterThanOrEqual(5_000);
    expect(new Set(a.map((n) => n.toLowerCase())).size).toBe(a.length);
    expect(dictionaryNames(paddedCatalog(catalog, 5_000))).toEqual(a);
  });

  it('turns every name into one expression that finds whole names only', () => {
    const re = new RegExp(dictionaryRegExpSource(names), 'giu');
    expect('Shares of Lynas Rare Earths rose'.match(re)).toContain('Lynas Rare Earths');
    expect('China and\nIndia'.match(re)).toEqual(['China', 'India']);
    expect('Chinatown'.match(re)).toBeNull();
  });

  it('has a seeded random source', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
