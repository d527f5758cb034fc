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
import { isLetter, isSpace } from './word-edge';

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
 * dash, a colon, a slash, a bracket or the end of the text. It was one expression,
 * `((?:\p{Lu}[\p{L}.'’-]*)(?: (?:\p{Lu}[\p{L}.'’-]*|of|de|la))*), ([A-Z]{2,3})(?=(,\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d|\d)|\s*[,:/(–—-]|\s*$))`;
 * its Unicode classes compiled to about 28 KB of machine code kept in every tab, so it is read in
 * code (`datelineAt`), the same way: each of its repeats can only end where it does here.
 */

/** A capital, a lower-case letter (`\p{Lu}`, `\p{Ll}`): a letter with a case pair that it is not in. */
const upperLetter = (cp: number): boolean => isLetter(cp) && String.fromCodePoint(cp) !== String.fromCodePoint(cp).toLowerCase();
const lowerLetter = (cp: number): boolean => isLetter(cp) && String.fromCodePoint(cp) !== String.fromCodePoint(cp).toUpperCase();
/** A character of a place's word after its first: a letter, `.`, `'`, `’` or `-`. */
const placeChar = (cp: number): boolean => cp === 46 || cp === 39 || cp === 0x2019 || cp === 45 || isLetter(cp);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
/** The code points' width in UTF-16 units. */
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The end of a date after the code's comma (`, Nov. 18`, `, 4 March`) starting at `i` (the comma), or −1. */
function datedEnd(text: string, i: number): number {
  let k = i + 1;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (isDigit(text.charCodeAt(k))) return k + 1;
  const first = text.codePointAt(k);
  if (first === undefined || !upperLetter(first)) return -1;
  k += width(first);
  let lower = 0;
  for (let cp = text.codePointAt(k); cp !== undefined && lowerLetter(cp); cp = text.codePointAt(k)) {
    k += width(cp);
    lower++;
  }
  if (lower < 2) return -1;
  if (text.charCodeAt(k) === 46) k++;
  const spaces = k;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k > spaces && isDigit(text.charCodeAt(k)) ? k + 1 : -1;
}

/** What follows the code: the date, the punctuation or the end it must stand before (the old lookahead's group), or null. */
function afterCode(text: string, p: number): string | null {
  if (text.charCodeAt(p) === 44) {
    const dated = datedEnd(text, p);
    if (dated >= 0) return text.slice(p, dated);
  }
  let k = p;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k === text.length) return text.slice(p);
  return ',:/(\u2013\u2014-'.includes(text[k]!) ? text.slice(p, k + 1) : null;
}

/** A dateline read by `datelineAt`: the whole (place to code), the place, the code, what follows; `index` its start. */
export type DatelineMatch = [whole: string, place: string, code: string, after: string] & { index: number };

/** A date after the code: `, Nov. 18`, `, 4 March` (what follows a dated code begins so). */
const isDated = (after: string): boolean => after.length > 1 && after.charCodeAt(0) === 44;

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
    const id = CODES[code];
    if (!id || kinds.get(id) === undefined) continue;
    if (WORDS.has(code)) {
      const dated = isDated(after);
      const shouted = place === place.toUpperCase();
      if (!dated && !shouted && !/^\s*[/(]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    }
    const start = m.index + m[0].length - code.length;
    const end = start + code.length;
    if (matches.some((x) => x.start < end && x.end > start)) continue;
    (added ??= []).push({ entityId: id, text: code, start, end });
  }
  return addPlaceCodes(text, added ? [...matches, ...added].sort((a, b) => a.start - b.start) : matches, kinds);
}

/**
 * A state's or province's code after a known place and a comma, in prose or a table: `at Mountain
 * Pass, CA, where`, `White Mesa Mill, UT.`, `Broken Hill, NSW)`. Only after a region or a site the
 * dictionary matched (a company's `Lynas, SA` is no address), never a code that is also a word in
 * capitals (`IN`, `OR`), and only before punctuation or the end: the code ends the address.
 */
function addPlaceCodes(text: string, matches: SpotMatch[], kinds: { get(id: string): EntityKind | undefined }): SpotMatch[] {
  let added: SpotMatch[] | undefined;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (text.charCodeAt(m.end) !== 44 || text.charCodeAt(m.end + 1) !== 32) continue;
    const kind = kinds.get(m.entityId);
    if (kind !== 'region' && kind !== 'project') continue;
    const start = m.end + 2;
    let end = start;
    while (end < text.length && end - start < 4 && isCapital(text.charCodeAt(end))) end++;
    const code = text.slice(start, end);
    if (code.length < 2 || code.length > 3 || WORDS.has(code)) continue;
    const after = text.charCodeAt(end);
    if (end < text.length && !',.;:)'.includes(text[end]!) && !(isSpace(after) && end + 1 === text.length)) continue;
    const id = CODES[code];
    if (!id || id === m.entityId || kinds.get(id) === undefined) continue;
    const next = matches[i + 1];
    if (next && next.start < end) continue;
    (added ??= []).push({ entityId: id, text: code, start, end });
  }
  if (!added) return matches;
  return [...matches, ...added].sort((a, b) => a.start - b.start);
}

/** The dateline at `i` of `text` (see `DatelineMatch`), or null: at most four words of place. */
export function datelineAt(text: string, i: number): DatelineMatch | null {
  let k = i;
  for (let words = 1; ; words++) {
    const cp = text.codePointAt(k);
    if (cp === undefined) return null;
    if (upperLetter(cp)) {
      k += width(cp);
      for (let c = text.codePointAt(k); c !== undefined && placeChar(c); c = text.codePointAt(k)) k += width(c);
    } else if (words > 1 && (text.startsWith('of', k) || text.startsWith('de', k) || text.startsWith('la', k))) k += 2;
    else return null;
    const next = text.charCodeAt(k);
    if (next === 44) {
      if (words > 4) return null;
      break;
    }
    if (next !== 32) return null;
    k++;
  }
  const place = text.slice(i, k);
  if (text.charCodeAt(k + 1) !== 32) return null;
  const codeStart = k + 2;
  let p = codeStart;
  while (p < codeStart + 3 && isCapital(text.charCodeAt(p))) p++;
  if (p - codeStart < 2) return null;
  const after = afterCode(text, p);
  if (after === null) return null;
  return Object.assign([text.slice(i, p), place, text.slice(codeStart, p), after] as [string, string, string, string], { index: i });
}

/** The start of the line after the one at `i`, or −1. */
function nextLine(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? -1 : n + 1;
}
