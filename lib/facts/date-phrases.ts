/**
 * Date phrases chrono-node does not read, or reads too precisely: quarters, halves, seasons,
 * `early/mid/late 2026`, bare years after a preposition (`by 2028`, `to 2028`), year and month
 * ranges (`2025–2050`, `Jan-Sep`), relative periods (`this year`, `late last month`, `this week`)
 * and durations (`over the next decade`). Each returns the period it names at its real precision.
 */
import { addDays, addMonths, formatIso, inferYear, mondayOf, type Reference } from './date-calendar';
import type { DateCandidate } from './date-candidate';

const YEAR = '((?:19|20|21)\\d{2})';
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
/** Units after a number that make it a quantity, not a year (`2000 tonnes`). */
const NOT_A_YEAR = '(?![\\d,.]\\d)(?!\\s*(?:mt|t\\b|kt|tonnes?|tons?|%|per\\s?cent|units|jobs|MW|GW|km|kg|people|employees))';
/** Nouns that name a plan's milestone: a year before them (`its 2027 goal`) or after `for` (`targets for 2030`) is planned. */
export const PLAN_NOUN = '(?:goals?|targets?|deadlines?|milestones?|timelines?|timetables?|objectives?|ambitions?)\\b';
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };
const MODIFIER: Record<string, string> = { early: 'early', mid: 'mid', late: 'late', end: 'end', beginning: 'early', start: 'early' };

function monthOf(name: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function ordinal(word: string): number {
  return { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 }[word.toLowerCase()] ?? 0;
}

type Found = Omit<DateCandidate, 'index' | 'end' | 'source'>;
type Finder = { re: RegExp; read: (m: RegExpExecArray, ref: Reference | undefined) => Found | undefined };

function relativeYear(word: string | undefined, ref: Reference | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d{4}$/.test(word)) return Number(word);
  if (!ref) return undefined;
  const shift = { this: 0, the: 0, next: 1, last: -1 }[word.split(/\s+/)[0]?.toLowerCase() ?? ''] ?? 0;
  return ref.start.y + shift;
}

function quarter(q: number, y: number | undefined, ref: Reference | undefined): Found | undefined {
  const m = (q - 1) * 3 + 1;
  if (y !== undefined) return { y, m, precision: 'quarter' };
  return ref ? { y: inferYear(ref, m, undefined, 'quarter'), m, precision: 'quarter', yearless: true } : undefined;
}

/** `this|last|next year|month|week|quarter`, with an optional `early/late/earlier/later` in front. */
function relative(unit: string, which: string, mod: string | undefined, ref: Reference): Found {
  const r = ref.start;
  const shift = /last|previous|past/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
  const qualifier = mod ? (MODIFIER[mod] ?? mod) : undefined;
  const q = qualifier ? { qualifier } : {};
  if (unit === 'year') return { y: r.y + shift, precision: 'year', ...q };
  if (unit === 'month') {
    const t = addMonths(r.y, r.m, shift);
    return { y: t.y, m: t.m, precision: 'month', ...q };
  }
  if (unit === 'quarter') {
    const t = addMonths(r.y, Math.floor((r.m - 1) / 3) * 3 + 1, shift * 3);
    return { y: t.y, m: t.m, precision: 'quarter', ...q };
  }
  // Weeks: `this week` is the ISO week of publication; `this past week` the seven days before it.
  const from = /past/.test(which) && !/last/.test(which) ? addDays(r, -7) : addDays(mondayOf(r), shift * 7);
  const to = addDays(from, 6);
  return { y: from.y, m: from.m, d: from.d, precision: 'day', until: formatIso(to.y, to.m, to.d), ...q };
}

const FINDERS: Finder[] = [
  // Q1 2026, Q3 (year-less: the nearest Q3), Q4'25
  {
    re: new RegExp(`\\bQ([1-4])(?:(?:\\s+(?:of\\s+)?|\\s*[-'’]\\s*)${YEAR}|\\s*['’](\\d{2}))?\\b`, 'g'),
    read: (m, ref) => quarter(Number(m[1]), m[2] ? Number(m[2]) : m[3] ? 2000 + Number(m[3]) : undefined, ref),
  },
  // first quarter of 2026, the third quarter, fourth quarter of this year
  {
    re: new RegExp(`\\b(first|second|third|fourth|1st|2nd|3rd|4th|final)\\s+quarter(?:\\s+(?:of\\s+)?(?:${YEAR}|(this|next|last|the)\\s+year))?`, 'gi'),
    read: (m, ref) => quarter(ordinal(m[1] ?? ''), relativeYear(m[2] ?? m[3], ref), ref),
  },
  // H1 2026, first half of 2026, the second half of this year
  {
    re: new RegExp(`\\b(?:H([12])\\s*${YEAR}|(first|second|1st|2nd|latter)\\s+half\\s+(?:of\\s+)?(?:${YEAR}|(this|next|last|the)\\s+year))`, 'gi'),
    read: (m, ref) => {
      const half = m[1] ? Number(m[1]) : /^(first|1st)$/i.test(m[3] ?? '') ? 1 : 2;
      const y = relativeYear(m[2] ?? m[4] ?? m[5], ref);
      return y === undefined ? undefined : { y, m: half === 1 ? 1 : 7, precision: 'half' };
    },
  },
  // spring 2026, late summer 2025, this autumn (northern-hemisphere seasons; winter YYYY = its December)
  {
    re: new RegExp(
      `\\b(?:(early|mid|late)[-\\s])?(?:(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}|(this|next|last)\\s+(spring|summer|autumn|fall|winter))\\b`,
      'gi',
    ),
    read: (m, ref) => {
      const season = (m[2] ?? m[5] ?? '').toLowerCase();
      const y = relativeYear(m[3] ?? m[4], ref);
      const month = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }[season] ?? 3;
      if (y === undefined) return undefined;
      return { y, m: month, precision: 'season', ...(m[1] ? { qualifier: m[1].toLowerCase() } : {}) };
    },
  },
  // early 2026, mid-2026, late 2025, the end of 2026 — a year with a qualifier, never a guessed half
  {
    re: new RegExp(`\\b(?:the\\s+)?(early|mid|late|end\\s+of|beginning\\s+of|start\\s+of)[-\\s]+${YEAR}\\b${NOT_A_YEAR}(?!\\s*[-–]\\s*\\d)`, 'gi'),
    read: (m) => ({ y: Number(m[2]), precision: 'year', qualifier: MODIFIER[(m[1] ?? '').split(/\s+/)[0]?.toLowerCase() ?? ''] ?? 'early' }),
  },
  // Jan-Sep, January–March 2025
  {
    re: new RegExp(`\\b${MONTH}\\s*[-–—]\\s*${MONTH}(?:,?\\s+${YEAR})?\\b`, 'g'),
    read: (m, ref) => {
      const from = monthOf(m[1] ?? '');
      const to = monthOf(m[2] ?? '');
      const yTo = m[3] ? Number(m[3]) : ref ? inferYear(ref, to, undefined, 'month') : undefined;
      if (yTo === undefined) return undefined;
      const yFrom = from > to ? yTo - 1 : yTo;
      return { y: yFrom, m: from, precision: 'month', until: formatIso(yTo, to), ...(m[3] ? {} : { yearless: true }) };
    },
  },
  // December 2026 — chrono reads this too, but loses it when a number follows (`January 2026 15%`)
  {
    re: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b${NOT_A_YEAR}`, 'g'),
    read: (m) => ({ y: Number(m[2]), m: monthOf(m[1] ?? ''), precision: 'month' }),
  },
  // 2025–2050, 2025/26
  {
    re: new RegExp(`\\b${YEAR}\\s*[-–—/]\\s*((?:19|20|21)\\d{2}|\\d{2})\\b(?![-/]\\d)${NOT_A_YEAR}`, 'g'),
    read: (m) => {
      const from = Number(m[1]);
      const to = (m[2] ?? '').length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
      return to > from ? { y: from, precision: 'year', until: formatIso(to) } : undefined;
    },
  },
  // its 2027 "mine-to-magnet" goal, the 2030 targets: a year naming a plan's milestone is the plan's date
  {
    re: new RegExp(`\\b(?:its|the|their|a|an|this|that)\\s+${YEAR}\\s+(?:[“"‘'][^”"’']{1,40}[”"’']\\s+|[\\p{L}-]+\\s+){0,3}?${PLAN_NOUN}`, 'giu'),
    read: (m) => ({ y: Number(m[1]), precision: 'year', plan: true }),
  },
  // in 2027, by 2028, to 2028, since 2015 — a bare year only after a preposition (`its 2027 goal` is not a date)
  {
    re: new RegExp(
      `\\b(in|by|to|until|till|through|from|since|before|after|during|for|around|circa)\\s+(?:the\\s+(?:year\\s+)?)?${YEAR}\\b${NOT_A_YEAR}(?!\\s*[-–]\\s*\\d)`,
      'gi',
    ),
    read: (m) => {
      const prep = (m[1] ?? '').toLowerCase();
      const qualifier = ['by', 'until', 'till', 'through', 'since', 'before', 'after', 'around', 'circa'].includes(prep)
        ? prep === 'till'
          ? 'until'
          : prep === 'circa'
            ? 'around'
            : prep
        : undefined;
      return { y: Number(m[2]), precision: 'year', ...(qualifier ? { qualifier } : {}) };
    },
  },
  // this year, late last month, this past week, next quarter, earlier this year
  {
    re: /\b(?:(early|mid|late|earlier|later)[-\s]+)?(this past|the past|this|last|next|the previous|previous|the coming|coming|past)\s+(year|month|week|quarter)\b/gi,
    read: (m, ref) => (ref ? relative((m[3] ?? '').toLowerCase(), (m[2] ?? '').toLowerCase(), m[1]?.toLowerCase(), ref) : undefined),
  },
  // over the next decade, in the next five years, over the past two years
  {
    re: /\b(?:over|in|within|during|for)\s+the\s+(next|coming|past|last|previous)\s+(decade|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(years|decades))\b/gi,
    read: (m, ref) => {
      if (!ref) return undefined;
      const n = (m[3] ? (NUMBER_WORDS[m[3].toLowerCase()] ?? Number(m[3])) : 1) * (/decade/i.test(m[2] ?? '') ? 10 : 1);
      const ahead = /next|coming/i.test(m[1] ?? '');
      const y = ahead ? ref.start.y : ref.start.y - n;
      return {
        y,
        precision: 'year',
        until: formatIso(ahead ? y + n : ref.start.y),
        period: ahead ? 'next' : 'past',
        qualifier: ahead ? 'over the next' : 'over the past',
      };
    },
  },
];

/** Finds our own date phrases in `sentence` (overlaps are resolved by the caller). */
export function findOwnDatePhrases(sentence: string, ref: Reference | undefined): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const { re, read } of FINDERS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const found = read(m, ref);
      if (found) out.push({ ...found, index: m.index, end: m.index + m[0].length, source: 'own' });
    }
  }
  return out;
}
