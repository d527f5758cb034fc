// Issue 14: the save pipeline's dictionary is composed once and shared. Callers asking together
// share one composition; sites none of the reader's hides name share one dictionary, and a site
// with its own hides gets its own; after a publish the composition reads with the published overlay
// (what the pages read with) instead of reading the reader's entities from the store again.
import { afterEach, describe, expect, it } from 'vitest';
import { createKnowledge } from '../../../lib/background/knowledge';
import { addUserEntity, hideName, readUserOverlay, type LodestoneDB } from '../../../lib/store';
import { freshDb } from '../store/fixtures';

let db: LodestoneDB;
afterEach(() => db?.close());

const TEXT = 'Rare earths: Borealis Magnetics buys oxide from MP Materials and Lynas Rare Earths.';
const ids = (ms: { entityId: string }[]) => ms.map((m) => m.entityId).sort();

async function setup() {
  db = freshDb();
  const knowledge = createKnowledge({ newDb: () => db });
  await knowledge.open();
  await addUserEntity(db, { id: 'user-borealis', name: 'Borealis Magnetics', kind: 'company', aliases: [], description: 'A maker of magnets.' });
  await hideName(db, { entityId: 'company-mp-materials', text: 'MP Materials', site: 'elsewhere.example' });
  return knowledge;
}

describe('the save pipeline’s dictionary', () => {
  it('is composed once for callers asking together, and once for every site without hides of its own', async () => {
    const knowledge = await setup();
    const [a, b] = await Promise.all([knowledge.dictionaryFor(db, 'news.example'), knowledge.dictionaryFor(db, 'news.example')]);
    expect(a).toBe(b);
    expect(await knowledge.dictionaryFor(db, 'other.example'), 'no hides of its own: the same dictionary').toBe(a);
    expect(ids(a.spotter.findMentions(TEXT))).toEqual(['company-lynas', 'company-mp-materials', 'user-borealis']);
  });

  it('gives a site with hides of its own its own dictionary, with them applied', async () => {
    const knowledge = await setup();
    const elsewhere = await knowledge.dictionaryFor(db, 'Elsewhere.example');
    expect(elsewhere).not.toBe(await knowledge.dictionaryFor(db, 'news.example'));
    expect(ids(elsewhere.spotter.findMentions(TEXT))).toEqual(['company-lynas', 'user-borealis']);
  });

  it('reads with the overlay last published, until the next publish', async () => {
    const knowledge = await setup();
    knowledge.overlayPublished(db, await readUserOverlay(db));
    await addUserEntity(db, { id: 'user-osprey', name: 'Osprey Rare Metals', kind: 'company', aliases: [], description: 'A refiner.' });
    const text = `${TEXT} Osprey Rare Metals too.`;
    expect(ids((await knowledge.dictionaryFor(db, '')).spotter.findMentions(text)), 'not yet published').not.toContain('user-osprey');
    knowledge.overlayPublished(db, await readUserOverlay(db));
    expect(ids((await knowledge.dictionaryFor(db, '')).spotter.findMentions(text))).toContain('user-osprey');
  });

  it('reads the store when nothing was published (a worker that just started)', async () => {
    const knowledge = await setup();
    await addUserEntity(db, { id: 'user-osprey', name: 'Osprey Rare Metals', kind: 'company', aliases: [], description: 'A refiner.' });
    expect(ids((await knowledge.dictionaryFor(db, '')).spotter.findMentions(`${TEXT} Osprey Rare Metals too.`))).toContain('user-osprey');
  });
});
