/**
 * Lodestone annotates pages about its field. A city essay that names Tokyo and Las Vegas, a
 * football report, a phone review with a "titanium frame" are not about rare earths and critical
 * minerals: every highlight there is noise. So a page (or an article) gets highlights only when it
 * is about the field, which takes two points of evidence:
 * - each anchor the page names (a material, a project, a policy, or a company of the chain, by a
 *   form without context): one, so one company alone (a yacht called Iluka in a sailing report)
 *   is not enough; a common noun capitalised mid-sentence (`a
 *   cover of Lithium`, the `Cobalt Stage`) names something else (a song, a stage) and counts nothing,
 *   and so does a one-word name after a capitalised word that is no English word (`Sarah Lynas`,
 *   a jeweller: a given name and a surname);
 * - the field's own words (`rare earths`, `critical minerals`): two, enough alone, but one in
 *   quotation marks (`"rare earth" magnets`: the term talked about) or when capitalised mid-sentence (`in the style of Rare Earth`: a band; a title-case headline), and
 *   none when written with capitals inside and running on into lower-case prose (`Rare Earth
 *   will headline`: a name);
 * - each word of the mining trade (`mining`, `smelter`, `offtake`): one, and none when it ends a
 *   name mid-sentence (`the Hollow Creek Miners`: a team).
 * Countries, places, people, governments and companies named in news of every kind (`general`:
 * carmakers, banks, news agencies, makers of things every household buys) are not anchors: they
 * are everywhere.
 */
import type { EntityKind } from '../catalog/schema';
import { isCommonWord, isDemonym } from '../text/common-words';
import { wordCharAt } from './word-edge';

/** The field's own words, which no page about something else uses: one in lower case is enough. */
export const FIELD_WORDS = /\brare[\s-]earths?\b|\bcritical[\s-](?:minerals?|raw[\s-]materials|metals)\b|\bpermanent[\s-]magnets?\b/i;
/**
 * Words of mining and metals that other pages use now and then (a recipe's "minerals", a game's
 * "smelting"): one point each (a mining-policy story says "mining" and "mineral" many times).
 */
const TRADE_WORDS = /\b(?:mining|miners?|minerals?|smelt(?:er|ers|ing)|refiner(?:y|ies)|offtake|metallurg\w*|mineral[\s-]rights)\b/gi;

/** A capitalised word next: the name goes on. */
const NAME_GOES_ON = /^ \p{Lu}/u;

const NO_NAMES: ReadonlySet<string> = new Set();

/** The points that make a document about the field. */
export const ABOUT_FIELD = 2;

/** Kinds whose entities anchor a page in the field, unless flagged `general`. */
const ANCHOR_KINDS: ReadonlySet<EntityKind> = new Set(['material', 'project', 'policy', 'company']);

/** Whether an entity of this kind and flag anchors a page in the field. */
export function isAnchor(kind: EntityKind | undefined, general: boolean | undefined): boolean {
  return kind !== undefined && ANCHOR_KINDS.has(kind) && !general;
}

const FIELD_WORDS_ALL = new RegExp(FIELD_WORDS.source, 'gi');

/**
 * True when the trade word matched at `start`…`end` is a name's head: capitalised mid-sentence, no
 * capital next. `Miners` capitalised mid-sentence is a name's word wherever it stands (`Miners Row`,
 * the `Ashcombe Miners Welfare Club`): streets, clubs and teams bear it, companies name themselves
 * `Mining` or `Minerals`.
 */
function tradeWordAsName(text: string, start: number, end: number): boolean {
  return capitalisedMidSentence(text, start) && (!NAME_GOES_ON.test(text.slice(end, end + 3)) || /^Miners?$/.test(text.slice(start, end)));
}

/**
 * The trade words a document writes as a name somewhere (`the relay went to Miners by a trainer`:
 * a school house, a team), without case or plural. Elsewhere in it the word counts nothing, however
 * written (`Miners lifted the Copper Cup`, a results list's `- Miners: 412`, `a retired lead
 * miner's son` in a weather column whose football team is the Miners): a page that names a team or
 * a house after the trade is about the team, and a story about mining has its own evidence.
 */
export function tradeWordNames(texts: Iterable<string>): ReadonlySet<string> {
  const names = new Set<string>();
  for (const text of texts) {
    TRADE_WORDS.lastIndex = 0;
    for (let m = TRADE_WORDS.exec(text); m; m = TRADE_WORDS.exec(text)) if (tradeWordAsName(text, m.index, m.index + m[0].length)) names.add(stem(m[0]));
  }
  return names;
}

/** A trade word's form without case and plural: `Miners`, `miner` → `miner`. */
const stem = (word: string): string => word.toLowerCase().replace(/s$/, '');

/**
 * The points the words of `text` give (see the module comment), counted up to `need`. `names`: the
 * trade words the document writes as names (`tradeWordNames`), which count nothing anywhere in it.
 */
export function wordPoints(text: string, need: number = ABOUT_FIELD, names: ReadonlySet<string> = NO_NAMES): number {
  let n = 0;
  FIELD_WORDS_ALL.lastIndex = 0;
  for (let m = FIELD_WORDS_ALL.exec(text); m && n < need; m = FIELD_WORDS_ALL.exec(text)) {
    if (opensOtherName(text, m.index, m.index + m[0].length) || namedInProse(text, m.index, m.index + m[0].length)) continue;
    // In quotation marks (`"rare earth" magnets`), the words are talked about (a lesson, a glossary)
    // rather than used: one point, as a capitalised one.
    n += inQuotes(text, m.index, m.index + m[0].length) || capitalisedMidSentence(text, m.index) ? 1 : ABOUT_FIELD;
  }
  TRADE_WORDS.lastIndex = 0;
  // Capitalised mid-sentence and ending a name, a trade word is a name's head (`the Hollow Creek
  // Miners`, a team); inside a name it is a term of the trade (`the Mineral Resource Estimate`,
  // `the Critical Minerals Strategy`).
  for (let m = TRADE_WORDS.exec(text); m && n < need; m = TRADE_WORDS.exec(text))
    if (!names.has(stem(m[0])) && !tradeWordAsName(text, m.index, m.index + m[0].length)) n++;
  return Math.min(n, need);
}

/**
 * Words that a capitalised field word opens a name of the field with (`the Rare Earth Bill`, `the
 * Critical Minerals Strategy`, a title-case headline's `Rare Earth Export Curbs`).
 */
const FIELD_NAME_WORDS = new Set(
  (
    'Element Elements Magnet Magnets Metal Metals Mineral Minerals Material Materials Industry Industries Act Bill Law Laws ' +
    'Strategy Alliance Association Group Corporation Corp Company Co Ltd Limited Holdings Resources Mining Miner Miners ' +
    'Export Exports Import Imports Supply Supplies Production Producer Producers Processing Refining Refinery Separation ' +
    'Oxide Oxides Price Prices Market Markets Security Partnership Initiative Program Programme Fund Facility Project ' +
    'Projects Plan Policy Policies Reserve Reserves Stockpile Stockpiles Control Controls Rule Rules Regulation Regulations ' +
    'Summit Conference Forum Office Task Agency Institute Centre Center Deal Deals Agreement Accord Framework List Chain ' +
    'Chains Sector Development Research Technology Technologies Innovation Recycling Demand Trade Ban Bans Curb Curbs ' +
    'Tariff Tariffs Dispute Crisis War Shortage Shortages Output Mine Mines Deposit Deposits Permanent Sovereign Report ' +
    'Outlook Investment Investments Finance Financing Value Dependence Independence Access Stocks Shares'
  ).split(' '),
);

const isLower = (c: number): boolean => (c >= 97 && c <= 122) || c === 0xe9 || c === 0xe8;

const QUOTES = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019']);

/** Whether [start, end) stands between quotation marks. */
const inQuotes = (text: string, start: number, end: number): boolean => QUOTES.has(text[start - 1] ?? '') && QUOTES.has(text[end] ?? '');

/**
 * True when a capitalised field word at [start, end) names something else: a title in quotation
 * marks (a film called `“Rare Earth”`), a possessive (`Rare Earth's biggest hit`: the band) or the
 * first words of another name (`the Rare Earth Cafe`, `Rare Earth Records`). An all-capitals
 * headline is neither.
 */
function opensOtherName(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (!(c >= 65 && c <= 90) || text.slice(start, end) === text.slice(start, end).toUpperCase()) return false;
  // A title in quotation marks (`a film called “Rare Earth”`, `'Rare Earth' digs deep`): a work's name.
  if (inQuotes(text, start, end)) return true;
  // Read in code, not with `\p{…}` expressions (each is kilobytes of machine code in every tab).
  if ((text[end] === "'" || text[end] === '\u2019') && text[end + 1] === 's' && !wordCharAt(text, end + 2)) return true;
  // The maker of a work (`a cover of "Get Ready" by Rare Earth`, `a novel by Rare Earth`): a band's
  // or an author's name; a company of the field after `by` is matched as the company itself.
  if (start >= 3 && text.slice(start - 3, start).toLowerCase() === 'by ' && (start === 3 || !wordCharAt(text, start - 4))) return true;
  if (text[end] !== ' ') return false;
  const first = text.charCodeAt(end + 1);
  if (!(first >= 65 && first <= 90)) return false;
  let j = end + 2;
  while (j < text.length && isLower(text.charCodeAt(j))) j++;
  // `the Rare Earth Cafe`: a capitalised word with small letters after it, not a word of the field.
  return j > end + 2 && !FIELD_NAME_WORDS.has(text.slice(end + 1, j));
}

/** Capitalised words that open a sentence, not a name (`The Rare Earth quartet…`). */
const NAME_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'Our', 'Your', 'His', 'Her', 'My']);

/** Words a title-case headline leaves in lower case (`Rare Earths and Lithium Lead Gains`). */
const SMALL_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'as', 'vs']);

/**
 * True when a field phrase written with capitals inside it (`Rare Earth`, not `Rare earth`) runs on
 * into lower-case prose: past commas and the words a title-case headline leaves small, the next
 * word is lower case (`Rare Earth and a silver-haired saxophonist steal…`, `was Rare Earth, a
 * quintet`, `Rare Earth will be on the main stage`). Sentence-case prose writes the field's words
 * in lower case, so these capitals name something else: a band, a film, a café. A title-case
 * headline (`Rare Earths, Lithium Lead Gains`) and a name of the field (`Rare Earth Magnets`) go on
 * with a capital and still count.
 */
function namedInProse(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  if (!/^[A-Z]/.test(phrase) || phrase === phrase.toUpperCase() || !/[\s-][A-Z]/.test(phrase)) return false;
  // The end of a longer name (`Lynas Rare Earths reported…`, `USA Rare Earth said`): a company of
  // the field, whose own words count as before.
  const before = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}.&'’-]*) $/u.exec(text.slice(Math.max(0, start - 30), start));
  if (before && !NAME_OPENERS.has(before[1]!)) return false;
  let j = end;
  for (let words = 0; words < 4; words++) {
    while (j < text.length && (text[j] === ' ' || text[j] === ',' || text[j] === '\u00a0')) j++;
    const c = text.charCodeAt(j);
    if (!isLower(c)) return false;
    let k = j;
    while (k < text.length && isLower(text.charCodeAt(k))) k++;
    if (!SMALL_WORDS.has(text.slice(j, k))) return true;
    j = k;
  }
  return false;
}

const OPENERS = new Set([' ', '\t', '\u00a0', '"', "'", '\u201c', '\u2018', '(', '[', '*']);
const ENDERS = new Set(['.', '!', '?', ':', ';', '\n', '\r', '\u2013', '\u2014', '-', '|', '\u2022']);

/**
 * True when a common noun (an entity named in lower case: `lithium`) is written capitalised in
 * the middle of a sentence at `start`: `a cover of Lithium`, the `Cobalt Stage`. Such a form names
 * something else (a song, a stage, a brand) and is no evidence that the page is about the field.
 */
export function commonNounAsName(name: string, text: string, start: number): boolean {
  const first = name.charCodeAt(0);
  return first >= 97 && first <= 122 && capitalisedMidSentence(text, start);
}

/** True when the word at `start` opens with a capital (ASCII) and stands in the middle of a sentence. */
function capitalisedMidSentence(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (!(c >= 65 && c <= 90)) return false;
  let j = start - 1;
  while (j >= 0 && OPENERS.has(text[j]!)) j--;
  return j >= 0 && !ENDERS.has(text[j]!);
}

const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u;

/**
 * True when the one-word name at `start` follows a capitalised word that is no English word, with
 * one space between: `Sarah Lynas` (a person), not `Australian miner Lynas`, `When Lynas`, `ASX Lynas`.
 */
export function afterGivenName(text: string, start: number): boolean {
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && !isCommonWord(m[1]!) && !isDemonym(m[1]!);
}
