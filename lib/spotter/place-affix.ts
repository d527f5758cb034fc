/**
 * A place's government is named around the place: `Government of Saskatchewan`, `State of
 * Wyoming`, `Province of Quebec`, `the Saskatchewan government`, `Ontario Government`. Such a
 * phrase is a mention of the place (the seeds' convention: `Indian government` is India acting as
 * itself). The matcher widens a country or region match over the affix, so no dictionary has to
 * hold thousands of `Government of X` forms.
 */

/** Written before a place, capitalised as a title. */
const PREFIXES: readonly string[] = ['Government of ', 'GOVERNMENT OF ', 'State of ', 'STATE OF ', 'Province of ', 'Commonwealth of '];
/** Written after a place. */
const SUFFIXES: readonly string[] = [' state government', ' State Government', ' provincial government', ' Provincial Government', ' territorial government', ' government', ' Government', ' GOVERNMENT'];

const WORD = /[\p{L}\p{N}]/u;

/**
 * Start of a prefix that ends right at `start` (`Government of ` before `Canada`), else `start`.
 * The prefix may not reach back before `floor` (the end of the previous match).
 */
export function placePrefixStart(text: string, start: number, floor: number): number {
  for (const p of PREFIXES) {
    const at = start - p.length;
    if (at >= floor && text.startsWith(p, at) && (at === 0 || !WORD.test(text[at - 1]!))) return at;
  }
  return start;
}

/** End of a suffix that starts right at `end` (` government` after `Saskatchewan`), else `end`. */
export function placeSuffixEnd(text: string, end: number): number {
  for (const s of SUFFIXES) {
    if (!text.startsWith(s, end)) continue;
    const after = end + s.length;
    if (after < text.length && WORD.test(text[after]!)) continue;
    return after;
  }
  return end;
}
