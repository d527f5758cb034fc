/**
 * A list marker opening a line (`- `, `• `, `∗`): it carries no words. The normaliser drops it
 * (`normalise.ts`); the page blanks it where it reads its blocks as one article, so both read the
 * same sentence, and no offset moves on the page.
 */
export const LIST_MARKER = /^(?:[-–•*·▪●]\s+|[•∗·▪●]\s*)+/;

/** A line's list marker as spaces (`- item` → `  item`). */
export function blankListMarker(line: string): string {
  return line.replace(LIST_MARKER, (m) => ' '.repeat(m.length));
}
