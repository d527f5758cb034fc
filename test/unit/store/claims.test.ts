// Claims through the store (issue 12): the card's "Sources disagree" / "2 sources agree" come from the
// facts that share a claim topic (the `claimKeys` index), seeds and saved articles alike.
import { describe, expect, it } from 'vitest';
import catalogJson from '../../../seeds/catalog.json' with { type: 'json' };
import { loadCatalog } from '../../../lib/catalog/load';
import { extractFacts } from '../../../lib/facts/extract';
import { BundleSchema } from '../../../lib/facts/schema';
import bundleJson from '../../../lib/knowledge/seed-bundle.json' with { type: 'json' };
import { createSpotter } from '../../../lib/spotter/matcher';
import { installBundle } from '../../../lib/store/install-bundle';
import { getClaimsForFacts, getEntityClaims } from '../../../lib/store/query-claims';
import { getEntityCard } from '../../../lib/store/query-entities';
import { getEntityTimeline } from '../../../lib/store/query-timeline';
import { saveArticle } from '../../../lib/store/saved';
import { freshDb } from './fixtures';

const bundle = BundleSchema.parse(bundleJson);
const spotter = createSpotter(loadCatalog(catalogJson).entities);

async function storeWithSeeds() {
  const db = freshDb();
  await installBundle(db, bundle);
  return db;
}

describe('claims in the store', () => {
  it('finds where the seeds disagree about an entity, with both quotes and their sources', async () => {
    const db = await storeWithSeeds();
    const vietnam = await getEntityClaims(db, 'country-vietnam');
    expect(vietnam.contested.map((g) => g.topic).sort()).toEqual([
      'Vietnam: world rank in rare earth reserves',
      "Who holds the world's 2nd-largest rare earth reserves",
    ]);
    const rank = vietnam.contested.find((g) => g.topic.startsWith('Vietnam'))!;
    expect(rank.claims.map((c) => [c.value, c.source?.publisher, c.source?.published])).toEqual([
      ['6th largest', 'SMM (Shanghai Metals Market)', '2025-12-12'],
      ['2nd largest', 'SMM (Shanghai Metals Market)', '2025-12'],
    ]);
    expect((await getEntityClaims(db, 'country-malaysia')).corroborated).toHaveLength(2);
    expect(await getEntityClaims(db, 'company-lynas')).toEqual({ contested: [], corroborated: [] });
  });

  it('lets a saved article take part', async () => {
    const db = await storeWithSeeds();
    const text = "Malaysia's rare earth reserves are about 30 million mt, according to a new survey.";
    const { facts, mentions } = extractFacts({ text, published: '2026-02-01', sourceId: 'x' }, spotter);
    await saveArticle(db, {
      source: {
        title: 'A new survey',
        url: 'https://news.example/survey',
        canonicalUrl: 'https://news.example/survey',
        published: '2026-02-01',
        publishedFrom: 'meta',
        text,
      },
      facts,
      mentions,
    });
    const malaysia = await getEntityClaims(db, 'country-malaysia');
    const reserves = malaysia.contested.find((g) => g.topic === 'Malaysia: rare earth reserves');
    // In source order (saved: before seed:); 000 says "reach", 001 "about".
    expect(reserves?.claims.map((c) => c.value)).toEqual(['about 30 million t', '16.1 million t', 'about 16.1 million t']);
    expect(reserves?.claims[0]?.source).toMatchObject({ origin: 'saved', title: 'A new survey' });
  });

  it('gives a timeline page the groups its facts belong to, and the card its groups', async () => {
    const db = await storeWithSeeds();
    const items = await getEntityTimeline(db, 'country-vietnam');
    const view = await getClaimsForFacts(
      db,
      items.map((i) => i.fact),
    );
    const ids = new Set(view.contested.flatMap((g) => g.claims.map((c) => c.factId)));
    expect(items.filter((i) => ids.has(i.fact.id)).map((i) => i.fact.quote.slice(0, 30))).toEqual([
      "Vietnam's rare earth reserves ", // 12 Dec 2025, newest first
      'Vietnam, which holds the world', // Dec 2025
    ]);
    expect((await getEntityCard(db, 'country-vietnam'))?.claims?.contested).toHaveLength(2);
    expect(await getClaimsForFacts(db, [])).toEqual({ contested: [], corroborated: [] });
  });
});
