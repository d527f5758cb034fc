/**
 * Forms the eighty-ninth and ninetieth blind corpora showed (issue 11). The corpora themselves
 * are never edited; these cases are written anew, on other places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { seedSpotter } from '../seed-spotter';
import { foundBy } from './entities';

const seed = seedSpotter();
const found = foundBy(seed);
const LEAD = 'China controls rare earths and Lynas sells rare earths.';

describe('forms the eighty-ninth and ninetieth blind corpora showed (issue 11)', () => {
  it('two divisions joined by `and`, each with its own word, are two places, not one', () => {
    // Invented counties and districts the dictionary does not hold.
    const marks = found(`${LEAD} Drilling moved into Pell County and Harrow County last year, and later into Kavala District and Tomsa District.`);
    expect(marks.filter((m) => m.includes(' and '))).toEqual([]);
    expect(marks).toEqual(
      expect.arrayContaining([
        'Pell County local:region:Pell County',
        'Harrow County local:region:Harrow County',
        'Kavala District local:region:Kavala District',
        'Tomsa District local:region:Tomsa District',
      ]),
    );
    // One body named for two fields stays one (`and` inside a body's name).
    expect(found(`${LEAD} The Ministry of Lands and Mining Development of Ruvia approved it.`).filter((m) => m.startsWith('Lands '))).toEqual([]);
  });

  it("a wire dateline's AP abbreviation of a state is the state where the US is named, and an element's symbol stays a symbol", () => {
    const us = found(`DOVER, Del. (AP) — The United States wants more rare earths, and Lynas sells them.`);
    expect(us).toEqual(expect.arrayContaining(['Del. region-delaware']));
    // Without the US, the letters are left alone.
    expect(found(`${LEAD} Ministers met in Del.`).filter((m) => m.includes('region-delaware'))).toEqual([]);
    // `Mo.` and `Ga.` are symbols before a full stop (`per kg Mo.`), never states, even where the US is named.
    const prices = found(`${LEAD} US mills paid $56.50 per kg Mo. Chips need In and Ga.`);
    expect(prices.filter((m) => /region-(missouri|georgia-us)/.test(m))).toEqual([]);
  });

  it('the US Census Bureau and its trade data', () => {
    expect(found(`${LEAD} Figures from the U.S. Census Bureau showed imports fell.`)).toEqual(
      expect.arrayContaining(['U.S. Census Bureau government-us-census-bureau']),
    );
  });
});

describe('a subsidiary named for its country in brackets before its legal suffix (blind-90)', () => {
  it('the bracket and the suffix belong to a name the article introduces, and never give a known parent the subsidiary', () => {
    const marks = found(
      `${LEAD} Lynas (Malaysia) Sdn Bhd runs the plant. Its unit Corvane Metals (USA) Inc. holds the lease, and Corvane Metals (Hong Kong) Limited sells.`,
    );
    expect(marks).toEqual(
      expect.arrayContaining(['Corvane Metals (USA) Inc. local:company:Corvane Metals', 'Corvane Metals (Hong Kong) Limited local:company:Corvane Metals']),
    );
    expect(marks.filter((m) => m.startsWith('USA ') || m.startsWith('Hong Kong '))).toEqual([]);
    // `Lynas (Malaysia) Sdn Bhd` is Lynas's subsidiary: not the parent's name with a suffix.
    expect(marks.filter((m) => m.startsWith('Lynas (Malaysia) Sdn Bhd company-lynas '))).toEqual([]);
    // A bracket without a suffix after it is not part of the name (`Lynas (Australia) said`).
    expect(found(`${LEAD} Lynas (Australia) said output rose.`)).toEqual(expect.arrayContaining(['Lynas company-lynas', 'Australia country-australia']));
  });
});

describe('a known company with a bracketed place and a suffix (blind-90)', () => {
  it('is not made a new company of the article', () => {
    const marks = found(`${LEAD} Its subsidiary Lynas (Kestrelia) Pty Ltd holds the lease.`);
    expect(marks.filter((m) => m.includes('local:'))).toEqual([]);
    expect(marks).toEqual(expect.arrayContaining(['Lynas company-lynas']));
  });
});
