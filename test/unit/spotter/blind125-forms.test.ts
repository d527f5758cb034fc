/**
 * Issue 11, from the hundred-and-twenty-fifth and hundred-and-twenty-sixth blind corpora: a chemical
 * formula in brackets after a mineral, a metal that is an everyday word beside its own bracketed
 * symbol in a list, a word that says how a company stands to another opening the sentence (`Parent
 * Masan Group`), a capital's miners in a market headline, gold on a page about the field that names
 * a policy or a mine and no other material, a lone `First Nation`, Argentina's `S.A.I.C.`. Small
 * hand-made dictionaries where the rule is the spotter's, the real one where it is the lexicon's; the
 * corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { FIELD_CONTEXT } from '../../../lib/spotter/commodity-context';
import { materialEntities } from '../../../seeds/lexicon/materials';
import { seedSpotter } from '../seed-spotter';
import { capital, entity, foundBy, localMentions } from './entities';

const FIELD = '\n\nZinc, lead and silver: mining, smelting, export controls and the supply chain.';
const spotter = createSpotter(
  [
    entity('material-sphalerite', 'sphalerite', 'material'),
    entity('material-galena', 'galena', 'material'),
    entity('material-copper', 'copper', 'material'),
    entity('material-zinc', 'zinc', 'material', [{ text: 'Zn', case: 'exact', symbol: true, noPlural: true }]),
    entity('material-silver', 'silver', 'material', [{ text: 'Ag', case: 'exact', symbol: true, noPlural: true }]),
    entity('material-lead', 'lead (element)', 'material', [
      { text: 'lead', symbol: true, requires: ['kind:material'] },
      { text: 'Pb', case: 'exact', symbol: true, noPlural: true },
    ]),
    { ...entity('material-gold', 'gold (element)', 'material', [{ text: 'gold', requires: [...FIELD_CONTEXT] }]) },
    entity('policy-minamata', 'Minamata Convention', 'policy'),
    entity('company-bhp', 'BHP', 'company', [{ text: 'BHP', case: 'exact' }]),
    entity('country-chile', 'Chile', 'country'),
    entity('country-argentina', 'Argentina', 'country'),
    capital('region-santiago', 'Santiago', 'country-chile'),
    entity('company-aluar', 'Aluar Aluminio Argentino', 'company', ['Aluar']),
  ],
  { requireField: true, localNames: true },
);
const found = foundBy(spotter);

describe('a chemical formula in brackets after a mineral', () => {
  it('is that mineral wherever the article writes it again; an acronym in capitals is not', () => {
    expect(
      found(`The ore is mainly sphalerite (ZnS); galena (PbS) matters more at depth. ZnS concentrate sells well. Copper (BHP) too.${FIELD}`).slice(0, 6),
    ).toEqual([
      'sphalerite material-sphalerite',
      'ZnS material-sphalerite',
      'galena material-galena',
      'PbS material-galena',
      'ZnS material-sphalerite',
      'Copper material-copper',
    ]);
    expect(found(`Copper (BHP) rose.${FIELD}`)).toContain('BHP company-bhp');
  });
});

describe('a metal that is an everyday word, beside its bracketed symbol', () => {
  it('is the metal in a list of metals with their symbols, not a verb before a bracket', () => {
    expect(found(`Metals reported: silver (Ag), lead (Pb), zinc (Zn) and copper.${FIELD}`).slice(0, 6)).toEqual([
      'silver material-silver',
      'Ag material-silver',
      'lead material-lead',
      'Pb material-lead',
      'zinc material-zinc',
      'Zn material-zinc',
    ]);
    expect(found(`They will lead (as always) the market for zinc.${FIELD}`).filter((f) => f.startsWith('lead '))).toEqual(['lead material-lead']);
  });
});

describe('a word that says how a company stands to another, opening the sentence', () => {
  it('is not part of the name the article introduces', () => {
    const text = `Parent Masan Group (HOSE: MSN) added 1.4%. Rival Zenith Metals Corp. (TSX: ZEN) fell.${FIELD}`;
    expect(localMentions(spotter, text)).toEqual(['company Masan Group', 'company HOSE: MSN', 'company Zenith Metals Corp.', 'company TSX: ZEN']);
  });
});

describe('a capital’s miners in a market headline', () => {
  it('is the market’s city, not its government', () => {
    expect(
      found(`SQM leads Santiago miners higher on lithium rebound. Santiago wants a bigger share.${FIELD}`).filter((f) => f.startsWith('Santiago')),
    ).toEqual(['Santiago region-santiago', 'Santiago country-chile']);
  });
});

describe('gold on a page about the field', () => {
  it('is the metal beside a policy or a mine of the field when no other material is named', () => {
    const text = 'Wildcat miners pour mercury to catch fine gold; Brazil signed the Minamata Convention. Mining permits are laundered.';
    expect(found(text)).toContain('gold material-gold');
    // The lexicon writes the condition so for every everyday metal word.
    const gold = materialEntities().find((e) => e.id === 'material-gold')!;
    expect(gold.aliases.find((a) => a.text === 'gold')!.requires).toEqual([...FIELD_CONTEXT]);
    // Beside its market it stands alone, as every such metal does (`refined gold`), with no other name.
    expect(found('Mining and smelting news: refined gold exports rose as miners expanded.')).toEqual(['gold material-gold']);
    // A page about something else gets nothing, gold or not.
    expect(found('She won the gold medal at the Minamata Convention centre swimming gala.')).toEqual([]);
  });
});

describe('legal suffixes and generic names (the real dictionary)', () => {
  const real = seedSpotter();
  it('Argentina’s `S.A.I.C.` belongs to the name; a lone `First Nation` is no name of its own', () => {
    const text = `Aluar Aluminio Argentino S.A.I.C. (ALUA.BA) fell 3.6% on aluminium prices.\n**First Nation wants a veto**\n"We will judge any owner," said a land steward for the First Nation, near the zinc mine.${FIELD}`;
    const ms = real.findMentions(text).map((m) => `${m.text} ${m.entityId}`);
    expect(ms).toContain('Aluar Aluminio Argentino S.A.I.C. company-aluar');
    expect(ms.filter((m) => m.startsWith('First Nation'))).toEqual([]);
  });
});
