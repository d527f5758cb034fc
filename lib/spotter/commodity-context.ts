/**
 * A material that is also a common word (`nickel` a coin, `gold` a medal, `lead` a verb) counts
 * only where the document names another material too. Beside a word of its market it stands
 * alone: `nickel ore quotas`, `three-month nickel`, `refined cobalt`, `gold prices`: news about
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

const WORD_AFTER = /^[ -]([\p{L}-]+)/u;
const WORD_BEFORE = /([\p{L}-]+) $/u;

/** True when the material written at [start, end) of `text` has a word of its market beside it. */
export function namedAsCommodity(text: string, start: number, end: number): boolean {
  const after = WORD_AFTER.exec(text.slice(end, end + 16))?.[1];
  if (after && AFTER.has(after.toLowerCase())) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  return before !== undefined && (BEFORE.has(before) || BEFORE.has(before.toLowerCase()));
}
