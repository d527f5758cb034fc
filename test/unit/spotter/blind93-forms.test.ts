/**
 * Forms the ninety-third and ninety-fourth blind corpora showed (issue 11). The corpora themselves
 * are never edited; these cases are written anew, on invented companies.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { seedSpotter } from '../seed-spotter';
import { entity, foundBy } from './entities';

describe('forms the ninety-third and ninety-fourth blind corpora showed (issue 11)', () => {
  const spotter = createSpotter([
    entity('company-varnak', 'Varnak Silicon', 'company'),
    entity('company-dobrin', 'Dobrin Copper', 'company'),
    entity('company-velora', 'Velora Chrome', 'company'),
    entity('company-tenaz', 'Grupo Tenaz', 'company'),
  ]);
  const found = foundBy(spotter);

  it('Icelandic, Balkan, Albanian and Mexican legal suffixes belong to the name', () => {
    expect(found('Varnak Silicon hf. restarted its furnaces.')).toContain('Varnak Silicon hf. company-varnak');
    expect(found('The smelter belongs to Dobrin Copper AD, the company said.')).toContain('Dobrin Copper AD company-dobrin');
    expect(found('Dobrin Copper EAD signed the lease.')).toContain('Dobrin Copper EAD company-dobrin');
    expect(found('Velora Chrome sh.p.k. exports concentrate.')).toContain('Velora Chrome sh.p.k. company-velora');
    expect(found('Grupo Tenaz S.A.B. de C.V. reported higher sales.')).toContain('Grupo Tenaz S.A.B. de C.V. company-tenaz');
  });

  it('listings on the Gulf’s, the Balkans’ and the Nordic growth markets are tickers the article defines', () => {
    const text =
      'Dobrin Copper AD (ATHEX: DOBR) and Varnak Silicon hf. (First North: VRNK) reported. Velora Chrome (LJSE: VLCR) and Grupo Tenaz (ADX: TNZ) too.';
    const got = found(text);
    for (const m of ['ATHEX: DOBR company-dobrin', 'First North: VRNK company-varnak', 'LJSE: VLCR company-velora', 'ADX: TNZ company-tenaz'])
      expect(got).toContain(m);
  });

  it('a two-letter `AD` is taken only in prose, not in a headline in capitals', () => {
    expect(found('DOBRIN COPPER AD PLANS EXPANSION')).not.toContain('DOBRIN COPPER AD company-dobrin');
  });

  it('bare `Gulf` is the Gulf states only where a Gulf state is named', () => {
    const seed = foundBy(seedSpotter());
    // Texts about the field (a page about something else gets no highlights at all).
    const field = ' China controls most rare earth refining, and MP Materials and Lynas Rare Earths are adding capacity for NdPr oxide.';
    const withState = seed(`Qatar and Kuwait have joined other Gulf funds in buying copper and lithium stakes in Zambia and Chile.${field}`);
    expect(withState).toContain('Gulf region-gulf-states');
    const without = seed(`Copper and lithium buyers from the Gulf and from Japan bid for the Zambian stakes, miners said.${field}`);
    expect(without.filter((m) => m.startsWith('Gulf '))).toEqual([]);
    // A longer name of its own keeps its reading.
    const oman = seed(`Qatar shipped copper concentrate across the Gulf of Oman to India.${field}`);
    expect(oman).toContain('Gulf of Oman region-gulf-of-oman');
    expect(oman).not.toContain('Gulf region-gulf-states');
    expect(without.length).toBeGreaterThan(3);
  });
});
