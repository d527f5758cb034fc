import { describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { installBundle } from '../../../lib/store/install-bundle';
import { saveArticle } from '../../../lib/store/saved';
import {
  getEntityCard,
  getEntitySources,
  getEntityTimeline,
  getRelatedEntities,
  getSource,
  getSourceByUrl,
  getSourceFacts,
  getStoreCounts,
  getTimeline,
  listSavedSources,
} from '../../../lib/store/queries';
import type { LodestoneDB } from '../../../lib/store/db';
import { fact, freshDb, makeBundle, makeSaveInput } from './fixtures';

const ids = (items: { fact: { id: string } }[]) => items.map((i) => i.fact.id);

async function seeded(): Promise<LodestoneDB> {
  const db = freshDb();
  await installBundle(db, makeBundle());
  await saveArticle(
    db,
    makeSaveInput(
      'https://news.example/saved-1',
      [
        { start: 0, entityIds: ['lynas'], date: '2025-10-01', quote: 'Lynas opened a plant in São Paulo.' },
        { start: 50, entityIds: ['china', 'lynas'], date: '2026-03' },
      ],
      'Heavy rare earths',
    ),
    () => new Date('2026-01-01T00:00:00Z'),
  );
  return db;
}
const SAVED = 'saved:' + (await import('../../../lib/text/hash')).fnv1a64('https://news.example/saved-1');

describe('entity timeline', () => {
  it('returns an entity’s facts newest first, oldest first and limited, with source summaries', async () => {
    const db = await seeded();
    // lynas: a:0 (2025-04), saved:0 and a:40 (both 2025-10-01: ties go by source id, `saved:` < `seed:`),
    // b:0 (2025-11-26), saved:50 (2026-03)
    const oldest = await getEntityTimeline(db, 'lynas', { order: 'oldest' });
    expect(ids(oldest)).toEqual(['seed:a:0', `${SAVED}:0`, 'seed:a:40', 'seed:b:0', `${SAVED}:50`]);
    const newest = await getEntityTimeline(db, 'lynas');
    expect(ids(newest)).toEqual([...ids(oldest)].reverse());
    expect(ids(await getEntityTimeline(db, 'lynas', { limit: 2 }))).toEqual([`${SAVED}:50`, 'seed:b:0']);
    expect(oldest[0]!.source).toEqual({
      id: 'seed:a',
      origin: 'seed',
      title: 'Seed a',
      publisher: 'Test Wire',
      published: '2025-10-01',
      publishedFrom: 'meta',
    });
    expect(oldest[0]!.fact).not.toHaveProperty('sortKey');
    expect(await getEntityTimeline(db, 'nobody')).toEqual([]);
  });

  it('orders a coarser date before the finer dates inside it', async () => {
    const db = freshDb();
    const bundle = makeBundle();
    bundle.facts = [
      fact('seed:a', 0, ['china'], '2025-03-02'),
      fact('seed:a', 10, ['china'], '2025'),
      fact('seed:a', 20, ['china'], '2025-03'),
      fact('seed:b', 5, ['china'], '2024-12-31'),
    ];
    bundle.mentions = [];
    await installBundle(db, bundle);
    expect(ids(await getEntityTimeline(db, 'china', { order: 'oldest' }))).toEqual(['seed:b:5', 'seed:a:10', 'seed:a:20', 'seed:a:0']);
  });
});

describe('getTimeline', () => {
  it('pages through every fact in date order without gaps or repeats', async () => {
    const db = await seeded();
    const all = ids(await getTimeline(db, { order: 'oldest', limit: 100 }));
    expect(all).toHaveLength(7);
    expect(all[0]).toBe('seed:a:80'); // 2024
    const paged = [
      ...ids(await getTimeline(db, { order: 'oldest', limit: 3 })),
      ...ids(await getTimeline(db, { order: 'oldest', limit: 3, offset: 3 })),
      ...ids(await getTimeline(db, { order: 'oldest', limit: 3, offset: 6 })),
    ];
    expect(paged).toEqual(all);
  });

  it('unions entity filters, deduplicating shared facts, and pages them', async () => {
    const db = await seeded();
    // mp-materials: b:0, b:30; neodymium: a:80, b:30 → union of 3 facts
    const items = await getTimeline(db, { entityIds: ['mp-materials', 'neodymium'], order: 'newest' });
    expect(ids(items)).toEqual(['seed:b:30', 'seed:b:0', 'seed:a:80']);
    expect(ids(await getTimeline(db, { entityIds: ['mp-materials', 'neodymium'], order: 'newest', limit: 1, offset: 1 }))).toEqual(['seed:b:0']);
  });

  it('filters by source, kind, date range and text (accent- and case-insensitive)', async () => {
    const db = await seeded();
    expect(ids(await getTimeline(db, { sourceIds: [SAVED], order: 'oldest' }))).toEqual([`${SAVED}:0`, `${SAVED}:50`]);
    // material kind: neodymium facts only
    expect(ids(await getTimeline(db, { kinds: ['material'], order: 'oldest' }))).toEqual(['seed:a:80', 'seed:b:30']);
    expect(ids(await getTimeline(db, { from: '2025-10', to: '2025-11', order: 'oldest' }))).toEqual([`${SAVED}:0`, 'seed:a:40', 'seed:b:0']);
    expect(ids(await getTimeline(db, { query: 'SAO paulo' }))).toEqual([`${SAVED}:0`]);
    expect(ids(await getTimeline(db, { query: 'heavy rare', entityIds: ['china'] }))).toEqual([`${SAVED}:50`]);
    expect(ids(await getTimeline(db, { query: 'heavy', kinds: ['country'] }))).toEqual([`${SAVED}:50`]);
    expect(await getTimeline(db, { query: 'nothing-matches-this' })).toEqual([]);
  });
});

describe('cards and entities', () => {
  it('builds an entity card: latest five facts, distinct sources, related entities by shared facts', async () => {
    const db = await seeded();
    const card = await getEntityCard(db, 'china');
    expect(card?.entity).toMatchObject({ id: 'china', origin: 'seed' });
    // china: a:0 (2025-04), a:80 (2024), b:30 (2028), saved:50 (2026-03); saved mentions china too
    expect(ids(card!.latestFacts)).toEqual(['seed:b:30', `${SAVED}:50`, 'seed:a:0', 'seed:a:80']);
    expect(card!.sourceCount).toBe(3);
    // shared with china: lynas (a:0, saved:50), neodymium (a:80, b:30), mp-materials (b:30)
    expect(card!.related).toEqual([
      { id: 'lynas', name: 'Lynas', kind: 'company', shared: 2 },
      { id: 'neodymium', name: 'neodymium', kind: 'material', shared: 2 },
      { id: 'mp-materials', name: 'MP Materials', kind: 'company', shared: 1 },
    ]);
    expect(await getEntityCard(db, 'missing')).toBeNull();
    // Facts shared by both inputs count once and inputs are excluded; ties go by name.
    expect(await getRelatedEntities(db, ['china', 'lynas'])).toEqual([
      { id: 'mp-materials', name: 'MP Materials', kind: 'company', shared: 2 },
      { id: 'neodymium', name: 'neodymium', kind: 'material', shared: 2 },
    ]);
    // ties on count: the more recently published source first (saved 2025-12-01, seed a 2025-10-01)
    expect((await getEntitySources(db, 'lynas')).map((s) => [s.source.id, s.count])).toEqual([
      [SAVED, 2],
      ['seed:a', 2],
      ['seed:b', 1],
    ]);
  });
});

describe('sources', () => {
  it('finds by canonical URL, lists saved newest first with search, reads text and facts', async () => {
    const db = await seeded();
    await saveArticle(db, makeSaveInput('https://other.example/b', [], 'Magnet prices'), () => new Date('2026-02-01T00:00:00Z'));
    expect((await getSourceByUrl(db, 'https://NEWS.example/saved-1?utm_medium=x'))?.id).toBe(SAVED);
    expect(await getSourceByUrl(db, 'https://news.example/other')).toBeUndefined();
    expect(await getSourceByUrl(db, 'not a url')).toBeUndefined();
    expect((await listSavedSources(db)).map((s) => s.title)).toEqual(['Magnet prices', 'Heavy rare earths']);
    expect((await listSavedSources(db, { query: 'heavy' })).map((s) => s.title)).toEqual(['Heavy rare earths']);
    expect((await listSavedSources(db, { limit: 1, offset: 1 })).map((s) => s.title)).toEqual(['Heavy rare earths']);
    expect((await getSource(db, 'seed:a'))?.text).toContain('Text of a.');
    expect((await getSourceFacts(db, 'seed:a')).map((f) => f.start)).toEqual([0, 40, 80]);
    expect(await getStoreCounts(db)).toEqual({ entities: 4, savedSources: 2, seedSources: 2, facts: 7 });
  });
});

describe('index use at scale', () => {
  it('reads only a page of rows for an entity timeline with 10,000 facts in the store', async () => {
    const reads = { rows: 0 };
    const counter: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'count-reads',
      create: (down) => ({
        ...down,
        table(name) {
          const t = down.table(name);
          return {
            ...t,
            query: async (req) => {
              const res = await t.query(req);
              reads.rows += res.result.length;
              return res;
            },
            getMany: async (req) => {
              reads.rows += req.keys.length;
              return t.getMany(req);
            },
          };
        },
      }),
    };
    const db = freshDb();
    db.use(counter);
    const bundle = makeBundle();
    const entityIds = ['lynas', 'mp-materials', 'china', 'neodymium'];
    bundle.facts = Array.from({ length: 10_000 }, (_, i) => {
      const year = 2000 + (i % 26);
      const month = String((i % 12) + 1).padStart(2, '0');
      return fact(i % 2 ? 'seed:a' : 'seed:b', i * 10, [entityIds[i % 4]!, entityIds[(i + 1) % 4]!], `${year}-${month}`);
    });
    bundle.mentions = [];
    await installBundle(db, bundle);
    reads.rows = 0;
    const page = await getEntityTimeline(db, 'china', { limit: 50 });
    expect(page).toHaveLength(50);
    expect(reads.rows).toBeLessThanOrEqual(50 + 50 + 2); // links + facts + sources
    // newest first: every date is >= the next
    const dates = page.map((p) => p.fact.date.value);
    expect([...dates].sort().reverse()).toEqual(dates);
    reads.rows = 0;
    await getTimeline(db, { entityIds: ['china', 'lynas'], limit: 50 });
    expect(reads.rows).toBeLessThanOrEqual(100 + 50 + 2);
  });
});
