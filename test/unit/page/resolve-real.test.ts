import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../lib/catalog/schema';
import type { BlockEntry } from '../../../lib/page/entries';
import { resolveMentions } from '../../../lib/page/resolve-mentions';
import { createSpotter } from '../../../lib/spotter/matcher';
import { shiftMatch } from '../../../lib/spotter/types';

const root = path.resolve(import.meta.dirname, '../../..');
const catalog = JSON.parse(fs.readFileSync(path.join(root, 'seeds/catalog.json'), 'utf8')) as Catalog;
const spotter = createSpotter(catalog.entities);
const entities = new Map(catalog.entities.map((e) => [e.id, e]));
const seeds = fs
  .readdirSync(path.join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(root, 'seeds', f), 'utf8'));

const entriesOf = (paragraphs: string[]): BlockEntry[] =>
  paragraphs.map((text) => {
    const matches = spotter.scan(text, { lineBreaks: 'soft' });
    return { block: { element: {}, text, nodes: [] }, matches, shared: matches, defined: '', mentions: [], lengths: [] };
  });

/** The straightforward way: every match of the page, page-global offsets, one resolveContext call. */
function reference(entries: BlockEntry[]): string[] {
  const all = entries.flatMap((e, i) => e.matches.map((m) => ({ ...m, start: m.start + i * 1_000_000, end: m.end + i * 1_000_000 })));
  return spotter.resolveContext(all).map((m) => `${Math.floor(m.start / 1_000_000)}:${m.start % 1_000_000}:${m.entityId}`);
}

/**
 * `paragraphs` as a page's blocks read by `s`, resolved as the page does and as one text at once:
 * `[block]:[start]:[entity]` of each kept mention, both ways.
 */
async function pageAndWhole(s: ReturnType<typeof createSpotter>, defs: Catalog['entities'], paragraphs: string[]): Promise<{ got: string[]; want: string[] }> {
  const lookup = new Map(defs.map((e) => [e.id, e]));
  const entries = paragraphs.map((text): BlockEntry => {
    const matches = s.scan(text, { lineBreaks: 'soft' });
    return { block: { element: {}, text, nodes: [] }, matches, shared: matches, defined: '', mentions: [], lengths: [] };
  });
  const got = (await resolveMentions(s, entries, lookup))!.map((m) => `${entries.indexOf(m.entry)}:${m.start}:${m.entityId}`);
  const all = entries.flatMap((e, i) => e.matches.map((m) => shiftMatch(m, i * 1_000_000)));
  const want = s.resolveContext(all).map((m) => `${Math.floor(m.start / 1_000_000)}:${m.start % 1_000_000}:${m.entityId}`);
  return { got, want };
}

describe('resolveMentions with the real spotter and catalog', () => {
  it('keeps exactly what resolving the whole page at once keeps, on every seed', async () => {
    for (const seed of seeds) {
      const entries = entriesOf(seed.split('\n').filter((l) => l.trim()));
      const got = (await resolveMentions(spotter, entries, entities))!.map((m) => `${entries.indexOf(m.entry)}:${m.start}:${m.entityId}`);
      expect(got).toEqual(reference(entries));
      expect(got.length).toBeGreaterThan(5);
    }
  });

  it('drops a conditional alias whose anchor is missing, whichever block the anchor was in', async () => {
    const conditional = catalog.entities.flatMap((e) => e.aliases.filter((a) => a.requires?.length).map((a) => ({ e, a })));
    expect(conditional.length).toBeGreaterThan(0);
    const { e, a } = conditional[0]!;
    const anchor = entities.get(a.requires![0]!)!;
    const alone = entriesOf([`Yesterday ${a.text} said so.`]);
    expect((await resolveMentions(spotter, alone, entities))!.filter((m) => m.entityId === e.id)).toEqual([]);
    const withAnchor = entriesOf([`Yesterday ${a.text} said so.`, `Later ${anchor.name} agreed.`]);
    const kept = (await resolveMentions(spotter, withAnchor, entities))!.filter((m) => m.entityId === e.id && m.entry === withAnchor[0]);
    expect(kept.map((m) => m.text)).toEqual([a.text]);
  });

  it('reads a shared name by the condition named in its paragraph, else by how often the page names each, as the whole page at once does', async () => {
    const defs: Catalog['entities'] = [
      { id: 'country-au', name: 'Australia', kind: 'country', aliases: [], description: 'x' },
      { id: 'country-uk', name: 'United Kingdom', kind: 'country', aliases: [{ text: 'UK', case: 'exact' }], description: 'x' },
      {
        id: 'gov-au-parl',
        name: 'Parliament of Australia',
        kind: 'government',
        aliases: [{ text: 'Parliament', ambiguous: true, requires: ['country-au'] }],
        description: 'x',
      },
      {
        id: 'gov-uk-parl',
        name: 'UK Parliament',
        kind: 'government',
        aliases: [{ text: 'Parliament', ambiguous: true, requires: ['country-uk'] }],
        description: 'x',
      },
    ];
    // Blocks with `Parliament` at the same offset: a condition named in the block decides (the UK in
    // the second); where none is (the fourth), each reading is weighed over the page (Australia twice).
    const paragraphs = ['Parliament met. Australia asked.', 'Parliament met. The UK asked.', 'Australia again.', 'Parliament rose.'];
    const { got, want } = await pageAndWhole(createSpotter(defs), defs, paragraphs);
    expect(got).toEqual(want);
    expect(got.filter((k) => k.endsWith('parl'))).toEqual(['0:0:gov-au-parl', '1:0:gov-uk-parl', '3:0:gov-au-parl']);
  });

  it('takes a reading the words around a name set aside when the page vouches for it and not for theirs, as the whole page at once does', async () => {
    const defs: Catalog['entities'] = [
      { id: 'country-bo', name: 'Bolivia', kind: 'country', aliases: [], description: 'x' },
      { id: 'company-are', name: 'American Rare Earths', kind: 'company', aliases: [], description: 'x' },
      {
        id: 'region-la-paz',
        name: 'La Paz (Bolivia)',
        kind: 'region',
        aliases: [{ text: 'La Paz', ambiguous: true, requires: ['country-bo'] }],
        description: 'x',
        seatOf: 'country-bo',
      },
      {
        id: 'project-la-paz',
        name: 'La Paz project',
        kind: 'project',
        aliases: [{ text: 'La Paz', ambiguous: true, requires: ['company-are'] }],
        description: 'x',
      },
    ];
    const { got, want } = await pageAndWhole(createSpotter(defs), defs, ['Bolivia voted.', 'La Paz must choose.', 'Talks in La Paz went on.']);
    expect(got).toEqual(want);
    expect(got).toEqual(['0:0:country-bo', '1:0:country-bo', '2:9:region-la-paz']);
  });
});
