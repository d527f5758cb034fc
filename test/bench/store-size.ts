/**
 * The store budget's figure in Node, on this checkout's code: installs the shipped seed bundle into
 * a fake-indexeddb store, measures its logical size (`logicalSize`), fills it to 10,000 facts the
 * way the benchmark does (`fillStore`) and prints the growth per 1,000 added articles. The figure
 * depends only on the rows written, so it is the one the benchmark measures in the browser; this
 * script is how the first run's figure was measured on its commit (see memory-baseline.json).
 *
 *   npx tsx test/bench/store-size.ts
 */
import 'fake-indexeddb/auto';
import { BundleSchema } from '../../lib/facts/schema';
import bundleJson from '../../lib/knowledge/seed-bundle.json';
import { LodestoneDB } from '../../lib/store/db';
import { installBundle } from '../../lib/store/install-bundle';
import { fillStore, logicalSize, storeGrowth } from './store-measure';

const db = new LodestoneDB(`lodestone-size-${Date.now()}`);
await installBundle(db, BundleSchema.parse(bundleJson));
const articles = () => db.sources.count();
const before = { ...(await logicalSize(db)), articles: await articles() };
const facts = await fillStore(db, 10_000);
const after = { ...(await logicalSize(db)), articles: await articles() };
const { kbPer1000Articles, ...growth } = storeGrowth(before, after);
console.log(
  JSON.stringify({ facts, bytes: { before: before.rowBytes + before.keyBytes, after: after.rowBytes + after.keyBytes }, growth, kbPer1000Articles }, null, 2),
);
db.close();
