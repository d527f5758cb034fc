/**
 * Issue 11, after the sixty-third and sixty-fourth blind corpora: Angola's and Mozambique's public
 * companies' legal form (`E.P.`), and a person whose surname is a place's name. Companies and people
 * are invented; the places are real.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { seedSpotter } from '../seed-spotter';
import { entity, foundBy, localMentions, mentionsBy } from './entities';

const seed = seedSpotter();
const local = (text: string) => localMentions(seed, text);
const found = foundBy(seed);
const LEAD = 'Kestrel Lithium mines lithium and spodumene in Brazil, where copper and rare earths are also found.';

describe('forms the sixty-third and sixty-fourth blind corpora showed (issue 11)', () => {
  it("a public company's `E.P.` (Angola, Mozambique) and `E.P.E.` (Portugal) belong to its name", () => {
    const spot = createSpotter([entity('company-kestrel-diamonds', 'Kestrel Diamonds', 'company'), entity('material-diamond', 'diamond', 'material')]);
    const ids = mentionsBy(spot);
    expect(ids('Kestrel Diamonds E.P. sells diamond output.').map(([t]) => t)).toEqual(['Kestrel Diamonds E.P.', 'diamond']);
    expect(ids('KESTREL DIAMONDS EP sells diamond output.').map(([t]) => t)).toEqual(['KESTREL DIAMONDS EP', 'diamond']);
    expect(ids('Kestrel Diamonds E.P.E. sells diamond output.').map(([t]) => t)).toEqual(['Kestrel Diamonds E.P.E.', 'diamond']);
  });

  it("a person whose surname is a place's one word, where the sentence makes the run a person", () => {
    const said = `${LEAD} "The plant runs," said Renata Queiroz Lima, vice president of operations at Kestrel Lithium.`;
    expect(local(said)).toContain('person Renata Queiroz Lima');
    expect(found(said).some((m) => m.startsWith('Lima '))).toBe(false);
    expect(local(`${LEAD} Rodrigo Mendoza said the plant runs well in Minas Gerais.`)).toContain('person Rodrigo Mendoza');
    // Without a person's context the place stays a place, and a place after a known name stays one.
    const prose = `${LEAD} Kestrel Lithium ships from Santos. Prices in Lima rose.`;
    expect(found(prose)).toContain('Santos region-santos');
    expect(local(prose)).toEqual([]);
  });
});
