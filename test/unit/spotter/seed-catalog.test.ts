// The real catalog over the raw seed texts: the invariants hold and the seeds' own artefacts
// (mojibake possessives, typographic apostrophes) do not hide an entity.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogSchema } from '../../../lib/catalog/schema';
import { matchKey } from '../../../lib/spotter/fold';
import { createSpotter } from '../../../lib/spotter/matcher';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');
const catalog = CatalogSchema.parse(JSON.parse(readFileSync(path.join(SEEDS, 'catalog.json'), 'utf8')));
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, text: readFileSync(path.join(SEEDS, f), 'utf8') }));

describe('the real catalog on the seeds', () => {
  const spotter = createSpotter(catalog.entities);
  const keys = new Map(catalog.entities.map((e) => [e.id, new Set([e.name, ...e.aliases.map((a) => a.text)].map(matchKey))]));
  // A capital standing for its government is a mention of the seat in the capital's words.
  for (const e of catalog.entities) if (e.seatOf) for (const t of [e.name, ...e.aliases.map((a) => a.text)]) keys.get(e.seatOf)?.add(matchKey(t));

  /** A mention without what the matcher reads around a name (issue 11): a legal suffix, a place's government (a plural's ending, too, below). */
  const core = (t: string) =>
    t
      .replace(/,? (?:Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|Co\., Ltd\.?|plc|PLC|AG|AB|SA|S\.A\.|GmbH|LLC)$/, '')
      .replace(/^(?:Government|State|Province) of /, '')
      .replace(/ (?:state |provincial )?[Gg]overnment$/, '');

  it('yields verbatim, non-overlapping mentions that are names or aliases (with their legal suffix or government)', () => {
    for (const { text } of seeds) {
      const mentions = spotter.findMentions(text);
      expect(mentions.length).toBeGreaterThan(20);
      let end = 0;
      for (const m of mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        const forms = keys.get(m.entityId)!;
        expect(
          forms.has(matchKey(m.text)) || forms.has(matchKey(core(m.text))) || forms.has(matchKey(m.text.replace(/(?<=[sxz]|[cs]h)es$|s$/, ''))),
          m.text,
        ).toBe(true);
        expect(m.start).toBeGreaterThanOrEqual(end);
        end = m.end;
        expect(m.text).not.toMatch(/^(?:are|us)$/);
      }
    }
  });

  it('reads through the mojibake and typographic possessives of the seeds', () => {
    const at = (file: string, needle: string): { entityId: string; text: string } | undefined => {
      const seed = seeds.find((s) => s.file.startsWith(file))!;
      const start = seed.text.indexOf(needle);
      expect(start).toBeGreaterThanOrEqual(0);
      const m = spotter.findMentions(seed.text).find((x) => x.start === start);
      return m && { entityId: m.entityId, text: m.text };
    };
    expect(at('003_', 'Chinaโs')).toEqual({ entityId: 'country-china', text: 'China' });
    expect(at('003_', 'Kazakhstanโs')).toEqual({ entityId: 'country-kazakhstan', text: 'Kazakhstan' });
    expect(at('000_', "Lynas's")).toEqual({ entityId: 'company-lynas', text: 'Lynas' });
  });
});
