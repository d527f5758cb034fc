/**
 * The spotter's match and scanner shapes, in a module of their own so the matcher's helpers
 * (symbols, seats, possessives) can name them without importing the matcher back.
 */
import type { Mention } from '../facts/schema';

/** A match before the document-level ambiguity rules; `requires` is copied from its alias. */
export interface SpotMatch extends Mention {
  requires?: string[];
  /** Set on a chemical symbol (`Dy`): kept only in a list of materials (see symbols.ts). */
  symbol?: true;
  /** Set on an acronym the article defined from a name's initials (definitions.ts): it wins a tie against another entity's reading. */
  initials?: true;
  /**
   * Readings of the same span that the words around it set aside (a town and the plant named for
   * it, `scanner.ts`), all needing context as this one does: one of them is taken instead when the
   * document names none of this one's `requires` and names one of its own (`La Paz` the project,
   * set aside for Bolivia's city in an article that names Bolivia and not the project's company).
   */
  otherwise?: SpotMatch[];
  /** How many of the document's matches this one stands for (the page's one stand-in per entity, lib/page/resolve-mentions.ts); 1 when unset. */
  count?: number;
}

/** How to read line breaks in the scanned text. */
export interface ScanOptions {
  /**
   * `hard` (default): a line break ends any name, as in normalised article text where `\n`
   * separates paragraphs and headings. `soft`: a line break is just a space, as in a DOM text
   * block, whose source newlines render as spaces (blocks never span two paragraphs anyway).
   */
  lineBreaks?: 'hard' | 'soft';
  /**
   * When given, the start and end of each stop phrase the scan read past (`US$`, `Oval Office`) are
   * pushed onto it, so a caller can tell a phrase that is no name from one the dictionary lacks.
   */
  stops?: number[];
}

/** A scanner over one dictionary: the shared one, or an article's own short forms. */
export interface Scanner {
  /** All matches in one string, before document-level ambiguity rules. Non-overlapping, longest wins, sorted by start. */
  scan(text: string, options?: ScanOptions): SpotMatch[];
}

/** `m` moved by `by` units (a block's match laid into a page's text), with the readings it set aside. */
export function shiftMatch(m: SpotMatch, by: number): SpotMatch {
  const moved: SpotMatch = { ...m, start: m.start + by, end: m.end + by };
  if (m.otherwise) moved.otherwise = m.otherwise.map((o) => shiftMatch(o, by));
  return moved;
}
