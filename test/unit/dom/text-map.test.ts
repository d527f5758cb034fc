// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { collectTextBlocks, locate, toStaticRange, type TextBlock } from '../../../lib/dom/text-map';
import { ENTITIES } from '../spotter/entities';

const spotter = createSpotter(ENTITIES);

/** A document parsed from fixture markup (our own test HTML, never page text). */
function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
}

/** The text between a StaticRange's endpoints, read from the DOM (text nodes in document order). */
function rangeText(doc: Document, r: StaticRange): string {
  const a = r.startContainer as Text;
  const b = r.endContainer as Text;
  if (a === b) return a.data.slice(r.startOffset, r.endOffset);
  const walker = Document.prototype.createTreeWalker.call(doc, doc, 4);
  let out = '';
  let inside = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t === a) {
      inside = true;
      out += t.data.slice(r.startOffset);
    } else if (t === b) return out + t.data.slice(0, r.endOffset);
    else if (inside) out += t.data;
  }
  throw new Error('range end not found');
}

/** Every match in `root`'s blocks, with the DOM text its StaticRange covers. */
function spot(doc: Document, root: Node = doc.body): { entityId: string; text: string; dom: string; block: TextBlock }[] {
  return collectTextBlocks(root).flatMap((block) =>
    spotter.scan(block.text, { lineBreaks: 'soft' }).map((m) => ({
      entityId: m.entityId,
      text: m.text,
      dom: rangeText(doc, toStaticRange(block, m.start, m.end)),
      block,
    })),
  );
}

describe('names split across inline elements', () => {
  it('joins inline text into one block and maps matches back to nodes', () => {
    const doc = page('<p>Shares of MP <em>Materials</em> rose.</p>');
    const [block, ...rest] = collectTextBlocks(doc.body);
    expect(rest).toEqual([]);
    expect(block!.text).toBe('Shares of MP Materials rose.');
    expect(block!.element).toBe(doc.querySelector('p'));
    expect(block!.nodes.map((n) => n.data)).toEqual(['Shares of MP ', 'Materials', ' rose.']);
    expect(block!.starts).toEqual([0, 13, 22]);
    const [m] = spotter.scan(block!.text);
    expect(m).toMatchObject({ entityId: 'company-mp-materials', start: 10, end: 22 });
    const r = toStaticRange(block!, m!.start, m!.end);
    expect([r.startContainer, r.startOffset, r.endContainer, r.endOffset]).toEqual([block!.nodes[0], 10, block!.nodes[1], 9]);
  });

  it('finds names cut by links and bold, with exact DOM endpoints', () => {
    const doc = page('<p>The <a href="#">U.S. Department</a> of Defense and <b>Ly</b>nas’s <span><i>Pr</i>–</span>Nd.</p>');
    expect(spot(doc).map(({ entityId, text, dom }) => [entityId, text, dom])).toEqual([
      ['government-dod', 'U.S. Department of Defense', 'U.S. Department of Defense'],
      ['company-lynas', 'Lynas', 'Lynas'],
      ['material-pr-nd', 'Pr–Nd', 'Pr–Nd'],
    ]);
  });

  it('reads source newlines and indentation as the spaces they render as', () => {
    const doc = page('<p>MP\n      <em>Materials</em></p>');
    expect(spot(doc).map((s) => s.dom)).toEqual(['MP\n      Materials']);
  });

  it('gives an inline root the element of its block', () => {
    const doc = page('<div><p>Hello <em>MP Materials</em></p></div>');
    const [block] = collectTextBlocks(doc.querySelector('em')!);
    expect(block!.text).toBe('MP Materials');
    expect(block!.element).toBe(doc.querySelector('p'));
  });
});

describe('block boundaries', () => {
  it('never joins text across blocks, br, or a nested block', () => {
    const doc = page(
      '<div><p>MP</p><p>Materials</p></div><div>MP<br>Materials</div><div>MP <p>x</p> Materials</div>' +
        '<ul><li>MP</li><li>Materials</li></ul><table><tr><td>MP</td><td>Materials</td></tr></table><h2>MP</h2>Materials',
    );
    const blocks = collectTextBlocks(doc.body);
    expect(blocks.map((b) => b.text)).toEqual([
      'MP',
      'Materials',
      'MP',
      'Materials',
      'MP ',
      'x',
      ' Materials',
      'MP',
      'Materials',
      'MP',
      'Materials',
      'MP',
      'Materials',
    ]);
    expect(spot(doc)).toEqual([]);
    const div = doc.querySelectorAll('div')[2]!;
    expect(blocks[4]!.element).toBe(div);
    expect(blocks[6]!.element).toBe(div);
    expect(blocks[12]!.element).toBe(doc.body);
  });

  it('drops whitespace-only blocks (tables and lists full of formatting)', () => {
    const doc = page('<table>\n  <tbody>\n    <tr>\n      <td> China </td>\n    </tr>\n  </tbody>\n</table>\n<ul>\n  <li>Japan</li>\n</ul>');
    expect(collectTextBlocks(doc.body).map((b) => b.text)).toEqual([' China ', 'Japan']);
  });
});

describe('skipped contexts', () => {
  const SKIPPED = [
    '<script>var name = "MP Materials";</script>',
    '<script type="application/ld+json">{"name": "MP Materials"}</script>',
    '<style>/* MP Materials */ p { color: red }</style>',
    '<noscript><p>MP Materials</p></noscript>',
    '<template><p>MP Materials</p></template>',
    '<textarea>MP Materials</textarea>',
    '<select><option>MP Materials</option></select>',
    '<button>MP Materials</button>',
    '<p><code>MP Materials</code></p>',
    '<pre>MP Materials</pre>',
    '<p><kbd>MP Materials</kbd> <samp>MP Materials</samp></p>',
    '<svg><text x="0" y="10">MP Materials</text></svg>',
    '<math><mi>MP Materials</mi></math>',
    '<div contenteditable="true"><p>MP Materials</p></div>',
    '<div contenteditable><p>MP <b>Materials</b></p></div>',
    '<div contenteditable="plaintext-only">MP Materials</div>',
    '<div><p hidden>MP Materials</p></div>',
    '<div><span aria-hidden="true">MP Materials</span></div>',
    '<div data-lodestone-host="">MP Materials</div>',
  ];
  for (const snippet of SKIPPED) {
    it(`yields nothing from ${snippet}`, () => {
      const doc = page(`<p>China</p>${snippet}<p>Japan</p>`);
      expect(spot(doc).map((s) => s.text)).toEqual(['China', 'Japan']);
      expect(collectTextBlocks(doc.body).some((b) => b.text.includes('Materials'))).toBe(false);
    });
  }

  it('skips what opts.skip says (the extension host) and nothing more', () => {
    const doc = page('<div id="host"><p>MP Materials</p></div><p>Lynas</p>');
    const skip = (el: Element): boolean => el.id === 'host';
    expect(collectTextBlocks(doc.body, { skip }).map((b) => b.text)).toEqual(['Lynas']);
  });

  it('keeps contenteditable="false", aria-hidden="false", and aria-hidden on the page itself', () => {
    const doc = page('<div id="app" aria-hidden="true"><p contenteditable="false">MP Materials</p><p aria-hidden="false">Lynas</p></div>');
    expect(spot(doc).map((s) => s.text)).toEqual(['MP Materials', 'Lynas']);
  });

  it('returns nothing for a root inside a skipped context or a design-mode document', () => {
    const doc = page('<div contenteditable><p>MP <b>Materials</b></p></div><pre>China</pre><p>Japan</p>');
    expect(collectTextBlocks(doc.querySelector('b')!)).toEqual([]);
    expect(collectTextBlocks(doc.querySelector('pre')!.firstChild!)).toEqual([]);
    expect(collectTextBlocks(doc.body.lastElementChild!.firstChild!).map((b) => b.text)).toEqual(['Japan']);
    doc.designMode = 'on';
    expect(collectTextBlocks(doc.body)).toEqual([]);
  });
});

describe('other roots and hostile markup', () => {
  it('collects a whole document and a shadow root, which the body walk does not enter', () => {
    const doc = page('<p>China</p><div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.append('Lynas in a shadow');
    shadow.append(p);
    expect(collectTextBlocks(doc).map((b) => b.text)).toEqual(['China']);
    expect(collectTextBlocks(shadow).map((b) => [b.text, b.element])).toEqual([['Lynas in a shadow', p]]);
  });

  it('survives a form and a document that clobber DOM properties', () => {
    const doc = page('<form><p>MP <em>Materials</em></p></form><img name="createTreeWalker">');
    // Browsers let a form's inputs and a document's named images shadow their built-in
    // properties; happy-dom does not, so the clobbering is put in place by hand.
    const form = doc.querySelector('form')!;
    const body = doc.body;
    for (const name of ['getAttribute', 'localName', 'nodeType', 'parentNode', 'ownerDocument', 'querySelectorAll']) {
      const input = doc.createElement('input');
      input.name = name;
      form.prepend(input);
      Object.defineProperty(form, name, { value: input, configurable: true });
    }
    const img = doc.querySelector('img')!;
    for (const name of ['createTreeWalker', 'documentElement', 'querySelectorAll', 'designMode']) {
      Object.defineProperty(doc, name, { value: img, configurable: true });
    }
    expect(spot(doc, body).map((s) => s.dom)).toEqual(['MP Materials']);
    expect(spot(doc, form).map((s) => s.dom)).toEqual(['MP Materials']);
  });
});

describe('locate', () => {
  it('resolves node boundaries by bias and steps over empty nodes', () => {
    const doc = page('<p></p>');
    const p = doc.querySelector('p')!;
    const nodes = ['MP ', '', 'Materials'].map((t) => doc.createTextNode(t));
    p.append(...nodes);
    const [block] = collectTextBlocks(doc.body);
    expect(block!.starts).toEqual([0, 3, 3]);
    expect(locate(block!, 3)).toEqual({ node: nodes[2], offset: 0 });
    expect(locate(block!, 3, 'end')).toEqual({ node: nodes[0], offset: 3 });
    expect(locate(block!, 0, 'end')).toEqual({ node: nodes[0], offset: 0 });
    expect(locate(block!, 12)).toEqual({ node: nodes[2], offset: 9 });
    expect(locate(block!, 99)).toEqual({ node: nodes[2], offset: 9 });
    const r = toStaticRange(block!, 3, 12);
    expect([r.startContainer, r.startOffset, r.endContainer, r.endOffset, r.collapsed]).toEqual([nodes[2], 0, nodes[2], 9, false]);
  });
});
