/**
 * Benchmark pages, generated deterministically from the seed articles inside a realistic news
 * layout (site header and navigation, article with headings, inline links and emphasis, figures
 * and pull quotes, an aside, comments, footer). Same inputs, same bytes: a seeded PRNG drives every
 * choice, so runs and machines compare like with like.
 *
 * - `article`: ~1,500 words, ~1,500 elements (one news article).
 * - `long`: ~50,000 words, ~20,000 elements; multi-word names are often split across inline tags
 *   (`<a>Lynas</a> Rare Earths`), as link-heavy pages do.
 * - `huge`: ~300,000 words, ~120,000 elements, split names as in `long`.
 * - `save`: a ~5,000-word article (for saving end to end).
 * - `empty`: no readable text at all (an app shell with a canvas and an image).
 */

import { isRelatedHeading } from '../../lib/text/boilerplate';

/** The page kinds. */
export type PageKind = 'article' | 'long' | 'huge' | 'save';

/** Target size of each kind. */
export const PAGE_SPECS: Record<PageKind, { words: number; elements: number; splitNames: boolean }> = {
  article: { words: 1_500, elements: 1_500, splitNames: false },
  long: { words: 50_000, elements: 20_000, splitNames: true },
  huge: { words: 300_000, elements: 120_000, splitNames: true },
  save: { words: 5_000, elements: 3_000, splitNames: false },
};

/** What the generator needs: seed article texts and titles, and the dictionary's names. */
export interface PageInputs {
  seeds: { title: string; text: string }[];
  names: readonly string[];
}

/** A generated page and what it holds. */
export interface GeneratedPage {
  html: string;
  /** Words of text in the whole page (chrome included). */
  words: number;
  /** Elements in the page (`<html>` included). */
  elements: number;
  /** Name occurrences split across two inline elements. */
  splitNames: number;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const looksLikeHeading = (line: string): boolean => line.length < 110 && !/[.!?:;)"”]$/.test(line.trim());
const countWords = (s: string): number => (s.match(/\S+/g) ?? []).length;
const KIND_SEEDS: Record<PageKind, number> = { article: 1, long: 2, huge: 3, save: 4 };
// Mostly styling elements: a real article links a few words, and Readability drops link-dense text.
const INLINE = ['span', 'em', 'strong', 'span', 'b', 'i', 'span', 'a'] as const;

/** Counts elements and words while building the page. */
class Sink {
  parts: string[] = [];
  elements = 0;
  words = 0;
  splitNames = 0;
  open(tag: string, attrs = ''): void {
    this.elements++;
    this.parts.push(`<${tag}${attrs ? ` ${attrs}` : ''}>`);
  }
  close(tag: string): void {
    this.parts.push(`</${tag}>`);
  }
  text(s: string): void {
    this.words += countWords(s);
    this.parts.push(escapeHtml(s));
  }
  el(tag: string, text: string, attrs = ''): void {
    this.open(tag, attrs);
    this.text(text);
    this.close(tag);
  }
  raw(s: string): void {
    this.parts.push(s);
  }
}

function openTag(tag: (typeof INLINE)[number], rnd: () => number): string {
  if (tag === 'a') return `a href="/topic/${Math.floor(rnd() * 500)}"`;
  if (tag === 'span') return 'span class="hl"';
  return tag;
}

/** Multi-word names by first word, longest first, for finding them in a paragraph's words. */
function indexNames(names: readonly string[]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const n of names) {
    const words = n.split(/\s+/);
    if (words.length < 2) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

const stripPunct = (w: string): string => w.replace(/[.,;:!?)"”’']+$/, '');

/** Writes one paragraph's words, wrapping some in inline elements and splitting names across tags. */
function writeParagraph(
  out: Sink,
  words: string[],
  wrapBudget: () => boolean,
  maxWrap: number,
  split: boolean,
  names: Map<string, string[][]>,
  rnd: () => number,
): void {
  let i = 0;
  const sep = (k: number) => (k > 0 ? ' ' : '');
  while (i < words.length) {
    if (split) {
      const found = (names.get(words[i]!) ?? []).find((n) =>
        n.every((w, k) => (k === n.length - 1 ? stripPunct(words[i + k] ?? '') === w : words[i + k] === w)),
      );
      if (found && rnd() < 0.6) {
        // The name across two elements: `<a>Lynas</a> Rare Earths` or `Lynas <em>Rare Earths</em>`.
        const cut = 1 + Math.floor(rnd() * (found.length - 1));
        const first = words.slice(i, i + cut).join(' ');
        const rest = words.slice(i + cut, i + found.length).join(' ');
        out.raw(sep(i));
        const tag = INLINE[Math.floor(rnd() * INLINE.length)]!;
        if (rnd() < 0.5) {
          out.open(openTag(tag, rnd));
          out.text(first);
          out.close(tag);
          out.text(` ${rest}`);
        } else {
          out.text(`${first} `);
          out.open(openTag(tag, rnd));
          out.text(rest);
          out.close(tag);
        }
        out.splitNames++;
        i += found.length;
        continue;
      }
    }
    if (wrapBudget()) {
      const n = 1 + Math.floor(rnd() * maxWrap);
      const tag = INLINE[Math.floor(rnd() * INLINE.length)]!;
      out.raw(sep(i));
      out.open(openTag(tag, rnd));
      out.text(words.slice(i, i + n).join(' '));
      out.close(tag);
      i += n;
      continue;
    }
    out.text(sep(i) + words[i]!);
    i++;
  }
}

function chrome(out: Sink, rnd: () => number): void {
  out.open('header', 'class="site"');
  out.el('strong', 'The Metals Ledger');
  out.open('nav');
  for (const s of ['Home', 'Markets', 'Metals', 'Rare earths', 'Batteries', 'Policy', 'Mining', 'Energy', 'Opinion', 'Data', 'Events', 'Newsletters'])
    out.el('a', s, `href="/section/${Math.floor(rnd() * 100)}"`);
  out.close('nav');
  out.close('header');
  out.open('div', 'class="ticker"');
  for (const s of ['NdPr oxide', 'Dy oxide', 'Tb oxide', 'Lithium carbonate', 'Cobalt', 'Gallium']) {
    out.open('span', 'class="tick"');
    out.el('b', s);
    out.text(` ${(rnd() * 1000).toFixed(2)} `);
    out.el('i', rnd() < 0.5 ? '▲' : '▼');
    out.close('span');
  }
  out.close('div');
}

/** Generates one benchmark page. Deterministic for given inputs and kind. */
export function generatePage(kind: PageKind, inputs: PageInputs): GeneratedPage {
  const spec = PAGE_SPECS[kind];
  const rnd = createRandom(KIND_SEEDS[kind] * 7919);
  const names = indexNames(inputs.names);
  const out = new Sink();
  const title = `${kind === 'article' || kind === 'save' ? inputs.seeds[0]!.title : 'Rare earths: the complete coverage'} | The Metals Ledger`;
  out.raw('<!doctype html>\n<html lang="en">');
  out.elements++; // <html>
  out.raw(`<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>`);
  out.raw(
    `<link rel="canonical" href="/bench/${kind}.html"><meta property="og:site_name" content="The Metals Ledger"><meta property="article:published_time" content="2025-11-28">`,
  );
  out.raw(`<style>${PAGE_CSS}</style></head>`);
  out.elements += 8; // head, 4 meta, title, link, style
  out.open('body');
  chrome(out, rnd);
  out.open('div', 'class="wrap"');
  out.open('main');
  out.open('article');
  out.el('h1', title.replace(/ \| .*/, ''));
  out.open('p', 'class="byline"');
  out.text('By Staff Reporters · ');
  out.el('time', '28 November 2025', 'datetime="2025-11-28"');
  out.close('p');

  const target = spec.words;
  const elementTarget = spec.elements;
  const bodyStartWords = out.words;
  // Inline wrappers are spread evenly: wrap when the element count falls behind the target share.
  const wrapBudget = () => out.elements < 80 + (elementTarget - 160) * ((out.words - bodyStartWords) / target);
  // Dense pages (about one element per word) wrap single words; sparser ones runs of up to three.
  const maxWrap = elementTarget >= target * 0.9 ? 1 : 3;
  let story = 0;
  let paragraphsInSection = 0;
  while (out.words - bodyStartWords < target) {
    const seed = inputs.seeds[story % inputs.seeds.length]!;
    if (story > 0) out.el('h2', seed.title);
    let lines = seed.text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    // The article to save is one story after another, each without the list of related links its
    // seed ends with: a "Related News" heading ends the article for the pipeline, so with the list
    // the save would store only the first story and a half (1,500 of its 5,000 words).
    const related = lines.findIndex(isRelatedHeading);
    if (kind === 'save' && related >= 0) lines = lines.slice(0, related);
    for (const line of lines) {
      if (out.words - bodyStartWords >= target) break;
      if (looksLikeHeading(line)) {
        out.el('h3', line);
        continue;
      }
      paragraphsInSection++;
      if (paragraphsInSection % 7 === 0) {
        out.open('figure');
        out.open('div', 'class="img" role="img" aria-label="Chart"');
        out.close('div');
        out.el('figcaption', 'Prices of separated oxides, indexed. Source: market data.');
        out.close('figure');
      }
      let words = line.split(/\s+/);
      const left = target - (out.words - bodyStartWords);
      if (words.length > left) words = words.slice(0, Math.max(1, left));
      out.open(paragraphsInSection % 11 === 5 ? 'blockquote' : 'p');
      writeParagraph(out, words, wrapBudget, maxWrap, spec.splitNames, names, rnd);
      out.close(paragraphsInSection % 11 === 5 ? 'blockquote' : 'p');
    }
    story++;
  }
  out.close('article');
  out.open('section', 'class="comments"');
  out.el('h2', 'Comments');
  for (let c = 0; c < 5; c++) {
    out.open('div', 'class="comment"');
    out.el('b', `Reader${c + 1}`);
    out.el('p', ['Good overview, thanks.', 'What about recycling?', 'Prices will tell.', 'Interesting times for magnets.', 'Source please?'][c]!);
    out.close('div');
  }
  out.close('section');
  out.close('main');
  out.open('aside');
  out.el('h3', 'Most read');
  out.open('ol');
  for (const s of inputs.seeds) {
    out.open('li');
    out.el('a', s.title, 'href="/news/related"');
    out.close('li');
  }
  out.close('ol');
  out.close('aside');
  out.close('div');
  out.open('footer');
  for (const s of ['About us', 'Contact', 'Advertise', 'Terms', 'Privacy', 'Cookies', 'Careers', 'Archive']) out.el('a', s, 'href="/about"');
  out.el('p', "© 2025 The Metals Ledger. Benchmark page generated from Lodestone's seed articles.");
  out.close('footer');
  out.close('body');
  out.raw('</html>');
  return { html: out.parts.join(''), words: out.words, elements: out.elements, splitNames: out.splitNames };
}

/** A page with no readable text at all: an app shell, a canvas and an image. */
export function generateEmptyPage(): string {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gallery</title></head><body><div id="app"><canvas width="300" height="150"></canvas><div class="img" role="img" aria-label="photo"></div></div></body></html>';
}

const PAGE_CSS = `
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; margin: 0; color: #1d1d1f; background: #fff; }
header.site { background: #0b2545; color: #fff; padding: 12px 24px; font-family: system-ui, sans-serif; }
header.site nav a { color: #cfe0ff; margin-right: 16px; text-decoration: none; font-size: 14px; }
.ticker { font: 12px system-ui, sans-serif; background: #eef; padding: 4px 24px; white-space: nowrap; overflow: hidden; }
.tick { margin-right: 18px; }
.wrap { display: grid; grid-template-columns: minmax(0, 720px) 260px; gap: 40px; max-width: 1060px; margin: 0 auto; padding: 24px; }
article h1 { font-size: 32px; line-height: 1.2; margin: 8px 0 12px; }
article h2 { font: 600 22px/1.3 system-ui, sans-serif; margin-top: 32px; }
article h3 { font: 600 18px/1.3 system-ui, sans-serif; margin-top: 24px; }
article a { color: #0b4f9c; }
.hl { background: #fffbe6; }
blockquote { border-left: 3px solid #0b2545; margin: 16px 0; padding-left: 16px; font-style: italic; }
figure { margin: 20px 0; } figure .img { height: 120px; background: linear-gradient(90deg, #dde, #eef); }
figcaption { font: 13px system-ui, sans-serif; color: #666; }
.byline { color: #555; font: 14px system-ui, sans-serif; }
aside { font: 14px/1.5 system-ui, sans-serif; border-left: 1px solid #ddd; padding-left: 20px; }
.comments { font: 15px system-ui, sans-serif; border-top: 1px solid #ddd; margin-top: 32px; }
footer { border-top: 1px solid #ddd; padding: 16px 24px; color: #666; font: 13px system-ui, sans-serif; }
footer a { margin-right: 12px; }
`;
