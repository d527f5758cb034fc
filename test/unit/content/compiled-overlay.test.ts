// Issue 14: the reader's entities are compiled once, in the background, and published compiled;
// the content script only unpacks them. The page must match exactly what compiling the same
// entities on the spot matches (on both recall corpora and on a text naming the reader's entities,
// with hides everywhere and on one site), and any change of the dictionary must reach the page.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MatchEntity } from '../../../lib/catalog/match-dictionary';
import type { HiddenName, UserOverlay } from '../../../lib/catalog/user-dictionary';
import { spotterFor } from '../../../lib/content/controller';
import { loadSeedDictionary } from '../../../lib/knowledge/seed-compiled';
import {
  loadSettingsAndOverlay,
  loadUserOverlay,
  publishUserOverlay,
  userDictionaryItem,
  type PublishedOverlay,
} from '../../../lib/settings/user-dictionary-storage';
import { settingsItem } from '../../../lib/settings/storage';
import { PACKED_FORMAT } from '../../../lib/spotter/compiled-dictionary';
import { packOverlay, unpackOverlay } from '../../../lib/spotter/compiled-overlay';
import { HELDOUT_DIR, readCorpus, RECALL_DIR } from '../recall/corpus';

const seed = loadSeedDictionary();

/** 1,000 made-up companies, a seed entity as the reader edited it, and an entity of a country. */
function readerEntities(): MatchEntity[] {
  const made: MatchEntity[] = Array.from({ length: 1000 }, (_, i) => ({
    id: `user-company-testmaker-${i}`,
    name: `Testmaker ${i} Magnetics`,
    kind: 'company',
    aliases: [{ text: `TMK${i}` }],
  }));
  return [
    ...made,
    // The reader's version of a seed entity replaces it (its seed forms are masked).
    { id: 'company-lynas', name: 'Lynas Rare Earths', kind: 'company', aliases: [{ text: 'Lynas Group' }], country: 'country-australia' },
    { id: 'user-company-kestrel', name: 'Kestrel Minerals', kind: 'company', aliases: [{ text: 'Kestrel' }], country: 'country-canada' },
  ];
}

const HIDDEN: HiddenName[] = [
  { entityId: 'user-company-testmaker-7', text: 'TMK7', site: '' },
  { entityId: 'user-company-testmaker-8', text: '', site: '' },
  { entityId: 'company-mp-materials', text: 'MP Materials', site: 'elsewhere.example' },
  { entityId: 'user-company-kestrel', text: 'Kestrel', site: 'elsewhere.example' },
];

const USER_TEXT = [
  'Rare earths: Testmaker 17 Magnetics will buy NdPr oxide from MP Materials; TMK999 shares rose and TMK7 fell.',
  'Testmaker 8 Magnetics, Lynas Group and Lynas Corporation did not comment. Kestrel Minerals said the same; Kestrel shares fell.',
].join('\n');

const key = (m: { start: number; end: number; entityId: string; text: string }) => `${m.start}:${m.end}:${m.entityId}:${m.text}`;
const mentions = (overlay: PublishedOverlay, site: string, text: string) => spotterFor(seed, overlay, site).findMentions(text).map(key);

/** The overlay through storage as the background publishes it and a page reads it. */
async function published(overlay: UserOverlay, seedVersion = seed.version): Promise<PublishedOverlay> {
  await publishUserOverlay(overlay, seedVersion);
  return loadUserOverlay();
}

describe('the reader’s overlay, compiled in the background and unpacked on the page', () => {
  beforeEach(() => fakeBrowser.reset());
  const overlay: UserOverlay = { entities: readerEntities(), hidden: HIDDEN };

  it('is stored compiled, not as 1,000 objects', async () => {
    const page = await published(overlay);
    expect(page.entities, 'the entities travel compiled').toEqual([]);
    expect(page.hidden).toEqual(HIDDEN);
    // Every entity, in id order (a page finds rows by searching the ids: `RowIndex`, layers.ts).
    const ids = unpackOverlay(page.compiled, seed.version)?.entities.id;
    expect(ids).toEqual([...new Set(overlay.entities.map((e) => e.id))].sort());
  });

  it('matches exactly what compiling the entities on the spot matches, on every site', async () => {
    const page = await published(overlay);
    let compared = 0;
    for (const site of ['news.example', 'elsewhere.example']) {
      const onTheSpot = mentions(overlay, site, USER_TEXT);
      expect(mentions(page, site, USER_TEXT), site).toEqual(onTheSpot);
      compared += onTheSpot.length;
      for (const doc of [...readCorpus(RECALL_DIR), ...readCorpus(HELDOUT_DIR)]) {
        const expected = mentions(overlay, site, doc.plain);
        expect(mentions(page, site, doc.plain), `${site}: ${doc.name}`).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared, 'the comparison is not vacuous').toBeGreaterThan(1400);
  });

  it('finds the reader’s names and leaves out what they hid (so the comparison above can fail)', async () => {
    const page = await published(overlay);
    const found = mentions(page, 'elsewhere.example', USER_TEXT);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/:user-company-testmaker-17:Testmaker 17 Magnetics$/),
        expect.stringMatching(/:user-company-testmaker-999:TMK999$/),
        expect.stringMatching(/:company-lynas:Lynas Group$/),
        expect.stringMatching(/:user-company-kestrel:Kestrel Minerals$/),
      ]),
    );
    const text = found.join('\n');
    expect(text).not.toMatch(/testmaker-7:TMK7$/m);
    expect(text, 'a hidden entity').not.toMatch(/testmaker-8:/);
    // No dictionary entity has the seed's form any more (the page may still read `Lynas
    // Corporation` as a company it introduces, by its legal suffix: a `local:` name). Asked of a
    // text without `Lynas Group`, whose short name `Lynas` the article itself would give the reader's Lynas.
    const alone = mentions(page, 'elsewhere.example', 'Rare earths: Lynas Corporation did not comment.').join('\n');
    expect(alone, 'the reader’s Lynas replaced the seed’s forms').not.toMatch(/^\d+:\d+:(?!local:)[^:]+:Lynas Corporation$/m);
    expect(text, 'hidden on this site').not.toMatch(/company-mp-materials|:Kestrel$/m);
    expect(mentions(page, 'news.example', USER_TEXT).join('\n'), 'not hidden on another site').toMatch(/company-mp-materials:MP Materials/);
  });

  it('follows a change of entities: the new text replaces the old, and the page sees it', async () => {
    const before = await published(overlay);
    const changed: UserOverlay = {
      entities: [
        ...readerEntities().filter((e) => e.id !== 'user-company-testmaker-17'),
        { id: 'user-company-osprey', name: 'Osprey Rare Metals', kind: 'company', aliases: [] },
      ],
      hidden: HIDDEN,
    };
    const after = await published(changed);
    expect(after.compiled).not.toBe(before.compiled);
    const found = mentions(after, 'news.example', `${USER_TEXT} Osprey Rare Metals buys rare earths.`).join('\n');
    expect(found).toMatch(/user-company-osprey:Osprey Rare Metals/);
    expect(found).not.toMatch(/testmaker-17/);
  });

  it('keeps the compiled text when only the hides change, and applies the new hides', async () => {
    const before = await published(overlay);
    const after = await published({ ...overlay, hidden: [...HIDDEN, { entityId: 'user-company-testmaker-999', text: '', site: '' }] });
    expect(after.compiled, 'not compiled again').toBe(before.compiled);
    expect(mentions(after, 'news.example', USER_TEXT).join('\n')).not.toMatch(/testmaker-999/);
    expect(mentions(before, 'news.example', USER_TEXT).join('\n')).toMatch(/testmaker-999/);
  });

  it('writes nothing when nothing changed (no tab re-spots for nothing)', async () => {
    await published(overlay);
    let writes = 0;
    const unwatch = userDictionaryItem.watch(() => writes++);
    await publishUserOverlay(overlay, seed.version);
    await publishUserOverlay({ entities: readerEntities(), hidden: [...HIDDEN] }, seed.version);
    unwatch();
    expect(writes).toBe(0);
  });

  it('refuses another build’s text and a damaged one: the page has the seed and the hides, never wrong matches', async () => {
    const stale = await published(overlay, 'an-older-seed');
    expect(unpackOverlay(stale.compiled, seed.version)).toBeUndefined();
    const seedOnly = spotterFor(seed, { entities: [], hidden: [] }, 'news.example').findMentions(USER_TEXT).map(key);
    expect(mentions(stale, 'news.example', USER_TEXT)).toEqual(seedOnly);
    const lines = packOverlay(overlay.entities, seed.version).split('\n');
    const damaged = [...lines.slice(0, 10), lines[10]!.slice(0, 8), ...lines.slice(11)].join('\n');
    expect(unpackOverlay(damaged, seed.version)).toBeUndefined();
    expect(unpackOverlay(`${PACKED_FORMAT}|garbage`, seed.version)).toBeUndefined();
    // A text of the format before (its keys folded without dropping diacritics) is refused too.
    expect(unpackOverlay(packOverlay(overlay.entities, seed.version).replace(PACKED_FORMAT, 'LDC2'), seed.version)).toBeUndefined();
    // The background's next publish (a start-up after the update) compiles it again for this build.
    const fresh = await published(overlay);
    expect(mentions(fresh, 'news.example', USER_TEXT)).toEqual(mentions(overlay, 'news.example', USER_TEXT));
  });

  it('still reads an older build’s item (entities as objects), compiling them on the spot', async () => {
    await userDictionaryItem.setValue(JSON.parse(JSON.stringify(overlay)));
    const page = await loadUserOverlay();
    expect(page.entities).toHaveLength(overlay.entities.length);
    expect(mentions(page, 'news.example', USER_TEXT)).toEqual(mentions(overlay, 'news.example', USER_TEXT));
  });

  it('reads the settings and the overlay in one go, as the two readers do', async () => {
    await settingsItem.setValue({ paused: true, highlightMode: 'every' });
    await publishUserOverlay(overlay, seed.version);
    const both = await loadSettingsAndOverlay();
    expect(both.overlay).toEqual(await loadUserOverlay());
    expect(both.settings.paused).toBe(true);
    expect(both.settings.highlightMode).toBe('every');
  });
});
