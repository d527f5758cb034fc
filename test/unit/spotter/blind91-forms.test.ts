/**
 * Forms the ninety-first and ninety-second blind corpora showed (issue 11). The corpora themselves
 * are never edited; these cases are written anew, on invented places.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy } from './entities';

describe('forms the ninety-first and ninety-second blind corpora showed (issue 11)', () => {
  const spotter = createSpotter([
    entity('country-vallia', 'Vallia', 'country'),
    entity('country-kestrova', 'Kestrova', 'country'),
    entity('region-north-vallia', 'North Vallia', 'region', []),
    entity('region-south-vallia', 'South Vallia', 'region', []),
    { ...entity('region-lower-kestrova', 'Lower Kestrova', 'region'), country: 'country-kestrova' },
    // A town read beside its state, as the dictionary writes Charleston beside West Virginia.
    entity('region-marlow-north-vallia', 'Marlow (North Vallia)', 'region', [{ text: 'Marlow', requires: ['region-north-vallia'] }]),
    // A town read beside its country (the bare form of `Tarrin (Kestrova)`).
    { ...entity('region-tarrin-kestrova', 'Tarrin (Kestrova)', 'region'), country: 'country-kestrova' },
    // A town read beside a company, not a place.
    entity('company-ostrel', 'Ostrel Mining', 'company'),
    entity('region-gerrow', 'Gerrow (North Vallia)', 'region', [{ text: 'Gerrow', requires: ['company-ostrel'] }]),
  ]);
  const found = foundBy(spotter);

  it('a town read only in context, written with another place after a comma, is not that town', () => {
    // The state it needs is named, but the article places this Marlow in another state.
    expect(found('North Vallia grew. Output rose at Marlow, South Vallia, last year.')).not.toContain('Marlow region-marlow-north-vallia');
    expect(found('North Vallia grew. Output rose at Marlow, North Vallia, last year.')).toContain('Marlow region-marlow-north-vallia');
    expect(found('North Vallia grew. Output rose at Marlow last year.')).toContain('Marlow region-marlow-north-vallia');
    // Read beside its country, a division of that country after it places it too; another country's does not.
    expect(found('Kestrova grew. Output rose at Tarrin, Lower Kestrova, last year.')).toContain('Tarrin region-tarrin-kestrova');
    expect(found('Kestrova grew. Output rose at Tarrin, Kestrova, last year.')).toContain('Tarrin region-tarrin-kestrova');
    expect(found('Kestrova grew. Output rose at Tarrin, Vallia, last year.')).not.toContain('Tarrin region-tarrin-kestrova');
    // Read beside a company, the place after it says nothing against it.
    expect(found('Ostrel Mining grew. Output rose at Gerrow, South Vallia, last year.')).toContain('Gerrow region-gerrow');
  });
});
