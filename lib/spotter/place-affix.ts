/**
 * A place's government is named around the place: `Government of Saskatchewan`, `State of
 * Wyoming`, `Province of Quebec`, `Ontario Government`, `Gouvernement du Québec`. Such a phrase
 * is a mention of the place (the seeds' convention: `Indian government` is India acting as
 * itself). The matcher widens a country or region match over the affix, so no dictionary has to
 * hold thousands of `Government of X` forms. A lower-case `government` after the name is prose,
 * not title (`the Saskatchewan government`: every corpus annotator marked the name alone).
 */

import { isDemonym } from '../text/common-words';
import { wordCharAt } from './word-edge';

/** Written before a place, capitalised as a title. */
const PREFIXES: readonly string[] = [
  'Government of the ',
  'GOVERNMENT OF THE ',
  'Government of ',
  'GOVERNMENT OF ',
  'State of ',
  'STATE OF ',
  'Province of ',
  'Commonwealth of ',
  // French, Spanish and Portuguese titles, which releases from Quebec, Latin America and Lusophone
  // Africa keep in English text (`Gouvernement du Québec`, `Gobierno de Chile`, `Governo de Minas Gerais`).
  ...['Gouvernement du ', 'Gouvernement de la ', 'Gouvernement de ', 'Gobierno de ', 'Gobierno del ', 'Governo do ', 'Governo da ', 'Governo de '].flatMap(
    (p) => [p, p.toUpperCase()],
  ),
];
/** Written after a place. */
const SUFFIXES: readonly string[] = [' State Government', ' Provincial Government', ' Government', ' GOVERNMENT'];

const WORD = /[\p{L}\p{N}]/u;

/**
 * A project's own name often ends in a capitalised word for what it is (`Nolans Project`, `White
 * Mesa Mill`, `Toliara Project`), after what it produces in press releases (`Wicheeda Rare Earth
 * Element Project`, `Eneabba Mineral Sands Mine`): part of the name when capitalised, not when it
 * is prose (`the Nolans project`, `the Wicheeda rare earth project`).
 */
// Two products may be joined (`Ashram Rare Earth and Fluorspar Deposit`, `Lithium-Tantalum Project`);
// `Property` is a Canadian release's word for the claims a deposit sits on. The products are a set
// read in code, not an alternation in the expression: written twice in one expression they were
// about 75 KB of machine code kept in every tab (see `word-edge.ts`).
const PRODUCTS: readonly string[] = [
  ...['', 'Heavy ', 'Light '].flatMap((h) => ['Rare Earth', 'Rare Earths'].flatMap((r) => ['', ' Element', ' Elements'].map((e) => h + r + e))),
  'REE',
  'Critical Mineral',
  'Critical Minerals',
  'Mineral Sands',
  'Heavy Mineral Sands',
  'Ionic Clay',
  ...'Lithium Niobium Tantalum Graphite Antimony Tungsten Nickel Cobalt Copper Uranium Gallium Vanadium Fluorspar Scandium Zircon Zirconium Titanium Phosphate Manganese Polymetallic Molybdenum Zinc Lead Silver Gold Tin Potash Magnesium Bismuth Chromite Platinum PGM PGE Palladium Rhodium Beryllium Germanium Indium Boron NdPr Caesium Cesium Rubidium Hafnium Silica Kaolin Halloysite Helium Bauxite Alumina Iron'.split(
    ' ',
  ),
  'Iron Ore',
  'Lithium Brine',
  // Longest first: at one place the products that fit are prefixes of one another, and the longest is the one a greedy expression takes first.
].sort((a, b) => b.length - a.length);
const JOINERS: readonly string[] = [' and ', ' & ', '-', '/'];
const PROJECT_WORD = /(?:Project|Mine|Mill|Refinery|Plant|Facility|Complex|Deposit|Property|Operations?|Hub|Smelter|Module|PROJECT|MINE|MILL|REFINERY|PLANT)/y;

/** Where the project word at `i` of `s` ends, or −1. */
function projectWordAt(s: string, i: number): number {
  PROJECT_WORD.lastIndex = i;
  return PROJECT_WORD.test(s) ? PROJECT_WORD.lastIndex : -1;
}

/**
 * The length of ` [product [joiner product] ]project-word` at the start of `s`, or −1: the products
 * tried longest first, each choice given up when what follows does not fit, as an expression
 * `^ (?:P(?:J P)? )?W` would backtrack.
 */
function projectWordsLength(s: string): number {
  if (s.charCodeAt(0) !== 32) return -1;
  for (const p of PRODUCTS) {
    if (!s.startsWith(p, 1)) continue;
    const q = 1 + p.length;
    for (const j of JOINERS) {
      if (!s.startsWith(j, q)) continue;
      for (const p2 of PRODUCTS) {
        const r = q + j.length + p2.length;
        if (s.startsWith(p2, q + j.length) && s.charCodeAt(r) === 32) {
          const w = projectWordAt(s, r + 1);
          if (w >= 0) return w;
        }
      }
    }
    if (s.charCodeAt(q) === 32) {
      const w = projectWordAt(s, q + 1);
      if (w >= 0) return w;
    }
  }
  return projectWordAt(s, 1);
}

/**
 * A lower-case word for what a project is (`the Colossus project`, `the Eneabba refinery`), and the
 * lower-case words for what it yields before it (`the Kolmozerskoye lithium deposit`, `the Kwinana
 * lithium hydroxide refinery`, `the Uyuni salt flat`, `the Stabroek block`, `the Liza oil field`, `the Shepherd veins`), are prose, not name: a dictionary may hold such a form because it
 * is safe to match (`Colossus` alone needs context), but the mention ends before them.
 */
const PROSE_PROJECT_WORD =
  /(?: [a-z][a-z-]*)*? (?:project|projects|mine|mines|refinery|plant|facility|mill|smelter|deposit|complex|operation|operations|site|pit|salt flats?|salar|block|field|development|discovery|port|terminal|dam|hub|campus|concession|works|veins?|lodes?|orebod(?:y|ies))$/;

/** End of a project mention at [start, end) without a trailing lower-case project word. */
export function withoutProseWord(text: string, start: number, end: number): number {
  const m = PROSE_PROJECT_WORD.exec(text.slice(start, end));
  return m && m.index > 0 ? start + m.index : end;
}

/**
 * End of a capitalised project word that follows a project's name ending at `end`, else `end`.
 * Given the name's `start`, a heading line of the name and `Operations` alone (`Mount Polley
 * Operations` over a release's section on that mine) is the section's title: the name is the mine,
 * `Operations` the section's word (3 of 3 such headings in the corpora). In a sentence the whole is
 * the name (`Teck's Trail Operations`).
 */
export function projectWordEnd(text: string, end: number, start = -1): number {
  if (text.charCodeAt(end) !== 32) return end; // every project word follows one space
  const n = projectWordsLength(text.slice(end, end + 64));
  if (n < 0) return end;
  const after = end + n;
  if (after < text.length && WORD.test(text[after]!)) return end;
  const lineStart = start === 0 || (start > 0 && text[start - 1] === '\n');
  const lineEnd = after === text.length || text[after] === '\n' || text[after] === '\r';
  return lineStart && lineEnd && text.endsWith(' Operations', after) ? end : after;
}

/**
 * A place name that opens a longer name of something else: `England Airpark`, `Texas
 * Instruments`, `Georgia Tech`, `China Daily`, `Malaysia Airlines`, or ends a company's name before
 * its legal suffix (`SGS Canada Inc.`, `Iluka Australia Pty Ltd`). Not the place.
 */
// A set and a check in code, not an alternation with a Unicode class after it: that was 8 KB of
// machine code kept in every tab. Exactly what `^ (?:Airport|…|St\.|…)(?![\p{L}\p{N}])` read.
const LONGER_NAME_WORDS: ReadonlySet<string> = new Set(
  'Airport Airpark Airlines Airways River Street Avenue Road Boulevard Square University College Institute School Hospital Times Post Herald Tribune Journal Daily Instruments Tech Stadium Bridge Tower Hotel Club FC Gas Electric Pictures Records Zoo Museum Library Cathedral Sausage Sponge Inc Ltd Limited Corp Corporation LLC GmbH AG plc PLC Pty NL'.split(
    ' ',
  ),
);
/** The words of `LONGER_NAME_WORDS` and others that count with their period (`St.`, `Ave.`, `Inc.`). */
const LONGER_NAME_DOTTED: ReadonlySet<string> = new Set(['St', 'Ave', 'Inc']);

/** True when the place name ending at `end` opens a longer name of something else. */
export function opensLongerName(text: string, end: number): boolean {
  // Every such word follows one space, and starts with a capital (ASCII): most places do not.
  const next = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || next < 65 || next > 90) return false;
  // The word: its letters and numbers, which must all be ASCII letters of one of the words.
  let k = end + 1;
  while (k < text.length && wordCharAt(text, k)) k += text.codePointAt(k)! > 0xffff ? 2 : 1;
  const word = text.slice(end + 1, k);
  if (LONGER_NAME_WORDS.has(word)) return true;
  return text.charCodeAt(k) === 46 && LONGER_NAME_DOTTED.has(word) && !wordCharAt(text, k + 1);
}

/** A Romance particle and a capitalised word after a place: `San José de Valdeflórez`, `Covas do Barroso`, `Santa Cruz del Sur`. */
const PARTICLE_NAME = /^ (?:de|del|de la|de las|de los|do|da|dos|das|du|des) \p{Lu}/u;

/**
 * True when the place name ending at `end` opens a longer Spanish, Portuguese or French name the
 * dictionary lacks (the longest match already took the ones it holds, `Rio de Janeiro`): `San José`
 * in `San José de Valdeflórez` is a deposit's name, not Costa Rica's capital.
 */
export function opensParticleName(text: string, end: number): boolean {
  return text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 100 && PARTICLE_NAME.test(text.slice(end, end + 12));
}

/**
 * Words that open a national agency's or a body's name ending in its country: `Innovation Norway`,
 * `Business Finland`, `Invest India`, `Enterprise Singapore`, `Statistics Canada`, `Geoscience
 * Australia`, `Infrastructure Australia`, `Tourism Australia`), and a miner's named for its metal
 * and its country (`Lithium Iberia`, `Lithium Zimbabwe`, `Nickel Indonesia`: every capitalised metal
 * right before a place in the corpora opens a company's name). The name is not a mention of the place.
 */
const NAME_BEFORE_PLACE_WORDS: ReadonlySet<string> = new Set(
  'Innovation Business Invest Enterprise Statistics Geoscience Infrastructure Engineers Universities Tourism Sport Visit Austrade Transparency Lithium Graphite Nickel Cobalt Copper Uranium Vanadium Tungsten Antimony Manganese'.split(
    ' ',
  ),
);

/** True when the place name starting at `start` closes such a body's name (`Innovation Norway`). */
export function closesLongerName(text: string, start: number): boolean {
  // Every such word ends one space before the place and starts with a capital (ASCII).
  if (start < 2 || text.charCodeAt(start - 1) !== 32 || !wordCharAt(text, start - 2)) return false;
  let k = start - 1;
  while (k > 0 && wordCharAt(text, k - 1)) k--;
  const c = text.charCodeAt(k);
  return c >= 65 && c <= 90 && NAME_BEFORE_PLACE_WORDS.has(text.slice(k, start - 1)) && !(k > 0 && wordCharAt(text, k - 1));
}

/**
 * A country named by its people's adjective (`Saudi` for Saudi Arabia) before another word: `the
 * Saudi side`, `Saudi Aramco`, `a Saudi partner` are the adjective, which a reader (and the
 * annotation guide, like `Chinese`) does not take for the country. In a compound with another place
 * (`the U.S.-Saudi venture`) or alone (`flights to Saudi.`) it is the country. A verb after it
 * (`exports to Saudi rose`) reads as the adjective too: that rarer reading is given up.
 */
export function adjectivalPlace(text: string, start: number, end: number): boolean {
  // Only before a space and a letter, and only a word that is a demonym: most places are neither.
  if (text.charCodeAt(end) !== 32 || !wordCharAt(text, end + 1)) return false;
  // A currency named for its country (`amounts in U.S. dollars`, `US dollar bonds`): no mention of the
  // country (4 of 4 in the recall corpora were left unmarked).
  if (CURRENCY_AFTER.test(text.slice(end, end + 9))) return true;
  const before = text.charCodeAt(start - 1);
  if (before === 45 || before === 0x2013 || before === 0x2014 || before === 47) return false;
  return isDemonym(text.slice(start, end));
}

/** A currency's word after a country's name: ` dollars`, ` dollar`. */
const CURRENCY_AFTER = /^ dollars?\b/;

/** True when `ex-` stands right before `start` (`ex-China prices`: the market outside China). */
export function exPrefixed(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 45) return false; // '-'
  const ex = text.slice(start - 3, start - 1);
  return (ex === 'ex' || ex === 'Ex' || ex === 'EX') && (start === 3 || !WORD.test(text[start - 4]!));
}

/**
 * Start of a prefix that ends right at `start` (`Government of ` before `Canada`), else `start`.
 * The prefix may not reach back before `floor` (the end of the previous match).
 */
export function placePrefixStart(text: string, start: number, floor: number): number {
  if (text.charCodeAt(start - 1) !== 32) return start; // every prefix ends with a space
  for (const p of PREFIXES) {
    const at = start - p.length;
    if (at >= floor && text.startsWith(p, at) && (at === 0 || !WORD.test(text[at - 1]!))) return at;
  }
  return start;
}

/** End of a suffix that starts right at `end` (` government` after `Saskatchewan`), else `end`. */
export function placeSuffixEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32) return end; // every suffix starts with a space
  for (const s of SUFFIXES) {
    if (!text.startsWith(s, end)) continue;
    const after = end + s.length;
    if (after < text.length && WORD.test(text[after]!)) continue;
    return after;
  }
  return end;
}
