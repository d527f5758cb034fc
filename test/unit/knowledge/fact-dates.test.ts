// The dates of real seed facts, as the shipped bundle gives them (each seed at the date its
// metadata gives it: 000 2025-11-28, 001 2025-12-12, 002 January 2026 to the month, 003
// 2025-09-13, 004 December 2025 to the month; seed 001's Related News items at their own
// 2026-01-30). Written from reading the seeds sentence by sentence, not from the pipeline's output.
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../lib/facts/dates';
import type { FactDate } from '../../../lib/facts/schema';
import { bundle, factOf, seedId } from './seed-bundle';

type Row = [
  source: string,
  startsWith: string,
  value: string,
  precision: FactDate['precision'],
  planned: boolean,
  from: FactDate['from'],
  extra?: { qualifier?: string; until?: string; event?: number },
];

const TEXT = 'text' as const;
const CONTEXT = 'context' as const;
const PUB = 'published' as const;
const related = (n: number) => `001:related-${n}`;

const TABLE: Row[] = [
  // 000: written 2025-11-28
  ['000', 'The Indian Cabinet officially passed', '2025-11-26', 'day', false, TEXT], // "on November 26": year-less, the past one
  // Issue 12: a sentence's events are facts of their own; the first keeps the sentence's id.
  ['000', "At the enterprise level, India's Lohum plans", '2025-11-28', 'day', true, PUB], // the plan to invest (undated)
  ['000', "At the enterprise level, India's Lohum plans", '2028', 'year', true, TEXT, { qualifier: 'by', event: 1 }], // its target "by 2028"
  ['000', 'The move is intended to meet domestic demand', '2025-11-28', 'day', true, PUB], // the purpose
  ['000', 'The move is intended to meet domestic demand', '2030', 'year', true, TEXT, { qualifier: 'by', event: 1 }], // "expected to double by 2030"
  ['000', 'The European Commission plans to announce', '2025-12-03', 'day', true, TEXT], // "on December 3", still to come
  ['000', 'American Rare Earths (ARE) updated', '2025-11-28', 'day', false, PUB], // the update and the support: reported
  ['000', 'American Rare Earths (ARE) updated', '2025', 'year', true, TEXT, { event: 1 }], // "expected to commence in 2025"
  ['000', 'Vulcan plans to construct a magnet factory', '2025-11-28', 'day', true, PUB],
  ['000', 'Separately, the US Department of the Army awarded', '2025-11-28', 'day', false, PUB],
  // 001: 2025-12-12, a Friday
  ['001', "This Week's Overseas Rare Earth Developments", '2025-12-08', 'day', false, TEXT, { until: '2025-12-14' }], // "This Week"
  ['001', "Vietnam's National Assembly passed", '2025-12-11', 'day', false, TEXT],
  ['001', "Japan's Minister of Economic Security", '2025-12-05', 'day', false, TEXT], // the announcement
  ['001', "Japan's Minister of Economic Security", '2026-01', 'month', true, TEXT, { event: 1 }], // the drilling it announced
  ['001', 'USA Rare Earth has moved forward', '2028', 'year', true, TEXT], // "by two years to 2028"
  ['001', 'The company plans to start its Colorado processing plant', '2026', 'year', true, TEXT, { qualifier: 'early' }], // "in early 2026"
  ['001', 'The company plans to start its Colorado processing plant', '2027', 'year', true, TEXT, { event: 1 }], // "complete the final feasibility study in 2027"
  ['001', 'US magnet producer REAlloys signed', '2025-12-12', 'day', false, PUB], // the signing: done, reported that week
  ['001', 'US magnet producer REAlloys signed', '2026-12', 'month', true, TEXT, { event: 1 }], // "scheduled to commence in December 2026"
  ['001', 'Driven by the U.S.-Australia critical minerals agreement', '2025', 'year', false, TEXT], // "this year"
  ['001', 'Driven by the U.S.-Australia critical minerals agreement', '2025-10', 'month', false, TEXT, { event: 1 }], // "rising to a peak in October"
  ['001', 'The United States and Australia signed an agreement in October', '2025-10', 'month', false, TEXT], // year-less October
  ['001', 'The U.S. Department of War is expected to invest', '2025-12-12', 'day', true, PUB],
  ['001', 'The European Commission recently approved', '2025-12-12', 'day', false, PUB], // "recently" is no date
  // 002: January 2026 to the month
  ['002', 'U.S.-Saudi rare earth refinery venture (led by MP Materials)', '2026-01', 'month', true, PUB], // "aims to bypass China": an aim
  ['002', 'On October 7, 2024, the European Parliament', '2024-10-07', 'day', false, TEXT],
  ['002', 'On October 7, 2024, the European Parliament', '2030', 'year', true, TEXT, { qualifier: 'by', event: 1 }], // "requiring … by 2030"
  ['002', 'In January 2026, the United States, Japan', '2026-01', 'month', false, TEXT], // present tense in its own month
  ['002', 'Zhenghai Magnetic Materials (300224.SZ): Q3 revenue', '2025-07', 'quarter', false, TEXT], // year-less Q3: 2025's
  ['002', 'China’s export permits for 7 heavy rare earths', '2025-04', 'month', false, TEXT, { qualifier: 'since' }],
  ['002', 'Supply chain consolidation: Leaders like China Rare Earth Group', '2026-01', 'month', true, PUB], // "will benefit"
  // 003: 2025-09-13
  ['003', 'This past week underscored', '2025-09-06', 'day', false, TEXT, { until: '2025-09-12' }],
  ['003', 'ReElement Technologies secured both', '2025-08', 'month', false, TEXT, { qualifier: 'late' }], // "(late August)": the partnership
  ['003', 'ReElement Technologies secured both', '2025-09-13', 'day', false, PUB, { event: 1 }], // the grant: the parenthesis dates the partnership only
  ['003', 'REEx reported earlier in September', '2025-09', 'month', false, TEXT, { qualifier: 'earlier' }], // the report and the announcement
  ['003', 'REEx reported earlier in September', '2027', 'year', true, TEXT, { event: 1 }], // the plant "slated to open in 2027"
  ['003', 'Europe is also stepping forward', '2025-09', 'month', true, TEXT], // "on track to start production this month"
  ['003', 'Meanwhile, cross-Atlantic cooperation deepened as late last month', '2025-08', 'month', false, TEXT, { qualifier: 'late' }],
  ['003', 'Its ligand-assisted chromatography tech', '2025-09-13', 'day', false, PUB], // the tech already producing
  ['003', 'Its ligand-assisted chromatography tech', '2027', 'year', true, TEXT, { event: 1 }], // issue 12: its 2027 goal is the plan's date
  // 004: December 2025 to the month
  ['004', 'In July 2025, the US Department of Defense acquired', '2025-07', 'month', false, TEXT],
  // Issue 12: `also` carries the July 2025 deal on; "over the next decade" is the commitment's span.
  ['004', 'The US government also provided a guaranteed floor price', '2025-07', 'month', false, CONTEXT],
  ['004', 'Apple, in turn, offered', '2025-07', 'month', false, CONTEXT],
  ['004', 'In November 2025, the Brazilian government further authorized', '2025-11', 'month', false, TEXT],
  ['004', 'The two sides will establish', '2025-12', 'month', true, PUB],
  ['004', 'The European Union passed the Critical Raw Materials Act in 2024', '2024', 'year', false, TEXT],
  ['004', 'The European Union passed the Critical Raw Materials Act in 2024', '2030', 'year', true, TEXT, { event: 1 }], // "targets for 2030"
  ['004', 'The French Geological and Mining Research Bureau launched', '2024-02', 'month', false, TEXT],
  ['004', 'The French Geological and Mining Research Bureau launched', '2029', 'year', true, TEXT, { qualifier: 'by', event: 1 }], // "expected to be completed by 2029"
  ['004', "Estonia's largest permanent magnet production plant", '2025-09', 'month', false, TEXT],
  ['004', 'Regulatory Simplification and Financial Support', '2025-12', 'month', false, PUB], // "strategy for 2025–2050" is its span
  // seed 001's Related News items: dated 2026-01-30 by the list, not 2025-12-12
  [related(1), 'Chile has released its National Critical Minerals Strategy', '2026-01-30', 'day', false, PUB],
  [related(3), 'Official data show that since 2015', '2015', 'year', false, TEXT, { qualifier: 'since' }],
  [related(3), 'The Indian Ministry of Mines also did not respond', '2026-01-30', 'day', false, PUB],
];

function sourceOf(ref: string): string {
  const [prefix, rest] = ref.split(':');
  return rest ? `${seedId(prefix ?? '')}:${rest}` : seedId(prefix ?? '');
}

describe('dates of real seed facts in the bundle', () => {
  it('covers every seed and the Related News items', () => {
    expect(new Set(TABLE.map((r) => r[0].slice(0, 3)))).toEqual(new Set(['000', '001', '002', '003', '004']));
    expect(TABLE.length).toBeGreaterThanOrEqual(15);
  });

  it.each(TABLE)('%s: %s… → %s %s planned=%s from %s', (source, startsWith, value, precision, planned, from, extra = {}) => {
    const { date } = factOf(sourceOf(source), startsWith, extra.event ?? 0);
    expect({ value: date.value, precision: date.precision, planned: date.planned, from: date.from, qualifier: date.qualifier, until: date.until }).toEqual({
      value,
      precision,
      planned,
      from,
      qualifier: extra.qualifier,
      until: extra.until,
    });
  });

  it('dates a fact from its own words only with the words that say so, from context with the words around it, and by its article otherwise', () => {
    const texts = new Map(bundle.sources.map((s) => [s.id, s.text]));
    for (const f of bundle.facts) {
      const own = f.clause ? f.quote.slice(f.clause.start, f.clause.end) : f.quote;
      if (f.date.from === 'text') expect(own, f.id).toContain(f.date.phrase ?? '\u0000');
      // Context: the words come from earlier in the same article (a paragraph opening, a heading, the deal before).
      else if (f.date.from === 'context') expect(texts.get(f.sourceId)?.slice(0, f.start + (f.clause?.start ?? 0)), f.id).toContain(f.date.phrase ?? '\u0000');
      else expect(f.date.phrase, f.id).toBeUndefined();
    }
    expect(bundle.facts.filter((f) => f.date.from === 'context').length).toBeGreaterThanOrEqual(5);
  });
});

describe('dates of seed sentences that are no fact of their own', () => {
  // These name no catalog entity, or are one clause of a longer fact; resolved at their seed's date.
  it('reads "will take effect on January 1, 2026" (seed 001) as a planned day', () => {
    const s =
      'The new legislation will take effect on January 1, 2026, requiring that rare earth exploration, mining, and processing activities comply with the national strategic plan, with participation permitted only for government-authorized enterprises.';
    expect(resolveDate(s, '2025-12-12')).toMatchObject({ value: '2026-01-01', precision: 'day', planned: true, from: 'text' });
  });

  it('reads "will commence … in January 2026" (seed 001) as a planned month', () => {
    const s = 'the country will commence a rare earth exploration drilling project offshore of Minamitorishima in January 2026';
    expect(resolveDate(s, '2025-12-12')).toMatchObject({ value: '2026-01', precision: 'month', planned: true, from: 'text', phrase: 'in January 2026' });
  });

  it('reads "This week" under a 2026-01-30 item as that Monday-to-Sunday week', () => {
    const s = 'This week, overseas prices continued to rise due to multiple factors, and shipments tightened further.';
    expect(resolveDate(s, '2026-01-30')).toMatchObject({ value: '2026-01-26', until: '2026-02-01', precision: 'day', planned: false });
  });

  it('reads "the week of September 8-12, 2025" (seed 003) as that range of days', () => {
    const s = 'An update for the week of September 8-12, 2025, including some updates from late August.';
    expect(resolveDate(s, '2025-09-13')).toMatchObject({ value: '2025-09-08', until: '2025-09-12', precision: 'day', qualifier: 'week of' });
  });
});
