/**
 * A material that is also a common word (`nickel` a coin, `gold` a medal, `lead` a verb) counts
 * only where the document names another material too. Beside a word of its market it stands
 * alone: `nickel ore quotas`, `three-month nickel`, `refined cobalt`, `gold prices`, `tonnes of
 * copper`: news about
 * that one commodity need not name a second.
 */

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

/** A unit of quantity and `of` before a material (`tonnes of copper`). */
const QUANTITY_OF = ['tonnes of ', 'tons of ', 'tonne of ', 'ton of ', 'kilotonnes of ', 'pounds of ', 'lbs of ', 'ounces of ', 'kilograms of '];

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
  // `3 million tonnes of copper`, `pounds of nickel`: a quantity of the commodity.
  const lead = text.slice(Math.max(0, start - 14), start).toLowerCase();
  for (const unit of QUANTITY_OF) if (lead.endsWith(unit) && !wordish(text.charCodeAt(start - unit.length - 1))) return true;
  let k = start - 1;
  while (k > 0 && k > start - 16 && wordish(text.charCodeAt(k - 1))) k--;
  const before = text.slice(k, start - 1);
  return before.length > 0 && (BEFORE.has(before) || BEFORE.has(before.toLowerCase()));
}
