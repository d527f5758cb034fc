import { describe, expect, it } from 'vitest';
import type { FactDate } from '../../../lib/facts/schema';
import { formatDatePeriod, formatFactDate, formatIsoDate } from '../../../lib/ui/format-date';

const d = (value: string, precision: FactDate['precision'], extra: Partial<FactDate> = {}): FactDate => ({
  value,
  precision,
  planned: false,
  from: 'text',
  ...extra,
});

describe('formatFactDate: one label per precision', () => {
  it('day', () => expect(formatFactDate(d('2025-11-26', 'day'))).toBe('26 Nov 2025'));
  it('day without leading zero', () => expect(formatFactDate(d('2026-01-05', 'day'))).toBe('5 Jan 2026'));
  it('month', () => expect(formatFactDate(d('2025-12', 'month'))).toBe('Dec 2025'));
  it('month from a full date keeps month precision', () => expect(formatFactDate(d('2025-12-01', 'month'))).toBe('Dec 2025'));
  it('quarter from its first month', () => {
    expect(formatFactDate(d('2026-01', 'quarter'))).toBe('Q1 2026');
    expect(formatFactDate(d('2026-04', 'quarter'))).toBe('Q2 2026');
    expect(formatFactDate(d('2026-07', 'quarter'))).toBe('Q3 2026');
    expect(formatFactDate(d('2026-10', 'quarter'))).toBe('Q4 2026');
  });
  it('half', () => {
    expect(formatFactDate(d('2026-01', 'half'))).toBe('H1 2026');
    expect(formatFactDate(d('2026-07', 'half'))).toBe('H2 2026');
  });
  it('season: the qualifier, else the month', () => {
    expect(formatFactDate(d('2026-01', 'season', { qualifier: 'early' }))).toBe('early 2026');
    expect(formatFactDate(d('2026-09', 'season', { qualifier: 'late' }))).toBe('late 2026');
    expect(formatFactDate(d('2026-05', 'season'))).toBe('mid 2026');
    expect(formatFactDate(d('2026-10', 'season'))).toBe('late 2026');
  });
  it('year', () => expect(formatFactDate(d('2028', 'year'))).toBe('2028'));
  it('a year-precision value with a month still shows only the year', () => expect(formatFactDate(d('2028-01', 'year'))).toBe('2028'));
});

describe('formatFactDate: markers', () => {
  it('planned adds " · planned"', () => {
    expect(formatFactDate(d('2028', 'year', { planned: true, qualifier: 'by' }))).toBe('2028 · planned');
    expect(formatFactDate(d('2026-01', 'quarter', { planned: true }))).toBe('Q1 2026 · planned');
  });
  it('a date from the publication says "reported"', () => {
    expect(formatFactDate(d('2025-12-12', 'day', { from: 'published' }))).toBe('reported 12 Dec 2025');
    expect(formatFactDate(d('2025-12', 'month', { from: 'published', planned: true }))).toBe('reported Dec 2025 · planned');
  });
});

describe('formatIsoDate / formatDatePeriod', () => {
  it('partial ISO dates at their precision', () => {
    expect(formatIsoDate('2025-11-28')).toBe('28 Nov 2025');
    expect(formatIsoDate('2025-11')).toBe('Nov 2025');
    expect(formatIsoDate('2025')).toBe('2025');
  });
  it('period ignores markers', () => expect(formatDatePeriod(d('2026-07', 'half', { planned: true, from: 'published' }))).toBe('H2 2026'));
});
