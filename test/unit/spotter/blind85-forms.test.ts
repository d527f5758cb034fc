/**
 * Forms the eighty-fifth and eighty-sixth blind corpora showed (issue 11). The corpora themselves
 * are never edited; these cases are written anew, on other companies and bodies.
 */
import { describe, expect, it } from 'vitest';
import { seedSpotter } from '../seed-spotter';
import { foundBy } from './entities';

const seed = seedSpotter();
const found = foundBy(seed);
const LEAD = 'China controls rare earths and Lynas sells rare earths.';

describe('forms the eighty-fifth and eighty-sixth blind corpora showed (issue 11)', () => {
  it('a known company named in full without a legal suffix gives its short name, as the formal name does', () => {
    const marks = found(
      `${LEAD} Bluestone Resources and Adventus Mining agreed terms. Bluestone said the deal closes in March, and Adventus will pay in shares.`,
    );
    expect(marks).toEqual(expect.arrayContaining(['Bluestone company-bluestone-resources', 'Adventus company-adventus-mining']));
    // Not where the full name is never written, and not a common word's short form.
    expect(found(`${LEAD} Bluestone said the deal closes in March.`).filter((m) => m.startsWith('Bluestone '))).toEqual([]);
  });

  it('a body named after its place, opening a sentence with `The`, is one body, not the place', () => {
    // Invented bodies: a state's department and a country's service the dictionary does not hold.
    const marks = found(`${LEAD} The Ohio Department of Water and Mining Safety issued a permit. The Malawi Wildlife Service objected.`);
    expect(marks).toEqual(
      expect.arrayContaining([
        'Ohio Department of Water and Mining Safety local:government:Ohio Department of Water and Mining Safety',
        'Malawi Wildlife Service local:government:Malawi Wildlife Service',
      ]),
    );
    expect(marks.filter((m) => m.startsWith('Ohio region') || m.startsWith('Malawi country'))).toEqual([]);
  });

  it('a body the dictionary files with its place in brackets is also written with the place before it', () => {
    const marks = found(`${LEAD} Officials at the Nigeria Ministry of Steel Development and the Morocco Ministry of Industry and Trade met.`);
    expect(marks).toEqual(
      expect.arrayContaining([
        'Nigeria Ministry of Steel Development government-nigeria-ministry-of-steel-development',
        'Morocco Ministry of Industry and Trade government-morocco-ministry-of-industry-and-trade',
      ]),
    );
    // The possessive keeps the country apart, as before.
    expect(found(`${LEAD} Nigeria's Ministry of Steel Development met.`)).toEqual(
      expect.arrayContaining(['Nigeria country-nigeria', 'Ministry of Steel Development government-nigeria-ministry-of-steel-development']),
    );
  });

  it('a listing with further share classes defines each code for the company', () => {
    // An invented company: its codes are the article's own.
    const marks = found(`${LEAD}\n\nKestrel Holdings Inc. (NYSE: KSTA, KSTB) said on Monday that KSTB shares rose.`);
    expect(marks.filter((m) => m.startsWith('KSTB '))).toHaveLength(2);
    // A second exchange's listing after the comma is read as before, and no prose word becomes a code.
    const two = found(`${LEAD}\n\nKestrel Holdings Inc. (NYSE: KSTA, TSX: KSH) said KSH rose, and Kestrel (NYSE: KSTA, the "Company") said NO.`);
    expect(two.filter((m) => m.startsWith('TSX: KSH ') || m.startsWith('KSH '))).toHaveLength(2);
    expect(two.filter((m) => m.startsWith('NO '))).toEqual([]);
  });

  it('a tab or a no-break space before a capitalised metal reads as a space does, as the saved text has it', () => {
    // The page keeps a tab and a no-break space; saving turns them into spaces: both must read alike.
    const read = (gap: string) => found(`${LEAD} Output at its${gap}Boron operation paused.`).filter((m) => m.startsWith('Boron '));
    expect(read('\t')).toEqual(read(' '));
    expect(read('\u00a0')).toEqual(read(' '));
    expect(read(' ').filter((m) => m.endsWith('material-boron'))).toEqual([]);
  });
});
