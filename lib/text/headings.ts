/**
 * Tells a heading line from a paragraph line. Normalised text keeps one block per line, so a
 * heading is a line of its own: short, and without the punctuation that ends a sentence.
 */

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'as', 'vs', '&']);
/** Words a heading does not end on; a line ending on one was cut off (seed 002: `…28.7% MoM due`). */
const DANGLING = new Set([...SMALL_WORDS, 'due', 'than', 'like', 'such', 'but', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'be']);
/**
 * A line that ends on a verb of speech and a colon leads into a quote (`Chief Executive Jane Doe
 * said:`), as one ending on `follows:` leads into a list: both are prose, not headings.
 */
const LEAD_IN = new Set([
  'said',
  'says',
  'added',
  'adds',
  'commented',
  'comments',
  'stated',
  'states',
  'noted',
  'notes',
  'explained',
  'continued',
  'concluded',
  'remarked',
  'follows',
]);

/**
 * True for a heading line: no final `.`, `!`, `?`, `;` or `,` (a final `:` is a label heading,
 * `Geopolitical shifts:`, unless a verb of speech leads into a quote: `Jane Doe said:`), no sentence break inside, at most 30 words, and either at most 12
 * words or mostly capitalised words (a long title-case headline like seed 001's first line).
 */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  const bare = t.replace(/["”’)\]]+$/, '');
  if (/[.!?;,]$/.test(bare)) return false;
  if (/[a-z0-9)]{2}[.!?]["”’]?\s+["“(]?[A-Z]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 30) return false;
  const last = (words[words.length - 1] ?? '').replace(/[^\p{L}]/gu, '').toLowerCase();
  if (DANGLING.has(last) || (bare.endsWith(':') && LEAD_IN.has(last))) return false;
  if (words.length <= 12) return true;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^["“([]?[\p{Lu}\d]/u.test(w));
  return capitalised.length / Math.max(content.length, 1) >= 0.6;
}

/** The heading as a section name: without a trailing label colon. */
export function sectionName(line: string): string {
  return line.trim().replace(/\s*:$/, '');
}
