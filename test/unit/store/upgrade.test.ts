// The upgrade harness (issue 4 item 6, issue 8 item 5): for EVERY schema version in the history,
// create a database at that version with seed and user data in it (written raw, as that release
// wrote it), close it, open it with the current code, and check that nothing was lost: per-table
// row counts and content hashes match what the upgrade is documented to produce. A new schema
// version without a fixture writer here fails the "covers every version" test.
import { describe, expect, it } from 'vitest';
import { LodestoneDB } from '../../../lib/store/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY, SCHEMA_VERSIONS } from '../../../lib/store/schema-history';
import { snapshotStore, type TableSnapshot } from '../../../lib/store/snapshot';
import { getEntityTimeline, getNewSince, getSourceByUrl } from '../../../lib/store/queries';
import { buildSourceGraph } from '../../../lib/store/source-graph';
import type { FactEntityRow, FactRow } from '../../../lib/store/rows';
import { fact, makeBundle } from './fixtures';

type Snapshot = Record<string, TableSnapshot>;

interface VersionFixture {
  /** Writes representative seed + user rows in that version's shape. */
  write(db: LodestoneDB): Promise<void>;
  /** What the current schema should hold after upgrading `before` (identity when nothing changed). */
  expectAfter(before: Snapshot): Snapshot | Promise<Snapshot>;
}

const SEEDS_INSTALLED = '2025-12-15T00:00:00.000Z';
const SAVED_AT = '2026-01-01T00:00:00.000Z';
const STORE_CREATED = '2025-12-01T00:00:00.000Z';

/** The rows of v1 and v2 stores: two seed sources and one saved article, in the current shape. */
function graphs() {
  const bundle = makeBundle('v1-bundle');
  const seeds = bundle.sources.map((s) => buildSourceGraph(s, bundle.facts.filter((f) => f.sourceId === s.id), bundle.mentions.filter((m) => m.sourceId === s.id), SEEDS_INSTALLED));
  const saved = buildSourceGraph(
    { id: 'saved:00000000000000aa', origin: 'saved', title: 'Saved «quoted» ünïcode', published: '2025-12-01', publishedFrom: 'saved-on', text: 'Custom Co signed with Lynas. ', canonicalUrl: 'https://news.example/x', savedAt: SAVED_AT },
    [{ ...fact('saved:00000000000000aa', 0, ['custom-co', 'lynas'], '2025-12-01'), figures: [{ text: '$1.5 billion', value: 1.5e9, unit: 'USD', start: 3 }] }],
    [{ entityId: 'custom-co', text: 'Custom Co', start: 0, end: 9 }, { entityId: 'lynas', text: 'Lynas', start: 22, end: 27 }],
    SAVED_AT,
  );
  return { bundle, all: [...seeds, saved] };
}

/** A v1 fact row: no claim keys, no arrival (v2 added them). */
const v1Fact = ({ claimKeys: _k, arrivedAt: _a, ...row }: FactRow) => row as unknown as FactRow;
const v1Link = ({ arrivedAt: _a, ...row }: FactEntityRow) => row as unknown as FactEntityRow;

/** Writes a store: v1 rows (`shape: 1`) or v2 rows with a view (`shape: 2`). */
async function writeStore(db: LodestoneDB, shape: 1 | 2): Promise<void> {
  const { bundle, all } = graphs();
  await db.entities.bulkPut(bundle.entities.map((e) => ({ ...e, origin: 'seed' as const })));
  await db.entities.put({ id: 'custom-co', name: 'Custom Co', kind: 'company', aliases: [{ text: 'CustomCo' }], description: 'Added by the user.', custom: true, origin: 'custom' });
  for (const g of all) {
    await db.sources.put(g.source);
    await db.sourceTexts.put(g.text);
    await db.facts.bulkPut(shape === 1 ? g.facts.map(v1Fact) : g.facts);
    await db.factEntities.bulkPut(shape === 1 ? g.links.map(v1Link) : g.links);
    await db.mentions.bulkPut(g.mentions);
  }
  await db.meta.bulkPut([
    { key: 'bundle', version: 'v1-bundle', catalogVersion: 1, installedAt: SEEDS_INSTALLED },
    { key: 'marker', installId: 'install-1', createdAt: STORE_CREATED },
  ]);
  if (shape === 2) await db.entityViews.put({ entityId: 'lynas', seenAt: '2025-12-20T00:00:00.000Z' });
}

/** v1 rows: two seed sources and one saved article with facts, links, mentions; a custom entity; meta. */
const writeV1 = (db: LodestoneDB) => writeStore(db, 1);

/**
 * v1 → v2: the same rows, every fact and link with `arrivedAt` (seeds: their bundle's install time;
 * the saved article: when it was saved) and facts with `claimKeys: []`; `entityViews` empty.
 */
async function expectV1Upgraded(): Promise<Snapshot> {
  const db = new LodestoneDB(`upgrade-expected-${n++}`, { validate: false });
  await writeStore(db, 2);
  await db.entityViews.clear();
  const snap = await snapshotStore(db);
  db.close();
  return snap;
}

/** One entry per schema version, by version number. */
const FIXTURES: Record<number, VersionFixture> = {
  1: { write: writeV1, expectAfter: () => expectV1Upgraded() },
  2: { write: (db) => writeStore(db, 2), expectAfter: (before) => before },
};

let n = 0;
describe('schema upgrades', () => {
  it('has a dated note for every version, in order, and a fixture for each', () => {
    expect(SCHEMA_HISTORY.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    for (const v of SCHEMA_HISTORY) {
      expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(v.note.length).toBeGreaterThan(10);
      expect(FIXTURES[v.version], `fixture for schema v${v.version}`).toBeDefined();
    }
    const dates = SCHEMA_HISTORY.map((v) => v.date);
    expect([...dates].sort()).toEqual(dates);
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_HISTORY.at(-1)!.version);
  });

  for (const { version } of SCHEMA_HISTORY) {
    it(`opens a v${version} database with data and upgrades it to v${CURRENT_SCHEMA_VERSION} losing nothing`, async () => {
      const name = `upgrade-${version}-${n++}`;
      const old = new LodestoneDB(name, { upToVersion: version, validate: false });
      await FIXTURES[version]!.write(old);
      expect(old.verno).toBe(version);
      const before = await snapshotStore(old);
      for (const t of Object.values(before)) expect(t.count).toBeGreaterThan(0);
      old.close();

      const current = new LodestoneDB(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await snapshotStore(current)).toEqual(await FIXTURES[version]!.expectAfter(before));
      // The indexes work on upgraded data too.
      expect((await getSourceByUrl(current, 'https://news.example/x'))?.id).toBe('saved:00000000000000aa');
      expect((await getEntityTimeline(current, 'custom-co')).map((i) => i.fact.figures[0]?.text)).toEqual(['$1.5 billion']);
      // "New since" (v2): the saved fact arrived after the store began; for Lynas only what came after its view.
      expect(await getNewSince(current, 'custom-co')).toEqual({ since: STORE_CREATED, count: 1 });
      expect((await getNewSince(current, 'lynas'))?.count).toBe(version === 1 ? 4 : 1); // v1: three seed facts and the saved one
      current.close();
    });
  }

  it('notices a content change (the harness can fail)', async () => {
    const db = new LodestoneDB(`upgrade-neg-${n++}`, { validate: false });
    await writeV1(db);
    const before = await snapshotStore(db);
    await db.facts.update('saved:00000000000000aa:0', { quote: 'changed' });
    const after = await snapshotStore(db);
    expect(after.facts!.count).toBe(before.facts!.count);
    expect(after.facts!.hash).not.toBe(before.facts!.hash);
    db.close();
  });
});
