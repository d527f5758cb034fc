/**
 * A content fingerprint of the whole store: per table, the row count and a hash of the rows in
 * primary-key order. The upgrade tests compare fingerprints before and after an upgrade; the same
 * function can show in a bug report that two stores hold the same data.
 */
import type Dexie from 'dexie';
import { fnv1a64 } from '../text/hash';

/** Row count and content hash of one table. */
export interface TableSnapshot {
  count: number;
  hash: string;
}

/** JSON with object keys sorted, so equal rows serialise equally whatever their key order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Fingerprints every table of `db` (or only `tables`). */
export async function snapshotStore(db: Dexie, tables?: readonly string[]): Promise<Record<string, TableSnapshot>> {
  const out: Record<string, TableSnapshot> = {};
  for (const table of db.tables) {
    if (tables && !tables.includes(table.name)) continue;
    const rows = await table.toArray();
    out[table.name] = { count: rows.length, hash: fnv1a64(rows.map(stableStringify).join('\n')) };
  }
  return out;
}
