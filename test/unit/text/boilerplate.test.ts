import { describe, expect, it } from 'vitest';
import { extractRelatedItems, readArticleHeader } from '../../../lib/text/normalise';
import { isBoilerplateLine } from '../../../lib/text/boilerplate';
import { findLooseDate } from '../../../lib/text/loose-date';
import { readSeed } from './seed-files';

describe('readArticleHeader', () => {
  it("reads seed 002's CMS header", () => {
    expect(readArticleHeader(readSeed('002'))).toEqual({ published: '2025-11-25', phrase: 'Publish Time: 2025-11-25', author: 'Site Editor' });
  });

  it("reads seed 001's byline date", () => {
    expect(readArticleHeader(readSeed('001'))).toEqual({ published: '2025-12-12', phrase: 'Published: Dec 12, 2025' });
  });

  it('finds nothing where there is no header', () => {
    expect(readArticleHeader(readSeed('000'))).toEqual({});
    expect(readArticleHeader(readSeed('003'))).toEqual({});
    expect(readArticleHeader(readSeed('004'))).toEqual({});
  });
});

describe('extractRelatedItems', () => {
  it("lists seed 001's three related articles once each, with their dates and teasers", () => {
    const items = extractRelatedItems(readSeed('001'));
    expect(items.map((i) => [i.title, i.date])).toEqual([
      ['Chile Unveils National Critical Minerals Strategy Amid Global Demand Surge', '2026-01-30'],
      ['Overseas Pr-Nd offers surged rapidly, countries accelerated rare earth mine development [SMM Rare Earth Overseas Weekly Review]', '2026-01-30'],
      ['India Mulls Tightening Mineral Rights Auction Policy to Boost Mining Output', '2026-01-30'],
    ]);
    expect(items[0]?.summary).toMatch(/^Chile has released its National Critical Minerals Strategy/);
    expect(items[2]?.summary).toMatch(/^Two informed sources revealed/);
  });

  it('returns nothing for articles without such a list', () => {
    expect(extractRelatedItems(readSeed('004'))).toEqual([]);
    expect(extractRelatedItems(readSeed('002'))).toEqual([]);
  });
});

describe('isBoilerplateLine', () => {
  it.each([
    'Views: 2 Author: Site Editor Publish Time: 2025-11-25 Origin: Site',
    'For queries, please contact Lemon Zhao at lemonzhao@smm.cn',
    'For more information on how to access our research reports, please contact:service.en@smm.cn',
    'Data Source Statement: Except for publicly available information, all other data are processed by SMM.',
    '0 Comments',
    '©!-- /wp:paragraph -->',
    'Share this article',
  ])('drops %s', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each(['Highlights', 'Vietnam Passes Rare Earth Export Ban', '2025–2050', 'Price support: Tight supply may sustain prices (current mix: ¥667,500/ton).'])(
    'keeps %s',
    (line) => expect(isBoilerplateLine(line)).toBe(false),
  );
});

describe('findLooseDate', () => {
  it('reads template dates and rejects impossible ones', () => {
    expect(findLooseDate('Jan 30, 2026 18:24')?.value).toBe('2026-01-30');
    expect(findLooseDate('posted 5 December 2025')?.value).toBe('2025-12-05');
    expect(findLooseDate('2025/11/25')?.value).toBe('2025-11-25');
    expect(findLooseDate('2025-02-30')).toBeUndefined();
  });
});
