/**
 * Calendar dates read by chrono-node (`on December 11`, `January 1, 2026`, `in October`,
 * `September 8-12, 2025`, `yesterday`, `on Monday`), turned into candidates at the precision the
 * text states. Chrono fills in what the text leaves out (the year, the day); we keep only what it
 * marks as certain and infer a missing year ourselves (see `inferYear`).
 */
import * as chrono from 'chrono-node';
import { addDays, dayNumber, formatIso, inferYear, type Reference } from './date-calendar';
import type { DateCandidate } from './date-candidate';

/** Chrono finds these, but they name no date of their own. */
const NOT_A_DATE = /^(?:now|right now|currently|recently)$/i;
/** A word that makes a chrono match a date in words: a month, a weekday, or a relative day. */
const DATE_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|last|next|this)/i;

/** Calendar candidates in `sentence`. Without a reference only fully written dates are kept. */
export function findChronoDates(sentence: string, ref: Reference | undefined): DateCandidate[] {
  // Noon local time: chrono computes in local time, so a midnight reference could shift a day.
  const refDate = ref ? new Date(ref.start.y, ref.start.m - 1, ref.start.d, 12) : new Date(2000, 0, 1, 12);
  const out: DateCandidate[] = [];
  for (const r of chrono.en.parse(sentence, refDate, { forwardDate: false })) {
    const s = r.start;
    const text = r.text.replace(/[\s,.;:]+$/, '');
    if (NOT_A_DATE.test(text)) continue;
    // `24/7`, `8-12`, `24/7 at 15 mt`: numeric dates are too ambiguous (ISO dates excepted).
    if (!DATE_WORD.test(text) && !/^\d{4}-\d{2}-\d{2}/.test(text)) continue;
    const day = s.isCertain('day');
    const month = s.isCertain('month');
    const weekdayOnly = s.isCertain('weekday') && !day && !month;
    if (!day && !month && !weekdayOnly) continue; // a time alone (`15 mt)` read as 3 pm)
    if (/^[a-z]/.test(text) && month && !day) continue; // `may`, `march` as words
    const yearCertain = s.isCertain('year');
    // Without a reference only a written year is trustworthy (`last week` would be relative to nothing).
    if (!ref && !(yearCertain && /\d{4}/.test(text))) continue;
    const m = s.get('month') ?? 1;
    const precision = day || weekdayOnly ? 'day' : 'month';
    let y = s.get('year') ?? refDate.getFullYear();
    let d = precision === 'day' ? (s.get('day') ?? 1) : undefined;
    let mm = m;
    if (weekdayOnly && ref) {
      // The last such weekday on or before publication (chrono may pick the coming one).
      let p = { y, m, d: d ?? 1 };
      while (dayNumber(p) > dayNumber(ref.start)) p = addDays(p, -7);
      while (dayNumber(p) <= dayNumber(ref.start) - 7) p = addDays(p, 7);
      ({ y, m: mm, d } = p);
    } else if (!yearCertain && ref && (day || month) && s.isCertain('month')) {
      y = inferYear(ref, m, d, precision);
    }
    const e = r.end;
    const until =
      e && (e.get('day') !== s.get('day') || e.get('month') !== s.get('month') || e.get('year') !== s.get('year'))
        ? formatIso(y + ((e.get('year') ?? y) - (s.get('year') ?? y)), e.get('month') ?? mm, precision === 'day' ? (e.get('day') ?? 1) : undefined)
        : undefined;
    out.push({
      index: r.index,
      end: r.index + text.length,
      y,
      m: mm,
      ...(d !== undefined ? { d } : {}),
      precision,
      ...(until ? { until } : {}),
      ...(!yearCertain && !weekdayOnly && s.isCertain('month') ? { yearless: true } : {}),
      ...(weekdayOnly ? { weekdayOnly: true } : {}),
      source: 'chrono',
    });
  }
  return out;
}
