/**
 * Issue 11, from the hundred-and-seventeenth blind corpus: a material that is also an everyday word
 * (`gold`, counted only beside another material) stands alone after `the price of`, as after a
 * quantity (`tonnes of copper`): a story about one commodity's price need not name a second. Small
 * hand-made dictionaries, so curators' edits never move these tests.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy } from './entities';

const FIELD = '\n\nMining, refining, export controls and critical minerals.';
const found = foundBy(
  createSpotter(
    [
      entity('material-gold', 'Gold (metal)', 'material', [{ text: 'gold', requires: ['kind:material'] }]),
      entity('material-mercury', 'Mercury (metal)', 'material', [{ text: 'mercury', requires: ['kind:material'] }]),
    ],
    { requireField: true },
  ),
);

describe('an everyday material after `the price of`', () => {
  it('stands alone, and vouches for the other materials of the story', () => {
    const got = found('Illegal miners still use mercury. "The price of gold decides everything here," she said.' + FIELD);
    expect(got).toContain('gold material-gold');
    expect(got).toContain('mercury material-mercury');
  });

  it('needs its market word: a gold ring alone is no commodity', () => {
    expect(found('She wore a gold ring and read about mercury in old thermometers.' + FIELD)).toEqual([]);
  });
});
