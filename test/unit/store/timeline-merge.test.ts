/**
 * The combined timeline of many entities reads each entity's links in growing batches and stops
 * early (`mergeFirst`); these tests hold it to the plain answer (every link of every entity, merged)
 * on random lists with shared facts and tied sort keys, and on a store.
 */
import { describe, expect, it } from 'vitest';
import { getEntityTimeline, getTimeline, mergeFirst } from '../../../lib/store/query-timeline';
import type { FactEntityRow } from '../../../lib/store/rows';
import { installBundle } from '../../../lib/store/install-bundle';
import { factSortKey } from '../../../lib/store/sort-key';
import { entity, fact, freshDb, makeBundle, seedSource } from './fixtures';
import { createRandom } from '../../bench/pages';

/** A small seeded generator (mulberry32, the benchmark pages' own). */
const rng = createRandom;

const order = (a: FactEntityRow, b: FactEntityRow) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0;

/** Random facts (few sort keys, so many ties) each linked to 1–3 of `entities` entities. */
function randomLinks(random: () => number, entities: number, facts: number): Map<string, FactEntityRow[]> {
  const byEntity = new Map<string, FactEntityRow[]>();
  for (let f = 0; f < facts; f++) {
    const sortKey = `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
    const factId = `f${String(Math.floor(random() * 1e6)).padStart(6, '0')}-${f}`;
    const ids = new Set<string>();
    const n = Math.min(entities, 1 + Math.floor(random() * 3));
    // Skewed: a few entities name most facts, as countries do.
    while (ids.size < n) ids.add(`e${Math.floor(entities * random() ** 2)}`);
    for (const entityId of ids) {
      const link = { entityId, factId, sourceId: 's', sortKey, entityIds: [...ids], arrivedAt: '2026-01-01T00:00:00.000Z' };
      (byEntity.get(entityId) ?? byEntity.set(entityId, []).get(entityId)!).push(link);
    }
  }
  return byEntity;
}

/** The plain answer: every link of every entity, one per fact, in timeline order, the first `need`. */
function plain(lists: Map<string, FactEntityRow[]>, ids: string[], need: number, newest: boolean): string[] {
  const facts = new Map<string, FactEntityRow>();
  for (const id of ids) for (const l of lists.get(id) ?? []) facts.set(l.factId, l);
  const sorted = [...facts.values()].sort(order);
  if (newest) sorted.reverse();
  return sorted.slice(0, need).map((l) => l.factId);
}

describe('mergeFirst', () => {
  it('gives the same first facts as merging every link, in both orders, for any page size', async () => {
    let cases = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const random = rng(seed);
      const lists = randomLinks(random, 1 + Math.floor(random() * 40), Math.floor(random() * 400));
      const all = [...lists.keys(), 'nobody'];
      const ids = all.filter(() => random() < 0.6);
      for (const newest of [true, false]) {
        const sorted = new Map([...lists].map(([id, l]) => [id, [...l].sort(order)]));
        if (newest) for (const l of sorted.values()) l.reverse();
        const read = async (id: string, skip: number, take: number) => (sorted.get(id) ?? []).slice(skip, skip + take);
        for (const need of [1, 5, 51, 120, 1000]) {
          const got = (await mergeFirst(ids, need, read, newest)).map((l) => l.factId);
          expect(got, `seed ${seed}, ${newest ? 'newest' : 'oldest'}, need ${need}`).toEqual(plain(lists, ids, need, newest));
          cases++;
        }
      }
    }
    expect(cases).toBe(600);
  });

  it('reads a few links of each of many entities, not a page of each', async () => {
    const lists = randomLinks(rng(7), 160, 10_000);
    const sorted = new Map([...lists].map(([id, l]) => [id, [...l].sort(order).reverse()]));
    let links = 0;
    const read = async (id: string, skip: number, take: number) => {
      const slice = (sorted.get(id) ?? []).slice(skip, skip + take);
      links += slice.length;
      return slice;
    };
    const ids = [...lists.keys()];
    const got = await mergeFirst(ids, 51, read, true);
    expect(got.map((l) => l.factId)).toEqual(plain(lists, ids, 51, true));
    // Reading the first 51 links of every entity (the previous way) reads thousands.
    const perEntity = ids.reduce((n, id) => n + Math.min(51, lists.get(id)!.length), 0);
    expect(perEntity).toBeGreaterThan(3000);
    expect(links).toBeLessThan(perEntity / 4);
  });
});

describe('getTimeline with many entities', () => {
  // 600 facts: the first 500 (2025) name the busy entities e0–e9, the last 100 (2024) the rare
  // e10–e29 (and sometimes e0). Three sets of entities take the three ways through the query: many
  // busy ones fill the page from one walk of the date index; many rare ones, newest first, exhaust
  // that walk's budget and go to per-entity walks; a few entities go there at once.
  const SETS = {
    busy: ['e0', 'e1', 'e3', 'e7', 'e12', 'e20', 'e29', 'nobody'],
    rare: ['e10', 'e12', 'e15', 'e20', 'e22', 'e25', 'e28', 'e29'],
    few: ['e0', 'e12', 'e25'],
  };
  it.each(Object.entries(SETS))('pages through the merged timeline of the %s entities exactly as each one’s own timeline says', async (_name, pick) => {
    const random = rng(42);
    const db = freshDb();
    const bundle = makeBundle();
    bundle.entities = Array.from({ length: 30 }, (_, i) => entity(`e${i}`, 'company', `Company ${i}`));
    bundle.sources = [seedSource('a', '2025-10-01'), seedSource('b', '2025-11-26')];
    bundle.facts = Array.from({ length: 600 }, (_, i) => {
      const ids = new Set<string>();
      const rare = i >= 500;
      const n = 1 + Math.floor(random() * 3);
      while (ids.size < n) ids.add(rare ? (random() < 0.2 ? 'e0' : `e${10 + Math.floor(20 * random())}`) : `e${Math.floor(10 * random() ** 2)}`);
      const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
      const year = rare ? '2024' : '2025';
      return fact(i % 2 ? 'seed:a' : 'seed:b', i, [...ids], random() < 0.2 ? year : `${year}-${month}`);
    });
    bundle.mentions = [];
    await installBundle(db, bundle);
    for (const order of ['newest', 'oldest'] as const) {
      // The expected order: each entity's own timeline, merged by sort key and fact id.
      const union = new Map<string, string>();
      for (const id of pick) for (const item of await getEntityTimeline(db, id)) union.set(item.fact.id, factSortKey(item.fact));
      const expected = [...union].sort(([a, ka], [b, kb]) => (ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : 1)).map(([id]) => id);
      if (order === 'newest') expected.reverse();
      expect(expected.length).toBeGreaterThan(30);
      expect(ids(await getTimeline(db, { entityIds: pick, order, limit: 1000 }))).toEqual(expected);
      const paged: string[] = [];
      for (let offset = 0; offset < expected.length + 20; offset += 20)
        paged.push(...ids(await getTimeline(db, { entityIds: pick, order, limit: 20, offset })));
      expect(paged).toEqual(expected);
      // A fact is inside [from, to] when its date starts there: '2025' is, '2024' is not.
      const range = ids(await getTimeline(db, { entityIds: pick, order, limit: 5, from: '2024-04', to: '2025-06' }));
      const inside = (id: string) => {
        const date = bundle.facts.find((f) => f.id === id)!.date.value;
        return date === '2025' || (date.length === 7 && date >= '2024-04' && date <= '2025-06');
      };
      expect(range).toEqual(expected.filter(inside).slice(0, 5));
    }
  });
});

function ids(items: { fact: { id: string } }[]): string[] {
  return items.map((i) => i.fact.id);
}
