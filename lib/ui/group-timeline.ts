/**
 * Groups timeline items (already in date order from the store) by year, then by period within the
 * year. A day- or month-precision fact goes under its month ("November 2025"); a coarser one goes
 * under its own period ("Q1 2026", "H1 2026", "early 2026", "2028 — no month given"), never under
 * the month its stored value happens to start with, which would claim a precision the source lacks.
 */
import type { FactDate } from '../facts/schema';
import { formatDatePeriod, formatMonthHeading, splitIsoDate } from './format-date';

/** Items the grouping needs: anything with a fact date and an id. */
export interface Groupable {
  fact: { id: string; date: FactDate };
}

/** One period within a year. */
export interface PeriodGroup<T extends Groupable> {
  /** Stable key (`2025-11`, `2026-q1`, `2026-h1`, `2026-early`, `2028-year`). */
  key: string;
  label: string;
  items: T[];
}

/** One year and its periods, in the order the items came. */
export interface YearGroup<T extends Groupable> {
  year: string;
  periods: PeriodGroup<T>[];
}

/** The period a date belongs to: key and heading. */
export function periodOf(date: FactDate): { key: string; label: string } {
  const { year, month } = splitIsoDate(date.value);
  if ((date.precision === 'day' || date.precision === 'month') && month) {
    return { key: `${year}-${String(month).padStart(2, '0')}`, label: formatMonthHeading(year, month) };
  }
  if (date.precision === 'day' || date.precision === 'month' || date.precision === 'year') {
    return { key: `${year}-year`, label: `${year} — no month given` };
  }
  const label = formatDatePeriod({ ...date, planned: false, from: 'text' });
  return { key: `${year}-${label.split(' ')[0]!.toLowerCase()}`, label: label.charAt(0).toUpperCase() + label.slice(1) };
}

/**
 * Groups `items` by year then period, keeping the order of first appearance (the store's order:
 * newest or oldest first). Items are never reordered or dropped; duplicates (same fact id) are
 * kept once, as pages loaded twice during a live update can overlap.
 */
export function groupTimeline<T extends Groupable>(items: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  const yearIndex = new Map<string, YearGroup<T>>();
  const periodIndex = new Map<string, PeriodGroup<T>>();
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.fact.id)) continue;
    seen.add(item.fact.id);
    const { year } = splitIsoDate(item.fact.date.value);
    let y = yearIndex.get(year);
    if (!y) {
      y = { year, periods: [] };
      yearIndex.set(year, y);
      years.push(y);
    }
    const { key, label } = periodOf(item.fact.date);
    let p = periodIndex.get(key);
    if (!p) {
      p = { key, label, items: [] };
      periodIndex.set(key, p);
      y.periods.push(p);
    }
    p.items.push(item);
  }
  return years;
}
