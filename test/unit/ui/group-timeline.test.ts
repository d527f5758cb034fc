import { describe, expect, it } from 'vitest';
import type { FactDate } from '../../../lib/facts/schema';
import { groupTimeline, periodOf } from '../../../lib/ui/group-timeline';

const item = (id: string, value: string, precision: FactDate['precision'], qualifier?: string) => ({
  fact: { id, date: { value, precision, planned: false, from: 'text' as const, ...(qualifier ? { qualifier } : {}) } },
});

/** Newest first, as the store returns them (coarser dates after the finer dates they contain). */
const newest = [
  item('a', '2028', 'year'),
  item('b', '2026-07', 'half'),
  item('c', '2026-01-15', 'day'),
  item('d', '2026-01', 'quarter'),
  item('e', '2026-01', 'month'),
  item('f', '2025-12-12', 'day'),
  item('g', '2025-12-03', 'day'),
  item('h', '2025-11-26', 'day'),
];

describe('groupTimeline', () => {
  it('groups by year then period in the order given', () => {
    const groups = groupTimeline(newest);
    expect(groups.map((g) => g.year)).toEqual(['2028', '2026', '2025']);
    expect(groups[1]!.periods.map((p) => p.label)).toEqual(['H2 2026', 'January 2026', 'Q1 2026']);
    expect(groups[1]!.periods[1]!.items.map((i) => i.fact.id)).toEqual(['c', 'e']);
    expect(groups[2]!.periods.map((p) => [p.label, p.items.map((i) => i.fact.id)])).toEqual([
      ['December 2025', ['f', 'g']],
      ['November 2025', ['h']],
    ]);
    expect(groups[0]!.periods[0]!.label).toBe('2028 — no month given');
  });

  it('oldest first keeps that order too', () => {
    const groups = groupTimeline([...newest].reverse());
    expect(groups.map((g) => g.year)).toEqual(['2025', '2026', '2028']);
    expect(groups[0]!.periods.map((p) => p.label)).toEqual(['November 2025', 'December 2025']);
    expect(groups[0]!.periods[1]!.items.map((i) => i.fact.id)).toEqual(['g', 'f']);
  });

  it('a quarter is not filed under its first month', () => {
    expect(periodOf(item('x', '2026-01', 'quarter').fact.date)).toEqual({ key: '2026-q1', label: 'Q1 2026' });
    expect(periodOf(item('x', '2026-01', 'season', 'early').fact.date)).toEqual({ key: '2026-early', label: 'Early 2026' });
  });

  it('keeps every item once, drops repeated ids', () => {
    const groups = groupTimeline([...newest, item('c', '2026-01-15', 'day')]);
    const ids = groups.flatMap((g) => g.periods.flatMap((p) => p.items.map((i) => i.fact.id)));
    expect(ids.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('empty in, empty out', () => expect(groupTimeline([])).toEqual([]));
});
