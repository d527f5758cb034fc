/**
 * Issue 11, in the session of the ninety-seventh and ninety-eighth blind corpora: an acronym an
 * article makes of a name's initials means that entity in the article, even where the dictionary
 * gives the same letters to another (small hand-made dictionaries, so curators' edits never move
 * these tests; the corpora themselves are never edited).
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, mentionsBy } from './entities';

const found = mentionsBy(
  createSpotter(
    [
      entity('country-kosovo', 'Kosovo', 'country'),
      entity('material-zinc', 'zinc', 'material'),
      entity('organisation-icmm', 'International Council on Mining and Metals', 'organisation', ['ICMM']),
      entity('government-kosovo-icmm', 'Independent Commission for Mines and Minerals', 'government'),
      entity('government-us-doe', 'US Department of Energy', 'government', ['DOE']),
      entity('government-ghana-energy', 'Department of Energy', 'government'),
    ],
    { requireField: true },
  ),
);
const FIELD = '\n\nNeodymium and zinc: rare earth mining, refining, export controls and the supply chain.';
const of = (text: string, form: string) =>
  found(text + FIELD)
    .filter(([t]) => t === form)
    .map(([, id]) => id);

describe('an acronym an article makes of a name’s initials', () => {
  it('means the entity it was made for, in the bracket and after it', () => {
    const text = 'Kosovo’s Independent Commission for Mines and Minerals (ICMM) licenses zinc exploration. The ICMM said in April it had two new applications.';
    expect(of(text, 'ICMM')).toEqual(['government-kosovo-icmm', 'government-kosovo-icmm']);
  });

  it('leaves the dictionary’s reading of the letters where the article defines nothing', () => {
    expect(of('The ICMM said its members would report zinc and copper output under the new standard.', 'ICMM')).toEqual(['organisation-icmm']);
  });

  it('leaves the dictionary’s reading when the letters are not the initials of three words or more', () => {
    // `Department of Energy (DOE)` is an acronym of two words: brackets that short are not sure enough.
    expect(of('The Department of Energy (DOE) in Accra set zinc export rules; the DOE said more would follow.', 'DOE')).toEqual([
      'government-us-doe',
      'government-us-doe',
    ]);
  });
});
