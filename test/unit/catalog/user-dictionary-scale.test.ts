// Issue 13, "1,000 user entities": the content script's dictionary is the shipped seed dictionary
// with the user's overlay, read back from storage (parseUserOverlay) and composed in
// applyUserDictionary. With 1,000 entities of the user's, every recall-corpus article must be
// spotted exactly as with the seed alone, and the user's names that a page holds must be found.
// (Speed is measured in `npm run bench`; this test checks correctness at that size.)
import { describe, expect, it } from 'vitest';
import { applyUserDictionary, parseUserOverlay } from '../../../lib/catalog/user-dictionary';
import { SEED_DICTIONARY } from '../../../lib/knowledge/seed-dictionary';
import { createSpotter } from '../../../lib/spotter/matcher';
import { HELDOUT_DIR, readCorpus, RECALL_DIR } from '../recall/corpus';

/** 1,000 entities as the background would publish them (JSON through storage.local). */
function thousandEntities() {
  const entities = Array.from({ length: 1000 }, (_, i) => ({
    id: `user-company-testmaker-${i}`,
    name: `Testmaker ${i} Magnetics`,
    kind: 'company',
    aliases: [{ text: `TMK${i}` }],
    description: `Generated ${i}.`,
    custom: true,
  }));
  return parseUserOverlay(JSON.parse(JSON.stringify({ entities, hidden: [{ entityId: 'company-lynas', text: 'Lynas', site: 'elsewhere.example' }] })));
}

const spot = (d: typeof SEED_DICTIONARY, text: string) =>
  createSpotter(d.entities, { stopPhrases: d.stopPhrases, requireField: true })
    .findMentions(text)
    .map((m) => `${m.start}:${m.entityId}:${m.text}`);

describe('1,000 user entities composed with the seed dictionary', () => {
  const overlay = thousandEntities();
  const composed = applyUserDictionary(SEED_DICTIONARY, overlay, 'news.example');

  it('keeps every one of them, and every seed entity', () => {
    expect(overlay.entities).toHaveLength(1000);
    expect(composed.entities).toHaveLength(SEED_DICTIONARY.entities.length + 1000);
  });

  it('spots every article of both recall corpora exactly as the seed dictionary alone does', () => {
    const seedSpotter = createSpotter(SEED_DICTIONARY.entities, { stopPhrases: SEED_DICTIONARY.stopPhrases, requireField: true });
    const userSpotter = createSpotter(composed.entities, { stopPhrases: composed.stopPhrases, requireField: true });
    let mentions = 0;
    for (const doc of [...readCorpus(RECALL_DIR), ...readCorpus(HELDOUT_DIR)]) {
      const seed = seedSpotter.findMentions(doc.plain).map((m) => `${m.start}:${m.entityId}:${m.text}`);
      expect(
        userSpotter.findMentions(doc.plain).map((m) => `${m.start}:${m.entityId}:${m.text}`),
        doc.name,
      ).toEqual(seed);
      mentions += seed.length;
    }
    expect(mentions).toBeGreaterThan(700); // the corpora's 700+ mentions: the comparison is not vacuous;
  });

  it('finds the user’s names on a page of the field, beside the seed’s', () => {
    const text = 'Testmaker 17 Magnetics will buy oxide from MP Materials. TMK999 shares rose; Testmaker 500 Magnetics and Lynas Rare Earths did not comment.';
    const found = spot(composed, text);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/:user-company-testmaker-17:Testmaker 17 Magnetics$/),
        expect.stringMatching(/:user-company-testmaker-999:TMK999$/),
        expect.stringMatching(/:user-company-testmaker-500:Testmaker 500 Magnetics$/),
        expect.stringMatching(/:company-mp-materials:MP Materials$/),
        expect.stringMatching(/:company-lynas:Lynas Rare Earths$/),
      ]),
    );
    expect(spot(SEED_DICTIONARY, text).filter((m) => m.includes('testmaker'))).toEqual([]);
    // The hide holds on its site, with 1,000 entities beside it.
    const there = spot(applyUserDictionary(SEED_DICTIONARY, overlay, 'elsewhere.example'), 'MP Materials met Lynas in Perth.');
    expect(there.filter((m) => m.includes('company-lynas'))).toEqual([]);
    expect(spot(composed, 'MP Materials met Lynas in Perth.').filter((m) => m.includes('company-lynas'))).toHaveLength(1);
  });
});
