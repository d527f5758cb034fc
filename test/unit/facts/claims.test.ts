// Claims and their comparison (issue 12): agree, disagree, different units, different things.
// Most cases are real seed sentences run through the real pipeline (catalog spotter + extractFacts)
// under a made-up source id, so extraction and comparison are tested together.
import { describe, expect, it } from 'vitest';
import catalogJson from '../../../seeds/catalog.json' with { type: 'json' };
import { loadCatalog } from '../../../lib/catalog/load';
import { compareClaims } from '../../../lib/facts/claim-compare';
import { extractFacts } from '../../../lib/facts/extract';
import type { SourcedFact } from '../../../lib/facts/schema';
import { createSpotter } from '../../../lib/spotter/matcher';

const spotter = createSpotter(loadCatalog(catalogJson).entities);

/** The facts of `text` as source `sourceId`, published `published`. */
function read(sourceId: string, text: string, published = '2025-12-12'): SourcedFact[] {
  return extractFacts({ text, published, sourceId }, spotter).facts.map((f) => ({ ...f, sourceId }));
}

// Seed 004 names MP Materials before Apple's offer: the catalog counts "Apple" only on a page that does.
const APPLE_004 = 'In July 2025, the US Department of Defense acquired a 15% stake in MP Materials. Apple, in turn, offered a $500 million offtake agreement.';

const topics = (r: ReturnType<typeof compareClaims>) => ({ contested: r.contested.map((g) => g.topic), corroborated: r.corroborated.map((g) => g.topic) });

describe('claims read from seed sentences', () => {
  it('reads reserves, a world rank and a share with their holder', () => {
    const [fact] = read(
      'a',
      "Malaysia's Acting Minister of Natural Resources and Environmental Sustainability, Zahari, pointed out that although the country's rare earth reserves reach 16.1 million mt (ranking third globally), 94% of the resources are located in permanent forest reserves, and mining and refining technologies heavily rely on foreign countries.",
    );
    expect(fact?.claims?.map((c) => [c.measure, c.entityId, c.value, c.unit])).toEqual([
      ['reserves:rare earth', 'country-malaysia', 16_100_000, 't'],
      ['reserves-rank:rare earth', 'country-malaysia', 3, 'rank'],
      ['share:resources are located in permanent forest reserves', 'country-malaysia', 94, '%'],
    ]);
  });

  it('gives a loan to its recipient, a possessive deal to its owner', () => {
    const [loans] = read(
      'a',
      'The US Department of Defense provided a $620 million loan to magnet producer Vulcan Elements and an $80 million loan to recycling enterprise ReElement Technologies for expanding rare earth separation and magnet capacity.',
    );
    expect(loans?.claims?.map((c) => [c.measure, c.entityId, c.value])).toEqual([
      ['money:loan', 'company-vulcan-elements', 620_000_000],
      ['money:loan', 'company-reelement-technologies', 80_000_000],
    ]);
    const [deal] = read('b', 'Add in Apple’s $500 million partnership with MP Materials and GM’s offtake with Noveon, and a clear trend emerges.');
    expect(deal?.claims?.map((c) => [c.measure, c.entityId, c.value])).toEqual([['money:deal', 'company-apple', 500_000_000]]);
  });

  it('reads nothing where no holder or measure is plain', () => {
    for (const s of [
      'Only 25% of EU firms’ license applications approved, forcing partial production halts.',
      'September Volume: 5,774 tons, down 6.1% month-on-month (from 6,146 tons in August), ending three consecutive months of growth.',
      'Rare earth elements (REEs) sit at the intersection of industrial policy, clean energy, and defense security.',
    ])
      for (const f of read('a', s)) expect(f.claims, s).toBeUndefined();
  });
});

describe('compareClaims', () => {
  it('agrees: 16.1 million mt in two articles, 94% in two articles (issue 12)', () => {
    const r = compareClaims([
      ...read(
        'seed:000',
        "Malaysia's Acting Minister of Natural Resources and Environmental Sustainability, Zahari, pointed out that although the country's rare earth reserves reach 16.1 million mt (ranking third globally), 94% of the resources are located in permanent forest reserves.",
      ),
      ...read(
        'seed:001',
        "Malaysia's rare earth reserves are about 16.1 million mt, but 94% of the resources are located in permanent forest reserves, restricting mining.",
      ),
    ]);
    expect(topics(r)).toEqual({
      contested: [],
      corroborated: ['country-malaysia: rare earth reserves', 'country-malaysia: share: resources are located in permanent forest reserves'],
    });
    expect(r.corroborated[0]?.claims.map((c) => c.sourceId)).toEqual(['seed:000', 'seed:001']);
    expect(r.corroborated[0]?.why).toBe('2 sources say 16.1 million t');
  });

  it('does not call one article repeating itself "2 sources agree"', () => {
    const r = compareClaims(
      read(
        'seed:003',
        "Major companies and governments are working to reduce China's current 85-90% control of rare earth refining capacity. With China still controlling 85–90% of refining capacity, the West’s scramble is on.",
      ),
    );
    expect(r.corroborated).toEqual([]);
    expect(r.contested).toEqual([]);
  });

  it('disagrees: Vietnam "sixth globally" vs "the world’s second-largest", with both quotes and sources', () => {
    const r = compareClaims(
      [
        ...read('seed:001', "Vietnam's rare earth reserves are approximately 3.5 million mt, ranking sixth globally."),
        ...read(
          'seed:004',
          "Vietnam, which holds the world's second-largest rare earth reserves (after China), has also become a key US cooperation partner.",
          '2025-12-01',
        ),
      ],
      (id) => ({ 'country-vietnam': 'Vietnam' })[id] ?? id,
    );
    expect(r.contested).toHaveLength(1);
    expect(r.contested[0]).toMatchObject({
      topic: 'Vietnam: world rank in rare earth reserves',
      entityIds: ['country-vietnam'],
      why: 'One says 6th largest, another 2nd largest',
    });
    expect(r.contested[0]?.claims.map((c) => [c.sourceId, c.value, c.quote.slice(0, 20)])).toEqual([
      ['seed:001', '6th largest', "Vietnam's rare earth"],
      ['seed:004', '2nd largest', 'Vietnam, which holds'],
    ]);
  });

  it('disagrees within one article: two countries each called the world’s second-largest holder', () => {
    const r = compareClaims(
      read(
        'seed:004',
        "As the country with the world’s second-largest rare earth reserves, Brazil is actively promoting rare earth development. Vietnam, which holds the world's second-largest rare earth reserves (after China), has also become a key US cooperation partner.",
        '2025-12-01',
      ),
    );
    expect(r.contested.map((g) => [g.topic, g.entityIds])).toEqual([
      ["Who holds the world's 2nd-largest rare earth reserves", ['country-brazil', 'country-vietnam']],
    ]);
  });

  it('disagrees on the date of one named event, not on two different events of the same kind', () => {
    const plan = compareClaims([
      ...read('seed:000', 'The European Commission plans to announce a key raw materials supply chain autonomy plan on December 3.', '2025-11-28'),
      ...read(
        'seed:004',
        'In October 2025, the European Commission announced the "RESourceEU" plan, aimed at reducing dependence on Chinese critical materials.',
        '2025-12-01',
      ),
    ]);
    expect(plan.contested.map((g) => g.claims.map((c) => c.value))).toEqual([['3 Dec 2025 (planned)', 'Oct 2025']]);
    const frameworks = compareClaims([
      ...read(
        'seed:004',
        "In October 2025, during Trump's visit to Japan, the US and Japan signed a rare earth and critical mineral cooperation framework.",
        '2025-12-01',
      ),
      ...read('other', 'In March 2026, the US and Vietnam signed a rare earth cooperation framework.', '2026-04-01'),
      ...read('another', 'The United States and Australia signed an agreement in October, planning to jointly invest $3 billion.'),
      ...read('yet-another', 'In March 2026, Malaysia signed a critical minerals agreement with the US.', '2026-04-01'),
    ]);
    expect(topics(frameworks)).toEqual({ contested: [], corroborated: [] });
  });

  describe('different units', () => {
    it('compares tonnes with tonnes after scaling (16.1 million mt = 16,100 kt)', () => {
      const r = compareClaims([
        ...read('x', "Malaysia's rare earth reserves are about 16.1 million mt."),
        ...read('y', "Malaysia's rare earth reserves are 16,100 kt."),
      ]);
      expect(topics(r).corroborated).toEqual(['country-malaysia: rare earth reserves']);
    });

    it('converts a price per pound to per tonne in the same currency, and never across currencies', () => {
      const usd = compareClaims([
        ...read('x', 'Spot offers for praseodymium-neodymium reached a price of $110 per pound.', '2026-01-15'),
        ...read('y', 'Spot offers for praseodymium-neodymium reached a price of $242,508 per tonne.', '2026-01-20'),
      ]);
      expect(topics(usd).corroborated).toEqual(['material-pr-nd: price']);
      // The seeds' pair: a US floor price in USD per pound vs the Chinese Pr-Nd mix in CNY per tonne.
      const mixed = compareClaims([
        ...read(
          'seed:004',
          'The US government also provided a guaranteed floor price of $110 per pound for neodymium and dysprosium from MP Materials (twice the current price in the Chinese market).',
          '2025-12-01',
        ),
        ...read('seed:002', 'Price support: Tight supply may sustain praseodymium-neodymium price volatility (current mix: ¥667,500/ton).', '2026-01-01'),
        ...read('z', 'Praseodymium-neodymium traded at ¥600,000/ton.', '2026-01-20'),
      ]);
      expect(topics(mixed)).toEqual({ contested: ['material-pr-nd: price'], corroborated: [] });
      expect(mixed.contested[0]?.claims.map((c) => c.sourceId)).toEqual(['seed:002', 'z']); // same currency and month only
    });

    it('does not compare prices of different months', () => {
      const r = compareClaims([
        ...read('x', 'Praseodymium-neodymium traded at ¥600,000/ton.', '2025-06-20'),
        ...read('y', 'Praseodymium-neodymium traded at ¥667,500/ton.', '2026-01-20'),
      ]);
      expect(topics(r)).toEqual({ contested: [], corroborated: [] });
    });
  });

  describe('different things', () => {
    it('an $80 million loan and a $2 million grant to the same company are two facts, not a conflict', () => {
      const r = compareClaims([
        ...read(
          'seed:000',
          'The US Department of Defense provided a $620 million loan to magnet producer Vulcan Elements and an $80 million loan to recycling enterprise ReElement Technologies.',
          '2025-11-28',
        ),
        ...read(
          'seed:003',
          'ReElement Technologies secured both a strategic partnership with Principal Mineral (late August) to develop a U.S. rare earth separation and metals hub and a $2 million U.S. Department of Defense grant.',
          '2025-09-13',
        ),
      ]);
      expect(topics(r)).toEqual({ contested: [], corroborated: [] });
    });

    it('two loans of different amounts to one company are two loans, not a conflict', () => {
      const r = compareClaims([
        ...read('x', 'The US Department of Defense provided a $620 million loan to Vulcan Elements.'),
        ...read('y', 'The US Department of Energy provided a $50 million loan to Vulcan Elements.'),
      ]);
      expect(r.contested).toEqual([]);
    });

    it('the same amount for different holders agrees on nothing ($500 million: Apple’s deal, Pakistan’s agreements)', () => {
      const r = compareClaims([
        ...read('seed:003', 'Pakistan signed $500 million in agreements with U.S. firms, including US Strategic Metals.', '2025-09-13'),
        ...read('seed:004', APPLE_004, '2025-12-01'),
      ]);
      expect(topics(r)).toEqual({ contested: [], corroborated: [] });
    });

    it('the same amount for the same holder and kind across sources agrees', () => {
      const r = compareClaims([
        ...read('seed:003', 'Add in Apple’s $500 million partnership with MP Materials and GM’s offtake with Noveon, and a clear trend emerges.', '2025-09-13'),
        ...read('seed:004', APPLE_004, '2025-12-01'),
      ]);
      expect(topics(r).corroborated).toEqual(['company-apple: amount of the deal']);
      expect(r.corroborated[0]?.claims.map((c) => c.value)).toEqual(['500 million USD', '500 million USD']);
    });

    it('a deposit’s reserves and a country’s, ore and rare earth reserves, are different measures', () => {
      const r = compareClaims([
        ...read('x', 'Kazakhstan is leveraging the newly discovered deposit in Karaganda Oblast (reserves of 20 million mt).'),
        ...read('y', "Kazakhstan's rare earth reserves are 1 million mt."),
        ...read(
          'z',
          'American Rare Earths (ARE) updated the resource estimate for the Halleck Creek project in Wyoming, reporting an ore reserve of 547.5 million mt.',
        ),
        ...read('w', "Halleck Creek's rare earth reserves are 2 million mt."),
      ]);
      expect(r.contested).toEqual([]);
    });
  });
});
