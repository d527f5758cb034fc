// The knowledge bundle the extension ships: fresh (rebuilt after every catalog or pipeline change),
// deterministic, and internally consistent (every quote and mention is the slice of its source at
// its offsets; ids are unique; everything points at something that exists).
import { describe, expect, it } from 'vitest';
import { BundleSchema } from '../../../lib/facts/schema';
import fs from 'node:fs';
import { MatchDictionarySchema, toMatchDictionary } from '../../../lib/catalog/match-dictionary';
import { buildBundle } from '../../../lib/knowledge/build-bundle';
import { DICTIONARY_FILE } from '../../../seeds/read-seeds';
import { bundle, catalog, committedBundle, dictionary, seedId, seeds } from './seed-bundle';

describe('the committed seed bundle', () => {
  it('is exactly what the catalog and the seeds build today (run `npx tsx seeds/kb.ts build` after a change)', () => {
    const committed = committedBundle();
    expect(BundleSchema.parse(committed)).toEqual(committed);
    expect(committed).toEqual(bundle);
  });

  it('records the catalog it was built from, and holds the whole composed dictionary', () => {
    expect(bundle.catalogVersion).toBe(catalog.version);
    expect(bundle.entities).toEqual(dictionary.entities);
    const ids = new Set(bundle.entities.map((e) => e.id));
    for (const e of catalog.entities) expect(ids.has(e.id), e.id).toBe(true);
  });

  // The content script matches from lib/knowledge/dictionary.json: the same dictionary, compact.
  it('ships a match dictionary that is the compact form of the same dictionary, at the same version', () => {
    const committed = JSON.parse(fs.readFileSync(DICTIONARY_FILE, 'utf8')) as unknown;
    expect(MatchDictionarySchema.parse(committed)).toEqual(committed);
    expect(committed).toEqual(toMatchDictionary(dictionary, bundle.version));
  });
});

describe('buildBundle', () => {
  it('is deterministic: the same inputs give the same bytes, whatever order the seeds come in', () => {
    const again = buildBundle(catalog, seeds, dictionary);
    const reversed = buildBundle(catalog, [...seeds].reverse(), dictionary);
    expect(JSON.stringify(again)).toBe(JSON.stringify(bundle));
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(bundle));
  });

  it('changes its version when any input changes', () => {
    const edited = seeds.map((s, i) => (i === 0 ? { ...s, raw: s.raw.replace('on November 26', 'on November 27') } : s));
    expect(edited[0]?.raw).not.toBe(seeds[0]?.raw);
    expect(buildBundle(catalog, edited, dictionary).version).not.toBe(bundle.version);
    expect(buildBundle({ ...catalog, version: catalog.version + 1 }, seeds, dictionary).version).not.toBe(bundle.version);
    const renamed = { ...dictionary, entities: dictionary.entities.map((e, i) => (i === 0 ? { ...e, description: `${e.description} ` } : e)) };
    expect(buildBundle(catalog, seeds, renamed).version).not.toBe(bundle.version);
  });
});

describe('offsets and ids', () => {
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  const entityIds = new Set(bundle.entities.map((e) => e.id));

  it('has one source per seed plus one per Related News item, with unique ids', () => {
    expect(new Set(bundle.sources.map((s) => s.id)).size).toBe(bundle.sources.length);
    for (const seed of seeds) expect(sources.has(`seed:${seed.stem}`), seed.stem).toBe(true);
    expect(bundle.sources.filter((s) => !s.listedIn)).toHaveLength(seeds.length);
  });

  it('gives every fact a quote that is its source text sliced at its offsets', () => {
    expect(bundle.facts.length).toBeGreaterThan(100);
    for (const f of bundle.facts) {
      const text = sources.get(f.sourceId)?.text;
      expect(text, f.id).toBeDefined();
      expect(text?.slice(f.start, f.end), f.id).toBe(f.quote);
      expect(f.quote.trim(), f.id).toBe(f.quote);
    }
  });

  it('numbers the events of a sentence: the first keeps `source:start`, further ones add `:n` (issue 12)', () => {
    const groups = new Map<string, typeof bundle.facts>();
    for (const f of bundle.facts) groups.set(`${f.sourceId}:${f.start}`, [...(groups.get(`${f.sourceId}:${f.start}`) ?? []), f]);
    for (const [key, events] of groups) {
      expect(
        events.map((f) => f.id),
        key,
      ).toEqual(events.map((_, i) => (i === 0 ? key : `${key}:${i}`)));
      // Several events: each has its own clause inside the quote, in order, not overlapping.
      if (events.length > 1) {
        events.forEach((f, i) => {
          expect(f.clause, f.id).toBeDefined();
          expect(f.clause!.start, f.id).toBeLessThan(f.clause!.end);
          expect(f.clause!.end, f.id).toBeLessThanOrEqual(f.quote.length);
          if (i > 0) expect(f.clause!.start, f.id).toBeGreaterThanOrEqual(events[i - 1]!.clause!.end);
        });
      } else expect(events[0]!.clause, key).toBeUndefined();
    }
    expect([...groups.values()].filter((g) => g.length > 1).length).toBeGreaterThanOrEqual(15);
  });

  it("gives every figure a text found in its fact's quote at its offset", () => {
    const figures = bundle.facts.flatMap((f) => f.figures.map((g) => ({ f, g })));
    expect(figures.length).toBeGreaterThan(60);
    for (const { f, g } of figures) {
      expect(g.start, `${f.id} ${g.text}`).toBeDefined();
      expect(f.quote.slice(g.start ?? -1, (g.start ?? -1) + g.text.length), f.id).toBe(g.text);
      expect(Number.isFinite(g.value), `${f.id} ${g.text}`).toBe(true);
    }
  });

  it('gives every mention a text that is its source text sliced at its offsets', () => {
    expect(bundle.mentions.length).toBeGreaterThan(300);
    for (const m of bundle.mentions) {
      const text = sources.get(m.sourceId)?.text;
      expect(text?.slice(m.start, m.end), `${m.sourceId} ${m.entityId} @${m.start}`).toBe(m.text);
      expect(entityIds.has(m.entityId), m.entityId).toBe(true);
    }
  });

  it('never gives two facts the same id, nor lets two sentences of a source overlap', () => {
    expect(new Set(bundle.facts.map((f) => f.id)).size).toBe(bundle.facts.length);
    for (const sourceId of sources.keys()) {
      const sentences = [...new Map(bundle.facts.filter((f) => f.sourceId === sourceId).map((f) => [f.start, f])).values()];
      const sorted = sentences.sort((a, b) => a.start - b.start);
      sorted.slice(1).forEach((f, i) => expect(f.start, `${sourceId}:${f.start}`).toBeGreaterThanOrEqual(sorted[i]?.end ?? 0));
    }
  });

  it('files each event under the entities its clause names, and never under one its source has not named by then', () => {
    for (const f of bundle.facts) {
      const from = f.start + (f.clause?.start ?? 0);
      const to = f.start + (f.clause?.end ?? f.quote.length);
      const inClause = new Set(bundle.mentions.filter((m) => m.sourceId === f.sourceId && m.start >= from && m.start < to).map((m) => m.entityId));
      for (const id of inClause) expect(f.entityIds, `${f.id} names ${id}`).toContain(id);
      // Others come from the sentence's main clause or the sentence it points back to (`The project…`).
      const namedBefore = new Set(bundle.mentions.filter((m) => m.sourceId === f.sourceId && m.start < f.end).map((m) => m.entityId));
      for (const id of f.entityIds) expect(namedBefore.has(id), `${f.id} is filed under ${id}`).toBe(true);
      expect(new Set(f.entityIds).size, f.id).toBe(f.entityIds.length);
    }
  });
});

describe('the Related News items of seed 001', () => {
  const seed001 = seedId('001');
  const related = bundle.sources.filter((s) => s.listedIn === seed001);

  it('are sources of their own, dated by the item, not by the article that listed them', () => {
    expect(related.map((s) => s.id)).toEqual([1, 2, 3].map((n) => `${seed001}:related-${n}`));
    expect(related.map((s) => s.title)).toEqual([
      'Chile Unveils National Critical Minerals Strategy Amid Global Demand Surge',
      'Overseas Pr-Nd offers surged rapidly, countries accelerated rare earth mine development [SMM Rare Earth Overseas Weekly Review]',
      'India Mulls Tightening Mineral Rights Auction Policy to Boost Mining Output',
    ]);
    for (const s of related) expect(s).toMatchObject({ origin: 'seed', published: '2026-01-30', publishedFrom: 'text' });
  });

  it('stay out of the article itself, whose own facts keep its date', () => {
    const article = bundle.sources.find((s) => s.id === seed001);
    expect(article?.text).not.toContain('Chile');
    expect(article?.text).not.toContain('Related News');
    expect(article?.published).toBe('2025-12-12');
  });

  it('carry their own dated facts', () => {
    const chile = bundle.facts.find(
      (f) => f.sourceId === `${seed001}:related-1` && f.quote.startsWith('Chile has released its National Critical Minerals Strategy'),
    );
    expect(chile?.entityIds).toEqual(['country-chile', 'policy-chile-critical-minerals-strategy']);
    expect(chile?.date).toEqual({ value: '2026-01-30', precision: 'day', planned: false, from: 'published' });
    const boric = bundle.facts.find((f) => f.sourceId === `${seed001}:related-1` && f.quote.includes('President Boric leaves office'));
    expect(boric?.entityIds).toEqual(['person-gabriel-boric', 'country-chile', 'material-copper']);
    const mines = bundle.facts.find((f) => f.sourceId === `${seed001}:related-3` && f.quote.startsWith('The Indian Ministry of Mines also did not respond'));
    expect(mines?.entityIds).toEqual(['government-india-ministry-of-mines']);
    expect(mines?.date.value).toBe('2026-01-30');
  });
});
