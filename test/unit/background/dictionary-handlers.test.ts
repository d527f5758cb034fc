// Issue 13, the background's side of the user's dictionary over a real (fake-indexeddb) store and
// the shipped seed bundle: a saved article suggests a name; adding it re-links the saved article
// (its facts and mentions now name the new entity, with the fact ids it had); hiding keeps the
// user's data; a dismissed suggestion stays dismissed when the article is read again; a new seed
// bundle leaves the user's edits, entities and hides as they were.
import { afterEach, describe, expect, it } from 'vitest';
import { createDictionaryHandlers } from '../../../lib/background/dictionary-handlers';
import { createKnowledge, seedBundle } from '../../../lib/background/knowledge';
import { saveTab } from '../../../lib/background/save-tab';
import type { ExtractedArticle } from '../../../lib/articles/extracted-article';
import type { MessageClient } from '../../../lib/messages/client';
import { getEntityTimeline, installBundle, listSuggestions, readUserOverlay, type LodestoneDB } from '../../../lib/store';
import { freshDb } from '../store/fixtures';

const ARTICLE: ExtractedArticle = {
  url: 'https://www.oreledger.example/2026/03/04/borealis',
  canonicalUrl: 'https://www.oreledger.example/2026/03/04/borealis',
  title: 'Borealis Magnetics plans a magnet plant',
  byline: 'Ada Quill',
  siteName: 'Ore Ledger',
  published: '2026-03-04',
  publishedFrom: 'meta',
  text: [
    'Borealis Magnetics said on March 3, 2026 that it would build a sintered magnet plant in Nevada, drawing on rare earth oxide from the Tarn Hollow deposit and on neodymium from MP Materials.',
    'The company signed a supply memorandum with Lynas Rare Earths on February 20, 2026, said Mara Lindqvist, chief executive of Borealis Magnetics.',
    'Borealis Magnetics expects the plant to make its first magnets in 2028, once the Tarn Hollow deposit starts producing mixed rare earth concentrate.',
  ].join('\n\n'),
};

let db: LodestoneDB;
afterEach(() => db?.close());

async function setup() {
  db = freshDb();
  const knowledge = createKnowledge({ newDb: () => db });
  await knowledge.open();
  const published: string[] = [];
  const ctx = { sender: { tab: { id: 1, url: ARTICLE.url }, url: ARTICLE.url } } as never;
  const handlers = createDictionaryHandlers({
    openStore: () => knowledge.open(),
    dictionaryFor: (s, site) => knowledge.dictionaryFor(s, site),
    publish: async (s) => void published.push(JSON.stringify(await readUserOverlay(s))),
    notifyChanged: async () => undefined,
  });
  const save = () =>
    saveTab(
      {
        sendToTab: (async () => ({ ok: true, value: ARTICLE })) as unknown as MessageClient['sendToTab'],
        inject: async () => false,
        spotterFor: (s, site) => knowledge.spotterFor(s, site),
        namesFor: (s, site) => knowledge.dictionaryFor(s, site),
        rememberSaved: async () => undefined,
        markSaved: async () => undefined,
        notifyChanged: async () => undefined,
      },
      db,
      1,
    );
  const call = <T>(type: string, payload: unknown) => (handlers as Record<string, (p: unknown, c: unknown) => Promise<T>>)[type]!(payload, ctx);
  return { save, call, published };
}

describe('the dictionary handlers (issue 13)', () => {
  it('a saved article suggests names; Add re-links it: its facts name the new entity, with the ids they had', async () => {
    const { save, call, published } = await setup();
    const { sourceId } = await save();
    const names = (await listSuggestions(db)).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Borealis Magnetics', 'Tarn Hollow', 'Mara Lindqvist']));
    for (const not of ['Ada Quill', 'Ore Ledger', 'MP Materials', 'Lynas Rare Earths', 'The company']) expect(names).not.toContain(not);
    const factIdsBefore = (await db.facts.where('sourceId').equals(sourceId).primaryKeys()).sort();

    const added = await call<{ id: string; relinked: number }>('dictionary/add', { entity: { name: 'Borealis Magnetics', kind: 'company', aliases: [] } });
    expect(added.relinked).toBe(1);
    const timeline = await getEntityTimeline(db, added.id);
    expect(timeline.map((t) => t.fact.quote)).toEqual(
      expect.arrayContaining([expect.stringContaining('Borealis Magnetics said on March 3, 2026'), expect.stringContaining('first magnets in 2028')]),
    );
    // Three sentences name it (one row per article and entity, with the count).
    expect((await db.mentions.where('entityId').equals(added.id).toArray()).map((m) => [m.sourceId, m.count])).toEqual([[sourceId, 3]]);
    // The same sentences keep their fact ids (the text did not change), so nothing is duplicated.
    expect((await db.facts.where('sourceId').equals(sourceId).primaryKeys()).sort()).toEqual(expect.arrayContaining(factIdsBefore));
    // Published to the tabs, and no longer suggested.
    expect(JSON.parse(published.at(-1)!).entities.map((e: { name: string }) => e.name)).toEqual(['Borealis Magnetics']);
    expect((await listSuggestions(db)).map((s) => s.name)).not.toContain('Borealis Magnetics');
  });

  it('hiding an entity keeps the saved facts; unhiding shows it again', async () => {
    const { save, call } = await setup();
    const { sourceId } = await save();
    const lynasFacts = async () => (await db.facts.where('sourceId').equals(sourceId).toArray()).filter((f) => f.entityIds.includes('company-lynas')).length;
    const before = await lynasFacts();
    expect(before).toBeGreaterThan(0);
    await call('card/hide', { entityId: 'company-lynas', text: 'Lynas Rare Earths', where: 'site' });
    expect((await readUserOverlay(db)).hidden).toEqual([{ entityId: 'company-lynas', text: 'Lynas Rare Earths', site: 'www.oreledger.example' }]);
    expect(await lynasFacts()).toBe(before);
    await call('names/unhide', { entityId: 'company-lynas', text: 'Lynas Rare Earths', site: 'www.oreledger.example' });
    expect((await readUserOverlay(db)).hidden).toEqual([]);
    await expect(call('names/unhide', { entityId: 'company-lynas', text: 'Lynas Rare Earths', site: 'www.oreledger.example' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('a dismissed suggestion stays dismissed when the article is saved again or re-read', async () => {
    const { save, call } = await setup();
    await save();
    await call('suggestions/dismiss', { key: 'tarn hollow', name: 'Tarn Hollow' });
    expect((await listSuggestions(db)).map((s) => s.name)).not.toContain('Tarn Hollow');
    await save();
    // Adding another entity re-reads the article (its candidates are found again).
    await call('dictionary/add', { entity: { name: 'Mara Lindqvist', kind: 'person', aliases: [] } });
    const names = (await listSuggestions(db)).map((s) => s.name);
    expect(names).not.toContain('Tarn Hollow');
    expect(names).toContain('Borealis Magnetics');
  });

  it('a new seed bundle keeps the user’s entities, edits and hides', async () => {
    const { call } = await setup();
    const { id } = await call<{ id: string }>('dictionary/add', { entity: { name: 'Borealis Magnetics', kind: 'company', aliases: ['BMAG'] } });
    const lynas = (await db.entities.get('company-lynas'))!;
    await call('dictionary/update', {
      id: 'company-lynas',
      entity: { name: lynas.name, kind: lynas.kind, aliases: [...lynas.aliases.map((a) => a.text), 'Lynas Group'], description: 'Edited by the reader.' },
    });
    await call('names/hide', { entityId: 'company-mp-materials', text: '', site: '' });
    const before = await readUserOverlay(db);

    const next = {
      ...seedBundle(),
      version: 'next-bundle',
      entities: seedBundle().entities.map((e) => (e.id === 'company-lynas' ? { ...e, description: 'The catalog’s new text.' } : e)),
    };
    expect((await installBundle(db, next)).installed).toBe(true);
    expect(await readUserOverlay(db)).toEqual(before);
    const row = (await db.entities.get('company-lynas'))!;
    expect(row.description).toBe('Edited by the reader.');
    expect(row.seed?.description).toBe('The catalog’s new text.'); // what undoing the edit now brings back
    expect((await db.entities.get(id))?.origin).toBe('custom');
  });
});
