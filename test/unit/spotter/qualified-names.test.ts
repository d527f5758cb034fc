import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity } from './entities';

describe('a name with a bracketed qualifier', () => {
  const kingston = {
    ...entity('region-kingston-ontario', 'Kingston (Ontario)', 'region'),
    aliases: [{ text: 'Kingston', requires: ['region-ontario'] }],
  };
  const spotter = createSpotter([kingston, entity('region-ontario', 'Ontario', 'region'), entity('company-ucore', 'Ucore', 'company')]);

  it('is the card’s: the text `Kingston (Ontario)` is the city and the province', () => {
    expect(spotter.findMentions('Ucore runs a plant in Kingston (Ontario) for rare earths.').map((m) => [m.text, m.entityId])).toEqual([
      ['Ucore', 'company-ucore'],
      ['Kingston', 'region-kingston-ontario'],
      ['Ontario', 'region-ontario'],
    ]);
  });

  it('is still a form when the entity has no other', () => {
    const only = createSpotter([entity('region-nowhere', 'Nowhere (Nevada)', 'region'), entity('company-ucore', 'Ucore', 'company')]);
    expect(only.findMentions('Ucore named Nowhere (Nevada) for rare earths.').map((m) => m.text)).toEqual(['Ucore', 'Nowhere (Nevada)']);
  });
});
