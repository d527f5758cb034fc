import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { installBundle } from '../../../lib/store/install-bundle';
import { deleteSource, saveArticle } from '../../../lib/store/saved';
import { snapshotStore } from '../../../lib/store/snapshot';
import { StoreError } from '../../../lib/store/errors';
import { fnv1a64, savedSourceId } from '../../../lib/text/hash';
import { getSourceByUrl } from '../../../lib/store/query-sources';
import { MAX_SOURCE_TEXT_CHARS } from '../../../lib/store/rows';
import { faultInjector, freshDb, makeBundle, makeSaveInput } from './fixtures';

const URL_A = 'https://news.example/2025/12/rare-earths';

describe('saveArticle', () => {
  it('stores the source, its text, facts, links and mentions under saved:<fnv of the canonical url>', async () => {
    const db = freshDb();
    const at = new Date('2026-01-02T03:04:05.000Z');
    const res = await saveArticle(
      db,
      makeSaveInput(`${URL_A}?utm_source=x#comments`, [
        { start: 28, entityIds: ['lynas', 'china'], date: '2025-11' },
        { start: 56, entityIds: ['lynas'], date: '2026' },
      ]),
      () => at,
    );
    expect(res).toEqual({ sourceId: `saved:${fnv1a64(URL_A)}`, updated: false, factCount: 2 });
    const row = await db.sources.get(res.sourceId);
    expect(row).toMatchObject({ origin: 'saved', canonicalUrl: URL_A, savedAt: at.toISOString(), factCount: 2, textLength: 28 * 40 });
    expect(row).not.toHaveProperty('text');
    expect((await db.facts.get(`${res.sourceId}:28`))?.sourceId).toBe(res.sourceId);
    expect(await db.factEntities.where('sourceId').equals(res.sourceId).count()).toBe(3);
    expect((await db.mentions.get([res.sourceId, 'lynas']))?.count).toBe(2);
    expect((await getSourceByUrl(db, `${URL_A}#top`))?.id).toBe(res.sourceId);
  });

  it('re-saving the same canonical URL updates in place and drops the old facts', async () => {
    const db = freshDb();
    const first = await saveArticle(
      db,
      makeSaveInput(URL_A, [
        { start: 0, entityIds: ['lynas'], date: '2025' },
        { start: 30, entityIds: ['china'], date: '2025' },
      ]),
    );
    const second = await saveArticle(db, makeSaveInput(URL_A, [{ start: 60, entityIds: ['neodymium'], date: '2026-02' }], 'Updated title'));
    expect(second).toEqual({ sourceId: first.sourceId, updated: true, factCount: 1 });
    expect(await db.sources.count()).toBe(1);
    expect((await db.sources.get(first.sourceId))?.title).toBe('Updated title');
    expect((await db.facts.toArray()).map((f) => f.id)).toEqual([`${first.sourceId}:60`]);
    expect((await db.factEntities.toArray()).map((l) => l.entityId)).toEqual(['neodymium']);
    expect((await db.mentions.toArray()).map((m) => m.entityId)).toEqual(['neodymium']);
  });

  it('keeps the id of an existing record found by canonical URL', async () => {
    const db = freshDb();
    // As if imported from a file whose id came from elsewhere.
    await db.sources.put({
      id: 'saved:legacy',
      origin: 'saved',
      title: 'Old',
      published: '2025',
      publishedFrom: 'saved-on',
      canonicalUrl: URL_A,
      textLength: 0,
      factCount: 0,
      savedAt: '2025-01-01T00:00:00.000Z',
    });
    const res = await saveArticle(db, makeSaveInput(URL_A, [{ start: 0, entityIds: ['lynas'], date: '2025' }]));
    expect(res).toMatchObject({ sourceId: 'saved:legacy', updated: true });
    expect(await db.sources.count()).toBe(1);
  });

  it('twenty concurrent saves of the same article land as one record', async () => {
    const db = freshDb();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => saveArticle(db, makeSaveInput(URL_A, [{ start: i, entityIds: ['lynas'], date: '2025' }], `Tab ${i}`))),
    );
    expect(new Set(results.map((r) => r.sourceId)).size).toBe(1);
    expect(results.filter((r) => !r.updated)).toHaveLength(1);
    expect(await db.sources.count()).toBe(1);
    expect(await db.sourceTexts.count()).toBe(1);
    expect(await db.facts.count()).toBe(1);
    expect(await db.factEntities.count()).toBe(1);
  });

  it('refuses a too-large article and a non-web URL with clear messages, storing nothing', async () => {
    const db = freshDb();
    const big = makeSaveInput(URL_A);
    big.source.text = 'x'.repeat(MAX_SOURCE_TEXT_CHARS + 1);
    await expect(saveArticle(db, big)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/too long to save/) });
    await expect(saveArticle(db, makeSaveInput('javascript:alert(1)'))).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/not a web address/),
    });
    const noTitle = makeSaveInput(URL_A) as { source: { title?: unknown } };
    delete noTitle.source.title;
    await expect(saveArticle(db, noTitle as never)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/source\.title/) });
    expect(await db.sources.count()).toBe(0);
  });

  it('a quota error mid-save comes back as StoreError("quota"), writes nothing, and later saves work', async () => {
    const db = freshDb();
    const fault = faultInjector('factEntities', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    db.use(fault.middleware);
    await installBundle(db, makeBundle());
    const kept = await saveArticle(db, makeSaveInput('https://news.example/kept', [{ start: 0, entityIds: ['china'], date: '2025' }]));
    const before = await snapshotStore(db);

    fault.arm();
    const input = makeSaveInput(URL_A, [{ start: 0, entityIds: ['lynas'], date: '2025' }]);
    const err = await saveArticle(db, input).catch((e: unknown) => e);
    expect(fault.state.fired).toBe(1);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: 'quota', message: expect.stringMatching(/no more storage space.*nothing was changed/) });
    expect(await snapshotStore(db)).toEqual(before);

    // Re-saving an existing article fails the same way without losing the old copy.
    fault.arm();
    await expect(saveArticle(db, makeSaveInput('https://news.example/kept', []))).rejects.toMatchObject({ code: 'quota' });
    expect(await db.facts.where('sourceId').equals(kept.sourceId).count()).toBe(1);

    fault.disarm();
    expect((await saveArticle(db, input)).updated).toBe(false);
  });

  it('maps a Dexie AbortError wrapping a quota error to "quota"', async () => {
    const db = freshDb();
    const fault = faultInjector('sources', () => new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError')));
    db.use(fault.middleware);
    fault.arm();
    await expect(saveArticle(db, makeSaveInput(URL_A))).rejects.toMatchObject({ code: 'quota' });
    expect(await db.sources.count()).toBe(0);
  });
});

describe('deleteSource', () => {
  it('deletes a saved article with its facts, links, mentions and text', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle());
    const seedSnapshot = await snapshotStore(db);
    const { sourceId } = await saveArticle(db, makeSaveInput(URL_A, [{ start: 0, entityIds: ['lynas', 'china'], date: '2025' }]));
    expect(await deleteSource(db, sourceId)).toBe(true);
    expect(await snapshotStore(db)).toEqual(seedSnapshot);
    expect(await deleteSource(db, sourceId)).toBe(false);
  });

  it('refuses to delete a seed source', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle());
    await expect(deleteSource(db, 'seed:a')).rejects.toMatchObject({ code: 'seed-readonly' });
    expect(await db.facts.where('sourceId').equals('seed:a').count()).toBe(3);
  });

  it('gives saved ids that are stable across calls and distinct across URLs', () => {
    expect(savedSourceId(URL_A)).toBe(savedSourceId(URL_A));
    expect(savedSourceId(URL_A)).not.toBe(savedSourceId(`${URL_A}/`));
    expect(savedSourceId(URL_A)).toMatch(/^saved:[0-9a-f]{16}$/);
  });
});
