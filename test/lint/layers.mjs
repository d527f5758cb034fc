/**
 * The house's floors, written down once (issue 16). `eslint.config.js` turns this table into
 * import-boundary zones and purity rules; `test/lint/graph.mjs` checks the real import graph
 * against it and draws it. Change the architecture here, nowhere else.
 *
 * Each element is a set of paths (folders or single files; a file listed in a narrower element is
 * also inside its folder's element and gets both elements' restrictions, so a narrower element
 * must be at least as strict). `may` names the elements it may import from (itself always);
 * `typesFrom` those it may name types from but never call (`import type` only). `pure` elements
 * run anywhere: no DOM, no browser or extension API, no store, no UI framework.
 */

/** @typedef {{ name: string, paths: string[], may: string[], typesFrom?: string[], pure?: boolean, why: string }} Element */

/** @type {Element[]} */
export const ELEMENTS = [
  {
    name: 'core',
    pure: true,
    paths: [
      'lib/zod.ts',
      'lib/result.ts',
      'lib/sorted.ts',
      'lib/steps.ts',
      'lib/text',
      'lib/catalog',
      'lib/spotter',
      'lib/facts',
      'lib/knowledge',
      'lib/page',
      'lib/settings/schema.ts',
      'lib/settings/defaults.ts',
      'lib/permissions',
    ],
    may: [],
    why: 'the pure pipeline and page model (strings, offsets, schemas): no DOM, browser, store or UI',
  },
  {
    name: 'store-schema',
    pure: true,
    paths: [
      'lib/store/rows.ts',
      'lib/store/limits.ts',
      'lib/store/describe-issue.ts',
      'lib/store/canonical-url.ts',
      'lib/store/errors.ts',
      'lib/store/search-text.ts',
      'lib/store/sort-key.ts',
    ],
    may: ['core'],
    why: "the store's row schemas and pure helpers (no Dexie), shared with messages, articles and the UI",
  },
  {
    name: 'article-schema',
    pure: true,
    paths: ['lib/articles/extracted-article.ts', 'lib/articles/export-format.ts', 'lib/articles/parse-import.ts'],
    may: ['core', 'store-schema'],
    why: 'the shapes of an extracted article and of an export file, and reading one (pure)',
  },
  { name: 'store', paths: ['lib/store'], may: ['core', 'store-schema'], why: 'Dexie in the extension origin' },
  { name: 'dom', paths: ['lib/dom'], may: ['core'], why: 'clobber-proof DOM access and the text map (DOM, no extension API)' },
  { name: 'view', paths: ['lib/highlight'], may: ['core', 'dom'], why: 'the DOM view: ranges, highlights, hit-testing, visibility' },
  { name: 'settings', paths: ['lib/settings'], may: ['core'], why: 'settings storage (extension storage)' },
  { name: 'messages', paths: ['lib/messages'], may: ['core', 'store-schema', 'article-schema'], why: 'the one typed protocol' },
  {
    name: 'extract',
    paths: ['lib/articles/extract-page.ts', 'lib/articles/extract-cache.ts'],
    may: ['core', 'store-schema', 'article-schema', 'dom'],
    why: 'Readability on a clone of the page, and the extraction kept while the page is unchanged (content side)',
  },
  { name: 'articles', paths: ['lib/articles'], may: ['core', 'store-schema', 'article-schema', 'store', 'dom'], why: 'export and import against the store' },
  {
    name: 'ui-pure',
    pure: true,
    paths: [
      'lib/ui/kinds.ts',
      'lib/ui/format.ts',
      'lib/ui/format-date.ts',
      'lib/ui/emphasis.ts',
      'lib/ui/routes.ts',
      'lib/ui/text-fragment.ts',
      'lib/ui/source-link.ts',
      'lib/ui/group-timeline.ts',
      'lib/ui/page-access.ts',
    ],
    may: ['core', 'store-schema'],
    why: 'view-model helpers for every UI (pure)',
  },
  { name: 'ui', paths: ['lib/ui'], may: ['core', 'store-schema', 'ui-pure', 'store'], why: 'Preact hooks over live store queries (extension pages)' },
  {
    name: 'content',
    paths: ['lib/content'],
    may: ['core', 'store-schema', 'article-schema', 'dom', 'view', 'settings', 'messages', 'extract', 'ui-pure'],
    why: 'the content script: runs in the page, never opens IndexedDB, reaches the store by messages',
  },
  {
    name: 'background',
    paths: ['lib/background'],
    may: ['core', 'store-schema', 'article-schema', 'store', 'settings', 'messages', 'articles'],
    why: 'the service worker: owns writes, answers messages',
  },
  {
    name: 'components',
    paths: ['components'],
    may: ['core', 'store-schema', 'article-schema', 'ui-pure', 'ui', 'settings', 'messages', 'card-contract'],
    // A component may name a store query's types (a timeline order); its data comes through lib/ui hooks and props.
    typesFrom: ['store'],
    why: 'Preact components (popup, library, the in-page card)',
  },
  {
    name: 'card-contract',
    paths: ['lib/content/card-view.ts'],
    may: ['core', 'store-schema'],
    why: 'what the content script hands the card view (components/ renders it)',
  },
  { name: 'entrypoints', paths: ['entrypoints'], may: ['*'], why: 'wiring only' },
];

/** Packages no pure element may import: DOM, browser, extension, store and UI frameworks. */
export const IMPURE_PACKAGES = ['wxt', 'wxt/*', 'dexie', 'preact', 'preact/*', '@mozilla/readability', 'fake-indexeddb', 'happy-dom'];

/** Packages forbidden per element beyond purity (the content script never opens IndexedDB). */
export const FORBIDDEN_PACKAGES = {
  content: ['dexie', 'preact', 'preact/*'],
  dom: ['wxt', 'wxt/*', 'dexie', 'preact', 'preact/*'],
  view: ['wxt', 'wxt/*', 'dexie', 'preact', 'preact/*'],
  store: ['preact', 'preact/*', 'wxt/browser'],
  background: ['preact', 'preact/*'],
};

/** DOM globals (values) a pure element must not touch. */
export const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'Node',
  'NodeFilter',
  'Element',
  'HTMLElement',
  'Text',
  'Document',
  'DocumentFragment',
  'Range',
  'StaticRange',
  'Highlight',
  'CSS',
  'CSSStyleSheet',
  'MutationObserver',
  'IntersectionObserver',
  'ResizeObserver',
  'getComputedStyle',
  'requestAnimationFrame',
  'requestIdleCallback',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'chrome',
  'browser',
];

/** DOM types a pure element must not mention (a model that carries a Range is a view). */
export const DOM_TYPES = [
  'Node',
  'Element',
  'HTMLElement',
  'Text',
  'Document',
  'DocumentFragment',
  'AbstractRange',
  'Range',
  'StaticRange',
  'Highlight',
  'Window',
  'Event',
  'EventTarget',
  'MutationRecord',
  'MutationObserver',
  'IntersectionObserver',
  'IntersectionObserverEntry',
  'CSSStyleSheet',
  'ShadowRoot',
  'DOMRect',
  'DOMRectReadOnly',
];

const byName = new Map(ELEMENTS.map((e) => [e.name, e]));

/** The element a repo-relative file belongs to: the most specific (longest) matching path. */
export function elementOf(file) {
  let best;
  let bestLen = -1;
  for (const e of ELEMENTS) {
    for (const p of e.paths) {
      if ((file === p || file.startsWith(`${p}/`)) && p.length > bestLen) {
        best = e;
        bestLen = p.length;
      }
    }
  }
  return best;
}

/** Every element a file is inside (its own and those of enclosing folders). */
export function elementsContaining(file) {
  return ELEMENTS.filter((e) => e.paths.some((p) => file === p || file.startsWith(`${p}/`)));
}

/** Whether a file of element `from` may import a file of element `to` (`typeOnly`: an `import type`). */
export function mayImport(from, to, typeOnly = false) {
  if (!from || !to || from === to) return true;
  // A folder's element may use the narrower elements carved out of it (content → its card contract).
  if (to.paths.every((t) => from.paths.some((f) => t.startsWith(`${f}/`)))) return true;
  if (typeOnly && from.typesFrom?.includes(to.name)) return true;
  return from.may.includes('*') || from.may.includes(to.name);
}

/** Whether the import `fromFile` → `toFile` (repo-relative) is allowed; `why` when not. */
export function checkImport(fromFile, toFile, typeOnly = false) {
  const target = elementOf(toFile);
  if (!target) return { ok: true };
  for (const e of elementsContaining(fromFile)) {
    if (!mayImport(e, target, typeOnly)) return { ok: false, why: `${e.name} (${e.why}) may not import ${target.name} (${target.why})` };
  }
  return { ok: true };
}

/**
 * `@typescript-eslint/no-restricted-imports` options for the elements allowed only types from
 * another: value imports from it are refused, `import type` passes. Paths are matched as
 * gitignore patterns on the import specifier (`../lib/store/db`).
 */
export function typeOnlyRestrictions() {
  return ELEMENTS.filter((e) => e.typesFrom?.length).map((e) => {
    const group = e.typesFrom.flatMap((name) => {
      const other = byName.get(name);
      const allowedInside = ELEMENTS.filter((x) => x !== other && mayImport(e, x)).flatMap((x) => x.paths);
      return other.paths.flatMap((p) => [
        `**/${p}`,
        `**/${p}/*`,
        ...allowedInside.filter((a) => a.startsWith(`${p}/`)).map((a) => `!**/${a.replace(/\.tsx?$/, '')}`),
      ]);
    });
    return {
      element: e,
      options: {
        patterns: [
          {
            group,
            allowTypeImports: true,
            message: `Layer rule: ${e.name} (${e.why}) may name types from ${e.typesFrom.join(', ')} but not call it. See test/lint/layers.mjs.`,
          },
        ],
      },
    };
  });
}

/**
 * import-x `no-restricted-paths` zones: for each element, one zone per element it may not import.
 * Paths of allowed elements nested inside a forbidden folder become the zone's exceptions.
 */
export function restrictedZones() {
  const zones = [];
  for (const target of ELEMENTS) {
    if (target.may.includes('*')) continue;
    for (const other of ELEMENTS) {
      if (other === target || mayImport(target, other) || target.typesFrom?.includes(other.name)) continue;
      for (const from of other.paths) {
        // Narrower elements inside `from` that the target may import, or that are the target itself.
        const except = ELEMENTS.filter((e) => e !== other && (e === target || mayImport(target, e)))
          .flatMap((e) => e.paths)
          .filter((p) => p.startsWith(`${from}/`))
          .map((p) => `./${p.slice(from.length + 1)}`);
        zones.push({
          target: target.paths.map((p) => `./${p}`),
          from: `./${from}`,
          ...(except.length ? { except } : {}),
          message: `Layer rule: ${target.name} (${target.why}) may not import ${other.name} (${other.why}). See test/lint/layers.mjs.`,
        });
      }
    }
  }
  return zones;
}

/** The repo-relative paths of the pure elements. */
export function purePaths() {
  return ELEMENTS.filter((e) => e.pure).flatMap((e) => e.paths);
}

/** Glob patterns for a list of element paths (folders get `/**`). */
export function globsFor(paths) {
  return paths.flatMap((p) => (/\.[cm]?[jt]sx?$/.test(p) ? [p] : [`${p}/**/*.ts`, `${p}/**/*.tsx`]));
}

export { byName as ELEMENTS_BY_NAME };
