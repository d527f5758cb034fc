// @vitest-environment happy-dom
// The site's furniture outside the article is not read: menus, mastheads, footers, other stories.
import { describe, expect, it } from 'vitest';
import { isSiteChrome } from '../../../lib/dom/dom-rules';
import { collectTextBlocks } from '../../../lib/dom/text-map';

describe('isSiteChrome', () => {
  it('skips the masthead, menu, sidebar and footer of a news page, and keeps the article', () => {
    document.body.innerHTML = `
      <header><strong>Minerals Daily</strong><nav><a>China</a><a>Energy</a></nav></header>
      <main><article><header><h1>Lynas ships heavy rare earths</h1></header><p>Lynas said on Monday.</p>
        <aside>Pull quote: Lynas leads.</aside></article></main>
      <aside><h3>More stories</h3><a>MP Materials rises</a></aside>
      <footer>© Minerals Daily</footer>`;
    const texts = collectTextBlocks(document.body, { skip: isSiteChrome }).map((b) => b.text.trim());
    expect(texts).toEqual(['Lynas ships heavy rare earths', 'Lynas said on Monday.', 'Pull quote: Lynas leads.']);
  });

  it('keeps a page header deeper in the layout (it may hold the headline)', () => {
    document.body.innerHTML = `<div class="wrap"><header><h1>Arafura wins a loan</h1></header><p>Arafura said.</p></div><nav>Home</nav>`;
    expect(collectTextBlocks(document.body, { skip: isSiteChrome }).map((b) => b.text.trim())).toEqual(['Arafura wins a loan', 'Arafura said.']);
  });
});
