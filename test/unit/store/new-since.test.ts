// "New since you last looked" (issue 12): facts about an entity that arrived (saved, imported, a new
// bundle) after the user last opened its card or timeline; viewing resets it. And the bundle rule:
// a new bundle's facts are new only where the previous bundle did not have them.
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../lib/facts/schema';
import { installBundle } from '../../../lib/store/install-bundle';
import { getEntityCard } from '../../../lib/store/query-entities';
import { getNewSince, getNewSinceFor, markEntitiesSeen } from '../../../lib/store/new-since';
import { saveArticle } from '../../../lib/store/saved';
import { fact, freshDb, makeBundle, makeSaveInput } from './fixtures';

const at = (iso: string) => () => new Date(iso);

describe('new since you last looked', () => {
  it('counts nothing on a fresh install, then what arrives, until the entity is looked at', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle('b1'), at('2026-01-01T00:00:00.000Z'));
    expect(await getNewSince(db, 'lynas')).toBeUndefined(); // the first bundle is the baseline, not news

    await saveArticle(
      db,
      makeSaveInput('https://news.example/a', [
        { start: 0, entityIds: ['lynas', 'china'], date: '2026-01-05' },
        { start: 40, entityIds: ['lynas'], date: '2026-01-06' },
      ]),
      at('2026-01-10T00:00:00.000Z'),
    );
    expect(await getNewSince(db, 'lynas')).toEqual({ since: '2026-01-01T00:00:00.000Z', count: 2 });
    expect(await getNewSinceFor(db, ['lynas', 'china', 'neodymium'])).toEqual({
      lynas: { since: '2026-01-01T00:00:00.000Z', count: 2 },
      china: { since: '2026-01-01T00:00:00.000Z', count: 1 },
    });

    await markEntitiesSeen(db, ['lynas'], at('2026-01-11T00:00:00.000Z'));
    expect(await getNewSince(db, 'lynas')).toBeUndefined(); // viewing resets it
    expect((await getNewSince(db, 'china'))?.count).toBe(1); // only for the entity looked at

    await saveArticle(db, makeSaveInput('https://news.example/b', [{ start: 0, entityIds: ['lynas'], date: '2026-01-12' }]), at('2026-01-12T00:00:00.000Z'));
    expect(await getNewSince(db, 'lynas')).toEqual({ since: '2026-01-11T00:00:00.000Z', count: 1 });
  });

  it('does not call a re-saved article’s facts new, only the ones it did not have', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle('b1'), at('2026-01-01T00:00:00.000Z'));
    await saveArticle(db, makeSaveInput('https://news.example/a', [{ start: 0, entityIds: ['lynas'], date: '2026-01-05' }]), at('2026-01-10T00:00:00.000Z'));
    await markEntitiesSeen(db, ['lynas'], at('2026-01-11T00:00:00.000Z'));
    await saveArticle(
      db,
      makeSaveInput('https://news.example/a', [
        { start: 0, entityIds: ['lynas'], date: '2026-01-05' },
        { start: 60, entityIds: ['lynas'], date: '2026-01-07' },
      ]),
      at('2026-01-20T00:00:00.000Z'),
    );
    expect(await getNewSince(db, 'lynas')).toEqual({ since: '2026-01-11T00:00:00.000Z', count: 1 });
  });

  it('marks a new bundle’s facts new only where the previous bundle had no such sentence', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle('b1'), at('2026-01-01T00:00:00.000Z'));
    await markEntitiesSeen(db, ['lynas', 'china', 'mp-materials'], at('2026-01-02T00:00:00.000Z'));
    // b2: the same facts, one sentence now read as two events (`:1`), and one new sentence.
    const next: Bundle = makeBundle('b2');
    const split = { ...fact('seed:a', 0, ['lynas', 'china'], '2027'), id: 'seed:a:0:1', clause: { start: 0, end: 4 } };
    next.facts = [...next.facts, split, fact('seed:b', 60, ['mp-materials'], '2026-01')];
    await installBundle(db, next, at('2026-02-01T00:00:00.000Z'));
    expect(await getNewSince(db, 'lynas')).toBeUndefined();
    expect(await getNewSince(db, 'china')).toBeUndefined();
    expect(await getNewSince(db, 'mp-materials')).toEqual({ since: '2026-01-02T00:00:00.000Z', count: 1 });
    // No row is left behind by ids that changed: the old bundle's facts are all replaced.
    expect(await db.facts.where('sourceId').equals('seed:a').primaryKeys()).toEqual(['seed:a:0', 'seed:a:0:1', 'seed:a:40', 'seed:a:80']);
  });

  it('puts the count and its date on the entity card, and marks the new facts among the latest', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle('b1'), at('2026-01-01T00:00:00.000Z'));
    await saveArticle(db, makeSaveInput('https://news.example/a', [{ start: 0, entityIds: ['lynas'], date: '2026-01-05' }]), at('2026-01-10T00:00:00.000Z'));
    const card = await getEntityCard(db, 'lynas');
    expect(card?.newSince).toEqual({ since: '2026-01-01T00:00:00.000Z', count: 1 });
    const fresh = card?.latestFacts.filter((i) => (i.arrivedAt ?? '') > (card.newSince?.since ?? '')).map((i) => i.fact.date.value);
    expect(fresh).toEqual(['2026-01-05']);
  });
});
