/**
 * Issue 11, after the forty-fifth and forty-sixth blind corpora: general forms they showed the
 * spotter missed or misread (small hand-made dictionaries, so curators' edits never move these tests).
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, mentionsBy } from './entities';

const spotter = createSpotter(
  [
    entity('company-usa-rare-earth', 'USA Rare Earth', 'company'),
    entity('material-rare-earths', 'rare earths', 'material'),
    entity('material-magnets', 'magnets', 'material'),
  ],
  { requireField: true, localNames: true },
);

const found = mentionsBy(spotter);

describe('forms the forty-sixth blind corpus showed', () => {
  it('a short form defined in quotes with the list comma inside them (American style) is the name without the comma', () => {
    const release =
      'USA Rare Earth, Inc. (Nasdaq: USAR) ("USA Rare Earth," "USAR" or the "Company"), which makes magnets from rare earths, said USAR and USA Rare Earth will grow.';
    const marks = found(release);
    expect(marks.filter(([t]) => t.endsWith(','))).toEqual([]);
    expect(marks.filter(([t]) => t === 'USA Rare Earth').length).toBe(2);
    expect(marks.filter(([t]) => t === 'USAR').length).toBe(2);
  });
});
