/**
 * `npx tsx test/bench/tab-heap.ts [--ext=DIR] [--rounds=N] [--pages=article,long]`: the JavaScript
 * heap Lodestone adds to a reader's tab (`tab-heap-measure.ts`), as a reader meets it (default
 * settings, the seed dictionary, no entities of the reader's).
 *
 * Unlike the benchmark's "Retained heap" rows (a page loaded paused, then unpaused: what grows after
 * the seed dictionary was unpacked), this counts everything, the unpacked dictionary included. With
 * `--ext` it measures another build (a worktree of an older commit), so two versions are compared on
 * the same pages by the same method: the memory baseline's figures (memory-baseline.json) were
 * measured so on the first run's code. `npm run bench` measures the same at its start.
 */
import { ensureBuilt, EXTENSION_DIR } from '../harness/build';
import { launchWithExtension } from '../harness/launch';
import { readSeedArticles } from '../harness/seed-pages';
import { startServer } from '../harness/server';
import { dictionaryNames, readCatalog } from './dictionary';
import { extensionWithFloors } from './floor-extension';
import { generatePage, type PageKind } from './pages';
import { measureTabHeap } from './tab-heap-measure';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const n = Number(arg('rounds') ?? 5);
const kinds = (arg('pages') ?? 'article,long').split(',') as PageKind[];

const given = arg('ext');
if (!given) ensureBuilt();
const dir = extensionWithFloors(given ?? EXTENSION_DIR);
const catalog = readCatalog();
const seeds = readSeedArticles().map((s) => ({ title: s.meta.title, text: s.raw }));
const html = new Map(kinds.map((k) => [k, generatePage(k, { seeds, names: dictionaryNames(catalog) }).html]));
const server = await startServer(0, (p) => {
  const m = /^\/bench\/(?:noop\/)?(\w+)\.html$/.exec(p);
  const body = m ? html.get(m[1] as PageKind) : undefined;
  return body ? { type: 'text/html; charset=utf-8', body } : undefined;
});
const ext = await launchWithExtension(dir);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const kind of kinds) {
  const rounds = await measureTabHeap(ext.context, server.origin, kind, n);
  const fmt = (xs: number[]) => `${Math.round(median(xs)).toLocaleString('en')} KB (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
  console.log(
    `${kind}: Lodestone adds ${fmt(rounds.map((r) => r.added))}; tab with Lodestone ${fmt(rounds.map((r) => r.withLodestone))}, with the no-op script ${fmt(rounds.map((r) => r.noop))}`,
  );
}
await ext.context.close();
await server.close();
