// The layer rules can fail (issue 16): rule-breaking files are written into lib/ for the length of
// this test, linted with the project's own ESLint config (eslint.config.js), and checked by the
// import-graph script; each must be refused for the right reason. The files are removed afterwards.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImport } from '../../lint/layers.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const PROBES: Record<string, string> = {
  // lib/ importing a component runs up a floor.
  'lib/content/zz-probe-upward.ts': "import { CardLayer } from '../../components/CardLayer';\nexport const probe = CardLayer;\n",
  // The pure page model touching the DOM, by global and by type.
  'lib/page/zz-probe-dom.ts': 'export const probe: HTMLElement | null = document.body;\n',
  // The content script opening the store (it would land in the page's origin).
  'lib/content/zz-probe-store.ts': "import { LodestoneDB } from '../store/db';\nexport const probe = () => new LodestoneDB();\n",
  // A cycle of two modules.
  'lib/text/zz-probe-a.ts': "import { b } from './zz-probe-b';\nexport const a = (): number => b() + 1;\n",
  'lib/text/zz-probe-b.ts': "import { a } from './zz-probe-a';\nexport const b = (): number => (Math.random() > 2 ? a() : 0);\n",
  // Page text becoming HTML.
  'lib/dom/zz-probe-sink.ts': 'export function probe(el: Element, text: string): void {\n  el.innerHTML = text;\n}\n',
};
const files = Object.keys(PROBES).map((f) => path.join(root, f));
let results: ESLint.LintResult[] = [];

beforeAll(async () => {
  for (const [f, text] of Object.entries(PROBES)) fs.writeFileSync(path.join(root, f), text);
  results = await new ESLint({ cwd: root }).lintFiles(files);
}, 120_000);
afterAll(() => {
  for (const f of files) fs.rmSync(f, { force: true });
});

const messagesOf = (file: string) => results.find((r) => r.filePath === path.join(root, file))?.messages ?? [];
const rules = (file: string) => messagesOf(file).map((m) => m.ruleId);

describe('the layer rules refuse what breaks them', () => {
  it('lib/ importing components/', () => {
    const m = messagesOf('lib/content/zz-probe-upward.ts').find((x) => x.ruleId === 'import-x/no-restricted-paths');
    expect(m?.message).toMatch(/Layer rule: content .* may not import components/);
  });

  it('a pure folder using a DOM global and a DOM type', () => {
    expect(rules('lib/page/zz-probe-dom.ts')).toEqual(expect.arrayContaining(['no-restricted-globals', '@typescript-eslint/no-restricted-types']));
  });

  it('the content script importing the store', () => {
    const m = messagesOf('lib/content/zz-probe-store.ts').find((x) => x.ruleId === 'import-x/no-restricted-paths');
    expect(m?.message).toMatch(/Layer rule: content .* may not import store/);
  });

  it('an import cycle', () => {
    expect(rules('lib/text/zz-probe-a.ts')).toContain('import-x/no-cycle');
  });

  it('page text assigned as HTML', () => {
    expect(rules('lib/dom/zz-probe-sink.ts')).toContain('no-unsanitized/property');
  });

  it('and the import-graph check fails on them too, naming each fault', () => {
    const run = spawnSync('node', ['test/lint/graph.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('lib/content/zz-probe-upward.ts → components/CardLayer.tsx');
    expect(run.stderr).toContain('lib/content/zz-probe-store.ts → lib/store/db.ts');
    expect(run.stderr).toMatch(/Import cycles: 1\n\s+lib\/text\/zz-probe-a\.ts → lib\/text\/zz-probe-b\.ts → lib\/text\/zz-probe-a\.ts/);
  }, 60_000);
});

describe('the layer table', () => {
  it('lets a component name a store type but not call the store', () => {
    expect(checkImport('components/Timeline.tsx', 'lib/store/query-timeline.ts', true).ok).toBe(true);
    expect(checkImport('components/Timeline.tsx', 'lib/store/query-timeline.ts', false).ok).toBe(false);
  });

  it('lets the content script use its own card contract and the store’s row schemas, not the store', () => {
    expect(checkImport('lib/content/session.ts', 'lib/content/card-view.ts').ok).toBe(true);
    expect(checkImport('lib/content/card-controller.ts', 'lib/store/rows.ts').ok).toBe(true);
    expect(checkImport('lib/content/card-controller.ts', 'lib/store/queries.ts').ok).toBe(false);
    expect(checkImport('lib/content/card-view.ts', 'lib/content/session.ts').ok).toBe(false);
  });
});
