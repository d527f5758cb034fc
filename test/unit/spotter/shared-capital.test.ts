/**
 * Issue 11: a capital whose name is shared (`Kingston`: Jamaica's capital, Ontario's city) stands
 * for its government where it acts, read the same in a paragraph alone (the page reads a block at
 * a time) as in the whole article (`kb extract`). The scanner looked only at a span's first
 * reading for a capital, so a paragraph naming no other capital kept the city (found by the
 * end-to-end comparison of the page with `kb extract`, 7 Dec). Small hand-made dictionaries.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { pageModelOf } from '../page/fake-page';
import { entity } from './entities';

const KINGSTON = { text: 'Kingston', ambiguous: true, noPlural: true };
const defs = (ontarioFirst: boolean) => {
  const ontario = entity('region-kingston-ontario', 'Kingston (Ontario)', 'region', [{ ...KINGSTON, requires: ['region-ontario'] }]);
  const jamaica = {
    ...entity('region-kingston-jamaica', 'Kingston (Jamaica)', 'region', [{ ...KINGSTON, requires: ['country-jamaica'] }]),
    seatOf: 'country-jamaica',
    country: 'country-jamaica',
  };
  return [
    entity('country-jamaica', 'Jamaica', 'country'),
    entity('country-canada', 'Canada', 'country'),
    entity('region-ontario', 'Ontario', 'region'),
    entity('material-scandium', 'scandium', 'material'),
    entity('material-bauxite', 'bauxite', 'material'),
    ...(ontarioFirst ? [ontario, jamaica] : [jamaica, ontario]),
  ];
};

const ARTICLE = [
  'Jamaica could recover scandium from the red mud of its bauxite refineries, a rare earth supply chain analyst said.',
  'Kingston should make residue recovery a condition of any new bauxite mining lease.',
  'The mining council meets again in Kingston in March.',
];

describe('a shared capital’s name (Kingston)', () => {
  for (const ontarioFirst of [true, false])
    it(`is the government where it acts and the city where it is a place, on the page as in the article (${ontarioFirst ? 'Ontario' : 'Jamaica'}'s entity listed first)`, async () => {
      const spotter = createSpotter(defs(ontarioFirst), { requireField: true });
      const article = spotter
        .findMentions(ARTICLE.join('\n'))
        .filter((m) => m.text === 'Kingston')
        .map((m) => m.entityId);
      expect(article).toEqual(['country-jamaica', 'region-kingston-jamaica']);
      const page = await pageModelOf(ARTICLE, spotter);
      expect(page.ordered.filter((m) => m.text === 'Kingston').map((m) => m.entityId)).toEqual(article);
    });
});
