/**
 * Case rules, checked on the original text of a candidate match (the trie has already checked the
 * folded text). See `CaseRuleSchema` for what `exact`, `name` and `any` mean.
 */
import { isCommonWord } from '../text/common-words';
import * as chars from './fold';
import type { Candidate } from './trie';

// Local copies (see matcher.ts: imported bindings are getters under tsx and vitest).
const { classOf, INVISIBLE, LINE, LOWER, SPACE, UPPER, WORD } = chars;

/**
 * The all-caps-run rule: an acronym that collides with a word (`ARE`, `US`) cannot be told apart
 * from that word in shouted text ("WE ARE HERE", "TOLD US"). So an `exact`, letters-only, all-caps
 * alias that English also writes as a common word (`EU`, `JOGMEC` are not) is rejected when it
 * stands in a run of at least this many all-caps words (counting itself)
 * joined by spaces alone. Two is allowed, because acronyms do pair up in normal prose ("US DOE",
 * "A US firm"); punctuation between two words ends a run, because lists of acronyms are normal
 * ("the US, EU and UK"), while a headline's own quotes and final mark do not ("“WE ARE HERE?”").
 */
export const ALL_CAPS_RUN = 3;

const GAP = SPACE | LINE;

/** Bounds of the whitespace-free token around [start, end). */
function tokenBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !(classOf(text.charCodeAt(a - 1)) & GAP)) a--;
  let b = end;
  while (b < text.length && !(classOf(text.charCodeAt(b)) & GAP)) b++;
  return [a, b];
}

/** A token's shape: its letters (`lead` to `trail`) and whether they are all capitals. */
interface Token {
  start: number;
  end: number;
  lead: number;
  trail: number;
  caps: boolean;
}

function readToken(text: string, a: number, b: number): Token {
  let lead = -1;
  let trail = -1;
  let upper = false;
  let lower = false;
  for (let i = a; i < b; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k & WORD) {
      if (lead < 0) lead = i;
      trail = i + 1;
    }
    if (k & UPPER) upper = true;
    else if (k & LOWER) lower = true;
  }
  return { start: a, end: b, lead, trail, caps: upper && !lower };
}

/**
 * Counts all-caps words joined to [from..) (step 1) or [..from) (step -1) by spaces only, up to
 * `max`. A word counts when no punctuation stands between it and the run; the run goes on past it
 * only when no punctuation stands on its far side either.
 */
function countCapsNeighbours(text: string, from: number, step: -1 | 1, max: number): number {
  let count = 0;
  let at = from;
  while (count < max) {
    let gap = at;
    if (step < 0) while (gap > 0 && classOf(text.charCodeAt(gap - 1)) & SPACE) gap--;
    else while (gap < text.length && classOf(text.charCodeAt(gap)) & SPACE) gap++;
    const edge = step < 0 ? gap - 1 : gap;
    if (gap === at || edge < 0 || edge >= text.length || classOf(text.charCodeAt(edge)) & LINE) return count;
    const [ta, tb] = tokenBounds(text, edge, edge);
    const t = readToken(text, ta, tb);
    const near = step < 0 ? t.trail === t.end : t.lead === t.start;
    if (!t.caps || t.lead < 0 || !near) return count;
    count++;
    const far = step < 0 ? t.lead === t.start : t.trail === t.end;
    if (!far) return count;
    at = step < 0 ? ta : tb;
  }
  return count;
}

/** True when the acronym at [start, end) sits in a shouted run (see `ALL_CAPS_RUN`). */
export function inAllCapsRun(text: string, start: number, end: number): boolean {
  const [a, b] = tokenBounds(text, start, end);
  const own = readToken(text, a, b);
  if (!own.caps) return false;
  const need = ALL_CAPS_RUN - 1;
  const left = own.lead === a ? countCapsNeighbours(text, a, -1, need) : 0;
  if (left >= need) return true;
  return own.trail === b && left + countCapsNeighbours(text, b, 1, need - left) >= need;
}

/** True when a form is one word of the common-English list (`Independence`, `Army`; not `Caldeira`, `Vulcan`). */
function isOneCommonWord(form: string): boolean {
  return !/[\s-]/.test(form) && isCommonWord(form.toLowerCase());
}

/**
 * True when text[start, end) — which folds to `candidate`'s key — satisfies its case rule:
 * `exact`: every cased letter as in the alias (typography may differ: ’ for ', – for -), and an
 * acronym must not stand in an all-caps run; `name` and `styled`: as in the alias but for its free
 * letters (`freeCaseMask`), or no lower-case letter at all (a headline); `any`: always.
 */
export function passesCase(text: string, start: number, end: number, candidate: Candidate): boolean {
  if (candidate.rule === 'any') return true;
  const form = candidate.form;
  const free = candidate.free;
  let same = true;
  let upper = false;
  let lower = false;
  let a = 0;
  for (let t = start; t < end; t++) {
    const c = text.charCodeAt(t);
    const k = classOf(c);
    if (k & INVISIBLE) continue;
    if (k & (SPACE | LINE)) {
      // One space in the form stands for the whole run of spaces (and invisibles) in the text.
      while (t + 1 < end && classOf(text.charCodeAt(t + 1)) & (SPACE | LINE | INVISIBLE)) t++;
      a++;
      continue;
    }
    if (k & UPPER) upper = true;
    else if (k & LOWER) lower = true;
    const f = form.charCodeAt(a);
    // A free letter (see `freeCaseMask`) may differ in case: `REalloys` for `REAlloys`.
    if (c !== f && classOf(f) & (UPPER | LOWER) && !(free !== null && free[a] === 1)) same = false;
    a++;
  }
  if (candidate.rule === 'name' || candidate.rule === 'styled') {
    const shouted = upper && !lower;
    if (!same && !shouted) return false;
    // A form that needs context and is a common English word (`Independence`, `Army`) cannot be told
    // from the word in a shouted headline ("MAGNET INDEPENDENCE"): the all-caps-run rule applies to
    // it too. A longer form (`DEPARTMENT OF ENERGY`) or a name no dictionary of English holds
    // (`CALDEIRA`) reads the same shouted.
    return !(shouted && candidate.requires && inAllCapsRun(text, start, end) && isOneCommonWord(form));
  }
  // Only an acronym English also writes as a word (`US`, `ARE`) is ambiguous when shouted; `EU`, `JOGMEC` are not.
  // The word list is read last: most acronyms stand in no all-caps run.
  return same && !(candidate.acronym && inAllCapsRun(text, start, end) && isOneCommonWord(form));
}
