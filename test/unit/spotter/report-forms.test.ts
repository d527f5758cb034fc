/**
 * Issue 11: forms of trade reports, fact sheets and columns, each a general mechanism (small
 * hand-made dictionaries, so curators' edits never move these tests): a company's group, a
 * defined ticker in a wire's form, a metal's content after a unit, a capital listed with capitals,
 * fields and headings of place, and a name whose readings all wait on context.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, mentionsBy } from './entities';

const spotter = createSpotter([
  entity('company-uranium-one', 'Uranium One', 'company'),
  entity('company-lynas', 'Lynas Rare Earths', 'company', ['Lynas']),
  entity('company-bushveld', 'Bushveld Minerals', 'company'),
  entity('company-masan', 'Masan High-Tech Materials', 'company'),
  entity('company-are', 'American Rare Earths', 'company'),
  entity('material-manganese', 'manganese', 'material', [{ text: 'Mn', case: 'exact', symbol: true }]),
  entity('material-vanadium', 'vanadium', 'material', [{ text: 'V', case: 'exact', symbol: true }]),
  entity('material-lithium-hydroxide', 'lithium hydroxide', 'material', [{ text: 'LiOH', case: 'exact' }]),
  entity('material-lead', 'lead metal', 'material', [
    { text: 'lead', symbol: true, requires: ['kind:material'] },
    { text: 'Pb', case: 'exact', symbol: true },
  ]),
  entity('country-china', 'China', 'country'),
  entity('country-russia', 'Russia', 'country'),
  entity('country-us', 'United States', 'country'),
  entity('country-kenya', 'Kenya', 'country'),
  entity('country-bolivia', 'Bolivia', 'country'),
  { ...entity('region-beijing', 'Beijing', 'region'), seatOf: 'country-china' },
  { ...entity('region-moscow', 'Moscow', 'region'), seatOf: 'country-russia' },
  { ...entity('region-washington', 'Washington, D.C.', 'region', [{ text: 'Washington', requires: ['country-us'] }]), seatOf: 'country-us' },
  { ...entity('region-nairobi', 'Nairobi', 'region'), seatOf: 'country-kenya' },
  {
    ...entity('region-la-paz', 'La Paz (Bolivia)', 'region', [{ text: 'La Paz', ambiguous: true, requires: ['country-bolivia'] }]),
    seatOf: 'country-bolivia',
    country: 'country-bolivia',
  },
  entity('project-la-paz', 'La Paz rare earth project', 'project', [{ text: 'La Paz', ambiguous: true, requires: ['company-are'] }]),
  entity('government-kenya-mining', 'State Department for Mining', 'government'),
]);
const found = mentionsBy(spotter);
const ids = (text: string) => found(text).map(([, id]) => id);

describe('names as reports write them', () => {
  it('a known company with `Group` or `Holdings` after it: the group is the company (`Uranium One Group`, `Lynas Holdings`)', () => {
    expect(found('Bolivia signed a lithium deal with Uranium One Group, a unit of Rosatom.')).toContainEqual(['Uranium One Group', 'company-uranium-one']);
    expect(found('Rare earths: Lynas Group results were strong; Lynas Holdings was not.')).toEqual([
      ['Lynas Group', 'company-lynas'],
      ['Lynas Holdings', 'company-lynas'],
    ]);
  });

  it('a ticker an article defines is also read in the wire form of its exchange (`AIM: BMN` → `BMN.L`)', () => {
    const text = 'Vanadium: Bushveld Minerals (AIM: BMN) is selling assets.\nMovers\nBMN.L -7.2%';
    expect(found(text)).toEqual([
      ['Vanadium', 'material-vanadium'],
      ['Bushveld Minerals', 'company-bushveld'],
      ['AIM: BMN', 'company-bushveld'],
      ['BMN.L', 'company-bushveld'],
    ]);
    // Vietnam's exchange: `HOSE: MSR`.
    expect(found('Vanadium and Masan High-Tech Materials (HOSE: MSR) said so; MSR.HM fell.')).toContainEqual(['HOSE: MSR', 'company-masan']);
  });

  it('a symbol after a unit of price or grade is its metal (`44% Mn`, `$3.20/dmtu Mn`), not elsewhere', () => {
    expect(found('Manganese ore grading 44% Mn sold at $3.20/dmtu Mn in China.').map(([t]) => t)).toEqual(['Manganese', 'Mn', 'Mn', 'China']);
    expect(found('Manganese prices rose; the Mn team in China met.').map(([t]) => t)).toEqual(['Manganese', 'China']);
  });

  it('a one-letter symbol is its metal only after a unit (`$24.50/kg V`, `0.9% V`) or beside another symbol (`V and Mn`), never in a list of letters', () => {
    expect(found('Vanadium in Rotterdam fell to $24.50/kg V; the ore grades 0.9% V.').map(([t]) => t)).toEqual(['Vanadium', 'V', 'V']);
    expect(found('Vanadium grades: V and Mn marks, plan V of China.').map(([t]) => t)).toEqual(['Vanadium', 'V', 'Mn', 'China']);
    expect(found('Vanadium grades: plan V and plan W of China.').map(([t]) => t)).toEqual(['Vanadium', 'China']);
  });

  it('a list-only word is the metal after a market adjective (`refined lead`, `LME lead`) or before a market noun (`lead surplus`)', () => {
    expect(found('Manganese rose; a refined lead surplus loomed and LME lead fell, with lead smelters idle.').map(([t]) => t)).toEqual([
      'Manganese',
      'lead',
      'lead',
      'lead',
    ]);
    expect(found('Manganese rose; China will lead the market and take the lead in talks.').map(([t]) => t)).toEqual(['Manganese', 'China']);
  });

  it("a hydrate's water belongs to its formula (`LiOH·H2O`), not a full stop or a word after it", () => {
    expect(found('Vanadium and LiOH·H2O, LiOH • 2H₂O and LiOH. H2O prices.').map(([t]) => t)).toEqual(['Vanadium', 'LiOH·H2O', 'LiOH • 2H₂O', 'LiOH']);
  });

  it('a symbol after a quantity or `contained` is its metal (`96,600 tonnes of contained Mn`, `12 kt Mn`), not a word after a count', () => {
    expect(found('Quotas allow 96,600 tonnes of contained Mn and 12 kt Mn from China.').map(([t]) => t)).toEqual(['Mn', 'Mn', 'China']);
    expect(found('Manganese output: 3 Mn sites in China, and a contained Mn team.').map(([t]) => t)).toEqual(['Manganese', 'China']);
  });
});

describe('capitals and places in reports', () => {
  it('a capital whose name waits on context acts when listed with capitals that act (`Beijing, Moscow and Washington`)', () => {
    expect(ids('Vanadium: La Paz must choose between Beijing, Moscow and Washington, said Bolivia.')).toEqual([
      'material-vanadium',
      'country-bolivia',
      'country-china',
      'country-russia',
      'country-us',
      'country-bolivia',
    ]);
    // Alone, it still needs its country named.
    expect(ids('Vanadium buyers met in China. Washington must choose.')).toEqual(['material-vanadium', 'country-china']);
  });

  it("a body's address (`State Department for Mining, Nairobi.`) names the city; a capital after a comma in prose still acts", () => {
    expect(ids('Vanadium in Kenya. Issued by the State Department for Mining, Nairobi.')).toEqual([
      'material-vanadium',
      'country-kenya',
      'government-kenya-mining',
      'region-nairobi',
    ]);
    expect(ids('Vanadium in Kenya. Issued by the State Department for Mining (SDM), Nairobi, Kenya.')).toContain('region-nairobi');
    expect(ids('Vanadium in Kenya. After the vote, Nairobi said it would act.')).toEqual(['material-vanadium', 'country-kenya', 'country-kenya']);
    // A dotted legal suffix right before the comma is still an address (`Acme Ltd., Nairobi.`).
    expect(ids('Vanadium in Kenya. Issued by Rift Valley Metals Ltd., Nairobi.')).toEqual(['material-vanadium', 'country-kenya', 'region-nairobi']);
    expect(ids('Vanadium in Kenya. Contact: Savanna Mining Inc., Nairobi.')).toEqual(['material-vanadium', 'country-kenya', 'region-nairobi']);
  });

  it("a fact sheet's `Capital:` field names the city", () => {
    expect(ids('Vanadium in Kenya.\nCapital: Nairobi')).toEqual(['material-vanadium', 'country-kenya', 'region-nairobi']);
    // Elsewhere the capital acts.
    expect(ids('Vanadium in Kenya: Nairobi wants a share.')).toEqual(['material-vanadium', 'country-kenya', 'country-kenya']);
  });

  it('of two readings that both wait on context, the one the document vouches for is taken, whatever the words around it chose', () => {
    // `La Paz must` reads as the project by the words around it; Bolivia named, not the company: the city, acting.
    expect(ids('Vanadium in Bolivia: La Paz must choose; talks in La Paz went on.')).toEqual([
      'material-vanadium',
      'country-bolivia',
      'country-bolivia',
      'region-la-paz',
    ]);
    // The company named, not Bolivia: the project, wherever the words put it.
    expect(ids('Vanadium: American Rare Earths said La Paz must wait; drilling at La Paz resumed.')).toEqual([
      'material-vanadium',
      'company-are',
      'project-la-paz',
      'project-la-paz',
    ]);
  });
});

describe('short forms of names read in context', () => {
  const bodies = createSpotter([
    entity('country-kenya', 'Kenya', 'country'),
    entity('country-uganda', 'Uganda', 'country'),
    entity('government-kenya-nema', 'National Environment Management Authority (Kenya)', 'government', [
      { text: 'National Environment Management Authority', ambiguous: true, requires: ['country-kenya'] },
    ]),
    entity('government-uganda-nema', 'National Environment Management Authority (Uganda)', 'government', [
      { text: 'National Environment Management Authority', ambiguous: true, requires: ['country-uganda'] },
    ]),
  ]);
  it("a short form defined after a name read in context is that reading's (`NEMA`: Kenya's where Kenya is named)", () => {
    const text = 'Kenya: the National Environment Management Authority (NEMA) approved it. NEMA said so.';
    expect(mentionsBy(bodies)(text)).toEqual([
      ['Kenya', 'country-kenya'],
      ['National Environment Management Authority', 'government-kenya-nema'],
      ['NEMA', 'government-kenya-nema'],
      ['NEMA', 'government-kenya-nema'],
    ]);
    expect(mentionsBy(bodies)(text.replace('Kenya:', 'Uganda:')).map(([, id]) => id)).toEqual([
      'country-uganda',
      'government-uganda-nema',
      'government-uganda-nema',
      'government-uganda-nema',
    ]);
  });
});

describe('a name with a qualifier', () => {
  const withCountry = (extra: Parameters<typeof entity>[] = []) =>
    createSpotter([
      entity('country-mexico', 'Mexico', 'country'),
      { ...entity('region-guerrero', 'Guerrero (Mexico)', 'region', ['Guerrero state']), country: 'country-mexico' },
      ...extra.map((args) => entity(...args)),
    ]);
  it('is read without its qualifier where its country is named, unless another entity is written so', () => {
    expect(mentionsBy(withCountry())('Mexico: gold from Guerrero.')).toEqual([
      ['Mexico', 'country-mexico'],
      ['Guerrero', 'region-guerrero'],
    ]);
    expect(mentionsBy(withCountry())('Gold from Guerrero.')).toEqual([]);
    expect(mentionsBy(withCountry([['person-guerrero', 'Guerrero', 'person']]))('Mexico: gold from Guerrero.')).toEqual([
      ['Mexico', 'country-mexico'],
      ['Guerrero', 'person-guerrero'],
    ]);
  });
  it('shared by two entities, is read as the one whose qualifier the article names (two states’ environment secretariats)', () => {
    const spotter = createSpotter([
      entity('country-brazil', 'Brazil', 'country'),
      { ...entity('region-goias', 'Goiás', 'region'), country: 'country-brazil' },
      { ...entity('region-minas', 'Minas Gerais', 'region'), country: 'country-brazil' },
      {
        ...entity('gov-goias-semad', 'Environment Secretariat (Goiás)', 'government', [{ text: 'SEMAD', case: 'exact', requires: ['region-goias'] }]),
        country: 'country-brazil',
      },
      {
        ...entity('gov-minas-semad', 'Environment Secretariat (Minas Gerais)', 'government', [{ text: 'SEMAD', case: 'exact', requires: ['region-minas'] }]),
        country: 'country-brazil',
      },
    ]);
    expect(mentionsBy(spotter)('In Brazil, the Environment Secretariat licensed a mine in Goiás.')).toContainEqual([
      'Environment Secretariat',
      'gov-goias-semad',
    ]);
    expect(mentionsBy(spotter)('In Brazil, the Environment Secretariat licensed a mine in Minas Gerais.')).toContainEqual([
      'Environment Secretariat',
      'gov-minas-semad',
    ]);
    expect(mentionsBy(spotter)('In Brazil, the Environment Secretariat licensed a mine.').map(([t]) => t)).toEqual(['Brazil']);
  });
});

describe('conditions met through a conditional reading', () => {
  const chained = createSpotter([
    entity('country-us', 'United States', 'country', [{ text: 'US', case: 'exact' }]),
    entity('material-vanadium', 'vanadium', 'material'),
    entity('government-us-doe', 'US Department of Energy', 'government', [{ text: 'DOE', case: 'exact', requires: ['country-us'] }]),
    entity('policy-doe-list', 'DOE Critical Materials List', 'policy', [{ text: 'Critical Materials List', requires: ['government-us-doe'] }]),
    entity('country-kenya', 'Kenya', 'country'),
    entity('government-kenya-board', 'Kenya Mining Board', 'government', [{ text: 'Board', ambiguous: true, requires: ['country-kenya'] }]),
    entity('government-uk-board', 'UK Mining Board', 'government', [{ text: 'Board', ambiguous: true, requires: ['country-kenya'] }]),
    entity('policy-board-rules', 'Board Rules', 'policy', [{ text: 'Rules', requires: ['government-kenya-board'] }]),
  ]);
  const chainedIds = (text: string) => mentionsBy(chained)(text).map(([, id]) => id);
  it('a short form needing a body named only by its own short form (`Critical Materials List` after `DOE`, which needs the US)', () => {
    expect(chainedIds('Vanadium in the US: the DOE keeps a Critical Materials List.')).toEqual([
      'material-vanadium',
      'country-us',
      'government-us-doe',
      'policy-doe-list',
    ]);
    // Without the US, neither.
    expect(chainedIds('Vanadium: the DOE keeps a Critical Materials List.')).toEqual(['material-vanadium']);
  });
  it('but not through a span two conditional readings share', () => {
    expect(chainedIds('Vanadium in Kenya: the Board wrote Rules.')).not.toContain('policy-board-rules');
  });
});

describe('a name ending in `Corporation` is also written `Corp`', () => {
  const corp = createSpotter([
    entity('material-vanadium', 'vanadium', 'material'),
    entity('country-us', 'United States', 'country', [{ text: 'US', case: 'exact' }]),
    entity('government-us-dfc', 'US International Development Finance Corporation', 'government', [{ text: 'DFC', case: 'exact' }]),
  ]);
  it('with the country dotted, with or without the period, and the full name still', () => {
    expect(mentionsBy(corp)('Vanadium: the U.S. International Development Finance Corp lent more; US International Development Finance Corp. agreed.')).toEqual(
      [
        ['Vanadium', 'material-vanadium'],
        ['U.S. International Development Finance Corp', 'government-us-dfc'],
        ['US International Development Finance Corp.', 'government-us-dfc'],
      ],
    );
    expect(mentionsBy(corp)('Vanadium: the US International Development Finance Corporation lent more.')).toContainEqual([
      'US International Development Finance Corporation',
      'government-us-dfc',
    ]);
  });
});
