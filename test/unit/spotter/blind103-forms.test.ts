/**
 * Issue 11, in the session of the hundred-and-third and hundred-and-fourth blind corpora: Spain's
 * sole-shareholder limited company (`S.L.U.`), Türkiye's joint-stock company after the words for
 * its trade (`Madencilik İşletmeleri A.Ş.`), and a title `of` a company that the article introduces
 * (small hand-made dictionaries, so curators' edits never move these tests; the corpora are never
 * edited).
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/catalog/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy } from './entities';

const FIELD = '\n\nTungsten, gold and copper: mining, refining, export controls and the supply chain.';
const ENTITIES: Entity[] = [
  entity('material-gold', 'gold', 'material'),
  entity('material-copper', 'copper', 'material'),
  entity('material-tungsten', 'tungsten', 'material'),
  entity('company-saloro', 'Saloro', 'company'),
  entity('company-koza-anadolu', 'Koza Anadolu Metal Madencilik', 'company', ['Koza Anadolu Metal']),
];
const read = foundBy(createSpotter(ENTITIES, { requireField: true, localNames: true }));
const with_ = (text: string) => read(text + FIELD);

describe('legal forms of Spain and Türkiye', () => {
  it('takes Spain’s `S.L.U.` whole into a known company’s name', () => {
    const got = with_('At Barruecopardo, Saloro S.L.U. has turned an old tungsten pit into a mine.');
    expect(got).toContain('Saloro S.L.U. company-saloro');
    expect(got.some((m) => m.startsWith('Saloro S.L. '))).toBe(false);
  });

  it('takes the words for the trade before `A.Ş.` into the name, so the listing after it is the company’s', () => {
    const got = with_('Koza Altin rose on gold, and its parent Koza Anadolu Metal Madencilik İşletmeleri A.Ş. (KOZAA.IS) added 5.2%.');
    expect(got).toContain('Koza Anadolu Metal Madencilik İşletmeleri A.Ş. company-koza-anadolu');
    expect(got).toContain('KOZAA.IS company-koza-anadolu');
    expect(got.some((m) => m.includes('local:'))).toBe(false);
  });
});

describe('a title of a company the article introduces', () => {
  it('is no part of the company’s name', () => {
    const got = with_(
      '"We met every permit condition," said Dana Whitcombe, General Manager of Florence Copper Inc., the copper producer’s Arizona subsidiary.',
    );
    expect(got.some((m) => m.startsWith('Florence Copper Inc. local:company:'))).toBe(true);
    expect(got.some((m) => m.includes('General Manager'))).toBe(false);
  });
});
