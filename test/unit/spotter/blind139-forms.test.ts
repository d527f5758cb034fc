/**
 * Issue 11, from the hundred-and-thirty-ninth and -fortieth blind corpora: a qualified place whose
 * bare name is a word of English (`Grants (New Mexico)`) is not read bare where its country is
 * named (`Grants and loans from Washington …` opens a sentence). Small hand-made dictionaries, so
 * curators' edits never move these tests; the corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy } from './entities';

const FIELD = '\n\nUranium and tungsten: mining, milling, export controls and the supply chain.';
const spotter = createSpotter(
  [
    entity('material-uranium', 'uranium', 'material'),
    entity('country-us', 'United States', 'country'),
    { ...entity('region-grants', 'Grants (New Mexico)', 'region', ['Grants, New Mexico']), country: 'country-us' },
    { ...entity('region-kingston', 'Kingston (Ontario)', 'region', ['Kingston, Ontario']), country: 'country-us' },
  ],
  { requireField: true, localNames: true },
);
const found = foundBy(spotter);

describe('a qualified place whose bare name is a word of English', () => {
  it('is not read bare where its country is named; its full form still is', () => {
    const text = `Grants and loans from the United States paid for the uranium mill. The mill is in Grants, New Mexico.${FIELD}`;
    expect(found(text).filter((f) => f.startsWith('Grants'))).toEqual(['Grants, New Mexico region-grants']);
  });

  it('leaves a bare name that is no word of English to be read where its country is named', () => {
    const text = `The United States bought uranium from a mill near Kingston.${FIELD}`;
    expect(found(text)).toContain('Kingston region-kingston');
  });
});
