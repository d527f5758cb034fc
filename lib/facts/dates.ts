/**
 * Resolves the event date of one sentence against its article's publication date.
 *
 * Which date, when a sentence has several: English news puts the main event's date first — a
 * leading adverbial (`In July 2025, the DoD acquired…`) or the date attached to the main verb
 * (`announced on December 5 that … will commence in January 2026`) — so the first date that is a
 * point in time wins. Dates that only qualify are passed over unless nothing else is given: inside
 * parentheses (`(from 6,146 tons in August)`, `(late August)`), `as of …`, and durations
 * (`over the next decade`). Comparisons (`compared to 2024`, `than in 2023`) are never the event,
 * nor is the span a thing covers (`a strategy for 2025–2050`, `customers … over the next decade`)
 * unless an intent word comes before it (`expected to grow over the next decade`).
 *
 * Planned: the date lies after the publication period, or an intent word (`will`, `plans to`,
 * `expected to`, `scheduled to`, `slated to`, `targeting`, `on track to`…) comes before the date,
 * or the date is a deadline not yet passed (`by 2028`), or a coming period (`over the next decade`,
 * `later this year`), or a plan's milestone (`its 2027 goal`, `targets for 2030`). An undated
 * sentence is planned when its main clause (before any `, which`, `, with`, `, aiming`… or dash)
 * carries an intent word (`Vulcan plans to construct…`) or it is a directive (`Launch a … Project`).
 */
import { dayNumber, formatIso, inferYear, parseReference, periodOf, addDays, type Reference } from './date-calendar';
import { dropOverlaps, type DateCandidate } from './date-candidate';
import { findChronoDates } from './date-chrono';
import { findOwnDatePhrases, PLAN_NOUN } from './date-phrases';
import type { FactDate } from './schema';

/** Options for `resolveDate`. */
export interface ResolveDateOptions {
  /** How precise the publication date is (a seed dated only to its month: `month`). */
  publishedPrecision?: 'day' | 'month' | 'year';
}

const INTENT =
  /\b(?:will|shall|(?:plans?|planned|planning|aims?|aiming|intends?|intended|seeks?|proposes?)\s+to|(?<!\b(?:was|were|had been)\s)(?:expected|scheduled|slated|set|due)\s+(?:to|for)|is\s+(?:planned|intended|expected)|are\s+(?:planned|intended|expected)|targeting|on\s+track\s+to|is\s+to|are\s+to|to\s+be\s+(?:completed|launched|built|commissioned|finished|operational|unveiled|announced)|upcoming|forthcoming)\b/i;
/**
 * A directive: a plan's item in the imperative (`Build a national … platform: Establish …`,
 * `Application reform: Launch a … Project`), optionally after a `Label:`. What it orders is planned.
 */
const DIRECTIVE =
  /^(?:[A-Z][^:.;]{0,60}:\s+)?(?:build|establish|create|launch|initiate|enforce|extend|achieve|develop|promote|strengthen|expand|accelerate|advance|foster|implement|introduce|upgrade|improve|construct|cultivate|formulate|ensure|set up)\b(?!\s+of\b)/i;
/** Where a sentence's main clause ends and a relative or participle clause begins. */
const CLAUSE_BREAK =
  /,\s*(?:(?:both|all|each)\s+)?(?:which|who|whose|where|while|with|aiming|targeting|including|reflecting|highlighting|making|signaling|signalling|requiring|classifying|focusing|producing|reporting|claiming|demonstrating|opening|restricting|leading)\b|\s[—–]\s?|(?<=\p{L})—/u;
const PREFIX =
  /(?:\b(as of|since|by|before|after|until|till|through|around|circa|from|on|in|at|during|for|to|the week of|week of|earlier in|later in)\s+)?(?:\b(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of)[-\s]+)?(?:the\s+)?$/i;
/** Before a date: it is a comparison, not the event (`compared to 2024`, `than in 2023`). */
const COMPARISON = /\b(?:compared\s+(?:to|with)|than(?:\s+in)?|versus|vs\.?)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$/i;
/** Before `for 2030`: a plan's milestone (`targets for 2030`), not the span a thing covers. */
const PLAN_BEFORE = new RegExp(`\\b${PLAN_NOUN}\\s*(?:for\\s*)?$`, 'i');
const QUALIFYING = new Set(['as of', 'since', 'by', 'before', 'after', 'until', 'through', 'around', 'week of', 'earlier in', 'later in']);
const MODIFIERS: Record<string, string> = { early: 'early', mid: 'mid', late: 'late', end: 'end', beginning: 'early', start: 'early' };

interface Chosen {
  c: DateCandidate;
  phraseStart: number;
  qualifier?: string;
  /** A plan's milestone (`its 2027 goal`, `targets for 2030`): planned whatever its tense. */
  plan: boolean;
}

/** Reads the words before a candidate: its preposition, `early/mid/late`, or a comparison. */
function readPrefix(sentence: string, c: DateCandidate): { start: number; qualifier?: string; comparison: boolean; scope: boolean; plan: boolean } {
  const before = sentence.slice(Math.max(0, c.index - 40), c.index);
  // `targets for 2030`: the year is the plan's milestone (issue 12: the plan is the event).
  const plan = c.plan === true || PLAN_BEFORE.test(before);
  // Our own year finder includes its preposition (`to 2024`): check `compared` + that preposition too.
  const ownPrep = /^(?:to|with|in|for)\s+/i.exec(sentence.slice(c.index, c.end))?.[0] ?? '';
  const comparison = COMPARISON.test(before + ownPrep);
  const m = PREFIX.exec(before);
  // `a strategy for 2025–2050`, `customers … over the next decade`: the span a thing covers.
  const scope = !plan && (c.period === 'next' || /^for\s/i.test(ownPrep) || /^for$/i.test(m?.[1] ?? ''));
  if (!m || m[0] === '') return { start: c.index, ...(c.qualifier ? { qualifier: c.qualifier } : {}), comparison, scope, plan };
  const prep = m[1]?.toLowerCase().replace(/^the /, '').replace('till', 'until');
  const mod = m[2] ? MODIFIERS[m[2].toLowerCase().replace(/^the /, '').split(/\s+/)[0] ?? ''] : undefined;
  const stated = prep && QUALIFYING.has(prep) ? prep.replace(/ in$/, '') : undefined; // `earlier in September` → `earlier`
  const qualifier = stated ?? mod ?? c.qualifier;
  return { start: c.index - m[0].length, ...(qualifier ? { qualifier } : {}), comparison, scope, plan };
}

function parenDepth(text: string): number {
  let depth = 0;
  for (const ch of text) depth = ch === '(' ? depth + 1 : ch === ')' ? Math.max(0, depth - 1) : depth;
  return depth;
}

/** Picks the sentence's event date (see the module comment), or undefined when it names none. */
function chooseDate(sentence: string, ref: Reference | undefined): Chosen | undefined {
  const candidates = dropOverlaps([...findOwnDatePhrases(sentence, ref), ...findChronoDates(sentence, ref)]);
  const usable = candidates
    .map((c) => ({ c, ...readPrefix(sentence, c) }))
    .filter((x) => !x.comparison)
    // A span something covers is its event date only when the sentence looks ahead to it
    // (`plans to invest over the next decade`, `scheduled for 2026`); after a done deed
    // (`committed to securing customers … over the next decade`) the deed is simply undated.
    .filter((x) => !x.scope || INTENT.test(sentence.slice(0, x.c.end)))
    .map(({ c, start, qualifier, plan }) => ({ c, phraseStart: start, plan, ...(qualifier ? { qualifier } : {}) }));
  const primary = usable.filter((x) => !x.c.period && x.qualifier !== 'as of' && parenDepth(sentence.slice(0, x.c.index)) === 0);
  return primary[0] ?? usable[0];
}

/** The value of a candidate at its precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function valueOf(c: DateCandidate): string {
  if (c.precision === 'year') return formatIso(c.y);
  if (c.precision === 'day') return formatIso(c.y, c.m, c.d);
  return formatIso(c.y, c.m);
}

/** The fallback for a sentence without a date: its article's publication date. */
function publishedDate(published: string, ref: Reference | undefined, planned: boolean): FactDate {
  if (!ref) return { value: /^\d{4}/.exec(String(published))?.[0] ?? '0000', precision: 'year', planned, from: 'published' };
  const { y, m, d } = ref.start;
  const value = ref.precision === 'year' ? formatIso(y) : ref.precision === 'month' ? formatIso(y, m) : formatIso(y, m, d);
  return { value, precision: ref.precision, planned, from: 'published' };
}

function resolve(sentence: string, published: string, opts: ResolveDateOptions): FactDate {
  const ref = parseReference(published, opts.publishedPrecision);
  const chosen = chooseDate(sentence, ref);
  if (!chosen) {
    const main = sentence.split(CLAUSE_BREAK)[0] ?? sentence;
    return publishedDate(published, ref, INTENT.test(main) || DIRECTIVE.test(sentence));
  }
  const intent = INTENT.test(sentence.slice(0, chosen.c.index)) || DIRECTIVE.test(sentence);
  let c = chosen.c;
  if (intent && ref && c.yearless && c.m !== undefined) c = { ...c, y: inferYear(ref, c.m, c.d, c.precision, true) };
  if (intent && ref && c.weekdayOnly && c.m !== undefined && c.d !== undefined) {
    const next = addDays({ y: c.y, m: c.m, d: c.d }, 7);
    if (dayNumber({ y: c.y, m: c.m, d: c.d }) < dayNumber(ref.start)) c = { ...c, y: next.y, m: next.m, d: next.d };
  }
  const period = periodOf(c.y, c.m, c.d, c.precision);
  const after = ref ? dayNumber(period.start) > dayNumber(ref.end) : false;
  const openDeadline = ref ? chosen.qualifier === 'by' && dayNumber(period.end) >= dayNumber(ref.start) : false;
  const planned = after || intent || openDeadline || chosen.plan || c.period === 'next' || chosen.qualifier === 'later';
  return {
    value: valueOf(c),
    precision: c.precision,
    planned,
    from: 'text',
    phrase: sentence.slice(chosen.phraseStart, chosen.c.end),
    ...(chosen.qualifier ? { qualifier: chosen.qualifier } : {}),
    ...(c.until ? { until: c.until } : {}),
  };
}

/**
 * The event date of `sentence` (see the module comment for which date and when it is planned),
 * resolved against `published` (`YYYY-MM-DD`, or coarser). Year-less dates take the year nearest
 * the publication (`on November 26` in a 2025-12-01 article → 2025-11-26), or the next one when
 * the sentence looks ahead. The precision never exceeds what the text states (`December 2026` →
 * month; `early 2026` → year with qualifier `early`: a guessed half would claim more than it says).
 * A sentence without a date gets the publication date, `from: 'published'`. Never throws.
 */
export function resolveDate(sentence: string, published: string, opts: ResolveDateOptions = {}): FactDate {
  try {
    return resolve(String(sentence), String(published), opts);
  } catch {
    return publishedDate(String(published), parseReference(String(published), opts.publishedPrecision), false);
  }
}
