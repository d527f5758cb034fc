import { describe, expect, it } from 'vitest';
import { inferCaseRule, splitEmphasis, termsForEntities } from '../../../lib/ui/emphasis';

const mp = { id: 'company-mp-materials', name: 'MP Materials', kind: 'company' as const, aliases: [{ text: 'MP' }] };
const us = { id: 'country-us', name: 'United States', kind: 'country' as const, aliases: [{ text: 'US' }, { text: 'U.S.' }] };
const ndpr = { id: 'material-ndpr', name: 'NdPr', kind: 'material' as const, aliases: [{ text: 'neodymium-praseodymium', case: 'any' as const }] };
const terms = termsForEntities([mp, us, ndpr]);
const marked = (text: string) =>
  splitEmphasis(text, terms)
    .filter((r) => r.entityId)
    .map((r) => [r.text, r.entityId]);

describe('splitEmphasis', () => {
  it('runs cover the sentence exactly, names marked', () => {
    const text = 'The US backs MP Materials with $400 million.';
    const runs = splitEmphasis(text, terms);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs).toEqual([
      { text: 'The ' },
      { text: 'US', entityId: 'country-us', kind: 'country' },
      { text: ' backs ' },
      { text: 'MP Materials', entityId: 'company-mp-materials', kind: 'company' },
      { text: ' with $400 million.' },
    ]);
  });

  it('names at both edges', () => {
    expect(splitEmphasis('MP Materials and the U.S.', terms).map((r) => r.text)).toEqual(['MP Materials', ' and the ', 'U.S.']);
  });

  it('overlapping aliases: the longest at the leftmost start wins', () => {
    expect(marked('MP Materials, or MP, said so')).toEqual([
      ['MP Materials', 'company-mp-materials'],
      ['MP', 'company-mp-materials'],
    ]);
  });

  it('respects case rules and word boundaries', () => {
    expect(marked('let us see')).toEqual([]); // US is exact: `us` is not the country
    expect(marked('MPS and AMP')).toEqual([]); // no match inside words
    expect(marked('MP MATERIALS')).toEqual([['MP MATERIALS', 'company-mp-materials']]); // name rule allows all caps
    expect(marked('Mp Materials')).toEqual([]);
    expect(marked('Neodymium-Praseodymium prices')).toEqual([['Neodymium-Praseodymium', 'material-ndpr']]);
  });

  it('possessives and plurals leave the suffix unmarked', () => {
    expect(splitEmphasis("MP Materials' plant", terms).map((r) => r.text)).toEqual(['MP Materials', "' plant"]);
    expect(marked('two NdPrs')).toEqual([['NdPr', 'material-ndpr']]);
  });

  it('a sentence without names is one plain run; an empty one too', () => {
    expect(splitEmphasis('Nothing here.', terms)).toEqual([{ text: 'Nothing here.' }]);
    expect(splitEmphasis('', terms)).toEqual([{ text: '' }]);
  });

  it('markup in the sentence is just text in the runs', () => {
    const runs = splitEmphasis('<img src=x onerror=alert(1)> MP', terms);
    expect(runs[0]).toEqual({ text: '<img src=x onerror=alert(1)> ' });
  });

  it('infers case rules like the catalog', () => {
    expect(inferCaseRule('US')).toBe('exact');
    expect(inferCaseRule('Lynas')).toBe('name');
    expect(inferCaseRule('neodymium')).toBe('any');
  });
});
