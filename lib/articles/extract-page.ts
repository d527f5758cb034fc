/**
 * Content-side article extraction for "save this article": Readability runs on a clone of the
 * document (never the live one: Readability rewrites the tree it is given), and the result is
 * turned into plain text with one block per line, the shape the pipeline's sentence splitter
 * expects. Page text never becomes HTML: the article element is walked, not serialised.
 */
import { Readability } from '@mozilla/readability';
import { protoCall, protoGet } from '../dom/safe-dom';
import { MAX_SOURCE_TEXT_CHARS } from '../store/limits';
import { fail, ok, type Result } from '../result';
import type { ExtractedArticle } from './extracted-article';

/** Why nothing could be extracted (the code of the failure the background gets). */
export type ExtractFailureCode = 'no-article' | 'too-large';

/** Articles shorter than this (characters of text) are not worth saving. */
export const MIN_ARTICLE_CHARS = 200;

/** Extracts the article of `doc`; never throws, never touches the live document. */
export function extractPageArticle(doc: Document, today: Date = new Date()): Result<ExtractedArticle> {
  try {
    const pageUrl = String(protoGet<string>(doc, 'URL') ?? '');
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Node>(clone, { serializer: (el) => el }).parse();
    const root = parsed?.content;
    const text = root ? blockText(root) : '';
    if (!parsed || text.length < MIN_ARTICLE_CHARS) {
      return fail('no-article' satisfies ExtractFailureCode, 'No article found on this page: there is not enough readable text to save.');
    }
    if (text.length > MAX_SOURCE_TEXT_CHARS) {
      return fail(
        'too-large' satisfies ExtractFailureCode,
        `This article is too long to save (${text.length.toLocaleString('en')} characters; the limit is ${MAX_SOURCE_TEXT_CHARS.toLocaleString('en')}). Nothing was stored.`,
      );
    }
    const date = findPublished(doc);
    const title = clean(parsed.title) || metaContent(doc, 'meta[property="og:title"]') || String(protoGet<string>(doc, 'title') ?? '');
    return ok({
      url: pageUrl,
      canonicalUrl: canonicalUrl(doc, pageUrl),
      title: (title.trim() || pageUrl).slice(0, 2000),
      ...(clean(parsed.byline) ? { byline: clean(parsed.byline).slice(0, 2000) } : {}),
      ...(clean(parsed.siteName) ? { siteName: clean(parsed.siteName).slice(0, 2000) } : {}),
      published: date ?? isoDay(today),
      publishedFrom: date ? 'meta' : 'saved-on',
      text,
    });
  } catch (e) {
    return fail('no-article' satisfies ExtractFailureCode, `Could not read an article from this page (${e instanceof Error ? e.name : 'error'}).`);
  }
}

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TR UL'.split(
    ' ',
  ),
);

/** Text of `root` with block boundaries as line breaks, inline whitespace collapsed. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(pre ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (tag === 'BR') return void parts.push('\n');
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    if (tag === 'TD' || tag === 'TH') parts.push(' ');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'PRE');
    if (block) parts.push('\n');
  };
  walk(root, false);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((line) => line !== '')
    .join('\n');
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** `querySelector`/`querySelectorAll` through the prototype (the page may clobber them by name). */
function qs(doc: Document, selector: string): Element | null {
  return protoCall<Element | null>(doc, 'querySelector', selector) ?? null;
}
function qsa(doc: Document, selector: string): Element[] {
  const list = protoCall<NodeListOf<Element>>(doc, 'querySelectorAll', selector);
  return list ? Array.from(list) : [];
}

function metaContent(doc: Document, selector: string): string {
  const el = qs(doc, selector);
  return clean(el?.getAttribute('content') ?? el?.getAttribute('datetime'));
}

/** The canonical URL: only http(s) links count; the page URL loses its hash. */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  for (const [sel, attr] of [
    ['link[rel~="canonical"]', 'href'],
    ['meta[property="og:url"]', 'content'],
  ] as const) {
    const raw = qs(doc, sel)?.getAttribute(attr)?.trim();
    if (!raw) continue;
    try {
      const u = new URL(raw, pageUrl || undefined);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // not a URL: try the next source
    }
  }
  try {
    const u = new URL(pageUrl);
    u.hash = '';
    return u.href;
  } catch {
    return pageUrl;
  }
}

/** The publication date the page states, as an ISO partial date, or undefined. */
export function findPublished(doc: Document): string | undefined {
  const metas = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
  ];
  for (const sel of metas) {
    const d = toIsoDate(metaContent(doc, sel));
    if (d) return d;
  }
  for (const script of qsa(doc, 'script[type="application/ld+json"]')) {
    const d = toIsoDate(jsonLdDate(script.textContent ?? ''));
    if (d) return d;
  }
  for (const t of qsa(doc, 'time[datetime]')) {
    const d = toIsoDate(t.getAttribute('datetime') ?? '');
    if (d) return d;
  }
  return undefined;
}

/** `datePublished` from a JSON-LD block (objects, arrays, `@graph`); malformed JSON gives ''. */
export function jsonLdDate(json: string): string {
  if (json.length > 500_000) return '';
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return '';
  }
  const queue: unknown[] = [data];
  for (let seen = 0; queue.length && seen < 500; seen++) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...(v as unknown[]));
    else if (v && typeof v === 'object') {
      const date = Object.prototype.hasOwnProperty.call(v, 'datePublished') ? (v as { datePublished: unknown }).datePublished : undefined;
      if (typeof date === 'string' && date) return date;
      const graph = (v as { '@graph'?: unknown })['@graph'];
      if (graph) queue.push(graph);
    }
  }
  return '';
}

/** Reduces a stated date to `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` as stated); undefined when unreadable. */
export function toIsoDate(raw: string): string | undefined {
  const s = raw.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(s);
  if (iso) {
    const [, y, m, d] = iso;
    if (m && (Number(m) < 1 || Number(m) > 12)) return undefined;
    if (d && (Number(d) < 1 || Number(d) > 31)) return undefined;
    return [y, m, d].filter(Boolean).join('-');
  }
  if (!/\d{4}/.test(s)) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : isoDay(new Date(t));
}

function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
