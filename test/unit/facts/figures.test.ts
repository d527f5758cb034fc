import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../../lib/facts/figures';
import { FigureSchema } from '../../../lib/facts/schema';
import { normaliseArticleText } from '../../../lib/text/normalise';
import { splitSentences } from '../../../lib/text/sentences';
import { readSeed } from '../text/seed-files';

function sentence(seed: string, startsWith: string): string {
  const found = splitSentences(normaliseArticleText(readSeed(seed))).filter((u) => u.text.startsWith(startsWith));
  if (found.length !== 1) throw new Error(`${found.length} sentences of seed ${seed} start with ${startsWith}`);
  return found[0]?.text ?? '';
}

/** [text, value, unit] of each figure, in order. */
const brief = (s: string) => parseFigures(s).map((f) => [f.text, f.value, f.unit, ...(f.max !== undefined ? [f.max] : [])]);

// Written from reading the seeds: what each sentence states, with its unit.
describe('figures in real seed sentences', () => {
  it('seed 000: rupees with their dollar equivalent, a capacity per year', () => {
    expect(brief(sentence('000', 'The Indian Cabinet officially passed'))).toEqual([
      ['72.8 billion rupee', 72_800_000_000, 'INR'],
      ['$815 million', 815_000_000, 'USD'],
    ]);
    expect(brief(sentence('000', 'The plan aims to select five enterprises'))).toEqual([['6,000 mt', 6000, 't/yr']]);
    expect(brief(sentence('000', 'This initiative covers'))).toEqual([
      ['7.5 billion rupees', 7_500_000_000, 'INR'],
      ['64.5 billion rupees', 64_500_000_000, 'INR'],
    ]);
    expect(brief(sentence('000', "At the enterprise level, India's Lohum"))).toEqual([
      ['50 billion rupees', 50_000_000_000, 'INR'],
      ['2,000 mt', 2000, 't/yr'],
    ]);
  });

  it('seed 000: reserves in tonnes (not per year), a share, loans and grants', () => {
    expect(brief(sentence('000', "Malaysia's Acting Minister"))).toEqual([
      ['16.1 million mt', 16_100_000, 't'],
      ['94%', 94, '%'],
    ]);
    expect(brief(sentence('000', 'The US Department of Defense provided'))).toEqual([
      ['$620 million', 620_000_000, 'USD'],
      ['$80 million', 80_000_000, 'USD'],
    ]);
    expect(brief(sentence('000', 'Separately, the US Department of the Army'))).toEqual([['$29.9 million', 29_900_000, 'USD']]);
    expect(brief(sentence('000', 'American Rare Earths (ARE)'))).toEqual([
      ['547.5 million mt', 547_500_000, 't'],
      ['$7.1 million', 7_100_000, 'USD'],
    ]);
  });

  it('seed 001: parenthesised capacities, Canadian dollars, euros, an annual output', () => {
    expect(brief(sentence('001', 'US magnet producer REAlloys'))).toEqual([
      ['400 mt', 400, 't/yr'],
      ['30 mt', 30, 't/yr'],
      ['15 mt', 15, 't/yr'],
    ]);
    expect(brief(sentence('001', 'The project received C$101 million'))).toEqual([['C$101 million', 101_000_000, 'CAD']]);
    expect(brief(sentence('001', 'The European Commission recently approved'))).toEqual([['€3 billion', 3_000_000_000, 'EUR']]);
    expect(brief(sentence('001', 'Namibia Critical Metals announced'))).toEqual([
      ['$1.25 billion', 1_250_000_000, 'USD'],
      ['119 mt', 119, 't/yr'],
      ['17.8 mt', 17.8, 't/yr'],
    ]);
    expect(brief(sentence('001', "Vietnam's rare earth reserves"))).toEqual([['3.5 million mt', 3_500_000, 't']]);
  });

  it('seed 002: a yuan price per ton, tons exported, yuan revenue and percentages', () => {
    expect(brief(sentence('002', 'Price support:'))).toEqual([['¥667,500/ton', 667_500, 'CNY/t']]);
    expect(brief(sentence('002', 'On September 23, 2025'))).toEqual([
      ['2,582 tons', 2582, 't'],
      ['21%', 21, '%'],
      ['590 tons', 590, 't'],
    ]);
    expect(brief(sentence('002', 'Zhenghai Magnetic Materials'))).toEqual([
      ['¥1.916 billion', 1_916_000_000, 'CNY'],
      ['50.76%', 50.76, '%'],
      ['¥115 million', 115_000_000, 'CNY'],
      ['189.72%', 189.72, '%'],
    ]);
  });

  it('seed 003: a range, a capacity per year, jobs', () => {
    expect(brief(sentence('003', 'With China still controlling'))).toEqual([['85–90%', 85, '%', 90]]);
    expect(brief(sentence('003', 'REEx reported earlier in September'))).toEqual([
      ['$223 million', 223_000_000, 'USD'],
      ['3,000 tonnes per year', 3000, 't/yr'],
      ['500+ jobs', 500, 'jobs'],
    ]);
  });

  it('seed 004: a price per pound, reais with their yuan and dollar equivalents, magnets per year', () => {
    expect(brief(sentence('004', 'The US government also provided'))).toEqual([['$110 per pound', 110, 'USD/lb']]);
    expect(brief(sentence('004', 'The Brazilian government has identified'))).toEqual([
      ['R$5 billion', 5_000_000_000, 'BRL'],
      ['RMB 6.4 billion', 6_400_000_000, 'CNY'],
    ]);
    expect(brief(sentence('004', 'In November 2025, the Brazilian government'))).toEqual([
      ['R$5.2 billion', 5_200_000_000, 'BRL'],
      ['$981 million', 981_000_000, 'USD'],
    ]);
    expect(brief(sentence('004', 'Currently, Europe requires'))).toEqual([
      ['18,000 mt', 18_000, 't/yr'],
      ['1,000 mt', 1000, 't'],
    ]);
    expect(brief(sentence('004', "Estonia's largest permanent magnet"))).toEqual([
      ['2,000 mt', 2000, 't/yr'],
      ['5,000 mt', 5000, 't/yr'],
    ]);
  });

  it('gives each figure its offset in the sentence', () => {
    const s = sentence('001', 'US magnet producer REAlloys');
    for (const f of parseFigures(s)) expect(s.slice(f.start, (f.start ?? 0) + f.text.length)).toBe(f.text);
  });
});

describe('what is not a figure', () => {
  it.each([
    'The law takes effect on January 1, 2026 and the plant opens in 2028.',
    'Vietnam ranks third globally with 17 rare earth elements.',
    'Zhenghai Magnetic Materials (300224.SZ) makes N52SH grades for Q3.',
    'It signed a five-year agreement for 25 critical mineral projects in chains1.',
    'The week of September 8-12, 2025 was busy.',
  ])('%s', (s) => expect(parseFigures(s)).toEqual([]));
});

describe('other forms', () => {
  it('reads glued scales, currency words and mass units', () => {
    expect(brief('It raised $5m, then 3bn yuan, US$ 12 million, Rs. 500 crore and 667,500 yuan/ton.')).toEqual([
      ['$5m', 5_000_000, 'USD'],
      ['3bn yuan', 3_000_000_000, 'CNY'],
      ['US$ 12 million', 12_000_000, 'USD'],
      ['Rs. 500 crore', 5_000_000_000, 'INR'],
      ['667,500 yuan/ton', 667_500, 'CNY/t'],
    ]);
    expect(brief('Output: 4.5 Mt, 2 kt, 300 tpa, 2000-2500 tonnes, 12 percent.')).toEqual([
      ['4.5 Mt', 4_500_000, 't'],
      ['2 kt', 2000, 't'],
      ['300 tpa', 300, 't/yr'],
      ['2000-2500 tonnes', 2000, 't', 2500],
      ['12 percent', 12, '%'],
    ]);
  });

  it('never throws and always returns valid figures', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        for (const f of parseFigures(s)) {
          expect(FigureSchema.safeParse(f).success).toBe(true);
          expect(s.slice(f.start, (f.start ?? 0) + f.text.length)).toBe(f.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
