// Every entity the catalog curates from the seeds is found in them by the pipeline: an entity the
// seeds only name inside a longer name (Saskatchewan in "Saskatchewan Research Council") or only
// in text the pipeline drops would be dead weight, and its card could never show a fact.
import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../../lib/knowledge/coverage';
import { bundle, catalog, seedId } from './seed-bundle';

const mentioned = new Map<string, number>();
for (const m of bundle.mentions) mentioned.set(m.entityId, (mentioned.get(m.entityId) ?? 0) + 1);
// A capital the seeds name only as its government (issue 11: `Washington's supply chain strategy`)
// is found as that government: its mentions carry the seat's id and the capital's own words.
const namedAsSeat = (e: (typeof catalog.entities)[number]) =>
  e.seatOf !== undefined &&
  bundle.mentions.some((m) => m.entityId === e.seatOf && [e.name, ...e.aliases.map((a) => a.text)].includes(m.text.replace(/['’]s$/, '')));

describe('entity coverage of the seeds', () => {
  it('finds every catalog entity at least once', () => {
    const missing = catalog.entities.filter((e) => !mentioned.has(e.id) && !namedAsSeat(e)).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('puts nearly every entity on a timeline (only heading-only names have no fact)', () => {
    const inFacts = new Set(bundle.facts.flatMap((f) => f.entityIds));
    const headingOnly = catalog.entities.filter((e) => !inFacts.has(e.id) && !namedAsSeat(e)).map((e) => e.id);
    // Sweden, Namibia and North America appear only in seed 001's and 004's section headings.
    expect(headingOnly.sort()).toEqual(['country-namibia', 'country-sweden', 'region-north-america']);
  });

  it('reads the entities that seed 001 names only in its Related News items', () => {
    const seed001 = seedId('001');
    const where = (id: string) => [...new Set(bundle.mentions.filter((m) => m.entityId === id).map((m) => m.sourceId))];
    expect(where('country-chile')).toEqual([`${seed001}:related-1`]);
    expect(where('person-gabriel-boric')).toEqual([`${seed001}:related-1`]);
    expect(where('policy-chile-critical-minerals-strategy')).toEqual([`${seed001}:related-1`]);
    for (const mineral of ['copper', 'molybdenum', 'rhenium', 'cobalt', 'selenium', 'tellurium', 'boron', 'iodine', 'iron-ore'])
      expect(where(`material-${mineral}`), mineral).toEqual([`${seed001}:related-1`]);
    expect(where('region-latin-america')).toEqual([`${seed001}:related-2`]);
    expect(where('government-india-ministry-of-mines')).toEqual([`${seed001}:related-3`]);
  });

  it('keeps no entity that the seeds name only inside a longer name', () => {
    const ids = new Set(catalog.entities.map((e) => e.id));
    expect(ids.has('region-saskatchewan')).toBe(false); // only in "Saskatchewan Research Council"
    expect(ids.has('material-praseodymium')).toBe(false); // only in "praseodymium-neodymium"
    for (const e of catalog.entities) for (const r of e.related ?? []) expect(ids.has(r), `${e.id} → ${r}`).toBe(true);
  });

  it('leaves known gaps visible in the coverage report, and covers most acronyms', () => {
    const report = coverageReport(bundle);
    const acr = report.totals.acronym;
    expect(acr.seen).toBeGreaterThan(50);
    expect(acr.uncovered / acr.seen).toBeLessThan(0.5);
    // Every named acronym of the catalog that a seed uses is covered where it stands.
    for (const text of ['JOGMEC', 'IREL', 'CRMA', 'MOFCOM', 'BRGM', 'CNPM', 'SRC', 'VAC', 'MSP', 'DOE', 'ARE'])
      expect(
        report.gaps.some((g) => g.kind === 'acronym' && g.text === text),
        text,
      ).toBe(false);
  });
});

// Issue 11: `npm run kb:report` lists no name in the seeds that may be an entity the dictionary
// lacks: every uncovered capitalised phrase or acronym is one a curator reviewed (a date, a
// heading, a demonym, a title) in seeds/report-reviewed.json.
describe('the coverage report', () => {
  it('shows no unknown seed name that may be an entity', async () => {
    const { coverageReport } = await import('../../../lib/knowledge/coverage');
    const { readReviewed } = await import('../../../seeds/read-seeds');
    const report = coverageReport(bundle, readReviewed());
    expect(report.unknownNames.map((g) => g.text)).toEqual([]);
    // And the review is not a blanket: each reviewed text is still uncovered (else drop it).
    const uncovered = new Set(report.gaps.map((g) => g.text));
    expect(Object.keys(readReviewed()).filter((t) => !uncovered.has(t))).toEqual([]);
  });
});
