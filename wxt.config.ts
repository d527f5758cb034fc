import { defineConfig } from 'wxt';

/**
 * WXT configuration. Auto-imports are off: every module names where its symbols come from
 * (a shadowed auto-import is a bug that reads as correct code).
 * JSX is compiled by esbuild with Preact's automatic runtime, so no Vite plugin (and no second
 * Vite version) is needed.
 */
export default defineConfig({
  imports: false,
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
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'lodestone@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
