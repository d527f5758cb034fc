/**
 * A dateline's state or province code names that state or province: `HALIFAX, NS, Nov. 18 —`,
 * `Clarksville, TN –`, `TORONTO, ON /CNW/`, `SYDNEY, NSW, 4 March 2026:`. Two capitals are a word
 * or an acronym anywhere else (`ON`, `CO`, `IN`, `OR`), so a code counts only in that position: at
 * the start of a line (a page's block, an article's paragraph), after a place of at most four
 * capitalised words and a comma, and before the dateline's own punctuation. A code two places share
 * (`WA`: Washington and Western Australia; `NT`: the Northwest Territories and the Northern
 * Territory) is left alone, and a code whose place the dictionary lacks names nothing.
 */
import type { EntityKind } from '../catalog/schema';
import type { SpotMatch } from './types';

/** USPS codes of the states, DC and Puerto Rico; Canada Post's of the provinces; Australia's states. */
const CODES: Record<string, string> = {
  AL: 'region-alabama',
  AK: 'region-alaska',
  AZ: 'region-arizona',
  AR: 'region-arkansas',
  CA: 'region-california',
  CO: 'region-colorado',
  CT: 'region-connecticut',
  DE: 'region-delaware',
  FL: 'region-florida',
  GA: 'region-georgia-us',
  HI: 'region-hawaii',
  ID: 'region-idaho',
  IL: 'region-illinois',
  IN: 'region-indiana',
  IA: 'region-iowa',
  KS: 'region-kansas',
  KY: 'region-kentucky',
  LA: 'region-louisiana',
  ME: 'region-maine',
  MD: 'region-maryland',
  MA: 'region-massachusetts',
  MI: 'region-michigan',
  MN: 'region-minnesota',
  MS: 'region-mississippi',
  MO: 'region-missouri',
  MT: 'region-montana',
  NE: 'region-nebraska',
  NV: 'region-nevada',
  NH: 'region-new-hampshire',
  NJ: 'region-new-jersey',
  NM: 'region-new-mexico',
  NY: 'region-new-york-state',
  NC: 'region-north-carolina',
  ND: 'region-north-dakota',
  OH: 'region-ohio',
  OK: 'region-oklahoma',
  OR: 'region-oregon',
  PA: 'region-pennsylvania',
  RI: 'region-rhode-island',
  SC: 'region-south-carolina',
  SD: 'region-south-dakota',
  TN: 'region-tennessee',
  TX: 'region-texas',
  UT: 'region-utah',
  VT: 'region-vermont',
  VA: 'region-virginia',
  WV: 'region-west-virginia',
  WI: 'region-wisconsin',
  WY: 'region-wyoming',
  DC: 'region-washington-dc',
  PR: 'country-puerto-rico',
  AB: 'region-alberta',
  BC: 'region-british-columbia',
  MB: 'region-manitoba',
  NB: 'region-new-brunswick',
  NL: 'region-newfoundland-and-labrador',
  NS: 'region-nova-scotia',
  ON: 'region-ontario',
  PE: 'region-prince-edward-island',
  QC: 'region-quebec',
  SK: 'region-saskatchewan',
  YT: 'region-yukon',
  NU: 'region-nunavut',
  NSW: 'region-new-south-wales',
  VIC: 'region-victoria',
  QLD: 'region-queensland',
  SA: 'region-south-australia',
  TAS: 'region-tasmania',
  ACT: 'region-australian-capital-territory',
};

/** Codes that are also English words in capitals: they need a city in capitals or a date after them. */
const WORDS = new Set(['IN', 'OR', 'ME', 'OK', 'HI', 'ON', 'ACT']);

/**
 * At a line start: the place (capitalised words, at most four), a comma, the code, then a comma, a
 * dash, a colon, a slash, a bracket or the end of the text. Group 1 the place, 2 the code, 3 what follows.
 */
// `*`, not `{0,3}`: a bounded repeat is compiled once per repeat, Unicode classes and all (about
// 50 KB of machine code kept in every tab); the word count is checked in code. The place's words
// end only at a space or at the comma, so the match is the same.
const DATELINE =
  /((?:\p{Lu}[\p{L}.'\u2019-]*)(?: (?:\p{Lu}[\p{L}.'\u2019-]*|of|de|la))*), ([A-Z]{2,3})(?=(,\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d|\d)|\s*[,:/(\u2013\u2014-]|\s*$))/uy;

/** A date after the code: `, Nov. 18`, `, 4 March`. */
const DATED = /^,\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d|\d)/u;

/** Cheap test: may a dateline start at `i` (an ASCII or Latin capital, a comma within 45 units)? */
function mayStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde))) return false;
  // Within the next 45 units only: `indexOf` would read the whole block when it has no comma (this
  // runs on every block the shared scanner reads).
  const end = Math.min(text.length - 1, i + 45);
  for (let k = i + 1; k < end; k++) if (text.charCodeAt(k) === 44 && text.charCodeAt(k + 1) === 32) return true;
  return false;
}

/**
 * Adds a match for each dateline code in `text` (`matches` sorted by start, non-overlapping; the
 * result too). `kinds` tells which entities the dictionary has; `soft`, whether a line break is a space.
 */
export function addDatelineCodes(text: string, matches: SpotMatch[], kinds: { get(id: string): EntityKind | undefined }, soft: boolean): SpotMatch[] {
  let added: SpotMatch[] | undefined;
  // Soft line breaks are spaces (a page's block): only its start opens a line.
  for (let line = 0; line >= 0 && line < text.length; line = soft ? -1 : nextLine(text, line)) {
    if (!mayStart(text, line)) continue;
    const m = datelineAt(text, line);
    if (!m) continue;
    const [, place, code, after] = m;
    const id = CODES[code!];
    if (!id || kinds.get(id) === undefined) continue;
    if (WORDS.has(code!)) {
      const dated = after !== undefined && DATED.test(after);
      const shouted = place === place!.toUpperCase();
      if (!dated && !shouted && !/^\s*[/(]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    }
    const start = m.index + m[0].length - code!.length;
    const end = start + code!.length;
    if (matches.some((x) => x.start < end && x.end > start)) continue;
    (added ??= []).push({ entityId: id, text: code!, start, end });
  }
  if (!added) return matches;
  return [...matches, ...added].sort((a, b) => a.start - b.start);
}

/** The dateline at `i` of `text` (groups as `DATELINE`'s), or null. Exported for its tests. */
export function datelineAt(text: string, i: number): RegExpExecArray | null {
  DATELINE.lastIndex = i;
  const m = DATELINE.exec(text);
  return m && spacesIn(m[1]!) <= 3 ? m : null; // at most four words
}

/** How many spaces `s` holds. */
function spacesIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** The start of the line after the one at `i`, or −1. */
function nextLine(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? -1 : n + 1;
}
