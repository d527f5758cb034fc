import { describe, expect, it } from 'vitest';
import { exportUserData, importUserData, parseImport, serialiseExport, type ExportFile } from '../../../lib/articles/export-import';
import { installBundle } from '../../../lib/store/install-bundle';
import { saveArticle } from '../../../lib/store/saved';
import { snapshotStore } from '../../../lib/store/snapshot';
import type { LodestoneDB } from '../../../lib/store/db';
import { faultInjector, freshDb, makeBundle, makeSaveInput } from '../store/fixtures';

const USER_TABLES = ['entities', 'sources', 'sourceTexts', 'mentions'];
/** Facts and links are the user's too; their arrival time is this store's ("new since"), so it is left out. */
async function factRows(db: LodestoneDB) {
  const facts = (await db.facts.orderBy('id').toArray()).map(({ arrivedAt: _a, ...f }) => f);
  const links = (await db.factEntities.toArray()).map(({ arrivedAt: _a, ...l }) => l);
  return { facts, links };
}
const SETTINGS = { paused: false, kinds: { person: false }, sites: { 'news.example': 'always' } };

async function libraryWithUserData(): Promise<LodestoneDB> {
  const db = freshDb();
  await installBundle(db, makeBundle());
  await db.entities.put({
    id: 'custom-co',
    name: 'Custom Co',
    kind: 'company',
    aliases: [{ text: 'CustomCo' }],
    description: 'Mine.',
    custom: true,
    origin: 'custom',
  });
  await saveArticle(
    db,
    makeSaveInput(
      'https://news.example/one',
      [{ start: 0, entityIds: ['lynas', 'custom-co'], date: '2025-12-01', quote: 'Custom Co and Lynas <b>"signed"</b>.' }],
      'One',
    ),
    () => new Date('2026-01-01T00:00:00.000Z'),
  );
  await saveArticle(
    db,
    makeSaveInput(
      'https://news.example/two',
      [
        { start: 5, entityIds: ['china'], date: '2026' },
        { start: 90, entityIds: ['china', 'neodymium'], date: '2026-02' },
      ],
      'Two',
    ),
    () => new Date('2026-01-02T00:00:00.000Z'),
  );
  return db;
}

describe('export', () => {
  it('exports only what the user added, in the versioned format', async () => {
    const db = await libraryWithUserData();
    const file = await exportUserData(db, SETTINGS, () => new Date('2026-03-01T12:00:00.000Z'));
    expect(file).toMatchObject({ format: 'lodestone-export', version: 3, exportedAt: '2026-03-01T12:00:00.000Z', settings: SETTINGS, entityViews: [] });
    // Version 3 (issue 13): the dictionary section, empty when the user changed nothing of the catalog.
    expect(file.dictionary).toEqual({ edits: [], hidden: [], dismissed: [] });
    expect(file.sources.map((s) => [s.title, s.origin, s.canonicalUrl])).toEqual([
      ['One', 'saved', 'https://news.example/one'],
      ['Two', 'saved', 'https://news.example/two'],
    ]);
    expect(file.sources[0]!.text).toBe('Lorem ipsum dolor sit amet. '.repeat(40));
    expect(file.sources[0]).not.toHaveProperty('factCount');
    expect(file.facts).toHaveLength(3);
    expect(file.facts[0]).not.toHaveProperty('sortKey');
    expect(file.facts[0]).not.toHaveProperty('arrivedAt'); // arrival is this device's, not the article's
    expect(file.mentions).toHaveLength(5);
    expect(file.customEntities).toEqual([
      { id: 'custom-co', name: 'Custom Co', kind: 'company', aliases: [{ text: 'CustomCo' }], description: 'Mine.', custom: true },
    ]);
    expect(JSON.stringify(file)).not.toContain('seed:');
  });
});

describe('import', () => {
  it('round-trips into a fresh store and a second import changes nothing', async () => {
    const db = await libraryWithUserData();
    const text = serialiseExport(await exportUserData(db, SETTINGS));
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.settings).toEqual(SETTINGS);

    const fresh = freshDb();
    await installBundle(fresh, makeBundle());
    expect(await importUserData(fresh, parsed.value)).toMatchObject({
      added: 2,
      updated: 0,
      skipped: 0,
      entitiesAdded: 1,
      entitiesSkipped: 0,
      dictionaryChanged: 0,
      entityIds: ['custom-co'],
    });
    expect(await snapshotStore(fresh, USER_TABLES)).toEqual(await snapshotStore(db, USER_TABLES));
    expect(await factRows(fresh)).toEqual(await factRows(db));

    const before = await snapshotStore(fresh);
    expect(await importUserData(fresh, parsed.value)).toEqual({
      added: 0,
      updated: 0,
      skipped: 2,
      entitiesAdded: 0,
      entitiesSkipped: 1,
      dictionaryChanged: 0,
      sourceIds: [],
      entityIds: [],
    });
    expect(await snapshotStore(fresh)).toEqual(before);
  });

  it('merges by canonical URL keeping the more recently saved copy', async () => {
    const db = await libraryWithUserData();
    const file = await exportUserData(db, null);
    const newer: ExportFile = structuredClone(file);
    newer.sources[0]!.title = 'One, revised';
    newer.sources[0]!.savedAt = '2027-01-01T00:00:00.000Z';
    newer.sources[0]!.id = 'saved:from-another-device';
    for (const f of newer.facts) if (f.sourceId === file.sources[0]!.id) f.sourceId = 'saved:from-another-device';
    for (const m of newer.mentions) if (m.sourceId === file.sources[0]!.id) m.sourceId = 'saved:from-another-device';
    newer.sources[1]!.title = 'Two, older copy';
    newer.sources[1]!.savedAt = '2025-01-01T00:00:00.000Z';
    const parsed = parseImport(JSON.stringify(newer));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(await importUserData(db, parsed.value)).toMatchObject({ added: 0, updated: 1, skipped: 1 });
    const one = file.sources[0]!.id;
    expect((await db.sources.get(one))?.title).toBe('One, revised'); // kept its id
    expect(await db.sources.get('saved:from-another-device')).toBeUndefined();
    expect(await db.facts.where('sourceId').equals(one).count()).toBe(1);
    expect((await db.sources.get(file.sources[1]!.id))?.title).toBe('Two');
    expect(await db.sources.where('origin').equals('saved').count()).toBe(2);
  });

  it('never overwrites a different article that happens to have the file’s id', async () => {
    const db = await libraryWithUserData();
    const file = await exportUserData(db, null);
    const other: ExportFile = structuredClone(file);
    other.sources = [{ ...other.sources[0]!, canonicalUrl: 'https://elsewhere.example/new', title: 'Elsewhere' }];
    other.facts = other.facts.filter((f) => f.sourceId === other.sources[0]!.id);
    other.mentions = other.mentions.filter((m) => m.sourceId === other.sources[0]!.id);
    const parsed = parseImport(JSON.stringify(other));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(await importUserData(db, parsed.value)).toMatchObject({ added: 1 });
    expect((await db.sources.get(file.sources[0]!.id))?.title).toBe('One');
    expect(await db.sources.where('canonicalUrl').equals('https://elsewhere.example/new').count()).toBe(1);
  });

  it('changes nothing when the store fails mid-import', async () => {
    const src = await libraryWithUserData();
    const parsed = parseImport(serialiseExport(await exportUserData(src, null)));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const db = freshDb();
    const fault = faultInjector('facts', () => new DOMException('full', 'QuotaExceededError'));
    db.use(fault.middleware);
    await installBundle(db, makeBundle());
    const before = await snapshotStore(db);
    fault.arm(2);
    await expect(importUserData(db, parsed.value)).rejects.toMatchObject({ code: 'quota' });
    expect(await snapshotStore(db)).toEqual(before);
  });
});

describe('events and "new since" in export and import (issue 12)', () => {
  it('keeps a sentence’s several events (ids `:n`, clauses), and the later view of each entity', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle());
    const input = makeSaveInput('https://news.example/events', [{ start: 0, entityIds: ['lynas'], date: '2025-12-01' }], 'Events');
    const [first] = input.facts;
    input.facts = [
      { ...first!, id: 'x:0', clause: { start: 0, end: 5 } },
      { ...first!, id: 'x:0:1', clause: { start: 7, end: 12 }, date: { value: '2026-12', precision: 'month', planned: true, from: 'text' } },
    ];
    const saved = await saveArticle(db, input, () => new Date('2026-01-01T00:00:00.000Z'));
    expect((await db.facts.where('sourceId').equals(saved.sourceId).primaryKeys()).sort()).toEqual([`${saved.sourceId}:0`, `${saved.sourceId}:0:1`]);
    await db.entityViews.put({ entityId: 'lynas', seenAt: '2026-02-01T00:00:00.000Z' });
    const parsed = parseImport(serialiseExport(await exportUserData(db, null)));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.entityViews).toEqual([{ entityId: 'lynas', seenAt: '2026-02-01T00:00:00.000Z' }]);

    const other = freshDb();
    await installBundle(other, makeBundle());
    await other.entityViews.bulkPut([
      { entityId: 'lynas', seenAt: '2025-01-01T00:00:00.000Z' },
      { entityId: 'china', seenAt: '2027-01-01T00:00:00.000Z' },
    ]);
    await importUserData(other, parsed.value, () => new Date('2026-03-01T00:00:00.000Z'));
    expect((await other.facts.where('sourceId').equals(saved.sourceId).toArray()).map((f) => [f.id, f.clause, f.arrivedAt])).toEqual([
      [`${saved.sourceId}:0`, { start: 0, end: 5 }, '2026-03-01T00:00:00.000Z'],
      [`${saved.sourceId}:0:1`, { start: 7, end: 12 }, '2026-03-01T00:00:00.000Z'],
    ]);
    expect(await other.entityViews.toArray()).toEqual([
      { entityId: 'china', seenAt: '2027-01-01T00:00:00.000Z' },
      { entityId: 'lynas', seenAt: '2026-02-01T00:00:00.000Z' },
    ]);
  });

  it('still reads a version 1 file (no views)', async () => {
    const db = await libraryWithUserData();
    const file = { ...(await exportUserData(db, null)), version: 1 } as Record<string, unknown>;
    delete file.entityViews;
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    const fresh = freshDb();
    await installBundle(fresh, makeBundle());
    if (parsed.ok) expect((await importUserData(fresh, parsed.value)).added).toBe(2);
  });
});

describe('the user’s dictionary in export and import (issue 13)', () => {
  async function withDictionary(): Promise<LodestoneDB> {
    const db = await libraryWithUserData();
    const lynas = (await db.entities.get('lynas'))!;
    const { origin: _o, ...seed } = lynas;
    await db.entities.put({
      ...seed,
      aliases: [...seed.aliases, { text: 'Lynas Group' }],
      description: 'Edited.',
      origin: 'custom',
      seed,
      changedAt: '2026-02-01T00:00:00.000Z',
    });
    await db.hiddenNames.bulkPut([
      { entityId: 'china', text: 'China', site: 'news.example', hiddenAt: '2026-02-02T00:00:00.000Z' },
      { entityId: 'custom-co', text: '', site: '', hiddenAt: '2026-02-03T00:00:00.000Z' },
    ]);
    await db.dismissed.put({ key: 'acme holdings', name: 'Acme Holdings', dismissedAt: '2026-02-04T00:00:00.000Z' });
    return db;
  }

  it('round-trips edits of catalog entities, hides and dismissals into a fresh store', async () => {
    const db = await withDictionary();
    const file = await exportUserData(db, SETTINGS);
    expect(file.dictionary?.edits.map((e) => [e.id, e.description])).toEqual([['lynas', 'Edited.']]);
    expect(file.dictionary?.hidden).toHaveLength(2);
    expect(file.dictionary?.dismissed).toEqual([{ key: 'acme holdings', name: 'Acme Holdings', dismissedAt: '2026-02-04T00:00:00.000Z' }]);
    const parsed = parseImport(serialiseExport(file));
    if (!parsed.ok) throw new Error(parsed.error.message);

    const fresh = freshDb();
    await installBundle(fresh, makeBundle());
    const r = await importUserData(fresh, parsed.value);
    expect(r.dictionaryChanged).toBeGreaterThanOrEqual(4);
    for (const table of ['hiddenNames', 'dismissed']) expect(await snapshotStore(fresh, [table])).toEqual(await snapshotStore(db, [table]));
    const edited = (await fresh.entities.get('lynas'))!;
    expect(edited).toMatchObject({ origin: 'custom', description: 'Edited.' });
    expect(edited.seed?.description).toBe((await db.entities.get('lynas'))!.seed?.description); // undo still brings the catalog back
    // A second import changes nothing.
    const before = await snapshotStore(fresh);
    await importUserData(fresh, parsed.value);
    expect(await snapshotStore(fresh)).toEqual(before);
  });

  it('refuses a file whose dictionary section is malformed, whole: nothing is written', async () => {
    const db = await withDictionary();
    const good = await exportUserData(db, SETTINGS);
    const target = freshDb();
    await installBundle(target, makeBundle());
    const before = await snapshotStore(target);
    type Spoilable = Omit<ExportFile, 'dictionary'> & { dictionary: Record<string, unknown> };
    const broken: [string, (f: Spoilable) => void, RegExp][] = [
      ['a hide with no entity', (f) => void ((f.dictionary.hidden as Record<string, unknown>[])[0]!.entityId = ''), /dictionary\.hidden\[0\]\.entityId/],
      ['a site that is no host', (f) => void ((f.dictionary.hidden as Record<string, unknown>[])[0]!.site = 'Not A Host!'), /dictionary\.hidden\[0\]\.site/],
      ['an unknown key', (f) => void (f.dictionary.extra = []), /dictionary/],
      ['an edit with no name', (f) => void ((f.dictionary.edits as Record<string, unknown>[])[0]!.name = ''), /dictionary\.edits\[0\]/],
      ['dismissed is not a list', (f) => void (f.dictionary.dismissed = 'all'), /dictionary\.dismissed/],
    ];
    for (const [what, spoil, message] of broken) {
      const file = structuredClone(good) as unknown as Spoilable;
      spoil(file);
      const parsed = parseImport(JSON.stringify(file));
      expect(parsed.ok, what).toBe(false);
      if (!parsed.ok) expect(parsed.error.message, what).toMatch(message);
    }
    // The importer is never reached with such a file, and the store is as it was.
    expect(await snapshotStore(target)).toEqual(before);
  });
});
