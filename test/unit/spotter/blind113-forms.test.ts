/**
 * Issue 11, from the hundred-and-thirteenth and hundred-and-fourteenth blind corpora: a First
 * Nation's name needs no `the` to be a body, and a company the article introduces is not a known
 * company whose short name is a legal suffix (`Coeur Rochester, Inc.` was read as Sino-American
 * Silicon Products, `SAS`, as if `Rochester SAS`). Small hand-made dictionaries.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/catalog/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, localMentions } from './entities';

const FIELD = '\n\nGold, silver and nickel: mining, refining, export controls and the supply chain.';
const ENTITIES: Entity[] = [
  entity('material-gold', 'gold', 'material'),
  entity('material-silver', 'silver', 'material'),
  entity('region-ontario', 'Ontario', 'region'),
  entity('region-nevada', 'Nevada', 'region'),
  entity('region-new-york', 'New York', 'region'),
  entity('region-rochester', 'Rochester (New York)', 'region', [{ text: 'Rochester', requires: ['region-new-york'] }]),
  entity('company-coeur', 'Coeur Mining', 'company', ['Coeur']),
  entity('company-sas', 'Sino-American Silicon Products', 'company', [{ text: 'SAS', case: 'exact' }]),
];
const spotter = createSpotter(ENTITIES, { requireField: true, localNames: true });

describe('the hundred-and-thirteenth and -fourteenth corpora’s forms', () => {
  it('reads a First Nation’s name as a body without `the`', () => {
    const text = 'In Ontario the gold mine operates under agreements with Mattagami First Nation and Flying Post First Nation.' + FIELD;
    expect(localMentions(spotter, text)).toEqual(['organisation Mattagami First Nation', 'organisation Flying Post First Nation']);
    // Plain words before it make no name.
    expect(localMentions(spotter, 'In Ontario no gold mine moves ahead without First Nations as partners.' + FIELD)).toEqual([]);
  });

  it('never takes a legal suffix that is itself a known name for the company an article introduces', () => {
    const text = 'Coeur Mining runs the silver mine in Nevada through its subsidiary Coeur Rochester, Inc., which it owns.' + FIELD;
    const ids = spotter.findMentions(text).map((m) => `${m.text} ${m.entityId}`);
    expect(ids.some((m) => m.endsWith('company-sas'))).toBe(false);
    expect(ids.some((m) => /^(?:Coeur )?Rochester, Inc\. local:company:/.test(m))).toBe(true);
  });

  it('keeps a span’s reading once when two readings fall back on it', () => {
    const pair = createSpotter(
      [
        entity('material-lithium', 'lithium', 'material'),
        entity('company-li-cycle', 'Li-Cycle', 'company'),
        entity('company-coeur', 'Coeur Mining', 'company'),
        entity('person-blunt-rochester', 'Lisa Blunt Rochester', 'person'),
        entity('region-rochester', 'Rochester (New York)', 'region', [{ text: 'Rochester', ambiguous: true, requires: ['company-li-cycle'] }]),
        entity('project-rochester', 'Rochester mine', 'project', [{ text: 'Rochester', ambiguous: true, requires: ['company-coeur'] }]),
      ],
      { requireField: true },
    );
    const text = 'Glencore, which bought the assets of Li-Cycle last year, is restarting its Rochester hub plans for lithium recycling.' + FIELD;
    expect(
      pair
        .findMentions(text)
        .filter((m) => m.text === 'Rochester')
        .map((m) => m.entityId),
    ).toEqual(['region-rochester']);
  });
});
