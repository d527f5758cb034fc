/**
 * Calendar arithmetic for date resolution, on plain numbers in UTC so that results never depend on
 * the machine's time zone (the same bundle must come out of Node and of any browser).
 */
import type { DatePrecision } from './schema';

/** A calendar day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The publication date as a reference: its first and last day (a month-precise date spans a month). */
export interface Reference {
  start: Ymd;
  end: Ymd;
  precision: 'day' | 'month' | 'year';
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day number since the epoch: for comparisons and differences. */
export function dayNumber(p: Ymd): number {
  return Math.floor(Date.UTC(p.y, p.m - 1, p.d) / 86_400_000);
}

/** The day `n` days after `p` (negative: before). */
export function addDays(p: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Month `m` of year `y` shifted by `n` months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (((i % 12) + 12) % 12) + 1 };
}

/** Monday of the ISO week containing `p`. */
export function mondayOf(p: Ymd): Ymd {
  const weekday = (new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(p, -weekday);
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function formatIso(y: number, m?: number, d?: number): string {
  const yy = String(y).padStart(4, '0');
  if (m === undefined) return yy;
  const mm = String(m).padStart(2, '0');
  return d === undefined ? `${yy}-${mm}` : `${yy}-${mm}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads a publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision it states unless
 * `precision` narrows it). Anything unreadable gives undefined: the caller then resolves nothing
 * relative (it cannot say what "last month" was).
 */
export function parseReference(published: string, precision?: 'day' | 'month' | 'year'): Reference | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(published).trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? undefined : Number(m[2]);
  const d = m[3] === undefined ? undefined : Number(m[3]);
  if (mo !== undefined && (mo < 1 || mo > 12)) return undefined;
  if (mo !== undefined && d !== undefined && (d < 1 || d > daysInMonth(y, mo))) return undefined;
  const stated = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  const order = ['day', 'month', 'year'];
  const prec = precision && order.indexOf(precision) > order.indexOf(stated) ? precision : stated;
  if (prec === 'year') return { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 }, precision: prec };
  const month = mo ?? 1;
  if (prec === 'month') return { start: { y, m: month, d: 1 }, end: { y, m: month, d: daysInMonth(y, month) }, precision: prec };
  return { start: { y, m: month, d: d ?? 1 }, end: { y, m: month, d: d ?? 1 }, precision: prec };
}

/** First and last day of a period that starts at `(y, m?, d?)` with `precision`. */
export function periodOf(y: number, m: number | undefined, d: number | undefined, precision: DatePrecision): { start: Ymd; end: Ymd } {
  const month = m ?? 1;
  const start = { y, m: month, d: d ?? 1 };
  const months = { day: 0, month: 1, quarter: 3, season: 3, half: 6, year: 12 }[precision];
  if (precision === 'year') return { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 } };
  if (months === 0) return { start, end: start };
  const last = addMonths(y, month, months - 1);
  return { start, end: { y: last.y, m: last.m, d: daysInMonth(last.y, last.m) } };
}

/** Distance in days from the reference to a period (0 when they overlap). */
function distance(ref: Reference, p: { start: Ymd; end: Ymd }): number {
  if (dayNumber(p.end) < dayNumber(ref.start)) return dayNumber(ref.start) - dayNumber(p.end);
  if (dayNumber(p.start) > dayNumber(ref.end)) return dayNumber(p.start) - dayNumber(ref.end);
  return 0;
}

/**
 * The year of a year-less date (`on November 26`, `in October`, `Q3`): the one that puts it nearest
 * the publication (ties go to the past: news mostly reports); with `future`, the first one that
 * does not end before the publication (`will open on December 1`).
 */
export function inferYear(ref: Reference, m: number, d: number | undefined, precision: DatePrecision, future = false): number {
  const years = [ref.start.y - 1, ref.start.y, ref.start.y + 1];
  if (future) {
    return years.find((y) => dayNumber(periodOf(y, m, d, precision).end) >= dayNumber(ref.start)) ?? ref.start.y;
  }
  let best = ref.start.y;
  let bestDistance = Infinity;
  for (const y of years) {
    const dist = distance(ref, periodOf(y, m, d, precision));
    if (dist < bestDistance) {
      best = y;
      bestDistance = dist;
    }
  }
  return best;
}
