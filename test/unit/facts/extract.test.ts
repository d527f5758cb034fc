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
      // Issue 12: a sentence's first event keeps `source:start`, further ones add `:n`.
      expect(f.id).toMatch(new RegExp(`^seed:001:${f.start}(?::[1-9]\\d*)?$`));
      if (f.clause) expect(f.quote.slice(f.clause.start, f.clause.end).trim()).toBe(f.quote.slice(f.clause.start, f.clause.end));
    }
    expect(new Set(result.facts.map((f) => f.id)).size).toBe(result.facts.length);
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

  it('gives each event of a sentence its own clause, date and figures (issue 12)', () => {
    const [signing, production, ...rest] = result.facts.filter((f) => f.quote.startsWith('US magnet producer REAlloys'));
    expect(rest).toEqual([]);
    expect(signing).toMatchObject({
      id: `seed:001:${signing!.start}`,
      entityIds: ['canada'],
      figures: [],
      date: { value: '2025-12-12', from: 'published', planned: false },
    });
    expect(signing!.quote.slice(signing!.clause!.start, signing!.clause!.end)).toMatch(/^US magnet producer REAlloys signed .* \(SRC\) of Canada$/);
    expect(production).toMatchObject({
      id: `seed:001:${signing!.start}:1`,
      entityIds: ['canada'],
      date: { value: '2026-12', precision: 'month', planned: true, from: 'text' },
    });
    expect(production!.quote.slice(production!.clause!.start, production!.clause!.end)).toMatch(
      /^with commercial production scheduled to commence in December 2026, targeting .*\(15 mt\)$/,
    );
    expect(production?.figures.map((g) => [g.text, g.value, g.unit])).toEqual([
      ['400 mt', 400, 't/yr'],
      ['30 mt', 30, 't/yr'],
      ['15 mt', 15, 't/yr'],
    ]);
    // Figure offsets stay offsets into the quote.
    for (const g of production!.figures) expect(production!.quote.slice(g.start, (g.start ?? 0) + g.text.length)).toBe(g.text);
  });

  it('makes no fact of a heading or of a sentence without mentions', () => {
    expect(result.mentions.some((m) => m.text === 'Vietnam' && result.text.slice(m.start - 0, m.start + 36) === 'Vietnam Passes Rare Earth Export Ban')).toBe(
      true,
    );
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
  it('still finds China in `Chinaโs grip`', () => {
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

describe('dating by context (issue 12)', () => {
  const at = (text: string, published = '2025-12-12') =>
    extractFacts({ text, published, sourceId: 's' }, spotter).facts.map((f) => [f.quote.slice(0, 24), f.date.value, f.date.from]);

  it('dates a section by a dated heading (the seeds have none: a made-up text)', () => {
    expect(at('Update of March 2025\nJapan signed a supply deal with Canada. Vietnam then joined it.\nOther News\nChina signed a deal.')).toEqual([
      ['Japan signed a supply de', '2025-03', 'context'],
      ['Vietnam then joined it.', '2025-03', 'context'],
      ['China signed a deal.', '2025-12-12', 'published'],
    ]);
  });

  it('passes a paragraph’s opening date to its past deeds, not to its present, and stops at a new paragraph', () => {
    expect(at('In July 2025, Japan signed a deal. Canada joined it. Vietnam is still studying it.\nChina signed a deal.')).toEqual([
      ['In July 2025, Japan sign', '2025-07', 'text'],
      ['Canada joined it.', '2025-07', 'context'],
      ['Vietnam is still studyin', '2025-12-12', 'published'],
      ['China signed a deal.', '2025-12-12', 'published'],
    ]);
  });

  it('carries a dated deal on through `also`, `in turn` and `It`; a new topic or a new date stops it', () => {
    expect(
      at('Japan signed a deal with Canada on March 3, 2025.\nJapan also paid for it. Canada, in turn, bought ore. It paid in cash. China signed a deal.'),
    ).toEqual([
      ['Japan signed a deal with', '2025-03-03', 'text'],
      ['Japan also paid for it.', '2025-03-03', 'context'],
      ['Canada, in turn, bought ', '2025-03-03', 'context'],
      ['It paid in cash.', '2025-03-03', 'context'],
      ['China signed a deal.', '2025-12-12', 'published'],
    ]);
    expect(at('Japan signed a deal on March 3, 2025. Vietnam also signed one. China signed a deal in May 2025. It paid.')).toEqual([
      ['Japan signed a deal on M', '2025-03-03', 'text'],
      ['Vietnam also signed one.', '2025-12-12', 'published'], // `also` with a new subject: a new topic
      ['China signed a deal in M', '2025-05', 'text'],
      ['It paid.', '2025-05', 'context'],
    ]);
  });

  it('never passes a plan’s date on as the date of a deed', () => {
    expect(at('Japan will open a mine in 2027. It received a loan.')).toEqual([
      ['Japan will open a mine i', '2027', 'text'],
      ['It received a loan.', '2025-12-12', 'published'],
    ]);
  });
});
