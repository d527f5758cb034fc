/**
 * Which elements the text map joins, splits at, or skips — decided by tag name and a few
 * attributes, never by `getComputedStyle` (a style read per element would cost more than the whole
 * walk on a 120,000-element page). DOM reads go through the prototypes' own getters, so a page
 * that clobbers them (`<form><input name="getAttribute"></form>`) cannot break the walk.
 */

/**
 * Elements whose text is never spotted, and which end the current block: code and raw text
 * (script, style, template, pre, code, kbd, samp), form controls (their text is UI, and an editor
 * is the user's own writing), embedded and replaced content (its text is fallback, not shown), ruby
 * annotations (they would split the word they annotate), SVG and MathML (positioned glyphs, not
 * prose), and `br`/`hr`, which break the line as a block would.
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(
  (
    'script style noscript template textarea input select option optgroup datalist button code pre kbd samp ' +
    'xmp listing plaintext svg math iframe frame frameset object embed video audio canvas img picture map ' +
    'head title meta link base rt rp br hr'
  ).split(' '),
);

/**
 * Block-level elements (by the HTML rendering section's default `display`): text on either side of
 * one of these, or of a skipped element, never joins. Unknown and custom elements are inline, as
 * their default style is.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'html body address article aside blockquote caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup legend li main menu nav ol p ' +
    'search section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** Attributes that may hide or protect a subtree; checked only on elements that carry one. */
export const FLAG_SELECTOR = '[hidden],[aria-hidden],[contenteditable],[data-lodestone-host]';

type Getter<T> = (this: unknown) => T;

function getterOf<T>(proto: object, name: string): Getter<T> {
  // Walk up: some DOMs (happy-dom) define the getter on a base class's prototype.
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- unbound on purpose: always called as getter.call(node)
    if (d?.get) return d.get as Getter<T>;
  }
  return function (this: unknown) {
    return (this as Record<string, T>)[name]!;
  };
}

interface Access {
  localName: Getter<string>;
  nodeType: Getter<number>;
  parentNode: Getter<Node | null>;
  firstChild: Getter<Node | null>;
  nextSibling: Getter<Node | null>;
  ownerDocument: Getter<Document | null>;
  documentElement: Getter<Element | null>;
  getAttribute: (this: Element, name: string) => string | null;
}
let access: Access | undefined;

/** Resolved on first use: this module is imported in Node too (types only), where there is no DOM. */
function dom(): Access {
  access ??= {
    localName: getterOf(Element.prototype, 'localName'),
    nodeType: getterOf(Node.prototype, 'nodeType'),
    parentNode: getterOf(Node.prototype, 'parentNode'),
    firstChild: getterOf(Node.prototype, 'firstChild'),
    nextSibling: getterOf(Node.prototype, 'nextSibling'),
    ownerDocument: getterOf(Node.prototype, 'ownerDocument'),
    documentElement: getterOf(Document.prototype, 'documentElement'),
    // eslint-disable-next-line @typescript-eslint/unbound-method -- unbound on purpose: called as getAttribute.call(el, name)
    getAttribute: Element.prototype.getAttribute,
  };
  return access;
}

/** The element's local name (lower case for HTML), read through the prototype. */
export function localNameOf(el: Element): string {
  const n = dom().localName.call(el);
  return typeof n === 'string' ? n : '';
}

/** The node's type, read through the prototype (a form's `nodeType` can be an input's name). */
export function nodeTypeOf(node: Node): number {
  return dom().nodeType.call(node);
}

/** The node's parent (element, document or shadow root), read through the prototype. */
export function parentOf(node: Node): Node | null {
  return dom().parentNode.call(node);
}

/** The node's first child, read through the prototype (a form's `firstChild` can be an input's name). */
export function firstChildOf(node: Node): Node | null {
  return dom().firstChild.call(node);
}

/** The node's next sibling, read through the prototype. */
export function nextSiblingOf(node: Node): Node | null {
  return dom().nextSibling.call(node);
}

/** The node's document (itself for a document), read through the prototypes. */
export function documentOf(node: Node): Document | null {
  return nodeTypeOf(node) === 9 ? (node as Document) : dom().ownerDocument.call(node);
}

/** The document's root element, read through the prototype. */
export function documentElementOf(doc: Document): Element | null {
  return dom().documentElement.call(doc);
}

/** An attribute's value, read through the prototype. */
export function attributeOf(el: Element, name: string): string | null {
  return dom().getAttribute.call(el, name);
}

/**
 * True when `el`'s own attributes make its subtree off limits: `hidden`, `aria-hidden="true"`,
 * `contenteditable` (any value but "false"), or our own host (`data-lodestone-host`).
 *
 * `aria-hidden` is not honoured on `html`, `body` or a child of `body`: that is where modal
 * libraries (react-modal's app element, MUI, a11y-dialog) hide the whole page while a dialog such
 * as a cookie banner is open. It hides nothing from the eye, and skipping it would blank the page.
 */
export function hasSkippingAttribute(el: Element): boolean {
  if (attributeOf(el, 'hidden') !== null || attributeOf(el, 'data-lodestone-host') !== null) return true;
  if (attributeOf(el, 'aria-hidden')?.trim().toLowerCase() === 'true' && !isPageLevel(el)) return true;
  const editable = attributeOf(el, 'contenteditable');
  return editable !== null && editable.trim().toLowerCase() !== 'false';
}

function isPageLevel(el: Element): boolean {
  const name = localNameOf(el);
  if (name === 'html' || name === 'body') return true;
  const parent = parentOf(el);
  return parent !== null && nodeTypeOf(parent) === 1 && localNameOf(parent as Element) === 'body';
}

/** True for an element whose subtree is never spotted, by its tag alone (`svg` covers its text). */
export function isSkippedTag(el: Element): boolean {
  return SKIPPED_TAGS.has(localNameOf(el));
}

/** True for a block-level HTML element. */
export function isBlockTag(el: Element): boolean {
  return BLOCK_TAGS.has(localNameOf(el));
}

/** What a tag is to the text map: `TAG_SKIPPED` (see `SKIPPED_TAGS`), `TAG_BLOCK` (`BLOCK_TAGS`), else inline. */
export const TAG_SKIPPED = 1;
export const TAG_BLOCK = 2;
const TAG_KIND = new Map<string, number>([...[...BLOCK_TAGS].map((t) => [t, TAG_BLOCK] as const), ...[...SKIPPED_TAGS].map((t) => [t, TAG_SKIPPED] as const)]);

/** `TAG_SKIPPED`, `TAG_BLOCK` or 0 (inline) for a local name: one lookup per element in the walk. */
export function tagKind(localName: string): number {
  return TAG_KIND.get(localName) ?? 0;
}

/** The site's own furniture: menus, footers, sidebars of other stories (and mastheads: below). */
const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside']);
/** Where the article is: its masthead and asides are part of it. */
const ARTICLE_TAGS: ReadonlySet<string> = new Set(['article', 'main']);

/**
 * True for a site's furniture outside the article (`nav`, `header`, `footer`, `aside` with no
 * `article` or `main` around them): the masthead's own name, the menu's "China" and "Energy", the
 * "More stories" list are not what the reader is reading, and `kb extract` (like saving, which
 * reads the article with Readability) never sees them. A `header` is the site's masthead only as a
 * child of `body` (a page header deeper in may hold the article's headline); an `aside` inside the
 * article (a pull quote) is kept. By tag name only: cheap on a 120,000-element page.
 */
export function isSiteChrome(el: Element): boolean {
  const name = localNameOf(el);
  if (name === 'header') {
    const parent = parentOf(el);
    return parent !== null && nodeTypeOf(parent) === 1 && localNameOf(parent as Element) === 'body';
  }
  if (!CHROME_TAGS.has(name)) return false;
  for (let p = parentOf(el); p && nodeTypeOf(p) === 1; p = parentOf(p)) if (ARTICLE_TAGS.has(localNameOf(p as Element))) return false;
  return true;
}
