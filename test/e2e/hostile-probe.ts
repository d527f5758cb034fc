/**
 * The page-world probe the hostile suite installs with `page.addInitScript` before any page script
 * runs. It records what happens to the page so a test can prove the extension left it alone:
 *
 * - every DOM mutation, sorted by who made it: the parser (before DOMContentLoaded), the page
 *   (fixture scripts wrap their writes in `window.__pageMutate(fn)`), or someone else — the
 *   extension. The only foreign change allowed is adding/removing `<lodestone-host>` on `<html>`;
 * - the page's text (document + the page's own shadow roots) and form values, re-snapshotted after
 *   each page write, so any difference at the end was made by someone else;
 * - Content-Security-Policy violations, window messages, long tasks;
 * - the extension's highlights, read from `CSS.highlights` (ranges are StaticRanges: a live Range
 *   is built from their end points to read their text and test them against quiet zones).
 *
 * It must survive hostile pages: every built-in it uses is captured when it starts (the poisoned
 * fixture replaces `JSON`, `Array.prototype`, `MutationObserver`… afterwards), it never uses a
 * RegExp or array method at run time, and document properties are read through prototype getters
 * (DOM clobbering). Results leave the page as JSON strings, read over CDP (`Runtime.evaluate`), so
 * no Playwright utility code runs in a poisoned world either.
 *
 * This function is serialised with `toString()`: it must not close over anything.
 */
import type { Mention } from './page-watch';
export function hostileProbe(): void {
  const W = window as unknown as Record<string, unknown>;
  if (W.__hostile) return;
  const apply = Reflect.apply;
  const defineProperty = Object.defineProperty;
  const getDescriptor = Object.getOwnPropertyDescriptor;
  const stringify = JSON.stringify;
  const fromCharCode = String.fromCharCode;
  const strSlice = String.prototype.slice;
  const strStartsWith = String.prototype.startsWith;
  const get = (proto: object, name: string): ((...a: unknown[]) => unknown) => {
    const d = getDescriptor(proto, name);
    return (d?.get ?? d?.value) as (...a: unknown[]) => unknown;
  };
  // `never[]` parameters: any function fits, whatever its own parameter types.
  const call = <T>(fn: (...a: never[]) => unknown, self: unknown, ...args: unknown[]): T => apply(fn, self, args) as T;

  const MO = window.MutationObserver;
  const moObserve = MO.prototype.observe;
  const moTake = MO.prototype.takeRecords;
  const addListener = EventTarget.prototype.addEventListener;
  const docRoot = get(Document.prototype, 'documentElement');
  const docQsa = get(Document.prototype, 'querySelectorAll');
  const fragQsa = get(DocumentFragment.prototype, 'querySelectorAll');
  const docCreateRange = get(Document.prototype, 'createRange');
  const docContentType = get(Document.prototype, 'contentType');
  const nodeText = get(Node.prototype, 'textContent');
  const nodeName = get(Node.prototype, 'nodeName');
  const nodeParent = get(Node.prototype, 'parentNode');
  const nodeConnected = get(Node.prototype, 'isConnected');
  const nodeRoot = get(Node.prototype, 'getRootNode');
  const nodeType = get(Node.prototype, 'nodeType');
  const elShadow = get(Element.prototype, 'shadowRoot');
  const elHasAttr = get(Element.prototype, 'hasAttribute');
  const elGetAttr = get(Element.prototype, 'getAttribute');
  const elId = get(Element.prototype, 'id');
  const elCheckVis = get(Element.prototype, 'checkVisibility');
  const origAttachShadow = Element.prototype.attachShadow;
  const rangeSetStart = Range.prototype.setStart;
  const rangeSetEnd = Range.prototype.setEnd;
  const rangeToString = Range.prototype.toString;
  const rangeIntersects = Range.prototype.intersectsNode;
  const rangeRect = Range.prototype.getBoundingClientRect;
  // Where the range accessors live moves between versions (Chromium 156 has a `NodeRange` between
  // StaticRange/Range and AbstractRange): find each one up the concrete prototype's chain, now.
  const getProto = Object.getPrototypeOf;
  const staticProto = StaticRange.prototype;
  const getInChain = (proto: object | null, name: string): ((...a: unknown[]) => unknown) => {
    for (let o = proto; o; o = getProto(o) as object | null) {
      const d = getDescriptor(o, name);
      if (d) return (d.get ?? d.value) as (...a: unknown[]) => unknown;
    }
    throw new Error(`no ${name} accessor`);
  };
  const rangeAccessors = (proto: object) => ({
    sc: getInChain(proto, 'startContainer'),
    so: getInChain(proto, 'startOffset'),
    ec: getInChain(proto, 'endContainer'),
    eo: getInChain(proto, 'endOffset'),
  });
  const staticAcc = rangeAccessors(staticProto);
  const liveAcc = rangeAccessors(Range.prototype);
  const hasHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof HighlightRegistry === 'function';
  const registry = hasHighlights ? CSS.highlights : null;
  const regForEach = hasHighlights ? get(HighlightRegistry.prototype, 'forEach') : null;
  const hlForEach = hasHighlights ? get(Highlight.prototype, 'forEach') : null;
  const htmlInnerText = get(HTMLElement.prototype, 'innerText');
  const inputValue = get(HTMLInputElement.prototype, 'value');
  const textareaValue = get(HTMLTextAreaElement.prototype, 'value');
  const selectValue = get(HTMLSelectElement.prototype, 'value');
  const now = performance.now.bind(performance);
  const raf = window.requestAnimationFrame.bind(window);
  const PO = window.PerformanceObserver;
  const docRef = document;

  type Foreign = { type: string; target: string; node?: string; attr?: string | null; at: number };
  const S = {
    ready: false,
    readyAt: -1,
    parser: 0,
    page: 0,
    foreign: [] as Foreign[],
    foreignCount: 0,
    hostAdds: 0,
    hostRemovals: 0,
    pageHostRemovals: 0,
    violations: [] as unknown[],
    messages: [] as { origin: string; data: string; at: number }[],
    shadowRoots: [] as ShadowRoot[],
    expectedText: '',
    expectedRendered: '',
    expectedValues: '',
    longTasks: 0,
    longestTask: 0,
    snapshots: 0,
  };
  const push = <T>(a: T[], x: T): void => {
    a[a.length] = x;
  };
  const OPTS = { childList: true, subtree: true, attributes: true, characterData: true };

  const describe = (n: unknown): string => {
    if (!n) return 'null';
    try {
      const name = call<string>(nodeName, n);
      if (call<number>(nodeType, n) === 1) {
        const id = call<string>(elId, n);
        return id ? `${name}#${id}` : name;
      }
      const t = call<string | null>(nodeText, n) ?? '';
      return `${name}(${call<string>(strSlice, t, 0, 40)})`;
    } catch {
      return '?';
    }
  };
  const isHostNode = (n: unknown): boolean => {
    try {
      return call<string>(nodeName, n) === 'LODESTONE-HOST';
    } catch {
      return false;
    }
  };
  const insideHost = (n: unknown): boolean => {
    for (let cur = n; cur; cur = call<Node | null>(nodeParent, cur)) if (isHostNode(cur)) return true;
    return false;
  };
  const rootEl = (): Element | null => call<Element | null>(docRoot, docRef);

  function classify(records: MutationRecord[], owner: 'parser' | 'page' | 'foreign'): void {
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      if (owner === 'parser') {
        S.parser++;
        continue;
      }
      if (owner === 'page') {
        S.page++;
        if (r.type === 'childList') for (let j = 0; j < r.removedNodes.length; j++) if (isHostNode(r.removedNodes[j])) S.pageHostRemovals++;
        continue;
      }
      if (r.type === 'childList') {
        const root = rootEl();
        const underHtmlRoot = r.target === root && !!root && call<string>(nodeName, root) === 'HTML';
        for (let j = 0; j < r.addedNodes.length; j++) {
          const n = r.addedNodes[j];
          if (isHostNode(n) && underHtmlRoot) S.hostAdds++;
          else if (!insideHost(r.target)) {
            S.foreignCount++;
            if (S.foreign.length < 30) push(S.foreign, { type: 'add', target: describe(r.target), node: describe(n), at: now() });
          }
        }
        for (let j = 0; j < r.removedNodes.length; j++) {
          const n = r.removedNodes[j];
          if (isHostNode(n)) S.hostRemovals++;
          else if (!insideHost(r.target)) {
            S.foreignCount++;
            if (S.foreign.length < 30) push(S.foreign, { type: 'remove', target: describe(r.target), node: describe(n), at: now() });
          }
        }
      } else if (!insideHost(r.target)) {
        S.foreignCount++;
        if (S.foreign.length < 30) push(S.foreign, { type: r.type, target: describe(r.target), attr: r.attributeName, at: now() });
      }
    }
  }

  let xmlViewer = false;
  /**
   * Chromium's XML viewer (an unstyled XML document) swaps the root for an HTML tree view while the
   * page parses, then fills `div.pretty-print` and `style#xml-viewer-style` after DOMContentLoaded.
   * Those records are the browser's work, not the extension's: they count with the parser's.
   */
  const isViewerTarget = (n: unknown): boolean => {
    if (!xmlViewer) return false;
    for (let cur = n; cur; cur = call<Node | null>(nodeParent, cur)) {
      if (call<number>(nodeType, cur) !== 1) continue;
      if (call<string>(elId, cur) === 'xml-viewer-style' || call<string | null>(elGetAttr, cur, 'class') === 'pretty-print') return true;
    }
    return false;
  };
  const mo = new MO((records) => {
    if (!S.ready) return classify(records, 'parser');
    let viewer = false;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      if (isViewerTarget(r.target)) {
        viewer = true;
        classify([r], 'parser');
      } else classify([r], 'foreign');
    }
    if (viewer) snapshot();
  });
  const take = (): MutationRecord[] => call<MutationRecord[]>(moTake, mo);
  call(moObserve, mo, docRef, OPTS);

  const watchRoot = (root: ShadowRoot): void => {
    for (let i = 0; i < S.shadowRoots.length; i++) if (S.shadowRoots[i] === root) return;
    push(S.shadowRoots, root);
    call(moObserve, mo, root, OPTS);
  };
  // Page-made shadow roots (open or closed) are observed too. The extension's own attachShadow runs
  // in its isolated world, with its own prototypes: it never goes through this wrapper.
  Element.prototype.attachShadow = function attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
    const root = apply(origAttachShadow, this, [init]) as ShadowRoot;
    try {
      watchRoot(root);
    } catch {
      // observing is best effort; the page's call must succeed regardless
    }
    return root;
  };

  const allText = (): string => {
    const root = rootEl();
    let t = root ? (call<string | null>(nodeText, root) ?? '') : '';
    for (let i = 0; i < S.shadowRoots.length; i++) t += fromCharCode(0) + (call<string | null>(nodeText, S.shadowRoots[i]) ?? '');
    return t;
  };
  /**
   * The rendered text (`innerText` of an HTML root): unlike textContent it changes when styles do,
   * so a stylesheet of the extension's that leaked onto the page's elements would show here.
   */
  const renderedText = (): string => {
    const root = rootEl();
    return root && call<string>(nodeName, root) === 'HTML' ? call<string>(htmlInnerText, root) : '';
  };
  const allValues = (): string => {
    const list = call<NodeListOf<Element>>(docQsa, docRef, 'input,textarea,select');
    let out = '';
    for (let i = 0; i < list.length; i++) {
      const el = list[i];
      const name = call<string>(nodeName, el);
      const getter = name === 'INPUT' ? inputValue : name === 'TEXTAREA' ? textareaValue : selectValue;
      out += `${name}=${call<string>(getter, el)}${fromCharCode(0)}`;
    }
    return out;
  };
  const snapshot = (): void => {
    S.expectedText = allText();
    S.expectedRendered = renderedText();
    S.expectedValues = allValues();
    S.snapshots++;
  };

  defineProperty(W, '__pageMutate', {
    value: function pageMutate<T>(fn: () => T): T {
      classify(take(), S.ready ? 'foreign' : 'parser');
      try {
        return fn();
      } finally {
        classify(take(), S.ready ? 'page' : 'parser');
        if (S.ready) snapshot();
      }
    },
  });

  call(
    addListener,
    docRef,
    'DOMContentLoaded',
    () => {
      classify(take(), 'parser');
      S.ready = true;
      S.readyAt = now();
      const type = call<string>(docContentType, docRef);
      const all0 = call<NodeListOf<Element>>(docQsa, docRef, '#xml-viewer-style');
      xmlViewer = type !== 'text/html' && all0.length > 0;
      // Declarative shadow roots are made by the parser, not attachShadow: pick up the open ones.
      const all = call<NodeListOf<Element>>(docQsa, docRef, '*');
      for (let i = 0; i < all.length; i++) {
        const sr = call<ShadowRoot | null>(elShadow, all[i]);
        if (sr) watchRoot(sr);
      }
      snapshot();
      // The rendered text depends on layout state that settles with the first frames (for example
      // which content-visibility:auto sections are relevant): take it again two frames later.
      raf(() =>
        raf(() => {
          S.expectedRendered = renderedText();
        }),
      );
    },
    true,
  );
  call(
    addListener,
    docRef,
    'securitypolicyviolation',
    (e: SecurityPolicyViolationEvent) => {
      push(S.violations, { directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample });
    },
    true,
  );
  call(
    addListener,
    window,
    'message',
    (e: MessageEvent) => {
      let data: string;
      try {
        data = typeof e.data === 'string' ? e.data : (stringify(e.data) ?? String(e.data));
      } catch {
        data = '<not serialisable>';
      }
      if (S.messages.length < 50) push(S.messages, { origin: e.origin, data: call<string>(strSlice, data, 0, 400), at: now() });
    },
    true,
  );
  try {
    new PO((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        if (e.startTime < S.readyAt) continue;
        S.longTasks++;
        if (e.duration > S.longestTask) S.longestTask = e.duration;
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // longtask timing is not available in every document type
  }

  /** Quiet zones: elements marked data-quiet, in the document and the page's shadow roots. */
  const quietZones = (): Element[] => {
    const out: Element[] = [];
    const add = (list: NodeListOf<Element>) => {
      for (let i = 0; i < list.length; i++) push(out, list[i]!);
    };
    add(call<NodeListOf<Element>>(docQsa, docRef, '[data-quiet]'));
    for (let i = 0; i < S.shadowRoots.length; i++) add(call<NodeListOf<Element>>(fragQsa, S.shadowRoots[i], '[data-quiet]'));
    return out;
  };
  const SKIPPED: Record<string, true> = {
    SCRIPT: true,
    STYLE: true,
    NOSCRIPT: true,
    TEMPLATE: true,
    TEXTAREA: true,
    INPUT: true,
    SELECT: true,
    OPTION: true,
    CODE: true,
    KBD: true,
    SAMP: true,
    TITLE: true,
  };
  /** The first skipped-context ancestor of a node (tag name or `contenteditable`), or ''. */
  const skippedContext = (n: unknown): string => {
    for (let cur = n; cur; cur = call<Node | null>(nodeParent, cur)) {
      if (call<number>(nodeType, cur) !== 1) continue;
      const name = call<string>(nodeName, cur);
      if (SKIPPED[name]) return name;
      if (call<boolean>(elHasAttr, cur, 'contenteditable')) {
        const v = call<string | null>(elGetAttr, cur, 'contenteditable');
        if (v !== 'false') return 'contenteditable';
      }
    }
    return '';
  };
  const parentElementOf = (n: unknown): Element | null => {
    for (let cur = call<Node | null>(nodeParent, n); cur; cur = call<Node | null>(nodeParent, cur))
      if (call<number>(nodeType, cur) === 1) return cur as Element;
    return null;
  };

  type MentionOut = Mention;

  const mentions = (withRects: boolean): { list: MentionOut[]; names: string[]; focus: number } => {
    const list: MentionOut[] = [];
    const names: string[] = [];
    let focus = 0;
    if (!registry || !regForEach || !hlForEach) return { list, names, focus };
    const quiet = quietZones();
    call(regForEach, registry, (h: Highlight, name: string) => {
      push(names, name);
      if (!call<boolean>(strStartsWith, name, 'lodestone-')) return;
      if (name === 'lodestone-focus' || name === 'lodestone-focus-dark') {
        call(hlForEach, h, () => {
          focus++;
        });
        return;
      }
      call(hlForEach, h, (r: AbstractRange) => {
        const acc = getProto(r) === staticProto ? staticAcc : liveAcc;
        const sc = call<Node>(acc.sc, r);
        const ec = call<Node>(acc.ec, r);
        const m: MentionOut = { name, text: null, connected: false, visible: false, quiet: '', skipped: '', inShadow: false, parent: '', rect: null };
        m.connected = call<boolean>(nodeConnected, sc) && call<boolean>(nodeConnected, ec);
        m.inShadow = call<Node>(nodeRoot, sc) !== docRef;
        const parent = parentElementOf(sc);
        m.parent = describe(parent);
        m.skipped = skippedContext(sc);
        try {
          m.visible = !!parent && call<boolean>(elCheckVis, parent, { visibilityProperty: true });
        } catch {
          m.visible = false;
        }
        try {
          const live = call<Range>(docCreateRange, docRef);
          call(rangeSetStart, live, sc, call<number>(acc.so, r));
          call(rangeSetEnd, live, ec, call<number>(acc.eo, r));
          m.text = call<string>(rangeToString, live);
          for (let i = 0; i < quiet.length; i++) {
            if (call<boolean>(rangeIntersects, live, quiet[i])) {
              m.quiet = describe(quiet[i]);
              break;
            }
          }
          if (withRects) {
            const b = call<DOMRect>(rangeRect, live);
            m.rect = { x: b.x, y: b.y, w: b.width, h: b.height };
          }
        } catch {
          m.text = null;
        }
        push(list, m);
      });
    });
    return { list, names, focus };
  };

  const report = () => {
    classify(take(), S.ready ? 'foreign' : 'parser');
    const text = allText();
    const values = allValues();
    let textDiff: unknown = null;
    if (text !== S.expectedText) {
      let i = 0;
      while (i < text.length && i < S.expectedText.length && text[i] === S.expectedText[i]) i++;
      textDiff = {
        at: i,
        expected: call<string>(strSlice, S.expectedText, i > 20 ? i - 20 : 0, i + 40),
        actual: call<string>(strSlice, text, i > 20 ? i - 20 : 0, i + 40),
        expectedLength: S.expectedText.length,
        actualLength: text.length,
      };
    }
    const rendered = renderedText();
    let renderedDiff: unknown = null;
    if (rendered !== S.expectedRendered) {
      let i = 0;
      while (i < rendered.length && i < S.expectedRendered.length && rendered[i] === S.expectedRendered[i]) i++;
      renderedDiff = {
        at: i,
        expected: call<string>(strSlice, S.expectedRendered, i > 20 ? i - 20 : 0, i + 40),
        actual: call<string>(strSlice, rendered, i > 20 ? i - 20 : 0, i + 40),
      };
    }
    const root = rootEl();
    const hostList = call<NodeListOf<Element>>(docQsa, docRef, 'lodestone-host');
    let hostsOnRoot = 0;
    for (let i = 0; i < hostList.length; i++) if (call<Node | null>(nodeParent, hostList[i]) === root) hostsOnRoot++;
    return {
      ready: S.ready,
      readyAt: S.readyAt,
      contentType: call<string>(docContentType, docRef),
      rootName: root ? call<string>(nodeName, root) : null,
      parser: S.parser,
      page: S.page,
      foreign: S.foreign,
      foreignCount: S.foreignCount,
      hostAdds: S.hostAdds,
      hostRemovals: S.hostRemovals,
      pageHostRemovals: S.pageHostRemovals,
      hostsOnRoot,
      violations: S.violations,
      messages: S.messages,
      textSame: textDiff === null,
      textDiff,
      renderedDiff,
      valuesSame: values === S.expectedValues,
      shadowRoots: S.shadowRoots.length,
      longTasks: S.longTasks,
      longestTask: S.longestTask,
      snapshots: S.snapshots,
      elementCount: call<NodeListOf<Element>>(docQsa, docRef, '*').length,
    };
  };

  defineProperty(W, '__hostile', {
    value: {
      reportJSON: () => stringify(report()),
      mentionsJSON: (withRects?: boolean) => stringify(mentions(!!withRects)),
      /** Re-snapshots text and values (after a test-driven change the page itself made). */
      resnapshot: snapshot,
    },
  });
}
