/**
 * The fact pipeline: normalised text → mentions (from the spotter) → one dated fact per sentence
 * that names an entity. The same code builds the seed bundle in Node and reads a saved article in
 * the browser, so it takes the spotter as an argument and touches no platform API.
 */
import { extractRelatedItems, normaliseArticleText, readArticleHeader, type ArticleHeader, type RelatedItem } from '../text/normalise';
import { splitSentences } from '../text/sentences';
import { resolveDate, type ResolveDateOptions } from './dates';
import { parseFigures } from './figures';
import type { Fact, Mention } from './schema';

/** Anything that finds entity mentions in a string (the real one is `lib/spotter`). */
export interface MentionFinder {
  findMentions(text: string): Mention[];
}

/** The article to read: normalised text and its publication date. */
export interface ExtractInput {
  text: string;
  /** `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that much is known). */
  published: string;
  sourceId: string;
  publishedPrecision?: ResolveDateOptions['publishedPrecision'];
}

/**
 * Facts of an already normalised text: one per sentence (not heading) with at least one mention
 * starting inside it. Each fact has id `${sourceId}:${start}`, the entity ids in order of first
 * mention, the verbatim quote at its offsets, its event date, figures and section heading.
 */
export function extractFacts(input: ExtractInput, spotter: MentionFinder): { mentions: Mention[]; facts: Fact[] } {
  const { text, published, sourceId } = input;
  const mentions = [...spotter.findMentions(text)].sort((a, b) => a.start - b.start || a.end - b.end);
  const options: ResolveDateOptions = input.publishedPrecision ? { publishedPrecision: input.publishedPrecision } : {};
  const facts: Fact[] = [];
  let next = 0; // mentions are sorted, sentences are in order: one pass over both
  for (const s of splitSentences(text)) {
    while (next < mentions.length && (mentions[next]?.start ?? 0) < s.start) next++;
    const ids: string[] = [];
    for (let i = next; i < mentions.length && (mentions[i]?.start ?? Infinity) < s.end; i++) {
      const id = mentions[i]?.entityId;
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    // Headings repeat the sentence under them ("Vietnam Passes Rare Earth Export Ban"): their
    // mentions count, but a fact from them would be a duplicate on every timeline.
    if (ids.length === 0 || s.isHeading) continue;
    facts.push({
      id: `${sourceId}:${s.start}`,
      entityIds: ids,
      quote: s.text,
      start: s.start,
      end: s.end,
      date: resolveDate(s.text, published, options),
      figures: parseFigures(s.text),
      ...(s.heading ? { section: s.heading } : {}),
    });
  }
  return { mentions, facts };
}

/** What `extractArticle` returns: the normalised text, its mentions and facts, and page metadata. */
export interface ArticleExtraction {
  text: string;
  mentions: Mention[];
  facts: Fact[];
  /** The page header's own publication date, if it prints one (`Publish Time: 2025-11-25`). */
  header: ArticleHeader;
  /** Other articles listed under "Related News", with their dates; not part of `text`. */
  related: RelatedItem[];
}

/** Normalises raw article text, then extracts its mentions and facts (see `extractFacts`). */
export function extractArticle(
  raw: string,
  meta: { published: string; sourceId: string; publishedPrecision?: ResolveDateOptions['publishedPrecision'] },
  spotter: MentionFinder,
): ArticleExtraction {
  const text = normaliseArticleText(raw);
  const { mentions, facts } = extractFacts({ text, ...meta }, spotter);
  return { text, mentions, facts, header: readArticleHeader(raw), related: extractRelatedItems(raw) };
}

/** The text a "Related News" item is read as: its title (a heading) and, below it, its teaser. */
export function relatedItemText(item: RelatedItem): string {
  return normaliseArticleText(item.summary ? `${item.title}\n${item.summary}` : item.title);
}

/**
 * Reads one item of an article's "Related News" list as a small article of its own: its title
 * and teaser, dated by the item's own date (`Jan 30, 2026 18:24` under a December article), not
 * by the article that listed it. Offsets point into `relatedItemText(item)`.
 */
export function extractRelatedItem(item: RelatedItem, sourceId: string, spotter: MentionFinder): { text: string; mentions: Mention[]; facts: Fact[] } {
  const text = relatedItemText(item);
  return { text, ...extractFacts({ text, published: item.date, sourceId }, spotter) };
}
