/**
 * Splits a sentence into the clauses that are events of their own (issue 12, "two events, one
 * sentence"). News packs several events into one sentence in a few recurring shapes:
 *
 * - a second event with its own date hung on the first: `signed an agreement …, with commercial
 *   production scheduled to commence in December 2026`; `launched a survey in February 2024,
 *   expected to be completed by 2029`; `slated to open in 2027`; `requiring … by 2030`; a single
 *   dash (`…—critical if the Pentagon is to meet its 2027 goal`); what was announced on a day
 *   (`announced on December 5 that the country will commence … in January 2026`); two dated verbs
 *   (`start its Colorado plant in early 2026 and complete the final feasibility study in 2027`);
 * - another subject's deed: after `;`, `, while`, `, whereas` or `, but`;
 * - two objects of one verb, the first dated in parentheses: `secured both a partnership … (late
 *   August) … and a $2 million grant` (the parenthesis dates the partnership only).
 *
 * A dependent part without a date of its own stays with the clause before it (`…, aiming to build…`
 * is not an event): a split is made only where it separates two dates or two subjects.
 */

/** How a clause relates to the sentence. */
export type ClauseKind = 'main' | 'dependent' | 'independent';

/** A clause: offsets into the sentence, trimmed of connecting words and punctuation. */
export interface SentenceClause {
  start: number;
  end: number;
  kind: ClauseKind;
}

/** Whether a piece of text states a date of its own (the caller's date resolver decides). */
export type HasOwnDate = (text: string) => boolean;

type Cut = { at: number; from: number; kind: 'independent' | 'dependent' | 'that' | 'and' | 'conjunct' };

/** `;` or `, while|whereas|but` before another subject (not `, while restricting…`, `, but as…`). */
const INDEPENDENT = /(?:;\s*|,\s+(?:while|whereas|but)\s+(?!(?:[a-z]+ing|as|not|also|only|in|on|at|for|to|of|by|with|from|rather|instead)\b))/g;
const WITH = /,\s+(?=with\s)/g;
const PARTICIPLE_PLAN =
  /,\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?=(?:expected|scheduled|slated|set|due|planned|poised|projected|estimated|targeted)\s+(?:to|for)\b)/g;
/** `, targeting …`, `, rising …`: a participle phrase (not a preposition that ends in -ing). */
const PARTICIPLE =
  /,\s+(?=(?!(?:including|according|following|excluding|regarding|concerning|during|notwithstanding|pending|bring|king|spring|thing|nothing|something|anything|everything)\b)[a-z]+ing\b)/g;
const REPORTING_THAT =
  /\b(?:announced|said|stated|revealed|reported|showed|noted|confirmed|disclosed|indicated|added|warned|claimed|emphasi[sz]ed|explained|predicted)\b[^,;]{0,40}?\s+that\s+/g;
/** ` and complete …`: coordination before a verb (not `and a …`, `and the …`, `and 64.5 …`). */
const AND_VERB = /\s+and\s+(?=(?!(?:a|an|the|its|their|his|her|this|that|these|those|other|some|all|both|each|in|on|at|for|to|of|by|with|from|as)\b)[a-z]+\b)/g;
const BOTH = /\bboth\b/;
const DASH = /\s?—\s?/g;

/** Paren/quote depth at each index, so separators inside `( … )` or quotes are ignored. */
function depthMap(s: string): Uint8Array {
  const depth = new Uint8Array(s.length + 1);
  let paren = 0;
  let quote = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(') paren++;
    else if (ch === ')') paren = Math.max(0, paren - 1);
    else if (ch === '“') quote = true;
    else if (ch === '”') quote = false;
    else if (ch === '"') quote = !quote;
    depth[i] = paren > 0 || quote ? 1 : 0;
  }
  return depth;
}

function collect(
  s: string,
  re: RegExp,
  kind: Cut['kind'],
  depth: Uint8Array,
  out: Cut[],
  fromOf: (m: RegExpExecArray) => number = (m) => m.index + m[0].length,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (depth[m.index]) continue;
    out.push({ at: m.index, from: fromOf(m), kind });
  }
}

/** Every place the sentence could be cut, in order. */
function findCuts(s: string): Cut[] {
  const depth = depthMap(s);
  const cuts: Cut[] = [];
  collect(s, INDEPENDENT, 'independent', depth, cuts);
  collect(s, WITH, 'dependent', depth, cuts);
  collect(s, PARTICIPLE_PLAN, 'dependent', depth, cuts);
  collect(s, PARTICIPLE, 'dependent', depth, cuts);
  // The that-clause starts after `that`; the cut sits just before it.
  REPORTING_THAT.lastIndex = 0;
  for (let m = REPORTING_THAT.exec(s); m; m = REPORTING_THAT.exec(s)) {
    const end = m.index + m[0].length;
    const thatAt = end - m[0].length + m[0].lastIndexOf('that');
    if (!depth[thatAt]) cuts.push({ at: thatAt, from: end, kind: 'that' });
  }
  collect(s, AND_VERB, 'and', depth, cuts);
  // A single dash (a pair of dashes is an aside, not a cut).
  const dashes = [...s.matchAll(DASH)].filter((m) => !depth[m.index]);
  if (dashes.length === 1) cuts.push({ at: dashes[0]!.index, from: dashes[0]!.index + dashes[0]![0].length, kind: 'dependent' });
  // `both A and B`: A may hold an `and` of its own (`separation and metals hub`), so B starts at the last one.
  const both = BOTH.exec(s);
  if (both) {
    const ands = [...s.slice(both.index).matchAll(/\s+and\s+/g)].map((m) => ({ at: both.index + m.index, len: m[0].length })).filter((m) => !depth[m.at]);
    const last = ands[ands.length - 1];
    if (last) cuts.push({ at: last.at, from: last.at + last.len, kind: 'conjunct' });
  }
  // One cut per place; the earliest-starting one wins ties.
  const byAt = new Map<number, Cut>();
  for (const c of cuts.sort((a, b) => a.at - b.at || a.from - b.from)) if (!byAt.has(c.at)) byAt.set(c.at, c);
  return [...byAt.values()].sort((a, b) => a.at - b.at);
}

/** `[start, end)` narrowed past spaces and joining punctuation at either end. */
function trim(s: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:—–-]/.test(s[start] ?? '')) start++;
  while (end > start && /[\s,;:.—–]/.test(s[end - 1] ?? '')) end--;
  return [start, end];
}

/** The date inside parentheses in `text` (`(late August)`), if any: it dates only what it follows. */
function hasParentheticalDate(text: string, hasOwnDate: HasOwnDate): boolean {
  for (const m of text.matchAll(/\(([^()]{2,60})\)/g)) if (hasOwnDate(m[1] ?? '')) return true;
  return false;
}

/**
 * The event clauses of `sentence`, in order; one clause (the whole sentence, trimmed) when it holds
 * one event. `hasOwnDate` says whether a piece of text states a date (see `resolveDate`).
 */
export function splitClauses(sentence: string, hasOwnDate: HasOwnDate): SentenceClause[] {
  const s = String(sentence);
  const cuts = findCuts(s);
  type Piece = { start: number; end: number; kind: ClauseKind; cut?: Cut['kind'] };
  const pieces: Piece[] = [];
  let from = 0;
  let kind: ClauseKind = 'main';
  let cutKind: Cut['kind'] | undefined;
  for (const cut of cuts) {
    if (cut.at <= from) continue;
    pieces.push({ start: from, end: cut.at, kind, ...(cutKind ? { cut: cutKind } : {}) });
    from = cut.from;
    kind = cut.kind === 'independent' ? 'independent' : 'dependent';
    cutKind = cut.kind;
  }
  pieces.push({ start: from, end: s.length, kind, ...(cutKind ? { cut: cutKind } : {}) });

  // Keep a dependent piece only where it carries a date of its own (and, for `that` and `and`, only
  // where the piece before it does too: the cut then separates two dated events). Right to left, so
  // a piece is judged with the undated pieces after it already merged into it.
  for (let i = pieces.length - 1; i > 0; i--) {
    const p = pieces[i]!;
    const prev = pieces[i - 1]!;
    if (p.kind !== 'dependent') continue;
    const own = hasOwnDate(s.slice(p.start, p.end));
    const prevText = s.slice(prev.start, prev.end);
    let keep: boolean;
    if (p.cut === 'conjunct') keep = hasParentheticalDate(s.slice(0, p.start), hasOwnDate) || (own && hasOwnDate(prevText));
    else if (p.cut === 'that') keep = own && hasOwnDate(prevText);
    // Two dated verbs (`start X in early 2026 and complete Y in 2027`): the first ends on its date.
    else if (p.cut === 'and') keep = own && hasOwnDate(prevText.slice(-30));
    else keep = own;
    if (!keep) {
      prev.end = p.end;
      pieces.splice(i, 1);
    }
  }
  const kept = pieces;
  const out: SentenceClause[] = [];
  for (const p of kept) {
    const [start, end] = trim(s, p.start, p.end);
    if (start < end) out.push({ start, end, kind: out.length === 0 ? 'main' : p.kind });
  }
  return out.length ? out : [{ start: 0, end: s.length, kind: 'main' }];
}
