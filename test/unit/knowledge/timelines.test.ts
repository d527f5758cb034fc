// Timelines of five entities from the seeds, complete and in order. Each list is every sentence
// of the seeds that names the entity (by name, alias or possessive), found by reading the seeds,
// in the order a reader would put them: earlier dates first; a month before the days in it (a
// date known only to the month sorts first); ties by source, then position. Headings are left
// out on purpose: they repeat the sentence under them (seed 001's "Vietnam Passes Rare Earth
// Export Ban", "Lynas Corporation's Stock Price Fluctuations"; seed 002's "EU Passes Critical
// Raw Materials Act Mandating…"), and they must still be mentions.
import { describe, expect, it } from 'vitest';
import { dateSortKey, entityTimeline, findEntity, formatTimeline } from '../../../lib/knowledge/timeline';
import { bundle, seedId } from './seed-bundle';

type Expected = [seed: string, date: string, quoteStart: string];

// Issue 12: a sentence with several events lists each on its own date (Lynas's volatility "this
// year" and its peak "in October"); a sentence that continues a dated deal takes its date (`also`,
// `This move`); one that points back to an entity (`The new legislation`, `The company`) is on that
// entity's timeline although it does not name it.
const TIMELINES: Record<string, Expected[]> = {
  'company-mp-materials': [
    ['004', '2025-07', 'In July 2025, the US Department of Defense acquired a 15% stake in MP Materials'],
    ['004', '2025-07', 'The US government also provided a guaranteed floor price of $110 per pound'],
    ['003', '2025-09-13', 'Add in Apple’s $500 million partnership with MP Materials'],
    ['004', '2025-11', 'This move clearly mirrored the US strategy of investing in MP Materials'],
    ['004', '2025-12', 'Direct Investment and Equity Participation: The US Department of Defense has directly taken equity in MP Materials'],
    ['002', '2026-01', 'U.S.-Saudi rare earth refinery venture (led by MP Materials) aims to bypass China;'],
  ],
  'country-vietnam': [
    ['004', '2025-10', 'In October 2025, the US and Vietnam signed a rare earth cooperation framework'],
    ['004', '2025-12', "Vietnam, which holds the world's second-largest rare earth reserves (after China)"],
    ['004', '2025-12', "However, Vietnam's current production and refining capacity is limited"],
    ['001', '2025-12-08', "This Week's Overseas Rare Earth Developments:"],
    ['001', '2025-12-11', "Vietnam's National Assembly passed the amended Law on Geology and Minerals on December 11"],
    ['001', '2025-12-12', "Vietnam's rare earth reserves are approximately 3.5 million mt, ranking sixth globally."],
    ['001', '2026-01-01', 'The new legislation will take effect on January 1, 2026'],
  ],
  'government-jogmec': [
    ['000', '2025-11-28', 'Core measures include: joint procurement of critical minerals'],
    ['000', '2025-11-28', 'State-owned Tau-Ken Samruk is conducting joint exploration with US-based Cove Capital'],
    ['001', '2025-12-12', "The project, in collaboration with Japan's JOGMEC, aims to secure long-term supply for Japan."],
  ],
  'company-lynas': [
    ['001', '2025', "Driven by the U.S.-Australia critical minerals agreement, Lynas's stock experienced significant volatility this year"],
    ['001', '2025-10', "Driven by the U.S.-Australia critical minerals agreement, Lynas's stock experienced significant volatility this year"],
    [
      '000',
      '2025-11-28',
      "Currently, only the Kenering project in Perak is being developed by a Malaysia-China joint venture relying on Chinese technology, while Lynas's processing plant in Pahang",
    ],
    ['001', '2025-12-12', 'The company is accelerating efforts to address supply chain challenges'],
  ],
  'policy-eu-crma': [
    ['004', '2024', 'The European Union passed the Critical Raw Materials Act in 2024'],
    ['002', '2024-10-07', 'On October 7, 2024, the European Parliament approved amendments to the Critical Raw Materials Act (CRMA)'],
    ['002', '2030', 'On October 7, 2024, the European Parliament approved amendments to the Critical Raw Materials Act (CRMA)'],
    ['004', '2030', 'The European Union passed the Critical Raw Materials Act in 2024'],
  ],
};

/** Headings that name the entity: mentions, but no facts of their own. */
const HEADINGS: Record<string, [seed: string, heading: string][]> = {
  'country-vietnam': [
    ['001', 'Vietnam Passes Rare Earth Export Ban'],
    [
      '001',
      'Europe and the United States Continue to Strengthen Rare Earth Supply Chain Autonomy, Vietnam Initiates Rare Earth Control [SMM Overseas Rare Earth Weekly Review]',
    ],
  ],
  'company-lynas': [['001', "Lynas Corporation's Stock Price Fluctuations"]],
  'policy-eu-crma': [['002', 'EU Passes Critical Raw Materials Act Mandating Recycled Magnets in Wind Turbines and EVs']],
};

describe.each(Object.entries(TIMELINES))('the timeline of %s', (entityId, expected) => {
  const items = entityTimeline(bundle, entityId);

  it('holds every sentence of the seeds that names it, and nothing else', () => {
    expect(items.map((it) => [it.source.id, it.date.value, it.quote.slice(0, expected.find((e) => it.quote.startsWith(e[2]))?.[2].length ?? 60)])).toEqual(
      expected.map(([seed, date, quote]) => [seedId(seed), date, quote]),
    );
  });

  it('is in chronological order', () => {
    const keys = items.map((it) => dateSortKey(it.date.value));
    expect(keys).toEqual([...keys].sort());
    expect(items.length).toBeGreaterThanOrEqual(2);
  });

  it('names the entity in each quote it lists, or points back (`The company`) to a sentence that does', () => {
    for (const it of items) {
      const named = bundle.mentions.filter((m) => m.sourceId === it.source.id && m.entityId === entityId);
      const fact = bundle.facts.find((f) => f.id === it.factId);
      if (!fact) throw new Error(`no fact ${it.factId}`);
      const inQuote = named.some((m) => m.start >= fact.start && m.end <= fact.end);
      const pointsBack =
        /^(?:It|They|Its|Their|The (?:company|project|new legislation|government|plan|deal|two sides))\b/.test(fact.quote) &&
        named.some((m) => m.end <= fact.start);
      expect(inQuote || pointsBack, it.factId).toBe(true);
    }
  });

  it('still counts its headings as mentions', () => {
    for (const [seed, heading] of HEADINGS[entityId] ?? []) {
      const source = bundle.sources.find((s) => s.id === seedId(seed));
      const at = source?.text.split('\n').indexOf(heading) ?? -1;
      expect(at, heading).toBeGreaterThanOrEqual(0);
      const start = source?.text.indexOf(`${heading}\n`) ?? -1;
      const m = bundle.mentions.find((x) => x.sourceId === seedId(seed) && x.entityId === entityId && x.start >= start && x.end <= start + heading.length);
      expect(m, heading).toBeDefined();
      expect(
        bundle.facts.some((f) => f.sourceId === seedId(seed) && f.start === start),
        heading,
      ).toBe(false);
    }
  });
});

describe('timeline lookup and text', () => {
  it('finds entities by id, name or alias, case-insensitively', () => {
    expect(findEntity(bundle.entities, 'jogmec')?.id).toBe('government-jogmec');
    expect(findEntity(bundle.entities, 'critical raw materials act')?.id).toBe('policy-eu-crma');
    expect(findEntity(bundle.entities, 'Lynas Corporation')?.id).toBe('company-lynas');
    expect(findEntity(bundle.entities, 'no such thing')).toBeUndefined();
  });

  it('prints one block per fact, oldest first, with planned and article-date marks', () => {
    const mp = findEntity(bundle.entities, 'MP Materials');
    if (!mp) throw new Error('no MP Materials');
    const text = formatTimeline(mp, entityTimeline(bundle, mp.id));
    expect(text.startsWith('MP Materials (company) — 6 dated fact(s)\n')).toBe(true);
    const dates = text
      .split('\n')
      .filter((l) => /^\d{4}/.test(l))
      .map((l) => /^\S+(?: planned)?(?: \((?:article date|context)\))?/.exec(l)?.[0]);
    expect(dates).toEqual([
      '2025-07',
      '2025-07 (context)',
      '2025-09-13 (article date)',
      '2025-11 (context)',
      '2025-12 (article date)',
      '2026-01 planned (article date)',
    ]);
    // A sentence with several events says which one a line is about.
    const lynas = findEntity(bundle.entities, 'Lynas');
    if (!lynas) throw new Error('no Lynas');
    expect(formatTimeline(lynas, entityTimeline(bundle, lynas.id))).toContain('event: rising to a peak in October before pulling back to around $10');
  });
});
