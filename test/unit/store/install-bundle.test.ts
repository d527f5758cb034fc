import { describe, expect, it } from 'vitest';
import { installBundle, getInstalledBundleVersion } from '../../../lib/store/install-bundle';
import { saveArticle } from '../../../lib/store/saved';
import { snapshotStore } from '../../../lib/store/snapshot';
import { StoreError } from '../../../lib/store/errors';
import { faultInjector, freshDb, makeBundle, makeSaveInput } from './fixtures';

describe('installBundle', () => {
  it('installs seeds with origin and is a no-op for the same version', async () => {
    const db = freshDb();
    expect(await getInstalledBundleVersion(db)).toBeNull();
    expect(await installBundle(db, makeBundle('b1'))).toEqual({ installed: true, version: 'b1' });
    expect(await db.entities.count()).toBe(4);
    expect((await db.entities.get('lynas'))?.origin).toBe('seed');
    expect(await db.sources.where('origin').equals('seed').count()).toBe(2);
    expect(await db.facts.count()).toBe(5);
    // links: one per (fact, entity) = 2 + 1 + 2 + 2 + 3
    expect(await db.factEntities.count()).toBe(10);
    // mentions are aggregated per (source, entity): a: lynas, china, neodymium; b: mp, lynas, neodymium, china
    expect(await db.mentions.count()).toBe(7);
    expect((await db.mentions.get(['seed:a', 'china']))?.count).toBe(2);
    expect((await db.sourceTexts.get('seed:a'))?.text).toContain('Text of a.');
    expect((await db.sources.get('seed:a'))?.factCount).toBe(3);

    const before = await snapshotStore(db);
    expect(await installBundle(db, makeBundle('b1', 1))).toEqual({ installed: false, version: 'b1' });
    expect(await snapshotStore(db)).toEqual(before);
    expect(await getInstalledBundleVersion(db)).toBe('b1');
  });

  it('replaces seed rows on a changed bundle and keeps saved articles and custom entities', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle('b1'));
    await db.entities.put({ id: 'my-watchlist-co', name: 'Watchlist Co', kind: 'company', aliases: [], description: 'Mine.', custom: true, origin: 'custom' });
    const saved = await saveArticle(db, makeSaveInput('https://news.example/a1', [{ start: 10, entityIds: ['lynas', 'my-watchlist-co'], date: '2025-12-01' }]));
    const userBefore = {
      source: await db.sources.get(saved.sourceId),
      facts: await db.facts.where('sourceId').equals(saved.sourceId).toArray(),
      links: await db.factEntities.where('sourceId').equals(saved.sourceId).toArray(),
      custom: await db.entities.get('my-watchlist-co'),
    };

    // A new catalog that drops `neodymium`, changes a title and adds an entity and a fact.
    const next = makeBundle('b2', 2);
    next.entities = next.entities.filter((e) => e.id !== 'neodymium');
    expect(await installBundle(db, next)).toEqual({ installed: true, version: 'b2' });

    expect(await db.entities.get('neodymium')).toBeUndefined();
    expect((await db.entities.get('extra-2'))?.origin).toBe('seed');
    expect((await db.sources.get('seed:b'))?.title).toBe('Seed b v2');
    expect(await db.facts.where('sourceId').equals('seed:b').count()).toBe(3);
    expect(await db.meta.get('bundle')).toMatchObject({ version: 'b2', catalogVersion: 1 });

    expect(await db.sources.get(saved.sourceId)).toEqual(userBefore.source);
    expect(await db.facts.where('sourceId').equals(saved.sourceId).toArray()).toEqual(userBefore.facts);
    expect(await db.factEntities.where('sourceId').equals(saved.sourceId).toArray()).toEqual(userBefore.links);
    expect(await db.entities.get('my-watchlist-co')).toEqual(userBefore.custom);
    expect(await db.mentions.get([saved.sourceId, 'lynas'])).toBeDefined();
  });

  it('never overwrites a custom entity whose id a later catalog claims', async () => {
    const db = freshDb();
    await db.entities.put({ id: 'lynas', name: 'My Lynas', kind: 'company', aliases: [], description: 'Mine.', origin: 'custom' });
    await installBundle(db, makeBundle('b1'));
    expect(await db.entities.get('lynas')).toMatchObject({ name: 'My Lynas', origin: 'custom' });
  });

  it('leaves the previous state untouched when the install fails midway', async () => {
    const db = freshDb();
    const fault = faultInjector('facts', () => new DOMException('disk full', 'QuotaExceededError'));
    db.use(fault.middleware);
    await installBundle(db, makeBundle('b1'));
    await saveArticle(db, makeSaveInput('https://news.example/a1', [{ start: 0, entityIds: ['china'], date: '2025' }]));
    const before = await snapshotStore(db);

    fault.arm(2); // the first seed source's facts are written, the second source's write fails
    const err = await installBundle(db, makeBundle('b2', 3)).catch((e: unknown) => e);
    expect(fault.state.fired).toBe(1);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('quota');
    expect(await snapshotStore(db)).toEqual(before);
    expect(await getInstalledBundleVersion(db)).toBe('b1');

    fault.disarm();
    expect((await installBundle(db, makeBundle('b2', 3))).installed).toBe(true);
    expect(await db.entities.get('extra-3')).toBeDefined();
  });

  it('rejects a bundle with a bad row or dangling reference and changes nothing', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle('b1'));
    const before = await snapshotStore(db);

    const badRow = makeBundle('b2');
    (badRow.entities[1] as { id: string }).id = 'Not A Valid Id';
    const e1 = await installBundle(db, badRow).catch((e: unknown) => e);
    expect(e1).toMatchObject({ code: 'invalid-row' });
    expect((e1 as Error).message).toMatch(/entities row .*id/);

    const dangling = makeBundle('b3');
    dangling.facts[0]!.sourceId = 'seed:missing';
    await expect(installBundle(db, dangling)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await snapshotStore(db)).toEqual(before);
  });
});
