/**
 * Recognises the page furniture that text extraction drags along with an article: CMS header lines
 * (`Views: 2 Author: Site Editor Publish Time: 2025-11-25 Origin: Site`), contact lines with
 * e-mail addresses, disclaimers, share buttons, comment counters, markup remnants and a trailing
 * "Related News" list (seeds 001–004). The header's date and the related items' dates are kept
 * as data (`readArticleHeader`, `extractRelatedItems`) before the lines are dropped from the text.
 */
import { findLooseDate } from './loose-date';

/** Metadata printed in an article's header. */
export interface ArticleHeader {
  /** `YYYY-MM-DD` from a `Publish Time:` / `Published:` / `Posted on:` line. */
  published?: string;
  /** The words that gave the date (`Publish Time: 2025-11-25`). */
  phrase?: string;
  author?: string;
}

/** A dated item of a "Related News" list. */
export interface RelatedItem {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The item's teaser paragraph, when the list carries one. */
  summary?: string;
}

const HEADER_LABEL = /\b(?:Publish(?:ed)?(?:\s+(?:Time|Date|on))?|Posted(?:\s+on)?|Release Date)\s*:\s*/i;
const HEADER_LINE = /^(?:Views|Author|Publish(?:ed)?(?:\s+(?:Time|Date|on))?|Posted(?:\s+on)?|Updated|Origin|Release Date)\s*:/i;
const RELATED_HEADING =
  /^(?:related (?:news|articles|posts|stories|content|reading)|you (?:may|might) also like|more (?:news|stories)|recommended(?: for you| reading| articles)?|read next|further reading)\s*:?$/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const CONTACT =
  /^(?:for (?:any |more )?(?:inquiries|enquiries|queries|information)|please (?:contact|email|e-mail)|contact us|tel(?:ephone)?\s*:|phone\s*:|fax\s*:|e-?mail\s*:|wechat\s*:|whatsapp\s*:)/i;
const DISCLAIMER = /^(?:data source statement|disclaimer|copyright\b|all rights reserved|©)/i;
const SHARE_WORD =
  '(?:share(?: this(?: article| post| story)?)?|tweet|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|wechat|weibo|telegram|reddit|pinterest|copy link|read more|back to top)';
const SHARE_LINE = new RegExp(`^(?:${SHARE_WORD}[\\s|,•·:]*)+$`, 'i');
const COMMENTS = /^(?:\d+\s+comments?|leave a (?:comment|reply)|comments?)$/i;
const MARKUP = /<!--|!--.*-->|^-->$|^\/wp:/;
const PUNCT_ONLY = /^[\s\p{P}\p{S}]*$/u;

/** Removes link furniture inside a line: screen-reader hints such as `(opens in a new tab)`. */
export function stripInlineBoilerplate(line: string): string {
  return line.replace(/\s*\((?:opens|open|opening) in a new (?:tab|window)\)/gi, '');
}

/** True for a line that is page furniture rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (PUNCT_ONLY.test(t)) return true;
  if (t.length < 250 && (EMAIL.test(t) || CONTACT.test(t))) return true;
  if (t.length < 200 && HEADER_LINE.test(t) && (findLooseDate(t) || /\b(?:Author|Views|Origin)\s*:/i.test(t))) return true;
  // A bare phone number (`+86 21 5155 0306`): seven or more digits, spaced or with a `+`.
  if (/^\+?[\d\s().-]+$/.test(t) && (t.match(/\d/g)?.length ?? 0) >= 7 && /^\+|\d\s\d/.test(t)) return true;
  return DISCLAIMER.test(t) || SHARE_LINE.test(t) || COMMENTS.test(t) || MARKUP.test(t);
}

/** True for the heading that opens a related-articles list (`Related News`). */
export function isRelatedHeading(line: string): boolean {
  return RELATED_HEADING.test(line.trim());
}

/** Reads the publication date (and author) from a CMS header line near the top of the page. */
export function readArticleHeader(raw: string): ArticleHeader {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 12);
  const header: ArticleHeader = {};
  for (const line of lines) {
    const label = HEADER_LABEL.exec(line);
    if (label && header.published === undefined) {
      const after = line.slice(label.index + label[0].length, label.index + label[0].length + 40);
      const date = findLooseDate(after);
      if (date && after.indexOf(date.phrase) <= 1) {
        header.published = date.value;
        header.phrase = `${label[0]}${date.phrase}`.trim();
      }
    }
    const author = /\bAuthor\s*:\s*(.+?)(?=\s+(?:Views|Publish|Published|Posted|Updated|Origin|Source|Release)\b|$)/.exec(line);
    if (author?.[1] && header.author === undefined) header.author = author[1].trim();
  }
  return header;
}

/** The lines of `raw` from its related-list heading on, or [] when it has none. */
function relatedBlock(raw: string): string[] {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const at = lines.findIndex(isRelatedHeading);
  return at === -1 ? [] : lines.slice(at + 1).filter(Boolean);
}

function isDateLine(line: string): string | undefined {
  const d = findLooseDate(line);
  if (!d) return undefined;
  const rest = line
    .replace(d.phrase, '')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/, '')
    .trim();
  return rest === '' ? d.value : undefined;
}

/**
 * The dated items of a "Related News" list (seed 001: a title, its date, then the title repeated,
 * `Read More` and a teaser). An item is a short line directly followed by a date line; repeats of a
 * title are one item. These are other articles, so they are never part of the article's text.
 */
export function extractRelatedItems(raw: string): RelatedItem[] {
  const lines = relatedBlock(raw);
  const items: (RelatedItem & { at: number })[] = [];
  lines.forEach((line, i) => {
    const date = isDateLine(line);
    const title = lines[i - 1];
    if (!date || title === undefined || isDateLine(title) || SHARE_LINE.test(title)) return;
    if (title.length > 200 || /[.!?]$/.test(title) || items.some((it) => it.title === title)) return;
    items.push({ title, date, at: i - 1 });
  });
  return items.map((item, k) => {
    const end = items[k + 1]?.at ?? lines.length;
    const summary = lines
      .slice(item.at + 1, end)
      .filter((l) => l !== item.title && !isDateLine(l) && !SHARE_LINE.test(l) && l.length > item.title.length && /[.!?]$/.test(l))
      .sort((a, b) => b.length - a.length)[0];
    return { title: item.title, date: item.date, ...(summary ? { summary } : {}) };
  });
}
