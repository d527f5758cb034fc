/**
 * Issue 11, from the hundred-and-twenty-seventh and hundred-and-twenty-eighth blind corpora: a
 * capital named as its market's price or benchmark, its sector's stocks (`Moscow metals stocks`) or
 * its market's gainers (`TOKYO METALS GAINERS`) is the city, not its government. A small hand-made
 * dictionary, so curators' edits never move these tests; the corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { capital, entity, foundBy } from './entities';

const FIELD = '\n\nGold, copper and nickel: mining, smelting, export controls and the supply chain.';
const found = foundBy(
  createSpotter(
    [
      entity('material-gold', 'gold', 'material'),
      entity('material-copper', 'copper', 'material'),
      entity('material-nickel', 'nickel', 'material'),
      entity('country-uk', 'United Kingdom', 'country'),
      entity('country-russia', 'Russia', 'country'),
      entity('country-japan', 'Japan', 'country'),
      capital('region-london', 'London', 'country-uk'),
      capital('region-moscow', 'Moscow', 'country-russia'),
      capital('region-tokyo', 'Tokyo', 'country-japan'),
    ],
    { requireField: true },
  ),
);
const places = (text: string) => found(text + FIELD).filter((f) => /^(?:London|Moscow|Tokyo|TOKYO) /.test(f));

describe('a capital named for its market', () => {
  it('is the city as the market’s price or benchmark, its sector’s stocks or its gainers', () => {
    expect(places('The price is still the London price, minus a discount of $30 an ounce to the London benchmark.')).toEqual([
      'London region-london',
      'London region-london',
    ]);
    expect(places('WEEKLY: Moscow metals stocks slip. JX TOPS TOKYO METALS GAINERS AS COPPER RISES.')).toEqual(['Moscow region-moscow', 'TOKYO region-tokyo']);
  });

  it('is still the government where it acts', () => {
    expect(places('Moscow imposes curbs on gold exports. London wants a deal. Tokyo sets rules.')).toEqual([
      'Moscow country-russia',
      'London country-uk',
      'Tokyo country-japan',
    ]);
  });
});
