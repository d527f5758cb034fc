/**
 * `npx tsx test/bench/heap-diff.ts [article|long|huge] [first|every]`: what grows on a page after
 * Lodestone has unpacked its dictionary (the benchmark's memory rows before 7 Dec measured that;
 * `tab-heap.ts` measures all Lodestone adds). Loads the page with the extension paused (1,000
 * reader's entities in the store, as in `npm run bench`), takes a heap snapshot, unpauses, lets the
 * content script settle, takes a second snapshot, and prints `Runtime.getHeapUsage` of both and the
 * objects of the second that the first did not hold, grouped by type and constructor (or a
 * string's first characters), largest first; `HEAP_FREED=N` adds the N largest groups the first
 * held and the second does not. Node ids are stable between two snapshots of one session, which is
 * what tells new objects from old. A diagnosis tool, not part of `npm run bench`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';
import { ensureBuilt, EXTENSION_DIR } from '../harness/build';
import { launchWithExtension } from '../harness/launch';
import { readSeedArticles } from '../harness/seed-pages';
import { startServer } from '../harness/server';
import { setSettings as setWorkerSettings } from './settings';
import { dictionaryNames, readCatalog, userEntities } from './dictionary';
import { generatePage, type PageKind } from './pages';

const kind = (process.argv[2] ?? 'article') as PageKind;
const mode = process.argv[3] === 'first' ? 'first' : 'every';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** A heap snapshot of the tab, after two full collections. */
async function snapshot(cdp: CDPSession): Promise<Snapshot> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return JSON.parse(chunks.join('')) as Snapshot;
}

/** Each node of `s` as [id, type, name, self size]. */
function* nodesOf(s: Snapshot): Generator<[number, string, string, number]> {
  const f = s.snapshot.meta.node_fields;
  const w = f.length;
  const [iType, iName, iId, iSize] = ['type', 'name', 'id', 'self_size'].map((k) => f.indexOf(k)) as [number, number, number, number];
  const types = s.snapshot.meta.node_types[0];
  for (let i = 0; i < s.nodes.length; i += w) yield [s.nodes[i + iId]!, types[s.nodes[i + iType]!]!, s.strings[s.nodes[i + iName]!]!, s.nodes[i + iSize]!];
}

ensureBuilt();
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-heap-ext-'));
fs.cpSync(EXTENSION_DIR, copy, { recursive: true });
const catalog = readCatalog();
const seeds = readSeedArticles().map((s) => ({ title: s.meta.title, text: s.raw }));
const page = generatePage(kind, { seeds, names: dictionaryNames(catalog) });
const server = await startServer(0, (p) => (p === '/bench/page.html' ? { type: 'text/html; charset=utf-8', body: page.html } : undefined));
const ext = await launchWithExtension(copy);
await ext.worker.evaluate(
  async (entities: unknown[]) => {
    const hook = (globalThis as unknown as { lodestoneDebug: { addUserEntities(e: unknown[]): Promise<number> } }).lodestoneDebug;
    await hook.addUserEntities(entities);
  },
  userEntities(catalog, 1_000).map((e) => ({ ...e, description: 'Added for the benchmark.' })),
);
const setSettings = (patch: Record<string, unknown>) => setWorkerSettings(ext.worker, patch);

await setSettings({ paused: true, highlightMode: mode });
const tab = await ext.context.newPage();
const cdp = await ext.context.newCDPSession(tab);
await tab.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load', timeout: 120_000 });
await sleep(1500);
const before = await snapshot(cdp);
const usedBefore = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
await setSettings({ paused: false });
await sleep(kind === 'huge' ? 8000 : 3000);
const after = await snapshot(cdp);
const usedAfter = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
console.log(
  `heap in use (Runtime.getHeapUsage): after minus before ${((usedAfter - usedBefore) / 1024).toFixed(0)} KB (${(usedBefore / 1024).toFixed(0)} KB paused, ${(usedAfter / 1024).toFixed(0)} KB settled)`,
);

/** The objects of `s` whose ids `skip` lacks, grouped by type and constructor (or a string's first characters). */
function groupedNew(s: Snapshot, skip: Snapshot): { groups: Map<string, { size: number; count: number }>; total: number; ids: Set<number> } {
  const ids = new Set<number>();
  for (const [id] of nodesOf(skip)) ids.add(id);
  const groups = new Map<string, { size: number; count: number }>();
  let total = 0;
  for (const [id, type, name, size] of nodesOf(s)) {
    if (ids.has(id)) continue;
    total += size;
    const key =
      type === 'string' || type === 'concatenated string' || type === 'sliced string'
        ? `${type} ${JSON.stringify(name.slice(0, 40))}`
        : `${type} ${name.slice(0, 60)}`;
    const g = groups.get(key) ?? { size: 0, count: 0 };
    g.size += size;
    g.count++;
    groups.set(key, g);
  }
  return { groups, total, ids };
}

/** The largest `top` groups, one line each. */
function printGroups(groups: Map<string, { size: number; count: number }>, top: number): void {
  for (const [key, g] of [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, top))
    console.log(`  ${(g.size / 1024).toFixed(1).padStart(8)} KB  ${String(g.count).padStart(6)}×  ${key}`);
}

const { groups, total, ids: old } = groupedNew(after, before);
const byType = new Map<string, number>();
for (const [key, g] of groups) {
  const t = key.startsWith('string') || key.includes(' string ') ? key.split(' "')[0]! : key.split(' ')[0]!;
  byType.set(t, (byType.get(t) ?? 0) + g.size);
}
console.log(`${kind}/${mode}: new objects ${(total / 1024).toFixed(0)} KB`);
for (const [t, s] of [...byType].sort((a, b) => b[1] - a[1])) console.log(`  ${t.padEnd(24)} ${(s / 1024).toFixed(0).padStart(7)} KB`);
console.log('largest groups:');
printGroups(groups, Number(process.env.HEAP_TOP ?? 40));
if (process.env.HEAP_FREED) {
  // What the first snapshot held that the second does not (freed while the content script worked).
  const freed = groupedNew(before, after);
  console.log(`freed objects ${(freed.total / 1024).toFixed(0)} KB, largest groups:`);
  printGroups(freed.groups, Number(process.env.HEAP_FREED));
}
if (process.env.HEAP_CODE) codeOwners(after, old);
if (process.env.HEAP_BIG) biggest(after, old);
await ext.context.close();
await server.close();

/** The new machine code of `s` by the function it was compiled for (`HEAP_CODE=1`). */
function codeOwners(s: Snapshot, oldIds: Set<number>): void {
  const { w, iType, iName, iId, iSize, types, n, parents } = retainers(s);
  const owner = (i: number): string => {
    const seen = new Set([i]);
    let frontier = [i];
    for (let depth = 0; depth < 7; depth++) {
      const next: number[] = [];
      for (const j of frontier)
        for (const [p] of parents[j]!) {
          if (seen.has(p)) continue;
          seen.add(p);
          const t = types[s.nodes[p * w + iType!]!];
          const name = s.strings[s.nodes[p * w + iName!]!]!;
          if (t === 'regexp') return `regexp ${name.slice(0, 70)}`;
          if ((t === 'code' || t === 'closure') && !name.startsWith('system') && !name.startsWith('(')) return name || '(anonymous)';
          next.push(p);
        }
      frontier = next;
    }
    return '?';
  };
  const by = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (oldIds.has(s.nodes[i * w + iId!]!)) continue;
    const name = s.strings[s.nodes[i * w + iName!]!]!;
    if (name !== 'system / InstructionStream') continue;
    const o = owner(i);
    by.set(o, (by.get(o) ?? 0) + s.nodes[i * w + iSize!]!);
  }
  console.log('machine code by function:');
  for (const [o, size] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(size / 1024).toFixed(1).padStart(8)} KB  ${o}`);
}

/** The largest new objects of `s`, each with a path of retainers (`HEAP_BIG=1`). */
function biggest(s: Snapshot, oldIds: Set<number>): void {
  const { w, iType, iName, iId, iSize, types, n, parents } = retainers(s);
  const label = (i: number) => `${types[s.nodes[i * w + iType!]!]}:${s.strings[s.nodes[i * w + iName!]!]!.slice(0, 30)}`;
  const fresh: number[] = [];
  for (let i = 0; i < n; i++) if (!oldIds.has(s.nodes[i * w + iId!]!)) fresh.push(i);
  fresh.sort((a, b) => s.nodes[b * w + iSize!]! - s.nodes[a * w + iSize!]!);
  console.log('largest new objects:');
  for (const i of fresh.slice(0, Number(process.env.HEAP_BIG))) {
    const path: string[] = [];
    let j = i;
    for (let d = 0; d < 5; d++) {
      const p = parents[j]!.find(([q]) => !types[s.nodes[q * w + iType!]!]!.startsWith('synthetic')) ?? parents[j]![0];
      if (!p) break;
      path.push(`${p[1]} <- ${label(p[0])}`);
      j = p[0];
    }
    console.log(`  ${(s.nodes[i * w + iSize!]! / 1024).toFixed(1).padStart(7)} KB ${label(i)}  ${path.join('  ')}`);
  }
}

/** The snapshot's node layout, and each node's retainers as [node, edge name] (weak edges left out). */
function retainers(s: Snapshot) {
  const f = s.snapshot.meta.node_fields;
  const w = f.length;
  const ef = s.snapshot.meta.edge_fields;
  const ew = ef.length;
  const [iType, iName, iId, iSize, iEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((k) => f.indexOf(k)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [iEType, iEName, iTo] = ['type', 'name_or_index', 'to_node'].map((k) => ef.indexOf(k)) as [number, number, number];
  const types = s.snapshot.meta.node_types[0];
  const etypes = s.snapshot.meta.edge_types[0];
  const n = s.nodes.length / w;
  const parents: [number, string][][] = Array.from({ length: n }, () => []);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const count = s.nodes[i * w + iEdges]!;
    for (let k = 0; k < count; k++, e += ew) {
      const et = etypes[s.edges[e + iEType]!];
      if (et === 'weak') continue;
      const nm = et === 'element' || et === 'hidden' ? `[${s.edges[e + iEName]}]` : s.strings[s.edges[e + iEName]!]!;
      parents[s.edges[e + iTo]! / w]!.push([i, nm]);
    }
  }
  return { w, iType, iName, iId, iSize, types, n, parents };
}
