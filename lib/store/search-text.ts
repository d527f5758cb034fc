/**
 * Folding for the timeline and saved-list search: case- and accent-insensitive, so `sao paulo`
 * finds `São Paulo` and `LYNAS` finds `Lynas`, and curly/straight quotes are the same letter.
 */

/** Lower-cases, strips combining marks and unifies apostrophes. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/** Splits a user's query into folded words, all of which must match. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .slice(0, 16);
}
