// The validator's whole-word search on the real artefacts of the seeds.
import { describe, expect, it } from 'vitest';
import { foldForSearch, indexSeeds, seedsContaining } from '../../../lib/catalog/seed-search';

const SEEDS = [
  'just how globalโand urgentโthe effort… outside of Chinaโs grip… Neo Performance Materialsโ Narva',
  'relying on SMM‘s internal database; Lynas’s stock; US-Canada Enterprises; They told us so.',
  'Kazakhstanโs President Tokayev, meanwhile,ย ordered; REEx reported; Rare earth elements (REEs) sit',
];
const index = indexSeeds(SEEDS);

describe('seed search', () => {
  it('folds mojibake and typographic apostrophes, and NBSP', () => {
    expect(foldForSearch('Chinaโs SMM‘s Lynas’s a\u00a0b')).toBe("China's SMM's Lynas's a b");
  });

  it('finds names behind mojibake possessives', () => {
    expect(seedsContaining(index, 'China', 'name')).toEqual([0]);
    expect(seedsContaining(index, 'Neo Performance Materials', 'name')).toEqual([0]);
    expect(seedsContaining(index, 'Kazakhstan', 'name')).toEqual([2]);
    expect(seedsContaining(index, 'SMM', 'exact')).toEqual([1]);
    expect(seedsContaining(index, 'Lynas', 'name')).toEqual([1]);
  });

  it('honours the case rule: exact US is not "us"; name accepts ALL CAPS; any ignores case', () => {
    expect(seedsContaining(index, 'US', 'exact')).toEqual([1]);
    expect(seedsContaining(index, 'us', 'exact')).toEqual([1]);
    expect(seedsContaining(index, 'TOLD', 'exact')).toEqual([]);
    expect(seedsContaining(index, 'Told', 'name')).toEqual([]);
    expect(seedsContaining(index, 'Canada Enterprises', 'name')).toEqual([1]);
    expect(seedsContaining(index, 'rare earth elements', 'any')).toEqual([2]);
    expect(seedsContaining(index, 'Rare Earth Elements', 'name')).toEqual([]);
  });

  it('keeps to word boundaries, with an optional plural', () => {
    expect(seedsContaining(index, 'REE', 'exact')).toEqual([]);
    expect(seedsContaining(index, 'REE', 'exact', true)).toEqual([2]);
    expect(seedsContaining(index, 'Tokay', 'name')).toEqual([]);
    expect(seedsContaining(index, 'global', 'any')).toEqual([0]);
    expect(seedsContaining(index, 'Neo Performance Material', 'name', true)).toEqual([0]);
    expect(seedsContaining(index, 'Neo Performance Material', 'name')).toEqual([]);
  });
});
