/**
 * A material that is also a common word (`nickel` a coin, `gold` a medal, `lead` a verb) counts
 * only where the document names another material too. Beside a word of its market it stands
 * alone: `nickel ore quotas`, `three-month nickel`, `refined cobalt`, `gold prices`, `tonnes of
 * copper`: news about
 * that one commodity need not name a second.
 */

/**
 * What vouches for such a word (its `requires`): another material, or a mine, a plant or a policy
 * of the field (`gold` in an opinion on wildcat mining that names the Minamata Convention and no
 * other metal; blind-125). Only on a page about the field (the topic gate comes first), where a
 * mine or a law of the trade beside `gold` makes it the metal. The lexicon writes it on every
 * everyday metal word (seeds/lexicon/materials.ts).
 */
export const FIELD_CONTEXT = ['kind:material', 'kind:project', 'kind:policy'] as const;

/** True for that condition (or `kind:material` alone, a list-only word's): the material may stand alone beside its market. */
export function isFieldContext(requires: readonly string[]): boolean {
  return requires.includes('kind:material') && requires.every((r) => (FIELD_CONTEXT as readonly string[]).includes(r));
}

/** Words after a material that make it a commodity (`nickel ore`, `cobalt prices`, `lead smelter`). */
const AFTER = new Set(
  (
    'ore ores price prices output production producer producers export exports import imports smelter smelters smelting ' +
    'refinery refineries refining mine mines mining miner miners reserve reserves deposit deposits concentrate concentrates ' +
    'matte sulphate sulfate hydroxide futures quota quotas market markets supply supplies demand stockpile stockpiles ' +
    'processing tonnes tons shipments'
  ).split(' '),
);
/** Words before a material that make it a commodity (`refined cobalt`, `three-month nickel`, `LME nickel`). */
const BEFORE = new Set('mined refined three-month battery-grade primary spot LME Comex'.split(' '));

/** A unit of quantity, or a price, and `of` before a material (`tonnes of copper`, `the price of gold`). */
const AMOUNT_OR_PRICE_OF = [
  'tonnes of ',
  'tons of ',
  'tonne of ',
  'ton of ',
  'kilotonnes of ',
  'pounds of ',
  'lbs of ',
  'ounces of ',
  'kilograms of ',
  'price of ',
  'prices of ',
];

/** An ASCII letter or a hyphen: the words above are written so (read in code: a `\p{L}` expression is kilobytes of machine code in every tab). */
const wordish = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;

/** True when the material written at [start, end) of `text` has a word of its market beside it. */
export function namedAsCommodity(text: string, start: number, end: number): boolean {
  if (text[end] === ' ' || text[end] === '-') {
    let j = end + 1;
    while (j < text.length && j < end + 16 && wordish(text.charCodeAt(j))) j++;
    if (j > end + 1 && AFTER.has(text.slice(end + 1, j).toLowerCase())) return true;
  }
  if (text[start - 1] !== ' ') return false;
  // `3 million tonnes of copper`, `pounds of nickel`, `the price of gold`: a quantity or a price of the commodity.
  const lead = text.slice(Math.max(0, start - 14), start).toLowerCase();
  for (const unit of AMOUNT_OR_PRICE_OF) if (lead.endsWith(unit) && !wordish(text.charCodeAt(start - unit.length - 1))) return true;
  let k = start - 1;
  while (k > 0 && k > start - 16 && wordish(text.charCodeAt(k - 1))) k--;
  const before = text.slice(k, start - 1);
  return before.length > 0 && (BEFORE.has(before) || BEFORE.has(before.toLowerCase()));
}

const upperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
};
const lowerAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
};
/** Lower-case words of four letters or more that a title-case headline leaves in lower case. */
const HEADLINE_SMALL = new Set('with from into onto over upon amid than that this after among across about against under'.split(' '));

/**
 * True when a material written in title case (`Silver`, `Gold`) opens a proper name in prose:
 * another title-case word follows (`in Silver Spring, Maryland`, `Gold Coast investors`, `the
 * Lithium Lane garden centre`), and the line is sentence-case prose (it holds a lower-case word
 * of four letters or more that a headline would capitalise). A title-case headline (`Silver
 * Prices Rise`) and a name the dictionary holds (`Gold Fields`: the longer match) are not this.
 */
export function opensProperName(text: string, start: number, end: number): boolean {
  if (!titleCased(text, start, end)) return false;
  if (text.charCodeAt(end) !== 32 || !upperAt(text, end + 1) || !lowerAt(text, end + 2)) return false;
  return inSentenceCaseLine(text, start, end);
}

/**
 * True when a material written in title case stands inside a sentence of sentence-case prose, after
 * a lower-case word (`its Boron operation`, `the town of Boron in Kern County`): prose writes the
 * material in lower case, so the capital makes it a name (a town, a mine). A sentence's first word,
 * a list item, a table cell and a heading are not this.
 */
export function namedInProse(text: string, start: number, end: number): boolean {
  if (!titleCased(text, start, end) || !spaceAt(text, start - 1) || !lowerAt(text, start - 2)) return false;
  return inSentenceCaseLine(text, start, end);
}

/**
 * A space, a tab or a no-break space: the saved text turns the last two into spaces
 * (lib/text/normalise.ts), and a page keeps them, so both read them alike.
 */
function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 0xa0;
}

/** One capital, then lower-case letters only, three letters or more. */
function titleCased(text: string, start: number, end: number): boolean {
  if (!upperAt(text, start) || end - start < 3) return false;
  for (let i = start + 1; i < end; i++) if (!lowerAt(text, i)) return false;
  return true;
}

/** The line around [start, end) (up to 300 characters each way) holds a lower-case word of four letters or more that a headline would capitalise. */
function inSentenceCaseLine(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && a > start - 300 && text[a - 1] !== '\n') a--;
  let b = end;
  while (b < text.length && b < end + 300 && text[b] !== '\n') b++;
  for (let i = a; i < b; i++) {
    if (!lowerAt(text, i) || (i > a && (lowerAt(text, i - 1) || upperAt(text, i - 1)))) continue;
    let j = i;
    while (j < b && lowerAt(text, j)) j++;
    if (j - i >= 4 && !HEADLINE_SMALL.has(text.slice(i, j))) return true;
    i = j;
  }
  return false;
}

/** Names of chemical classes that a mineral's description uses (`a phosphate mineral`). */
const MINERAL_CLASSES = new Set('phosphate carbonate sulphide sulfide oxide silicate fluoride chloride sulphate sulfate halide'.split(' '));

/**
 * True when the word at [start, end) names a chemical class before `mineral` (`monazite, a
 * phosphate mineral that carries neodymium`, `apatite, the phosphate mineral`) describes the
 * mineral and is no mention of the material (4 of 4 such uses in the recall corpora are unmarked).
 */
export function namesMineralClass(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !MINERAL_CLASSES.has(text.slice(start, end).toLowerCase())) return false;
  const after = text.slice(end + 1, end + 10);
  return after.startsWith('mineral') && !wordish(after.charCodeAt(after.startsWith('minerals') ? 8 : 7));
}
