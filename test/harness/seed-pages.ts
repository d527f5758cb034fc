/**
 * Lays the seed articles out as realistic news pages (header, navigation, article, related list,
 * aside, footer), so the extension is exercised on the same kind of page a reader meets. The text is
 * what a reader of the original page saw: the seed after the knowledge base's own normalisation
 * (`normaliseArticleText`: mojibake such as seed 003's `Chinaโs` repaired, scraped page furniture and
 * repeated lines dropped), one block per line, headings told apart by `isHeadingLine`. The seed's
 * "Related News" list, which normalisation cuts from the article, is laid out as its own section.
 * Raw artefacts stay covered where they belong: the pipeline's unit tests and the hostile fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isHeadingLine } from '../../lib/text/headings';
import { extractRelatedItems, normaliseArticleText } from '../../lib/text/normalise';

/** The metadata file kept beside each seed article. */
export interface SeedMeta {
  title: string;
  publisher: string;
  published: string;
  publishedFrom: string;
  publishedNote: string;
  url: string | null;
}

/** One seed article with its metadata. */
export interface SeedArticle {
  stem: string;
  raw: string;
  meta: SeedMeta;
}

/** Directory of the seeds, resolved from this file so it works from any working directory. */
export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');

/** Reads every `seeds/*.txt` with its `.meta.json`, sorted by file name. */
export function readSeedArticles(dir = SEEDS_DIR): SeedArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const stem = f.replace(/\.txt$/, '');
      const meta = JSON.parse(fs.readFileSync(path.join(dir, `${stem}.meta.json`), 'utf8')) as SeedMeta;
      return { stem, raw: fs.readFileSync(path.join(dir, f), 'utf8'), meta };
    });
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The article's blocks as HTML: one `<h2>` or `<p>` per line of the normalised text. */
function articleBody(raw: string): string {
  return normaliseArticleText(raw)
    .split('\n')
    .map((l) => (isHeadingLine(l) ? `<h2>${escapeHtml(l)}</h2>` : `<p>${escapeHtml(l)}</p>`))
    .join('\n        ');
}

/** The seed's "Related News" items as the list a news site shows under the story ('' when none). */
function relatedSection(raw: string): string {
  const items = extractRelatedItems(raw);
  if (items.length === 0) return '';
  const li = items
    .map(
      (it) => `<li><h3>${escapeHtml(it.title)}</h3><time datetime="${it.date}">${it.date}</time>${it.summary ? `<p>${escapeHtml(it.summary)}</p>` : ''}</li>`,
    )
    .join('');
  return `<section class="related"><h2>Related News</h2><ul>${li}</ul></section>`;
}

/** A dark news site's colours (`?theme=dark`, for the README's dark screenshots). */
const DARK_CSS = `
    body { color: #e4e6eb; background: #15181d; }
    header.site { background: #0a1322; }
    .byline, .related time { color: #a9b0bb; }
    aside { border-left-color: #343a44; }
    aside a, .related a { color: #8fb8ff; }
    footer { border-top-color: #343a44; color: #a9b0bb; }`;

/**
 * Renders one seed as a news page. `origin` is the server's origin, used for the canonical URL;
 * `theme: 'dark'` lays it out as a dark news site.
 */
export function renderSeedPage(article: SeedArticle, origin: string, others: SeedArticle[], opts: { theme?: 'light' | 'dark' } = {}): string {
  const body = articleBody(article.raw);
  const url = `${origin}/news/${article.stem}.html`;
  const related = others
    .filter((o) => o.stem !== article.stem)
    .map((o) => `<li><a href="/news/${o.stem}.html">${escapeHtml(o.meta.title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(article.meta.title)} | ${escapeHtml(article.meta.publisher)}</title>
  <link rel="canonical" href="${url}">
  <meta property="og:url" content="${url}">
  <meta property="og:title" content="${escapeHtml(article.meta.title)}">
  <meta property="og:site_name" content="${escapeHtml(article.meta.publisher)}">
  <meta property="article:published_time" content="${article.meta.published}">
  <style>
    body { font: 17px/1.6 Georgia, 'Times New Roman', serif; margin: 0; color: #1d1d1f; background: #fff; }
    header.site { background: #0b2545; color: #fff; padding: 12px 24px; font-family: system-ui, sans-serif; }
    header.site nav a { color: #cfe0ff; margin-right: 16px; text-decoration: none; font-size: 14px; }
    .wrap { display: grid; grid-template-columns: minmax(0, 720px) 260px; gap: 40px; max-width: 1060px; margin: 0 auto; padding: 24px; }
    article h1 { font-size: 32px; line-height: 1.2; margin: 8px 0 12px; }
    article h2 { font: 600 20px/1.3 system-ui, sans-serif; margin-top: 28px; }
    .byline { color: #555; font: 14px system-ui, sans-serif; }
    aside { font: 14px/1.5 system-ui, sans-serif; border-left: 1px solid #ddd; padding-left: 20px; }
    .related ul { list-style: none; padding: 0; }
    .related h3 { font: 600 16px/1.3 system-ui, sans-serif; margin: 16px 0 2px; }
    .related time { color: #555; font: 13px system-ui, sans-serif; }
    .related p { margin: 4px 0; font-size: 15px; }
    footer { border-top: 1px solid #ddd; padding: 16px 24px; color: #666; font: 13px system-ui, sans-serif; }${opts.theme === 'dark' ? DARK_CSS : ''}
  </style>
</head>
<body>
  <header class="site"><strong>${escapeHtml(article.meta.publisher)}</strong>
    <nav><a href="/">Home</a><a href="/">Metals</a><a href="/">Rare earths</a><a href="/">Policy</a></nav>
  </header>
  <div class="wrap">
    <main>
      <article>
        <h1>${escapeHtml(article.meta.title)}</h1>
        <p class="byline">${escapeHtml(article.meta.publisher)} · <time datetime="${article.meta.published}">${article.meta.published}</time></p>
        ${body}
      </article>
      ${relatedSection(article.raw)}
    </main>
    <aside><h3>More on rare earths</h3><ul>${related}</ul></aside>
  </div>
  <footer>Sample page served by Lodestone's test harness from seed ${escapeHtml(article.stem)}.</footer>
</body>
</html>`;
}
