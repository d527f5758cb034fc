/**
 * Issue 11, in the session of the forty-ninth and fiftieth blind corpora: general forms the fifty
 * corpora before them showed the spotter missed or misread (small hand-made dictionaries, so
 * curators' edits never move these tests).
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { capital, entity, mentionsBy } from './entities';

const spotter = createSpotter(
  [
    entity('material-dysprosium', 'dysprosium', 'material', [{ text: 'Dy', case: 'exact' }]),
    entity('material-terbium', 'terbium', 'material', [{ text: 'Tb', case: 'exact' }]),
    entity('material-terbium-oxide', 'terbium oxide', 'material', [{ text: 'Tb oxide', case: 'exact' }]),
    entity('material-dysprosium-oxide', 'dysprosium oxide', 'material'),
    entity('material-praseodymium', 'praseodymium', 'material'),
    entity('material-praseodymium-metal', 'praseodymium metal', 'material'),
    entity('material-neodymium', 'neodymium', 'material'),
    entity('material-spodumene', 'spodumene', 'material'),
    entity('material-lithium-hydroxide', 'lithium hydroxide', 'material'),
    entity('material-alumina', 'alumina', 'material', [{ text: 'Al2O3', case: 'exact' }]),
    entity('material-zirconia', 'zirconium oxide', 'material'),
    entity('material-nickel', 'nickel', 'material'),
    entity('material-pgm', 'platinum group metals', 'material'),
    entity('material-rare-earths', 'rare earths', 'material'),
    entity('country-norway', 'Norway', 'country'),
    entity('country-australia', 'Australia', 'country'),
    entity('region-northern-ireland', 'Northern Ireland', 'region'),
  ],
  { requireField: true },
);

const found = mentionsBy(spotter);

describe('a form word two materials share', () => {
  it('after a bare element and a conjunction, the form is the pair’s: each is its element', () => {
    expect(found('Rare earths: the plant separates Dy and Tb oxides, and neodymium and praseodymium metal.')).toEqual([
      ['Rare earths', 'material-rare-earths'],
      ['Dy', 'material-dysprosium'],
      ['Tb', 'material-terbium'],
      ['neodymium', 'material-neodymium'],
      ['praseodymium', 'material-praseodymium'],
    ]);
    expect(found('Rare earths: prices of Dy/Tb oxide and dysprosium or terbium oxide rose.').map(([, id]) => id)).toEqual([
      'material-rare-earths',
      'material-dysprosium',
      'material-terbium',
      'material-dysprosium',
      'material-terbium',
    ]);
  });

  it('a first name with its own form, a formula, a product, a group or a comma list shares nothing', () => {
    expect(found('Rare earths: dysprosium oxide and Tb oxide rose; Al2O3 or zirconium oxide abrasives.')).toEqual([
      ['Rare earths', 'material-rare-earths'],
      ['dysprosium oxide', 'material-dysprosium-oxide'],
      ['Tb oxide', 'material-terbium-oxide'],
      ['Al2O3', 'material-alumina'],
      ['zirconium oxide', 'material-zirconia'],
    ]);
    expect(found('Rare earths, spodumene and lithium hydroxide, nickel and platinum group metals; neodymium, praseodymium metal.')).toEqual([
      ['Rare earths', 'material-rare-earths'],
      ['spodumene', 'material-spodumene'],
      ['lithium hydroxide', 'material-lithium-hydroxide'],
      ['nickel', 'material-nickel'],
      ['platinum group metals', 'material-pgm'],
      ['neodymium', 'material-neodymium'],
      ['praseodymium metal', 'material-praseodymium-metal'],
    ]);
  });
});

describe('a body named for its country', () => {
  it('a place closing an agency’s name (`Innovation Norway`, `Invest Northern Ireland`) is no mention of it', () => {
    expect(found('Rare earths: state agency Innovation Norway and Invest Northern Ireland gave grants; Tourism Australia did not.').map(([t]) => t)).toEqual([
      'Rare earths',
    ]);
    // A miner named for its metal and its country.
    expect(found('Rare earths: the Junta approved Lithium Australia’s project and Nickel Norway’s plant.').map(([t]) => t)).toEqual(['Rare earths']);
  });

  it('the place alone, after a lower-case word or a sentence’s first word that is no such name, still counts', () => {
    expect(found('Rare earths in Norway. Unlike Norway, Australia has no fund. Business in Australia is slow.').map(([t]) => t)).toEqual([
      'Rare earths',
      'Norway',
      'Norway',
      'Australia',
      'Australia',
    ]);
  });
});

describe('a wire’s scene-setter: `In` and a capital opening a sentence', () => {
  const seats = createSpotter(
    [
      entity('country-china', 'China', 'country'),
      entity('country-japan', 'Japan', 'country'),
      capital('region-beijing', 'Beijing', 'country-china'),
      capital('region-tokyo', 'Tokyo', 'country-japan'),
      entity('material-rare-earths', 'rare earths', 'material'),
    ],
    { requireField: true },
  );
  const at = (text: string) =>
    mentionsBy(seats)(text)
      .filter(([t]) => t === 'Beijing' || t === 'Tokyo')
      .map(([, id]) => id);
  it('is the government when what follows the comma is its body or its people', () => {
    expect(at('Rare earths in China. In Beijing, a spokesperson for the Ministry of Commerce said licences would follow.')).toEqual(['country-china']);
    expect(at('Rare earths and Japan. In Tokyo, the trade ministry’s officials said stockpiles were full.')).toEqual(['country-japan']);
  });
  it('is the city when a market, a firm or anything else follows, or when `In` does not open the sentence', () => {
    expect(at('Rare earths in Japan. In Tokyo, Shin-Etsu shares fell 2%.')).toEqual(['region-tokyo']);
    expect(at('Rare earths in China. Traders met in Beijing, where the Ministry of Commerce has its offices.')).toEqual(['region-beijing']);
  });
});

describe('a one-letter symbol in brackets after its element', () => {
  const table = createSpotter(
    [
      entity('material-tungsten', 'tungsten', 'material', [{ text: 'W', case: 'exact', symbol: true }]),
      entity('material-vanadium', 'vanadium', 'material', [{ text: 'V', case: 'exact', symbol: true }]),
      entity('material-rare-earths', 'rare earths', 'material'),
    ],
    { requireField: true },
  );
  const found = mentionsBy(table);
  it('is the element (`Tungsten (W)`), as in a fact sheet’s table', () => {
    expect(found('Rare earths and others. | Tungsten (W) | >50% |\nVanadium (V) rose.').map(([t]) => t)).toEqual([
      'Rare earths',
      'Tungsten',
      'W',
      'Vanadium',
      'V',
    ]);
  });
  it('is a letter elsewhere: after another word, or in brackets with more', () => {
    expect(found('Rare earths and tungsten. Plan (W) failed; tungsten (W-type) grades and vanadium (V2) rose.').map(([t]) => t)).toEqual([
      'Rare earths',
      'tungsten',
      'tungsten',
      'vanadium',
    ]);
  });
});

describe("a state's formal title after a body's or a law's name", () => {
  const bodies = createSpotter(
    [
      entity('government-china-customs', 'General Administration of Customs', 'government'),
      entity('policy-china-export-control-law', 'Export Control Law', 'policy'),
      entity('government-russia-energy', 'Ministry of Energy', 'government'),
      entity('country-china', 'China', 'country', ["People's Republic of China"]),
      entity('material-rare-earths', 'rare earths', 'material'),
    ],
    { requireField: true },
  );
  const found = mentionsBy(bodies);
  it('is part of the name, and defines the short form after it', () => {
    expect(
      found(
        "Rare earths: the General Administration of Customs of the People's Republic of China (GAC) applies the Export Control Law of the People's Republic of China. GAC will check; so will the Ministry of Energy of the Russian Federation.",
      ),
    ).toEqual([
      ['Rare earths', 'material-rare-earths'],
      ["General Administration of Customs of the People's Republic of China", 'government-china-customs'],
      ['GAC', 'government-china-customs'],
      ["Export Control Law of the People's Republic of China", 'policy-china-export-control-law'],
      ['GAC', 'government-china-customs'],
      ['Ministry of Energy of the Russian Federation', 'government-russia-energy'],
    ]);
  });
  it('not a place after `of` that is no state’s title', () => {
    expect(found('Rare earths: the Ministry of Energy of China and the General Administration of Customs said so.').map(([t]) => t)).toEqual([
      'Rare earths',
      'Ministry of Energy',
      'China',
      'General Administration of Customs',
    ]);
  });
});

describe('a short form defined after a name of several readings', () => {
  const both = createSpotter(
    [
      entity('government-laos-mem', 'Ministry of Energy and Mines (Laos)', 'government', [
        { text: 'Ministry of Energy and Mines', requires: ['country-laos'] },
      ]),
      entity('government-peru-minem', 'Ministry of Energy and Mines (Peru)', 'government', [
        { text: 'MINEM', case: 'exact', requires: ['country-peru', 'government-peru-minem'] },
      ]),
      entity('country-laos', 'Laos', 'country'),
      entity('country-peru', 'Peru', 'country'),
      entity('material-copper', 'copper', 'material'),
      entity('material-rare-earths', 'rare earths', 'material'),
    ],
    { requireField: true },
  );
  const minem = (text: string) =>
    mentionsBy(both)(text)
      .filter(([t]) => t === 'MINEM')
      .map(([, id]) => id);
  it('goes to the reading the article’s context gives, not to one that falls away', () => {
    expect(minem('Copper and rare earths in Peru. The Ministry of Energy and Mines (MINEM) sent a team; MINEM said more.')).toEqual([
      'government-peru-minem',
      'government-peru-minem',
    ]);
  });
  it('still goes to the name’s reading where the article gives that one’s context', () => {
    expect(minem('Copper and rare earths in Laos. The Ministry of Energy and Mines (MINEM) sent a team; MINEM said more.')).toEqual([
      'government-laos-mem',
      'government-laos-mem',
    ]);
  });
});
