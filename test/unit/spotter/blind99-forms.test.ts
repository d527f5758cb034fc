/**
 * Issue 11, in the session of the ninety-ninth and hundredth blind corpora: a listing's code
 * written bare in a table or a movers list, a code with a market's suffix the catalog does not list,
 * a ministry by its first portfolio (`the Industry Ministry`), a symbol after a fact sheet's
 * `Symbol:` label, an acronym word of a longer name in title case (`Posco Future M`) and the
 * `Bursa:` prefix of Kuala Lumpur's codes (small hand-made dictionaries, so curators' edits never
 * move these tests; the corpora themselves are never edited).
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/catalog/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy } from './entities';

const FIELD = '\n\nNeodymium and zinc: rare earth mining, refining, export controls and the supply chain.';
const listed = (e: Entity, exchange: string, ticker: string): Entity => ({ ...e, listings: [...(e.listings ?? []), { exchange, ticker }] });
const of = (e: Entity, country: string): Entity => ({ ...e, country });

const ENTITIES: Entity[] = [
  entity('country-south-korea', 'South Korea', 'country'),
  entity('country-kazakhstan', 'Kazakhstan', 'country'),
  entity('country-mexico', 'Mexico', 'country'),
  entity('material-zinc', 'zinc', 'material'),
  entity('material-neodymium', 'neodymium', 'material'),
  entity('material-vanadium', 'vanadium', 'material', [{ text: 'V', case: 'exact', symbol: true }]),
  listed(entity('company-posco-holdings', 'POSCO Holdings', 'company'), 'KRX', '005490'),
  listed(entity('company-korea-zinc', 'Korea Zinc', 'company'), 'KRX', '010130'),
  listed(entity('company-posco-future-m', 'POSCO Future M', 'company'), 'KRX', '003670'),
  listed(entity('company-kozaa', 'Koza Anadolu Metal', 'company'), 'BIST', 'KOZAA'),
  listed(entity('company-mp', 'MP Materials', 'company'), 'NYSE', 'MP'),
  listed(entity('company-rhi', 'RHI Magnesita', 'company'), 'LSE', 'RHIM'),
  entity('company-press-metal', 'Press Metal Aluminium Holdings', 'company'),
  of(
    entity('government-kazakhstan-industry', 'Ministry of Industry and Construction (Kazakhstan)', 'government', ['Ministry of Industry and Construction']),
    'country-kazakhstan',
  ),
  of(entity('government-mexico-economy', 'Secretariat of Economy (Mexico)', 'government', ['Secretariat of Economy']), 'country-mexico'),
];
const found = foundBy(createSpotter(ENTITIES, { requireField: true }));
const with_ = (text: string) => found(text + FIELD);

describe('a listing’s code written bare', () => {
  const table = [
    'Korean battery and zinc stocks: POSCO Holdings and Korea Zinc led.',
    '',
    '| Company | Code | Close | Week |',
    '| POSCO Holdings | 005490 | 298,500 | +3.1% |',
    '| Korea Zinc | 010130 | 1,108,000 | +8.4% |',
    '',
    'Movers Up: 010130 +8.4%; 005490 +3.1%',
  ].join('\n');

  it('is its company in a table and a movers list where the company is named', () => {
    const got = with_(table);
    expect(got.filter((m) => m === '005490 company-posco-holdings')).toHaveLength(2);
    expect(got.filter((m) => m === '010130 company-korea-zinc')).toHaveLength(2);
  });

  it('is nothing where the article does not name its company', () => {
    expect(with_('Movers Up: 010130 +8.4%; 005490 +3.1%; KOZAA -4.4%').filter((m) => /^(?:005490|010130|KOZAA) /.test(m))).toEqual([]);
  });

  it('is its company for a code of letters no English word is, never for a short one', () => {
    const got = with_('Koza Anadolu Metal and MP Materials traded. Losers: KOZAA -4.4%, MP -0.8%.');
    expect(got).toContain('KOZAA company-kozaa');
    expect(got).not.toContain('MP company-mp');
  });

  it('takes a market’s suffix the catalog does not list for it (`RHIM.VI`), never stopping at the dot', () => {
    const got = with_('RHI Magnesita moved in Vienna: RHIM.VI +0.6% on the week.');
    expect(got).toContain('RHIM.VI company-rhi');
    expect(got).not.toContain('RHIM company-rhi');
  });
});

describe('a ministry by its first portfolio', () => {
  it('is the ministry of the country the article names', () => {
    const got = with_('Kazakhstan wants more copper smelting. Kazakhmys was in talks with the Industry Ministry over power tariffs.');
    expect(got).toContain('Industry Ministry government-kazakhstan-industry');
  });

  it('reads a secretariat as the ministry news calls it', () => {
    expect(with_('In Mexico the Economy Ministry cancelled nine concessions.')).toContain('Economy Ministry government-mexico-economy');
  });

  it('is no ministry where its country is not named', () => {
    expect(with_('In Bolivia the Industry Ministry said zinc output rose.').filter((m) => m.startsWith('Industry Ministry'))).toEqual([]);
  });
});

describe('a symbol after a fact sheet’s label', () => {
  it('is its element after `Symbol:` and nowhere a letter', () => {
    const got = with_('Vanadium at a glance\nSymbol: V; atomic number 23.\nGrade V is not a metal here, nor is Annex V.');
    expect(got.filter((m) => m === 'V material-vanadium')).toHaveLength(1);
  });
});

describe('an acronym word of a longer name in title case', () => {
  it('is the name (`Posco Future M` for `POSCO Future M`)', () => {
    expect(with_('Posco Future M, which makes cathodes, eased 0.9%.')).toContain('Posco Future M company-posco-future-m');
  });
});

describe('Kuala Lumpur’s `Bursa:` prefix', () => {
  it('defines the code after a company’s name', () => {
    const spotter = createSpotter(ENTITIES, { requireField: true, localNames: true });
    const got = foundBy(spotter)(`In Kuala Lumpur, Press Metal Aluminium Holdings Bhd (Bursa: 8869) fell 3.1% as aluminium slipped.${FIELD}`);
    expect(got).toContain('Bursa: 8869 company-press-metal');
  });
});

describe('a state’s or province’s capital', () => {
  const spotter = createSpotter(
    [
      entity('country-canada', 'Canada', 'country'),
      entity('material-uranium', 'uranium', 'material'),
      entity('region-saskatchewan', 'Saskatchewan', 'region'),
      { ...entity('region-regina', 'Regina (Saskatchewan)', 'region', ['Regina']), country: 'country-canada', seatOf: 'region-saskatchewan' },
    ],
    { requireField: true },
  );
  const read = (text: string) => foundBy(spotter)(text + FIELD).filter((m) => m.startsWith('Regina '));

  it('stands for its government where it acts', () => {
    expect(read('Uranium miners want faster permits in Canada. Regina has shortened permit times for exploration.')).toEqual(['Regina region-saskatchewan']);
  });

  it('is the city in an address or a dateline, its province after a comma', () => {
    expect(read('Regina, Saskatchewan – A uranium explorer in Canada said on Monday it had raised funds.')).toEqual(['Regina region-regina']);
  });
});

describe('a body the article spells out before an acronym the dictionary knows', () => {
  const spotter = createSpotter(
    [
      entity('country-belgium', 'Belgium', 'country'),
      entity('country-bahrain', 'Bahrain', 'country'),
      entity('country-japan', 'Japan', 'country'),
      entity('material-aluminium', 'aluminium', 'material'),
      {
        ...entity('government-belgium-nbb', 'National Bank of Belgium', 'government', [
          { text: 'NBB', case: 'exact', requires: ['government-belgium-nbb', 'country-belgium'] },
        ]),
        country: 'country-belgium',
      },
      entity('policy-japan-sip', 'Cross-ministerial Strategic Innovation Promotion Program', 'policy', [
        { text: 'SIP', case: 'exact', requires: ['policy-japan-sip'] },
      ]),
    ],
    { requireField: true, localNames: true },
  );
  const read = foundBy(spotter);

  it('is not a known body whose acronym counts only in another country’s context', () => {
    const got = read(
      `In Bahrain the loan to the aluminium smelter was arranged by National Bank of Bahrain ("NBB") and others; NBB said demand was strong.${FIELD}`,
    );
    expect(got.some((m) => m.endsWith('government-belgium-nbb'))).toBe(false);
  });

  it('is the known body when the name it spells out is the known name’s words', () => {
    const got = read(`Japan's Cabinet Office runs it under its Strategic Innovation Promotion Program (SIP). SIP gives Tokyo a domestic deposit.${FIELD}`);
    expect(got).toContain('Strategic Innovation Promotion Program policy-japan-sip');
    expect(got.filter((m) => m === 'SIP policy-japan-sip')).toHaveLength(2);
  });
});
