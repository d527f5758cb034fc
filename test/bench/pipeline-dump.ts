/**
 * `npx tsx test/bench/pipeline-dump.ts OUT [--bench]`: writes what the content script's page
 * pipeline (text map → scan → page model → display) yields, match by match and mention by mention,
 * on every text fixture and seed laid out as a page (one block per line, so the page's own names
 * are read too) and, with `--bench`, on the benchmark's long and huge pages (parsed by happy-dom),
 * with the seed compiled as the content script has it, alone and with the benchmark's 1,000 user
 * entities. Two dumps from two commits must be identical for a change that is only about speed
 * (issue 14: "without changing what is highlighted"): `cmp a.txt b.txt`. Not part of `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { readSeedArticles } from '../harness/seed-pages';
import { dictionaryNames, readCatalog, userEntities } from './dictionary';
import { generatePage } from './pages';

const out = process.argv[2];
if (!out) throw new Error('usage: pipeline-dump.ts OUT [--bench]');
const ROOT = path.resolve(import.meta.dirname, '../..');

// The text map needs a DOM's globals (happy-dom's), set before it is first used.
const window = new Window();
const g = globalThis as Record<string, unknown>;
for (const k of ['Document', 'DocumentFragment', 'Element', 'HTMLElement', 'Node', 'Text', 'NodeFilter', 'ShadowRoot'])
  g[k] = (window as unknown as Record<string, unknown>)[k];
const { unpackCompiled } = await import('../../lib/spotter/compiled-dictionary');
const { createSpotter } = await import('../../lib/spotter/matcher');
const { localEntityOf } = await import('../../lib/spotter/local-names');
const { PageModel, scanBlocks } = await import('../../lib/page/page-model');
const { collectTextBlocks } = await import('../../lib/dom/text-map');
const { isSiteChrome } = await import('../../lib/dom/dom-rules');
type Block = { element: object; text: string; nodes: { length: number }[] };

// The seed as lib/knowledge/seed-compiled.ts unpacks it (a `?raw` import there).
const seed = unpackCompiled(fs.readFileSync(path.join(ROOT, 'lib/knowledge/compiled-dictionary.txt'), 'utf8'), { trusted: true });
const catalog = readCatalog();
const lines: string[] = [];

async function dumpPage(name: string, blocks: readonly Block[], spotter: ReturnType<typeof createSpotter>): Promise<void> {
  const entries = (await scanBlocks(spotter, blocks, () => true))!;
  const model = new PageModel(spotter, { get: (id: string) => spotter.entity(id) ?? localEntityOf(id) }, { compare: () => 0, isAttached: () => true });
  await model.setEntries(entries);
  lines.push(`# ${name}: ${blocks.length} blocks`);
  entries.forEach((e, i) => {
    for (const m of e.matches)
      lines.push(`m ${i} ${m.start} ${m.end} ${m.entityId} ${JSON.stringify(m.text)} ${m.requires?.join(',') ?? ''}${m.symbol ? ' symbol' : ''}`);
    for (const m of e.mentions) lines.push(`M ${i} ${m.start} ${m.end} ${m.entityId} ${m.kind}`);
  });
  const index = new Map<unknown, number>(entries.map((e, i) => [e, i]));
  for (const mode of ['first', 'every'] as const)
    lines.push(
      `${mode} ${model
        .applyDisplay(mode, () => true)
        .map((m) => `${index.get(m.entry)}:${m.start}`)
        .join(' ')}`,
    );
}

const files: string[] = [];
for (const d of [
  'test/fixtures/recall',
  'test/fixtures/recall-heldout',
  'seeds',
  'test/fixtures/inline',
  'test/fixtures/save',
  'test/fixtures/hostile',
  'test/fixtures/events',
]) {
  const dir = path.join(ROOT, d);
  if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).sort()) if (/\.(txt|md|html)$/.test(f)) files.push(path.join(dir, f));
}
for (const withUser of [false, true]) {
  const spotter = createSpotter(withUser ? { seed, user: userEntities(catalog, 1_000) as never } : { seed }, { requireField: true, localNames: true });
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8').replace(/<[^>]+>/g, '\n');
    const blocks = text
      .split('\n')
      .filter((l) => l.trim())
      .map((t) => ({ element: {}, text: t, nodes: [{ length: t.length }] }));
    await dumpPage(`${path.relative(ROOT, f)} (user entities: ${withUser})`, blocks, spotter);
    // The whole file as one article: what `kb extract` and saving read.
    lines.push(`article ${JSON.stringify(spotter.findMentions(text))}`);
  }
  if (process.argv.includes('--bench')) {
    const seeds = readSeedArticles().map((s) => ({ title: s.meta.title, text: s.raw }));
    for (const kind of ['long', 'huge'] as const) {
      const doc = new window.DOMParser().parseFromString(generatePage(kind, { seeds, names: dictionaryNames(catalog) }).html, 'text/html');
      const blocks = collectTextBlocks(doc.body as unknown as Node, { skip: (el) => isSiteChrome(el) });
      await dumpPage(`bench ${kind} page (user entities: ${withUser})`, blocks, spotter);
    }
  }
}
fs.writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${files.length} files${process.argv.includes('--bench') ? ' and the long and huge bench pages' : ''}: ${lines.length} lines in ${out}`);
await window.happyDOM.close();
