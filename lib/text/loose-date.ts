/**
 * Reads the machine-ish dates that page templates print in headers and lists
 * (`2025-11-25`, `Dec 12, 2025 16:05`, `12 December 2025`, `2025/11/25`). Prose dates go through
 * `lib/facts/dates.ts` (chrono-node) instead: these are fixed formats, not language.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month number (1–12) for an English month name or abbreviation, or undefined. */
export function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i === -1 ? undefined : i + 1;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** The first template date in `text` as `YYYY-MM-DD`, with the matched words; undefined if none. */
export function findLooseDate(text: string): { value: string; phrase: string } | undefined {
  const isoLike = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text);
  const mdy = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`).exec(text);
  const dmy = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})\\b`).exec(text);
  const found = [
    isoLike && { at: isoLike.index, phrase: isoLike[0], value: iso(Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3])) },
    mdy && { at: mdy.index, phrase: mdy[0], value: iso(Number(mdy[3]), monthNumber(mdy[1] ?? '') ?? 0, Number(mdy[2])) },
    dmy && { at: dmy.index, phrase: dmy[0], value: iso(Number(dmy[3]), monthNumber(dmy[2] ?? '') ?? 0, Number(dmy[1])) },
  ]
    .filter((f): f is { at: number; phrase: string; value: string } => Boolean(f && f.value))
    .sort((a, b) => a.at - b.at);
  const first = found[0];
  return first && { value: first.value, phrase: first.phrase };
}
