/**
 * Clobber-proof access to document properties. A page's named elements shadow the document's own
 * properties (`<form name="body">` makes `document.body` the form; `<img name="querySelector">`
 * replaces the method), and that reaches content scripts too: isolated worlds separate JavaScript
 * prototypes, not the DOM's named-property lookup. So we read through the prototype chain,
 * skipping the object's own (named) properties.
 */

function findDescriptor(obj: object, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

/** Reads `obj[name]` from its prototype chain (getter or method), ignoring own properties. */
export function protoGet<T>(obj: object, name: string): T | undefined {
  const d = findDescriptor(obj, name);
  if (!d) return undefined;
  if (d.get) return d.get.call(obj) as T;
  return d.value as T;
}

/** Writes `obj[name]` through its prototype's setter. */
export function protoSet(obj: object, name: string, value: unknown): void {
  const d = findDescriptor(obj, name);
  if (d?.set) d.set.call(obj, value);
}

/** Calls the prototype's method `name` on `obj`. */
export function protoCall<T>(obj: object, name: string, ...args: unknown[]): T | undefined {
  const fn = protoGet<unknown>(obj, name);
  return typeof fn === 'function' ? (fn.apply(obj, args) as T) : undefined;
}

/** The document's real `<body>` (or frameset), or null. */
export function bodyOf(doc: Document): HTMLElement | null {
  const b = protoGet<unknown>(doc, 'body');
  return b instanceof HTMLElement ? b : null;
}

/** The document's real root element, or null. */
export function rootOf(doc: Document): Element | null {
  const r = protoGet<unknown>(doc, 'documentElement');
  return r instanceof Element ? r : null;
}

/** The document's MIME type (`text/html`, `text/plain`, `image/svg+xml`...). */
export function contentTypeOf(doc: Document): string {
  const t = protoGet<unknown>(doc, 'contentType');
  return typeof t === 'string' ? t : '';
}

/** The document's title as text. */
export function titleOf(doc: Document): string {
  const t = protoGet<unknown>(doc, 'title');
  return typeof t === 'string' ? t : '';
}

/** The focused element as the document sees it. */
export function activeElementOf(doc: Document): Element | null {
  const a = protoGet<unknown>(doc, 'activeElement');
  return a instanceof Element ? a : null;
}
