/**
 * Chemical symbols are names only in context. `Dy and Tb`, `Nd/Pr`, `(Nd, Pr, Dy and Tb)`,
 * `dysprosium (Dy)`, `Dy oxide`, `Nd metal` name elements; a lone `Nd`, `Pr` or `Co` in a sentence
 * about something else does not (`Co., Ltd.`, `PR`, a grade label). A symbol match survives when it
 * is joined to another material mention by a list separator, follows its own element in brackets,
 * comes before a material noun, or after a unit of price or grade (`$24.50/kg V`, `44% Mn`) or a
 * quantity (`96,600 tonnes of contained Co`), or in a table's row that names its element, or alone in a
 * table's cell in a document that names its element.
 */
import type { EntityKind } from '../catalog/schema';
import { isCommonWord } from '../text/common-words';
import type { SpotMatch } from './types';

/** What joins two items of a list of materials: `, `, ` and `, `/`, `-`, `&`, `+`, `, or `. */
const JOIN = /^\s*(?:,\s*(?:and|or)?|\/|&|\+|-|\u2013|and|or)\s*$/;
/** Nouns that make a symbol before them a material: `Dy oxide`, `Nd metal`, `Tb content`. */
const NOUN =
  /^[\s-]*(?:oxides?|metals?|alloys?|content|concentrates?|carbonates?|chlorides?|fluorides?|nitrates?|feedstock|prices?|production|output|supply|recovery|separation|products?|magnets?|ores?|salts?|compounds?|reserves?|resources?)(?![\p{L}\p{N}])/iu;

/**
 * The trade's nouns after a metal that is also an everyday word (`lead`, `tin`: a symbol of three
 * letters or more): `lead smelter`, `lead surplus`, `tin market`, and a market report's verbs
 * (`Lead fell 1.0%`, `lead lagged on weak demand`), and its exchange (`tracking tin on the London Metal
 * Exchange`). Not after a two-letter symbol,
 * which is also a word opening a sentence (`In mining`, `As markets`).
 */
const TRADE_NOUN =
  /^[\s-]*(?:on\s+(?:the\s+)?(?:LME|SHFE|COMEX|London\s+Metal\s+Exchange|Shanghai\s+Futures\s+Exchange)|smelters?|smelting|refiner(?:y|ies)|mines?|mining|markets?|surplus|deficit|stocks|inventories|futures|ingots?|bullion|premiums?|demand|consumption|(?:fell|rose|slipped|slips|slid|lagged|lags|gained|climbed|dropped|eased|eases|edged|jumped|surged|tumbled|rallied|firmed|weakened|underperformed|outperformed)(?=\s+(?:\d|on|in|to|by|as|after|for|\W)|\W|$))(?![\p{L}\p{N}])/iu;

/**
 * A market, an exchange or a metal's form before such a word makes it the metal: `LME lead`,
 * `SHFE lead`, `refined lead`, `primary lead`, `recycled tin`; so does the trade's `demand for` or
 * `price of` (`demand for lead in batteries`), and a share (`85% for lead`).
 */
const MARKET_BEFORE =
  /(?:\b(?:LME|SHFE|COMEX|CME|MCX|refined|primary|secondary|recycled|spot|cash|three-month)|\b(?:demand|supply|prices?|output|production|consumption|exports?|imports?|stocks)\s+(?:for|of)|\d\s?%\s+for)\s+$/i;

/**
 * A unit of price or grade before a symbol makes it its element: `$24.50/kg V`, `$/lb Mo`, `per mtu
 * W`, `per kg of contained W`, `44% Mn`, `0.8% Ni` (how trade reports quote a metal's content).
 */
const UNIT_BEFORE =
  /(?:(?:\/[ \t]?(?:kg|lb|lbs|t|mt|mtu|dmtu|tonne|ton)|\bper[ \t]+(?:kg|lb|pound|tonne|ton|mtu|dmtu))(?:[ \t]+of)?(?:[ \t]+contained)?|\d[ \t]?%)[ \t]?$/;

/** A fact sheet's label before a symbol makes it its element: `Symbol: V`, `Chemical symbol: Ti`, `the symbol is Nb`. */
const SYMBOL_LABEL_BEFORE = /(?:^|[^\p{L}])[Ss]ymbol(?:[ \t]*:|[ \t]+is)[ \t]*$/u;

/** A purity after a symbol makes it its element: `Mg 99.90% ingot`, `Si 98.5%` (a price table's grade). */
const PURITY_AFTER = /^ 9\d(?:\.\d+)?\s?%/;

/**
 * A quantity of metal before a symbol makes it its element: `96,600 tonnes of contained Co`, `12 kt
 * Ni`, `3.2 Mlb of Cu` (a number, a unit of mass, an optional `of` and `contained`).
 */
const QUANTITY_BEFORE = /\d[ \t]?(?:t|kt|Mt|mt|tonnes?|tons?|kg|lbs?|Mlbs?|pounds?|oz|koz|Moz|ounces?)[ \t]+(?:of[ \t]+)?(?:contained[ \t]+)?$/;

/**
 * A guidance or output line that the material opens (after a list's bullet) and a quantity ends:
 * `Lead in concentrate: 26,000 to 28,000 tonnes`, `- Lead: 26,000 t`.
 */
const LINE_ITEM_BEFORE = /(?:^|\n)[ \t]*(?:[-\u2022*\u2013][ \t]+)?$/;
const LINE_ITEM_AFTER =
  /^(?:[ \t]+in[ \t]+[a-z]+)?[ \t]*:[ \t]*(?:about[ \t]+|approximately[ \t]+)?\d[\d,.]*(?:[ \t]*(?:to|-|\u2013)[ \t]*\d[\d,.]*)?[ \t]*(?:t|kt|Mt|tonnes|tons|lb|lbs|Mlb|Mlbs|pounds|oz|koz|Moz|ounces)\b/;

function isMaterial(m: SpotMatch | undefined, kinds: Pick<ReadonlyMap<string, EntityKind>, 'get'>): m is SpotMatch {
  return m !== undefined && kinds.get(m.entityId) === 'material';
}

/**
 * Symbols that no English word, abbreviation or common surname is written as (unlike `La`, `Ce`,
 * `Lu`, `Ho`, `Y`, `Co`, `Li`): alone, they name their element in an article that names it in
 * full (`72% for Dy and 70% for Tb` after `dysprosium and terbium`; `every ounce of Pt` after
 * `platinum`). So does `tin`, a noun that
 * mining news rarely uses for anything else, in an article that names tin as a commodity (`tin
 * prices`, `LME tin`); `lead`, a verb too, does not.
 */
const ALONE = new Set(['Dy', 'Tb', 'Nd', 'Pr', 'Sm', 'Gd', 'Yb', 'Tm', 'Eu', 'Pt', 'Pd', 'Sn', 'tin', 'Tin', 'TIN']);

/**
 * Drops the symbol matches of `matches` (sorted, from one text) that stand outside such a context;
 * a distinctive rare earth symbol (`ALONE`), or one alone in a table's cell (`fillsOwnCell`), stays
 * on the condition that the document names its element (`requires`, resolved over the whole document).
 */
export function keepSymbolsInContext(text: string, matches: readonly SpotMatch[], kinds: Pick<ReadonlyMap<string, EntityKind>, 'get'>): SpotMatch[] {
  return matches.flatMap((m, i) => {
    if (!m.symbol || inContext(text, matches, i, kinds)) return [m];
    return (ALONE.has(m.text) || fillsOwnCell(text, m)) && (!m.requires?.length || (m.requires.length === 1 && m.requires[0] === 'kind:material'))
      ? [{ ...m, requires: [m.entityId] }]
      : [];
  });
}

/** The offsets of the line `m` stands on. */
function lineOf(text: string, m: SpotMatch): [number, number] {
  const end = text.indexOf('\n', m.end);
  return [text.lastIndexOf('\n', m.start - 1) + 1, end < 0 ? text.length : end];
}

/**
 * A table's cell that holds nothing but the symbol, in a row that names its element in full: `|
 * Tungsten | W | contacts and vias |` (cells split by `|` or tabs, one row a line).
 */
function inElementRow(text: string, matches: readonly SpotMatch[], i: number): boolean {
  const m = matches[i]!;
  const [lineStart, lineEnd] = lineOf(text, m);
  const before = text.slice(lineStart, m.start);
  const after = text.slice(m.end, lineEnd);
  // The symbol fills its cell, and the line has cells.
  if (!/(?:^|[|\t])[ ]*$/.test(before) || !/^[ ]*(?:[|\t]|$)/.test(after) || !/[|\t]/.test(before + after)) return false;
  const named = (o: SpotMatch | undefined) => o !== undefined && o !== m && !o.symbol && o.entityId === m.entityId && o.start >= lineStart && o.end <= lineEnd;
  for (let j = i - 1; j >= 0 && matches[j]!.end > lineStart; j--) if (named(matches[j])) return true;
  for (let j = i + 1; j < matches.length && matches[j]!.start < lineEnd; j++) if (named(matches[j])) return true;
  return false;
}

/**
 * A table's cell that holds nothing but a two-letter symbol no English word is written as (`| Sn |`
 * in a `Main product` column; not `| No |`): its element where the document names the element in
 * full. Only its own line is read: a page may hand each of a table's rows over as a block of its own.
 */
function fillsOwnCell(text: string, m: SpotMatch): boolean {
  if (m.text.length !== 2 || isCommonWord(m.text.toLowerCase())) return false;
  const [lineStart, lineEnd] = lineOf(text, m);
  return /\|[ ]*$/.test(text.slice(lineStart, m.start)) && /^[ ]*\|/.test(text.slice(m.end, lineEnd));
}

/** True when the symbol `matches[i]` stands in a list of materials, after its element, or before a material noun. */
function inContext(text: string, matches: readonly SpotMatch[], i: number, kinds: Pick<ReadonlyMap<string, EntityKind>, 'get'>): boolean {
  const m = matches[i]!;
  if (inElementRow(text, matches, i)) return true;
  if (UNIT_BEFORE.test(text.slice(Math.max(0, m.start - 28), m.start)) || QUANTITY_BEFORE.test(text.slice(Math.max(0, m.start - 32), m.start))) return true;
  if (PURITY_AFTER.test(text.slice(m.end, m.end + 12))) return true;
  if (SYMBOL_LABEL_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) return true;
  if (LINE_ITEM_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && LINE_ITEM_AFTER.test(text.slice(m.end, m.end + 60))) return true;
  // A one-letter symbol (`V`, `W`, `Y`) is a letter first: its metal only after a unit, in
  // brackets right after its own element (`Tungsten (W)`), or in a list beside another symbol
  // (`Sc and Y`, `Dy, Tb, Y`).
  if (m.text.length === 1) {
    const prev = matches[i - 1];
    const next = matches[i + 1];
    if (prev?.entityId === m.entityId && /^\s?\($/.test(text.slice(prev.end, m.start)) && text[m.end] === ')') return true;
    const beside = (o: SpotMatch | undefined, gap: string) => o !== undefined && o.symbol === true && o.text.length > 1 && JOIN.test(gap);
    return beside(prev, prev ? text.slice(prev.end, m.start) : '') || beside(next, next ? text.slice(m.end, next.start) : '');
  }
  if (NOUN.test(text.slice(m.end, m.end + 24))) return true;
  if (m.text.length >= 3 && (TRADE_NOUN.test(text.slice(m.end, m.end + 40)) || MARKET_BEFORE.test(text.slice(Math.max(0, m.start - 32), m.start)))) return true;
  const prev = matches[i - 1];
  const next = matches[i + 1];
  if (isMaterial(prev, kinds)) {
    // After an item's bracketed symbol too: `silver (Ag), lead (Pb)`.
    const gap = text.slice(prev.end, m.start).replace(/^\)/, '');
    if (JOIN.test(gap)) return true;
    if (prev.entityId === m.entityId && /^\s*\(\s*$/.test(gap)) return true; // dysprosium (Dy)
  }
  // Its own symbol in brackets right after it: `lead (Pb)`, `tin (Sn)` (blind-126's list of metals).
  if (next?.entityId === m.entityId && next.symbol === true && /^\s?\($/.test(text.slice(m.end, next.start)) && text[next.end] === ')') return true;
  return isMaterial(next, kinds) && JOIN.test(text.slice(m.end, next.start));
}
