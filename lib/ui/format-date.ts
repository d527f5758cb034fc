/**
 * Date labels at their real precision. A fact dated "in Q1 2026" must not read as "1 Jan 2026":
 * the label says exactly as much as the source did, and no more. English month abbreviations are
 * fixed (not `Intl`) so labels are the same in every locale and in tests.
 */
import type { FactDate } from '../facts/schema';

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The parts of a partial ISO date (`2025`, `2025-11`, `2025-11-26`); missing parts are undefined. */
export function splitIsoDate(value: string): { year: string; month?: number; day?: number } {
  const [year = value, m, d] = value.split('-');
  const month = m ? Number(m) : undefined;
  const day = d ? Number(d) : undefined;
  return {
    year,
    ...(month && month >= 1 && month <= 12 ? { month } : {}),
    ...(day && day >= 1 && day <= 31 ? { day } : {}),
  };
}

/** Short month name for 1–12 (`Nov`). */
export function monthShort(month: number): string {
  return MONTHS_SHORT[month - 1] ?? '';
}

/** Long month name for 1–12 (`November`). */
export function monthLong(month: number): string {
  return MONTHS_LONG[month - 1] ?? '';
}

/** A partial ISO date at the precision it has: `26 Nov 2025`, `Nov 2025`, `2025`. */
export function formatIsoDate(value: string): string {
  const { year, month, day } = splitIsoDate(value);
  if (month && day) return `${day} ${monthShort(month)} ${year}`;
  if (month) return `${monthShort(month)} ${year}`;
  return year;
}

const SEASON_WORDS = new Set(['early', 'mid', 'late']);

/** `early`/`mid`/`late` for a season-precision date: its qualifier when it says so, else from the month. */
function seasonWord(date: FactDate, month: number | undefined): string {
  const q = date.qualifier?.toLowerCase();
  if (q && SEASON_WORDS.has(q)) return q;
  if (!month) return 'early';
  return month <= 4 ? 'early' : month <= 8 ? 'mid' : 'late';
}

/** The date alone at its precision, without the planned/reported markers (`Q1 2026`, `early 2026`). */
export function formatDatePeriod(date: FactDate): string {
  const { year, month } = splitIsoDate(date.value);
  switch (date.precision) {
    case 'day':
      // A value coarser than its precision claims (bad data) degrades to what it does have.
      return formatIsoDate(date.value);
    case 'month':
      return month ? `${monthShort(month)} ${year}` : year;
    case 'quarter':
      return month ? `Q${Math.floor((month - 1) / 3) + 1} ${year}` : year;
    case 'half':
      return month ? `H${month <= 6 ? 1 : 2} ${year}` : year;
    case 'season':
      return `${seasonWord(date, month)} ${year}`;
    case 'year':
      return year;
  }
}

/**
 * The label a timeline shows for a fact's date:
 * `26 Nov 2025`, `Dec 2025`, `Q1 2026`, `H1 2026`, `early 2026`, `2028`, plus ` · planned` for
 * plans and expectations; a date taken from the article's publication (the sentence gives none)
 * reads `reported 12 Dec 2025`, so nobody mistakes the article's date for the event's (and
 * `reported Dec 2025 (estimated)` when the article's own date is an estimate).
 */
export function formatFactDate(date: FactDate, source?: { publishedFrom?: string }): string {
  const period = formatDatePeriod(date);
  // An article whose own date is only estimated says so (issue 12): the report's date is a guess.
  const estimated = source?.publishedFrom === 'estimate' ? ' (estimated)' : '';
  const base = date.from === 'published' ? `reported ${period}${estimated}` : period;
  return date.planned ? `${base} · planned` : base;
}

/** Where a fact's date comes from, for a tooltip: its own words, the sentences around it, or the report. */
export function dateOrigin(date: FactDate): string | undefined {
  if (date.from === 'text') return date.phrase ? `From “${date.phrase}”` : undefined;
  if (date.from === 'context') return date.phrase ? `Dated by the text around it: “${date.phrase}”` : 'Dated by the text around it';
  return 'The sentence gives no date: this is when the article reported it';
}

/** A heading for a month of a year (`November 2025`). */
export function formatMonthHeading(year: string, month: number): string {
  return `${monthLong(month)} ${year}`;
}
