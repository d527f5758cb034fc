/**
 * The fact pipeline: normalised text → mentions (from the spotter) → the dated events of every
 * sentence that names an entity. The same code builds the seed bundle in Node and reads a saved
 * article in the browser, so it takes the spotter as an argument and touches no platform API.
 *
 * Issue 12: a sentence may hold several events (`events.ts`, `clauses.ts`), and a clause with no
 * date of its own may be dated by its context. The context is read here, sentence by sentence:
 * - a paragraph that opens with a date (`In July 2025, …`) dates the past deeds it goes on to tell;
 * - a section whose heading carries a date dates the sentences under it;
 * - a continuation (`also`, `in turn`, `meanwhile`, `The deal`, `It`: `continuation.ts`) carries
 *   the date of the topic it continues; a new date or a new topic stops it;
 * - only past deeds take a date from context (`tense.ts`); the present and future describe the
 *   report's own time and keep the publication date (`from: 'published'`).
 */
import { extractRelatedItems, normaliseArticleText, readArticleHeader, type ArticleHeader, type RelatedItem } from '../text/normalise';
import { splitSentences, type SentenceUnit } from '../text/sentences';
import { readContinuation } from './continuation';
import { resolveDate, type ResolveDateOptions } from './dates';
import { applyContext, buildEvents, readSentence } from './events';
import type { Fact, FactDate, Mention } from './schema';

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

/** What the sentences read so far say about the next one. */
interface Topic {
  /** The date of the deed being told, if it is a past one the text states. */
  date?: FactDate;
  entities: Set<string>;
  /** The main clause's entities of the last sentence that named any (what `It`/`The project` points to). */
  last: string[];
}

/** A date usable as context: stated (or itself from context) and not a plan. */
const passable = (d: FactDate | undefined): FactDate | undefined => (d && d.from !== 'published' && !d.planned ? d : undefined);

/** The sentence opens with its date (`In July 2025, …`, `This week, …`). */
function opensWithDate(sentence: string, date: FactDate): boolean {
  return date.from === 'text' && date.phrase !== undefined && sentence.toLowerCase().startsWith(date.phrase.toLowerCase());
}

/**
 * Facts of an already normalised text: the events of each sentence (not heading) naming an entity
 * or pointing back to one. The first event of a sentence has id `${sourceId}:${start}`, further ones
 * `${sourceId}:${start}:${n}`; each has the verbatim sentence as `quote` at its offsets, its clause
 * (when there are several), its date, figures, entities and section heading.
 */
export function extractFacts(input: ExtractInput, spotter: MentionFinder): { mentions: Mention[]; facts: Fact[] } {
  const { text, published, sourceId } = input;
  const mentions = [...spotter.findMentions(text)].sort((a, b) => a.start - b.start || a.end - b.end);
  const options: ResolveDateOptions = input.publishedPrecision ? { publishedPrecision: input.publishedPrecision } : {};
  const facts: Fact[] = [];
  let topic: Topic = { entities: new Set(), last: [] };
  let section: FactDate | undefined;
  let opening: FactDate | undefined;
  let previous: SentenceUnit | undefined;
  let next = 0; // mentions are sorted, sentences are in order: one pass over both
  for (const s of splitSentences(text)) {
    while (next < mentions.length && (mentions[next]?.start ?? 0) < s.start) next++;
    const own: Mention[] = [];
    for (let i = next; i < mentions.length && (mentions[i]?.start ?? Infinity) < s.end; i++) own.push(mentions[i]!);
    const paragraphStart = !previous || text.slice(previous.end, s.start).includes('\n');
    previous = s;
    // Headings repeat the sentence under them ("Vietnam Passes Rare Earth Export Ban"): their
    // mentions count, but a fact from them would be a duplicate on every timeline. A dated heading
    // dates its section; a heading starts a new topic.
    if (s.isHeading) {
      section = passable(resolveDate(s.text, published, options));
      topic = { entities: new Set(), last: [] };
      opening = undefined;
      continue;
    }
    if (paragraphStart) opening = undefined;
    const reading = readSentence(s.text, published, options);
    const link = readContinuation(s.text, s.start, own, topic.entities);
    const firstDate = reading.dates[0]!;
    const opensHere = opensWithDate(s.text, firstDate) ? passable(firstDate) : undefined;
    const dates = applyContext(s.text, reading, {
      ...((opensHere ?? opening) ? { opening: opensHere ?? opening } : {}),
      ...(link.continues && topic.date ? { topic: topic.date } : {}),
      ...(section ? { section } : {}),
    });
    const inherited = link.anaphoric ? topic.last.filter(link.refersTo ?? (() => true)) : [];
    const { facts: events, mainEntities } = buildEvents(s, reading, dates, own, inherited, sourceId);
    facts.push(...events);
    // What the next sentence inherits. A new date starts a new topic (and ends the paragraph's
    // opening date unless this sentence is the opening); a continuation adds to the topic; any
    // other sentence is a new topic with no date.
    const ids = own.map((m) => m.entityId);
    if (reading.ownDate) {
      topic = { ...(passable(firstDate) ? { date: firstDate } : {}), entities: new Set([...ids, ...inherited]), last: mainEntities };
      opening = paragraphStart ? opensHere : undefined;
    } else if (link.continues) {
      for (const id of ids) topic.entities.add(id);
      if (mainEntities.length) topic.last = mainEntities;
      if (paragraphStart) opening = undefined;
    } else {
      topic = { entities: new Set(ids), last: mainEntities };
    }
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
