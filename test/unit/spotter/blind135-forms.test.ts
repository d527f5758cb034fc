/**
 * Issue 11, from the hundred-and-thirty-fifth and -sixth blind corpora: a local authority named
 * without `the` (`Devon County Council handles minerals planning`), a listing a sentence gives a
 * company it named before (`Peñoles, listed in Mexico City under the ticker PE&OLES`), and a known
 * company whose name opens with an acronym, named again by it (`AIC Mines` … `AIC is expanding`).
 * Small hand-made dictionaries, so curators' edits never move these tests; the corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy, localMentions } from './entities';

const FIELD = '\n\nZinc, tin and copper: mining, smelting, export controls and the supply chain.';
const spotter = createSpotter(
  [
    entity('material-zinc', 'zinc', 'material'),
    entity('material-tin', 'tin', 'material'),
    entity('material-copper', 'copper', 'material'),
    entity('region-devon', 'Devon', 'region'),
    entity('region-cornwall', 'Cornwall', 'region'),
    { ...entity('company-penoles', 'Industrias Peñoles', 'company', ['Peñoles']), listings: [{ exchange: 'BMV', ticker: 'PE&OLES' }] },
    { ...entity('company-fresnillo', 'Fresnillo plc', 'company', ['Fresnillo']), listings: [{ exchange: 'LSE', ticker: 'FRES' }] },
    { ...entity('company-aic', 'AIC Mines', 'company'), listings: [{ exchange: 'ASX', ticker: 'A1M' }] },
    entity('company-usa-rare-earth', 'USA Rare Earth', 'company'),
    entity('country-us', 'United States', 'country', ['USA']),
  ],
  { requireField: true, localNames: true },
);
const found = foundBy(spotter);

describe('a local authority named without `the`', () => {
  it('is a government body, a known place opening its name or not', () => {
    const text = `Cornwall Council decides most applications; Devon County Council handles minerals planning in Devon. Kent County Council objected to the tin mine.${FIELD}`;
    const local = localMentions(spotter, text);
    expect(local).toContain('government Devon County Council');
    expect(local).toContain('government Kent County Council');
    // The place inside the council's name is no mention of its own; the one after it still is.
    expect(found(text).filter((f) => f.startsWith('Devon'))).toEqual(['Devon County Council local:government:Devon County Council', 'Devon region-devon']);
  });

  it('needs a word of its own opening a sentence', () => {
    const local = localMentions(spotter, `Every District Council must decide on the zinc smelter.${FIELD}`);
    expect(local.filter((l) => l.includes('Council'))).toEqual([]);
  });
});

describe('a listing a sentence gives a company it named before', () => {
  it('is that company’s ticker, there and after, when the dictionary lists it so', () => {
    const text = `Peñoles, listed in Mexico City under the ticker PE&OLES, runs the zinc refinery. PE&OLES rose 2%.${FIELD}`;
    expect(found(text).filter((f) => f.startsWith('PE&OLES'))).toEqual(['PE&OLES company-penoles', 'PE&OLES company-penoles']);
  });

  it('is not a code the dictionary lists for another company, nor one across a sentence', () => {
    const text = `Peñoles trades under the symbol A1M. AIC Mines rose. It trades under the ticker PE&OLES.${FIELD}`;
    expect(found(text).filter((f) => /^(?:A1M|PE&OLES) /.test(f))).toEqual([]);
  });
});

describe('a known company whose name opens with an acronym', () => {
  it('is named again by the acronym', () => {
    const text = `AIC Mines (ASX:A1M) gained after drilling at its copper mine. AIC is expanding the mill.${FIELD}`;
    expect(found(text).filter((f) => f.startsWith('AIC'))).toEqual(['AIC Mines company-aic', 'AIC company-aic']);
  });

  it('not when the acronym is another kind of entity', () => {
    const text = `USA Rare Earth said magnets would follow. USA imports most of its tin.${FIELD}`;
    expect(found(text).filter((f) => f.startsWith('USA '))).toEqual(['USA Rare Earth company-usa-rare-earth', 'USA country-us']);
  });
});
