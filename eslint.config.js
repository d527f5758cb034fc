// ESLint (flat config): typescript-eslint with type information, the house's layers as import
// boundaries (test/lint/layers.mjs), no import cycles, and no page or store text turned into HTML
// or code. `npm run lint`; `npm test` runs it first.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import {
  DOM_GLOBALS,
  DOM_TYPES,
  ELEMENTS,
  FORBIDDEN_PACKAGES,
  IMPURE_PACKAGES,
  globsFor,
  purePaths,
  restrictedZones,
  typeOnlyRestrictions,
} from './test/lint/layers.mjs';

const CODE = ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'];

/** `no-restricted-imports` patterns for a list of package names. */
const packageBan = (names, why) => ({ patterns: [{ group: names, message: why }] });

// What test/lint.mjs banned before ESLint (issue 8): page and store text never becomes HTML or
// code. innerHTML/outerHTML, insertAdjacentHTML and document.write are no-unsanitized's; eval and
// new Function are no-eval's and no-new-func's; this is the rest.
const HTML_SINKS = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML: page and store text must never become HTML.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**', 'test-results/**', '.bench/**', 'test/fixtures/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX, 'no-unsanitized': noUnsanitized },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      // Unused names are dead code; a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `void promise` is how this code says "fire and forget, errors are handled inside".
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Re-rejecting what was caught (unknown) is passing an error on, not inventing one.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // A `let` assigned once after the closures that read it were created (start.ts) stays a `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
    },
  },
  // Plain JavaScript (scripts, configs): no type information.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  // The layers: nothing runs up a floor (lib/ never imports components/ or entrypoints/).
  {
    files: CODE,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: restrictedZones() }],
    },
  },
  // Elements that may name another's types but not call it (components and store query types).
  ...typeOnlyRestrictions().map(({ element, options }) => ({
    files: globsFor(element.paths),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', options] },
  })),
  // Elements with extra package bans (the content script never opens IndexedDB; the DOM view knows no extension API).
  ...Object.entries(FORBIDDEN_PACKAGES).map(([name, pkgs]) => {
    const el = ELEMENTS.find((e) => e.name === name);
    return {
      files: globsFor(el.paths),
      rules: { 'no-restricted-imports': ['error', packageBan(pkgs, `Layer rule: ${name} (${el.why}) may not import this package. See test/lint/layers.mjs.`)] },
    };
  }),
  // Pure elements: no DOM, browser, extension, store or UI framework, by import, global or type.
  {
    files: globsFor(purePaths()),
    rules: {
      'no-restricted-imports': [
        'error',
        packageBan(IMPURE_PACKAGES, 'Pure code imports no DOM, browser, extension, store or UI package. See test/lint/layers.mjs.'),
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: `Pure code uses no DOM or browser global (${name}). See test/lint/layers.mjs.` })),
      ],
      '@typescript-eslint/no-restricted-types': [
        'error',
        {
          types: Object.fromEntries(
            DOM_TYPES.map((t) => [t, { message: `Pure code knows no DOM type (${t}): take a type parameter or a plain shape instead.` }]),
          ),
        },
      ],
    },
  },
  // Tests may use what they test with: matchers typed `any` (`expect.any`), mocks' untyped calls,
  // async fakes that need no await, and static HTML written into a happy-dom window.
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      // Playwright reads a fixture's dependencies from its destructuring pattern: `async ({}, use)`.
      'no-empty-pattern': 'off',
      'no-unsanitized/method': 'off',
      'no-unsanitized/property': 'off',
    },
  },
);
