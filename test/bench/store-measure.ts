/**
 * The store benchmark's fill and its size measure, shared by the page bundle (`store-entry.ts`, in
 * the extension's library page) and the Node script that measures the same on any commit with
 * fake-indexeddb (`store-size.ts`).
 */
import type { Table } from 'dexie';
import { sourceGraphTables, type LodestoneDB } from '../../lib/store/db';
import { buildSourceGraph, putSourceGraph } from '../../lib/store/source-graph';

/**
 * Adds copies of the seed sources (as saved articles with their own ids, URLs and facts) until
 * the store holds at least `target` facts, through the store's own write path. Returns the fact
 * count.
 */
export async function fillStore(db: LodestoneDB, target: number): Promise<number> {
  const seeds = await db.sources.where('origin').equals('seed').toArray();
  let count = await db.facts.count();
  let copy = 0;
  while (count < target) {
    copy++;
    await db.transaction('rw', sourceGraphTables(db), async () => {
      for (const s of seeds) {
        if (count >= target) break;
        const text = (await db.sourceTexts.get(s.id))!.text;
        const facts = await db.facts.where('sourceId').equals(s.id).toArray();
        const mentionRows = await db.mentions.where('[sourceId+entityId]').between([s.id, ''], [s.id, '\uffff']).toArray();
        const id = `saved:bench-${copy}-${s.id.replace(/\W/g, '')}`;
        const url = `http://127.0.0.1/bench/copy/${copy}/${encodeURIComponent(s.id)}`;
        const { textLength: _t, factCount: _f, ...meta } = s;
        const graph = buildSourceGraph(
          { ...meta, id, origin: 'saved', url, canonicalUrl: url, savedAt: new Date(Date.UTC(2025, 10, 1 + (copy % 28))).toISOString(), text },
          facts.map(({ sortKey: _k, ...f }) => ({ ...f, id: f.id.replace(s.id, id), sourceId: id })),
          mentionRows.flatMap((r) => r.spans.map((sp) => ({ entityId: r.entityId, ...sp }))),
        );
        await putSourceGraph(db, graph);
        count += facts.length;
      }
    });
  }
  return db.facts.count();
}

/** The store's logical size in bytes: rows, and index keys, serialized. */
export interface LogicalSize {
  /** Every row as JSON, UTF-8 bytes. */
  rowBytes: number;
  /** Every key each row puts in each index (the primary key included), as JSON, UTF-8 bytes. */
  keyBytes: number;
  rows: number;
  /** `rowBytes + keyBytes` per table. */
  tables: Record<string, number>;
}

const utf8 = new TextEncoder();
const bytes = (v: unknown): number => utf8.encode(JSON.stringify(v)).length;

/** A valid IndexedDB key (what an index holds; a row whose key path gives anything else is left out of that index). */
function isKey(k: unknown): boolean {
  if (typeof k === 'number') return !Number.isNaN(k);
  if (typeof k === 'string') return true;
  if (k instanceof Date) return !Number.isNaN(k.getTime());
  if (k instanceof ArrayBuffer || ArrayBuffer.isView(k)) return true;
  return Array.isArray(k) && k.every(isKey);
}

function valueAt(row: unknown, keyPath: string): unknown {
  let v: unknown = row;
  for (const part of keyPath.split('.')) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string, unknown>)[part];
  return v;
}

/** The keys one row puts in an index (none, one, or for a multiEntry index each distinct valid element). */
function indexKeys(row: unknown, keyPath: string | string[], multi: boolean): unknown[] {
  if (Array.isArray(keyPath)) {
    const k = keyPath.map((p) => valueAt(row, p));
    return isKey(k) ? [k] : [];
  }
  const v = valueAt(row, keyPath);
  if (multi && Array.isArray(v)) {
    const distinct = new Map<string, unknown>();
    for (const x of v) if (isKey(x)) distinct.set(JSON.stringify(x), x);
    return [...distinct.values()];
  }
  return isKey(v) ? [v] : [];
}

/**
 * The store's logical size: for every table, each row serialized, plus for each of its indexes
 * (the primary key, then the secondary ones, compound and multiEntry included) the serialized keys
 * the row contributes. It depends only on what is stored, so it is the same run after run, where
 * `navigator.storage.estimate()` moves with LevelDB's log and compactions (by more than 2× between
 * runs over the same data). It leaves out what the database adds per record (the primary key kept
 * beside each secondary index entry, the structured-clone encoding, compression).
 */
export async function logicalSize(db: LodestoneDB): Promise<LogicalSize> {
  const out: LogicalSize = { rowBytes: 0, keyBytes: 0, rows: 0, tables: {} };
  for (const table of db.tables as Table<unknown, unknown>[]) {
    // Rows and primary keys in the same (primary key) order; an outbound key is not in the row.
    const [rows, primaryKeys] = await db.transaction('r', table, () => Promise.all([table.toArray(), table.toCollection().primaryKeys()]));
    let rowBytes = 0;
    let keyBytes = 0;
    rows.forEach((row, i) => {
      rowBytes += bytes(row);
      keyBytes += bytes(primaryKeys[i]);
      for (const idx of table.schema.indexes) if (idx.keyPath !== undefined) for (const k of indexKeys(row, idx.keyPath, !!idx.multi)) keyBytes += bytes(k);
    });
    out.rows += rows.length;
    out.rowBytes += rowBytes;
    out.keyBytes += keyBytes;
    out.tables[table.name] = rowBytes + keyBytes;
  }
  return out;
}

/** A logical size with the count of sources (articles) it was measured over. */
export type CountedSize = LogicalSize & { articles: number };

/** What a fill added between two measures: bytes, rows, articles, per table, and KB per 1,000 added articles (the budget's figure). */
export function storeGrowth(before: CountedSize, after: CountedSize) {
  const articles = after.articles - before.articles;
  const rowBytes = after.rowBytes - before.rowBytes;
  const keyBytes = after.keyBytes - before.keyBytes;
  return {
    rowBytes,
    keyBytes,
    rows: after.rows - before.rows,
    articles,
    tables: Object.fromEntries(Object.entries(after.tables).map(([t, b]) => [t, b - (before.tables[t] ?? 0)])),
    kbPer1000Articles: ((rowBytes + keyBytes) / 1024 / Math.max(1, articles)) * 1000,
  };
}
