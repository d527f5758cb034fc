/**
 * Forms the seventy-fifth and seventy-sixth blind corpora showed (issue 11): a company the article
 * introduces by what it is (`its subsidiary …`, `the local company …`) or by an apposition after its
 * name (`…, the Lübeck-based dry-bulk operator,`), a company named for an ore (`… Iron`), the short
 * name of such a company never taking a country's name, and `Congo` for the Republic of the Congo
 * in an article about it, and a name before the word `region` as the division of that name. The corpora themselves are never edited; these cases are written anew.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { seedSpotter } from '../seed-spotter';
import { entity, foundBy, mentionsBy } from './entities';

const seed = seedSpotter();
const found = foundBy(seed);
const LEAD = 'China controls manganese and cobalt refining, iron ore prices fell, and Lynas sells rare earths.';

describe('forms the seventy-fifth and seventy-sixth blind corpora showed (issue 11)', () => {
  it('a company introduced by what it is, before or after its name, is the article’s own company', () => {
    const before = `${LEAD} The permit was held by Rio Tinto through its subsidiary Sotara Iron, and later by the local company Maweni Iron.`;
    expect(found(before)).toEqual(expect.arrayContaining(['Sotara Iron local:company:Sotara Iron', 'Maweni Iron local:company:Maweni Iron']));
    const after = `${LEAD}\n\nHalvorsen Carriers, the Bergen-based dry-bulk operator, chartered three ships. Kestrel Renewables, the geothermal arm of a utility, sells power.`;
    expect(found(after)).toEqual(
      expect.arrayContaining(['Halvorsen Carriers local:company:Halvorsen Carriers', 'Kestrel Renewables local:company:Kestrel Renewables']),
    );
    // A person described after the name is no company: a trader, an official.
    const people = `${LEAD} Maren Kolvik, a trader at a Bergen house, and Tobias Vell, the ministry's official, spoke.`;
    expect(found(people).filter((m) => m.includes('local:company'))).toEqual([]);
    // Nor is a word alone that ends in an ore's name: `Iron` of `pig iron` or a heading.
    expect(found(`${LEAD}\n\nIron\n\nPig iron output rose.`).filter((m) => m.includes('local:company'))).toEqual([]);
  });

  it('the short name of a company the article introduces is never a country’s name', () => {
    const text = `${LEAD} Iron ore from the Republic of the Congo moved by rail, held by the Sotara subsidiary Congo Iron. Congo wants a port.`;
    const marks = found(text);
    expect(marks).toContain('Congo Iron local:company:Congo Iron');
    expect(marks.filter((m) => m.startsWith('Congo ') && !m.startsWith('Congo Iron'))).toEqual(['Congo country-republic-of-the-congo']);
  });

  it('`Congo` is the Republic of the Congo where the article names it, the DRC where it names that', () => {
    const roc = `${LEAD} The Republic of the Congo reissued its iron ore permits. Congo also courts manganese miners.`;
    expect(found(roc).filter((m) => m.startsWith('Congo '))).toEqual(['Congo country-republic-of-the-congo']);
    const drc = `${LEAD} The Democratic Republic of the Congo set cobalt export quotas. Congo also courts copper miners.`;
    expect(found(drc).filter((m) => m.startsWith('Congo '))).toEqual(['Congo country-dr-congo']);
    // Named by neither, it is neither: the river, or either country.
    expect(found(`${LEAD} Barges on the Congo carry manganese.`).filter((m) => m.startsWith('Congo '))).toEqual([]);
  });

  it('a name before the word `region` or `province` is the division the dictionary names so', () => {
    const text = `${LEAD} Copper from Chile's Atacama region and the Antofagasta region rose; the Atacama Desert is dry.`;
    const marks = found(text);
    expect(marks).toEqual(
      expect.arrayContaining(['Atacama region-atacama-region', 'Antofagasta region-antofagasta-region', 'Atacama Desert region-atacama-desert']),
    );
    // Not before another word (`regional`), and not where the dictionary has no such division.
    expect(
      found(`${LEAD} Antofagasta regional managers met; Antofagasta said copper output rose.`).filter((m) => m.includes('region-antofagasta-region')),
    ).toEqual([]);
  });

  it('a name with several readings before `region` is one mention of the division', () => {
    const spot = createSpotter([
      entity('company-ardenne', 'Ardenne plc', 'company', ['Ardenne']),
      entity('region-ardenne-city', 'Ardenne (city)', 'region', ['Ardenne']),
      entity('region-ardenne-region', 'Ardenne Region', 'region'),
    ]);
    const ids = mentionsBy(spot);
    expect(ids('Copper from the Ardenne region rose.')).toEqual([['Ardenne', 'region-ardenne-region']]);
    expect(ids('Copper from the Ardenne Region rose.')).toEqual([['Ardenne Region', 'region-ardenne-region']]);
  });
});
