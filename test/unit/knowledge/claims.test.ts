// Where the seeds disagree and agree (issue 12), as `npm run -s kb -- claims` reports it: the real
// disagreements we found by reading the seeds are flagged, and none of the pairs that only look
// alike is.
import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../lib/facts/claim-compare';
import { bundle, factOf, seedId } from './seed-bundle';

const names = new Map(bundle.entities.map((e) => [e.id, e.name]));
const result = compareClaims(bundle.facts, (id) => names.get(id) ?? id);
const id = (seed: string, startsWith: string, n = 0) => factOf(seedId(seed), startsWith, n).id;
const groupsWith = (side: 'contested' | 'corroborated', a: string, b: string) =>
  result[side].filter((g) => g.claims.some((c) => c.factId === a) && g.claims.some((c) => c.factId === b));

describe('claims across the seeds', () => {
  it('flags the real disagreements', () => {
    // Vietnam's reserves: "ranking sixth globally" (001) vs "the world's second-largest" (004).
    expect(groupsWith('contested', id('001', "Vietnam's rare earth reserves are"), id('004', 'Vietnam, which holds'))).toHaveLength(1);
    // Seed 004 calls both Brazil and Vietnam the holder of the world's second-largest reserves.
    expect(groupsWith('contested', id('004', 'As the country with the world’s second-largest'), id('004', 'Vietnam, which holds'))).toHaveLength(1);
    // The Commission's raw materials plan: to be announced on 3 December (000) vs announced in October (004).
    expect(
      groupsWith('contested', id('000', 'The European Commission plans to announce'), id('004', 'In October 2025, the European Commission announced')),
    ).toHaveLength(1);
  });

  it('finds where two sources agree', () => {
    expect(groupsWith('corroborated', id('000', "Malaysia's Acting Minister"), id('001', "Malaysia's rare earth reserves are about"))).toHaveLength(1); // 16.1 million mt
    expect(groupsWith('corroborated', id('000', "Malaysia's Acting Minister"), id('001', "Malaysia's rare earth reserves are about", 1))).toHaveLength(1); // 94% in forest reserves
    expect(groupsWith('corroborated', id('003', 'Add in Apple’s $500 million'), id('004', 'Apple, in turn, offered'))).toHaveLength(1);
  });

  it('flags none of the pairs that only look alike', () => {
    const lookAlike: [string, string][] = [
      [id('000', 'The US Department of Defense provided a $620 million loan'), id('003', 'ReElement Technologies secured both', 1)], // an $80 million loan vs a $2 million grant
      [id('003', 'Pakistan signed $500 million'), id('004', 'Apple, in turn, offered')], // $500 million, different holders
      [id('002', 'On September 23, 2025, Chinese customs data revealed', 1), id('002', 'On September 23, 2025, Chinese customs data revealed', 1)], // 2,582 t to the EU vs 6,146 t in all (same sentence)
      [id('002', 'On October 7, 2024, the European Parliament approved', 1), id('004', 'The European Union passed the Critical Raw Materials Act', 1)], // 25% recycled magnets vs 25% from recycling
      [id('002', 'On October 7, 2024, the European Parliament approved'), id('004', 'The European Union passed the Critical Raw Materials Act')], // amendments on 7 Oct 2024 vs the act in 2024
      [id('000', "At the enterprise level, India's Lohum", 1), id('004', "Estonia's largest permanent magnet")], // 2,000 mt, different plants
      [id('004', 'The Brazilian government has identified 27'), id('004', 'In November 2025, the Brazilian government further authorized')], // R$5 billion vs R$5.2 billion
      [id('004', 'The US government also provided a guaranteed floor price'), id('002', 'Price support: Tight supply')], // $110/lb floor vs ¥667,500/t mix
      [id('004', "In October 2025, during Trump's visit to Japan"), id('004', 'In October 2025, the US and Vietnam signed')], // two frameworks
      [id('001', 'The United States and Australia signed an agreement in October'), id('004', 'In Southeast Asia, although Malaysia signed')], // two agreements
      [id('003', 'Major companies and governments are working to reduce'), id('003', 'With China still controlling 85–90%')], // one article repeating 85–90%
    ];
    for (const [a, b] of lookAlike) expect(groupsWith('contested', a, b), `${a} / ${b}`).toEqual([]);
    expect(result.contested).toHaveLength(3);
  });

  it('quotes every claim from its fact, with the value in words', () => {
    const facts = new Map(bundle.facts.map((f) => [f.id, f]));
    for (const g of [...result.contested, ...result.corroborated]) {
      expect(g.claims.length, g.topic).toBeGreaterThanOrEqual(2);
      expect(g.why.length, g.topic).toBeGreaterThan(5);
      for (const c of g.claims) {
        expect(facts.get(c.factId)?.quote, c.factId).toBe(c.quote);
        expect(facts.get(c.factId)?.sourceId, c.factId).toBe(c.sourceId);
        expect(c.value).not.toBe('');
      }
    }
  });
});
