import fs from 'node:fs';
import { defineConfig } from 'wxt';

/**
 * Firefox's `browser_specific_settings.gecko`:
 * - `strict_min_version` 140: the CSS Custom Highlight API, which draws every highlight, arrived in
 *   Firefox 140 (on 128–139 the add-on would install and silently show nothing). 140 is also an ESR.
 * - `data_collection_permissions`: nothing is collected or transmitted (`required: ['none']`),
 *   the declaration addons.mozilla.org requires of new add-ons (Firefox reads it from 139 on).
 * - `gecko_android.strict_min_version` 142: Firefox for Android reads that declaration only from 142
 *   (`web-ext lint` warns otherwise).
 */
const FIREFOX_GECKO = {
  id: 'lodestone@example.org',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
} as const;

/**
 * Escapes every non-ASCII character of the built scripts (`\uXXXX`, valid in strings, templates,
 * regular expressions and identifiers alike). One such character anywhere makes V8 hold the whole
 * script as a two-byte source, which it scans about half as fast, and the content script is
 * compiled afresh in every new renderer, on every site (issue 14, measured in test/bench).
 */
const ASCII_OUTPUT = {
  name: 'lodestone-ascii-output',
  generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.code && /[\u0080-\uffff]/.test(chunk.code)) {
        chunk.code = chunk.code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
    }
  },
};

/**
 * Marks the content script for eager compilation (V8's explicit compile hints: the magic comment
 * `//# allFunctionsCalledOnLoad` on its first line). V8 otherwise compiles each function lazily on
 * its first call, and the page's first scan calls a few hundred of them for the first time: on
 * the long benchmark page that scan of the blocks near the viewport and their model took about
 * 60 ms cold against 20 ms warm. Compiled with the script (once per renderer, as it is parsed), the
 * first highlights in view came about 40 ms sooner (issue 14, measured in test/bench). Only the
 * content script: the popup's and the background's start paths are lazy on purpose.
 */
const EAGER_CONTENT_SCRIPT = {
  name: 'lodestone-eager-content-script',
  apply: 'build' as const,
  // After WXT's own output plugins (which read the script's first line, `var content = (function`).
  enforce: 'post' as const,
  generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName?: string; code?: string }>) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && chunk.code && chunk.fileName === 'content-scripts/content.js') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
};

/**
 * `import lines from './file.txt?lines'`: a text file as an array of its lines, each a string
 * literal of its own (the build's and the unit tests' Vite both use it: test/vitest.config.ts).
 * The content script's seed dictionary comes so (`lib/knowledge/seed-compiled.ts`): what unpacking
 * keeps is a slice of a line, which keeps that line alive, not the whole 4 MB text, and the lines
 * decoded into arrays are let go (issue 14, retained heap).
 */
export const LINES_IMPORT = {
  name: 'lodestone-lines-import',
  enforce: 'pre' as const,
  load(id: string) {
    const [file, query] = id.split('?', 2);
    if (query !== 'lines' || !file) return null;
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    return `export default [\n${lines.map((l) => JSON.stringify(l)).join(',\n')}\n];\n`;
  },
};

/** What `transformIndexHtml` is given of the bundle (build only). */
type HtmlBundle = Record<string, { type: string; source?: string | Uint8Array }>;

/**
 * Inlines the stylesheets popup.html links (issue 14: the popup's first content as early as an
 * empty extension page's). Its static frame cannot paint before its CSS has loaded, and a linked
 * file is one more round trip through the browser process first: inlined, the first paint came
 * about 35 ms sooner (40 interleaved loads each on the 2 loaded cores). Each link stays, disabled
 * (neither loaded nor applied), so Vite's preload helper, which loads a lazily imported chunk's CSS
 * unless a stylesheet link to it is in the page, does not load the same CSS again for the app.
 */
const INLINE_POPUP_CSS = {
  name: 'lodestone-inline-popup-css',
  apply: 'build' as const,
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string, ctx: { filename: string; bundle?: HtmlBundle }) {
      const bundle = ctx.bundle;
      if (!bundle || !/[\\/]popup[\\/]index\.html$/.test(ctx.filename)) return html;
      return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (link, file: string) => {
        const asset = bundle[file];
        const css = asset?.type === 'asset' && asset.source !== undefined ? String(asset.source) : null;
        if (css === null || /<\/style/i.test(css)) return link;
        return `<style>${css}</style><link rel="stylesheet" href="/${file}" disabled>`;
      });
    },
  },
};

/**
 * WXT configuration. Auto-imports are off: every module names where its symbols come from
 * (a shadowed auto-import is a bug that reads as correct code).
 * JSX is compiled by esbuild with Preact's automatic runtime, so no Vite plugin (and no second
 * Vite version) is needed.
 */
export default defineConfig({
  imports: false,
  // Manifest V3 for Firefox too: the same `optional_host_permissions`, `scripting` and `action` APIs
  // as Chrome, so both give the reader the same three access levels (README, Permissions). WXT's
  // Firefox default would be MV2, where host patterns must move to `optional_permissions` and
  // `action` is `browser_action`.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Lodestone',
    description: 'Inline context and dated timelines for rare-earth and critical-minerals news.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'unlimitedStorage'],
    // Always-on annotation only where the user grants it; 127.0.0.1 / localhost are pre-granted so
    // the bundled sample pages and tests are annotated without a click.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the article being read to Lodestone',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Step to the next highlighted mention and open its card',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: FIREFOX_GECKO, gecko_android: { strict_min_version: '142.0' } } } : {}),
  }),
  // `npm run package`: the store zips. Firefox's also gets the sources archive AMO asks for; it holds
  // what the build needs (sources, seeds, lockfile, configs), not the tests or the screenshots.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['test/**', 'docs/**', 'artifacts/**', 'test-results/**', 'tmp-*/**'],
  },
  vite: () => ({
    // `LODESTONE_UNMINIFIED=1 npx wxt build`: readable names in CPU profiles (test/bench/profile.ts).
    ...(process.env.LODESTONE_UNMINIFIED === '1' ? { build: { minify: false } } : {}),
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [LINES_IMPORT, ASCII_OUTPUT, EAGER_CONTENT_SCRIPT, INLINE_POPUP_CSS],
  }),
});
