/**
 * Issue 11: a ministry's bare name (`Ministry of Mining`) that several countries' bodies share,
 * read as the body of the country the passage is about (small hand-made dictionaries, so
 * curators' edits never move these tests).
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/catalog/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, mentionsBy } from './entities';

const withCountry = (e: Entity, country: string): Entity => ({ ...e, country });

const spotter = createSpotter(
  [
    // Malawi's body claims the bare name beside Malawi; Chile's and Laos's are named with a qualifier.
    withCountry(
      entity('government-malawi-mining', 'Ministry of Mining (Malawi)', 'government', [
        { text: 'Ministry of Mining', requires: ['country-malawi'], ambiguous: true },
      ]),
      'country-malawi',
    ),
    withCountry(entity('government-chile-mining', 'Ministry of Mining (Chile)', 'government', ["Chile's Ministry of Mining"]), 'country-chile'),
    withCountry(
      entity('government-laos-mem', 'Ministry of Energy and Mines (Laos)', 'government', [
        { text: 'Ministry of Energy and Mines', requires: ['country-laos'], ambiguous: true },
      ]),
      'country-laos',
    ),
    withCountry(
      entity('government-peru-minem', 'Ministry of Energy and Mines (Peru)', 'government', ['Peruvian Ministry of Energy and Mines']),
      'country-peru',
    ),
    withCountry(
      entity('government-ecuador-mem', 'Ministry of Energy and Mines (Ecuador)', 'government', ['Ecuadorian Ministry of Energy and Mines']),
      'country-ecuador',
    ),
    entity('country-malawi', 'Malawi', 'country'),
    entity('country-chile', 'Chile', 'country'),
    entity('country-laos', 'Laos', 'country'),
    entity('country-peru', 'Peru', 'country'),
    entity('country-ecuador', 'Ecuador', 'country'),
    entity('country-vietnam', 'Vietnam', 'country'),
    entity('country-china', 'China', 'country'),
    withCountry(entity('region-hanoi', 'Hanoi', 'region'), 'country-vietnam'),
    entity('material-lithium', 'lithium', 'material'),
    entity('company-sqm', 'SQM', 'company'),
    entity('company-lynas', 'Lynas', 'company'),
    entity('material-rare-earths', 'rare earths', 'material'),
  ],
  { requireField: true },
);
const ids = (t: string) => mentionsBy(spotter)(t).map(([, id]) => id);

describe("a ministry's bare name shared by several countries' bodies", () => {
  it("is the body of the country the article names, though another country's body claims the name beside its own", () => {
    expect(ids('SQM sells lithium. In Chile, the Ministry of Mining runs a tender for lithium.')).toContain('government-chile-mining');
    expect(ids('Lynas buys rare earths. The Ministry of Mining in Malawi issued a licence.')).toContain('government-malawi-mining');
    expect(ids('Lynas buys rare earths. The Ministry of Mining in Malawi issued a licence.')).not.toContain('government-chile-mining');
  });

  it('is read by the passage it stands in, not by the country the whole article names most', () => {
    const article = [
      'Vietnam wants rare earths, and Lynas wants Vietnam. Hanoi says Vietnam will refine them. Vietnam courts Japan, and officials in Hanoi signed deals.',
      'Vietnam expects more. '.repeat(8),
      'Prices of rare earths rose again this week on thin trade. '.repeat(20),
      'Across the border in Laos, small rare earths mines ship ore to China. Laos needs the money, and Laos has few rules.',
      'The Ministry of Energy and Mines ordered a review of licences last year.',
    ].join('\n\n');
    expect(ids(article)).toContain('government-laos-mem');
  });

  it('is not read where a passage is about a country the dictionary has no such body for', () => {
    const article = [
      'Laos sells rare earths to Lynas and Vietnam.',
      'Vietnam wants rare earths. Hanoi says Vietnam will refine them. Vietnam courts Japan, and officials in Hanoi signed deals.',
      'The Ministry of Energy and Mines in Hanoi said Vietnam would cap exports.',
    ].join('\n\n');
    expect(ids(article)).not.toContain('government-laos-mem');
  });
});
