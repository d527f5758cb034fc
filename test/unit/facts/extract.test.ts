import { describe, expect, it } from 'vitest';
import { extractArticle, extractFacts } from '../../../lib/facts/extract';
import { FactSchema, type Mention } from '../../../lib/facts/schema';
import { readSeed } from '../text/seed-files';

/** A tiny stand-in for lib/spotter: whole-word, case-sensitive matches of a few names. */
function fakeSpotter(names: Record<string, string[]>) {
  return {
    findMentions(text: string): Mention[] {
      const out: Mention[] = [];
      for (const [entityId, aliases] of Object.entries(names)) {
        for (const alias of aliases) {
          const re = new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
          for (const m of text.matchAll(re)) out.push({ entityId, text: m[0], start: m.index, end: m.index + m[0].length });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

const spotter = fakeSpotter({
  vietnam: ['Vietnam'],
  japan: ['Japan'],
  jogmec: ['JOGMEC'],
  canada: ['Canada'],
  china: ['China'],
  'usa-rare-earth': ['USA Rare Earth'],
});

describe('extractArticle on seed 001', () => {
  const result = extractArticle(readSeed('001'), { published: '2025-12-12', sourceId: 'seed:001' }, spotter);

  it('returns facts whose quotes are verbatim slices at their offsets, with stable ids', () => {
    expect(result.facts.length).toBeGreaterThan(5);
    for (const f of result.facts) {
      expect(FactSchema.parse(f)).toEqual(f);
      expect(result.text.slice(f.start, f.end)).toBe(f.quote);
      expect(f.id).toBe(`seed:001:${f.start}`);
    }
    for (const m of result.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('dates, sections and entities of the Vietnam fact', () => {
    const fact = result.facts.find((f) => f.quote.startsWith("Vietnam's National Assembly passed"));
    expect(fact).toMatchObject({
      entityIds: ['vietnam'],
      section: 'Vietnam Passes Rare Earth Export Ban',
      date: { value: '2025-12-11', precision: 'day', planned: false, from: 'text', phrase: 'on December 11' },
      figures: [],
    });
  });

  it('lists each entity once, in order of first mention', () => {
    const fact = result.facts.find((f) => f.quote.startsWith('The project, in collaboration with'));
    expect(fact?.entityIds).toEqual(['japan', 'jogmec']);
  });

  it('attaches figures to the fact', () => {
    const fact = result.facts.find((f) => f.quote.startsWith('US magnet producer REAlloys'));
    expect(fact?.entityIds).toEqual(['canada']);
    expect(fact?.date).toMatchObject({ value: '2026-12', precision: 'month', planned: true });
    expect(fact?.figures.map((g) => [g.text, g.value, g.unit])).toEqual([
      ['400 mt', 400, 't/yr'],
      ['30 mt', 30, 't/yr'],
      ['15 mt', 15, 't/yr'],
    ]);
  });

  it('makes no fact of a heading or of a sentence without mentions', () => {
    expect(result.mentions.some((m) => m.text === 'Vietnam' && result.text.slice(m.start - 0, m.start + 36) === 'Vietnam Passes Rare Earth Export Ban')).toBe(true);
    expect(result.facts.some((f) => f.quote === 'Vietnam Passes Rare Earth Export Ban')).toBe(false);
    expect(result.facts.some((f) => f.quote.startsWith('Mikael Staffas'))).toBe(false);
  });

  it('returns the header date and the related items, which are not in the text', () => {
    expect(result.header.published).toBe('2025-12-12');
    expect(result.related).toHaveLength(3);
    expect(result.mentions.every((m) => m.end <= result.text.length)).toBe(true);
    expect(result.text).not.toContain('Chile');
  });
});

describe('extractArticle on seed 003 (mojibake)', () => {
  it("still finds China in `Chinaโs grip`", () => {
    const result = extractArticle(readSeed('003'), { published: '2025-09-13', sourceId: 'seed:003' }, spotter);
    const fact = result.facts.find((f) => f.quote.includes('outside of China’s grip'));
    expect(fact?.entityIds).toEqual(['china']);
    expect(fact?.date).toMatchObject({ value: '2025-09-06', until: '2025-09-12', from: 'text' });
  });
});

describe('extractFacts', () => {
  it('uses the publication precision for undated sentences', () => {
    const text = 'Japan Signs Deal\nJapan and Canada agreed to cooperate. Nothing else happened.';
    const { facts, mentions } = extractFacts({ text, published: '2025-12-01', sourceId: 's', publishedPrecision: 'month' }, spotter);
    expect(mentions).toHaveLength(3);
    expect(facts).toEqual([
      {
        id: 's:17',
        entityIds: ['japan', 'canada'],
        quote: 'Japan and Canada agreed to cooperate.',
        start: 17,
        end: 54,
        date: { value: '2025-12', precision: 'month', planned: false, from: 'published' },
        figures: [],
        section: 'Japan Signs Deal',
      },
    ]);
  });
});
