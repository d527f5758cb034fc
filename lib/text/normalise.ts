/**
 * Turns raw article text (a seed file, or Readability's text of a saved page) into the normalised
 * text that every offset in the knowledge base points into: one paragraph or heading per line,
 * joined by a single `\n`, with real artefacts repaired and page furniture dropped.
 */
import { LIST_MARKER } from './list-marker';
import { isBoilerplateLine, isRelatedHeading, stripInlineBoilerplate } from './boilerplate';
import { letterRuns, repairSpacelessRuns, spaceCjk, splitGluedHeadings, splitGluedSentences, splitRomanNumeral } from './glued';
import { repairMojibake } from './mojibake';

export { readArticleHeader, extractRelatedItems, type ArticleHeader, type RelatedItem } from './boilerplate';

/** Spaces that are not U+0020 (NBSP, thin, ideographic…) and tabs: all become one plain space. */
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Zero-width characters that split words invisibly and would break matching. */
// eslint-disable-next-line no-misleading-character-class -- each is removed on its own; the ZWJ joins nothing here
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;

/** `- item`, `• item`, `∗item` → `item`: list markers carry no words and would start each sentence. */
function stripBullet(line: string): string {
  return line.replace(LIST_MARKER, '');
}

/**
 * True when `line` repeats an earlier line, either exactly (a list that prints each headline twice)
 * or as a page-title footer: an earlier line plus ` - Publisher` (seed 001's last line).
 */
function isRepeat(line: string, earlier: readonly string[], seen: ReadonlySet<string>): boolean {
  if (seen.has(line)) return true;
  return earlier.some((prev) => prev.length >= 20 && line.startsWith(prev) && /^\s+[-|–—]\s+[^.]{1,60}$/.test(line.slice(prev.length)));
}

/** Fixes one line's glued words; may return several lines (a glued heading becomes its own). */
function repairLine(line: string, writtenElsewhere: (word: string) => boolean): string[] {
  let l = stripBullet(line);
  l = splitRomanNumeral(l);
  l = repairSpacelessRuns(l);
  l = spaceCjk(l);
  l = splitGluedSentences(l);
  return splitGluedHeadings(l, writtenElsewhere).split('\n');
}

/**
 * Normalises raw article text. Repairs: line endings; zero-width and odd spaces; cp874 mojibake
 * (`Chinaโs` → `China’s`, see `mojibake.ts`); a left quote used as an apostrophe (`SMM‘s`);
 * glued words (see `glued.ts`). Drops: blank lines, page furniture (header meta line, contact
 * lines, disclaimers, share buttons, comment counters, markup remnants, `(opens in a new tab)`),
 * everything from a "Related News" heading on (other articles: see `extractRelatedItems`), and
 * repeated lines. Typographic quotes and dashes are kept as written: the text stays verbatim.
 * CJK is kept (honest text), spaced off from Latin words. Pure and idempotent.
 */
export function normaliseArticleText(raw: string): string {
  let text = String(raw).replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '');
  text = repairMojibake(text).replace(ODD_SPACES, ' ');
  text = text.replace(/(?<=\p{L})‘(?=s\b)/gu, '’');
  const out: string[] = [];
  const seen = new Set<string>();
  const runs = letterRuns(text);
  const writtenElsewhere = (word: string) => (runs.get(word) ?? 0) > 1;
  for (const rawLine of text.split('\n')) {
    const line = stripInlineBoilerplate(rawLine).replace(/ {2,}/g, ' ').trim();
    if (isRelatedHeading(line)) break;
    if (!line || isBoilerplateLine(line)) continue;
    for (const part of repairLine(line, writtenElsewhere)) {
      const p = part.replace(/ {2,}/g, ' ').trim();
      // A repaired line can reveal the list's heading (`…halts.Related News`): the article ends there.
      if (isRelatedHeading(p)) return out.join('\n');
      if (!p || isBoilerplateLine(p) || isRepeat(p, out, seen)) continue;
      seen.add(p);
      out.push(p);
    }
  }
  return out.join('\n');
}
