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
import { readUserOverlay } from '../../../lib/store/dictionary';
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
  const seeds = bundle.sources.map((s) =>
    buildSourceGraph(
      s,
      bundle.facts.filter((f) => f.sourceId === s.id),
      bundle.mentions.filter((m) => m.sourceId === s.id),
      SEEDS_INSTALLED,
    ),
  );
  const saved = buildSourceGraph(
    {
      id: 'saved:00000000000000aa',
      origin: 'saved',
      title: 'Saved «quoted» ünïcode',
      published: '2025-12-01',
      publishedFrom: 'saved-on',
      text: 'Custom Co signed with Lynas. ',
      canonicalUrl: 'https://news.example/x',
      savedAt: SAVED_AT,
    },
    [{ ...fact('saved:00000000000000aa', 0, ['custom-co', 'lynas'], '2025-12-01'), figures: [{ text: '$1.5 billion', value: 1.5e9, unit: 'USD', start: 3 }] }],
    [
      { entityId: 'custom-co', text: 'Custom Co', start: 0, end: 9 },
      { entityId: 'lynas', text: 'Lynas', start: 22, end: 27 },
    ],
    SAVED_AT,
  );
  return { bundle, all: [...seeds, saved] };
}

/** A v1 fact row: no claim keys, no arrival (v2 added them). */
const v1Fact = ({ claimKeys: _k, arrivedAt: _a, ...row }: FactRow) => row as unknown as FactRow;
const v1Link = ({ arrivedAt: _a, ...row }: FactEntityRow) => row as unknown as FactEntityRow;

/** Writes a store: v1 rows (`shape: 1`), v2 rows with a view (`shape: 2`), or v3 rows with the user's dictionary (`shape: 3`). */
async function writeStore(db: LodestoneDB, shape: 1 | 2 | 3): Promise<void> {
  const { bundle, all } = graphs();
  await db.entities.bulkPut(bundle.entities.map((e) => ({ ...e, origin: 'seed' as const })));
  await db.entities.put({
    id: 'custom-co',
    name: 'Custom Co',
    kind: 'company',
    aliases: [{ text: 'CustomCo' }],
    description: 'Added by the user.',
    custom: true,
    origin: 'custom',
  });
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
  if (shape >= 2) await db.entityViews.put({ entityId: 'lynas', seenAt: '2025-12-20T00:00:00.000Z' });
  if (shape >= 3) {
    // Issue 13: an edit of a seed entity (its catalog version kept), a hide on one site, a dismissed
    // suggestion, and a name the saved article suggests.
    const { bundle } = graphs();
    const lynas = bundle.entities.find((e) => e.id === 'lynas')!;
    await db.entities.put({
      ...lynas,
      description: 'Edited by the user.',
      aliases: [...lynas.aliases, { text: 'Lynas Corp' }],
      origin: 'custom',
      seed: lynas,
      changedAt: SAVED_AT,
    });
    await db.hiddenNames.put({ entityId: 'china', text: 'China', site: 'news.example', hiddenAt: SAVED_AT });
    await db.dismissed.put({ key: 'acme holdings', name: 'Acme Holdings', dismissedAt: SAVED_AT });
    await db.candidates.put({
      sourceId: 'saved:00000000000000aa',
      key: 'kestrel motors',
      name: 'Kestrel Motors',
      kind: 'company',
      aliases: [],
      count: 2,
      sentence: 'Custom Co signed with Lynas.',
      start: 0,
      evidence: ['repeated'],
    });
  }
}

/** The tables schema v3 added, empty (what an upgrade from v1 or v2 gives them). */
async function emptyV3Tables(): Promise<Snapshot> {
  const db = new LodestoneDB(`upgrade-empty-${n++}`, { validate: false });
  const snap = await snapshotStore(db, ['hiddenNames', 'dismissed', 'candidates']);
  db.close();
  return snap;
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
  // v2 → v3: nothing changes shape; the three new tables start empty.
  2: { write: (db) => writeStore(db, 2), expectAfter: async (before) => ({ ...before, ...(await emptyV3Tables()) }) },
  3: { write: (db) => writeStore(db, 3), expectAfter: (before) => before },
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
      // The user's dictionary (v3): the custom entity from every version, and the v3 edit and hide.
      const overlay = await readUserOverlay(current);
      expect(overlay.entities.map((e) => e.id)).toEqual(version >= 3 ? ['custom-co', 'lynas'] : ['custom-co']);
      expect(overlay.hidden).toEqual(version >= 3 ? [{ entityId: 'china', text: 'China', site: 'news.example' }] : []);
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
