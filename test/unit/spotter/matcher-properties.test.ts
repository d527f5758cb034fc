// Property tests for the matcher (issue 8, item 7).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatch, matchKey } from '../../../lib/spotter/fold';
import { createSpotter, type SpotMatch } from '../../../lib/spotter/matcher';
import { ENTITIES } from './entities';

const spotter = createSpotter(ENTITIES);

/** Every key an entity can be matched by: its name's and aliases' `matchKey`. */
/** A plural's ending, which belongs to the mention (`magnets`, `PGMs`, a headline's `MAGNETS`), taken off. */
const singular = (t: string) => t.replace(/(?<=[sxz]|[cs]h)es$|s$/i, '');
const KEYS = new Map(ENTITIES.map((e) => [e.id, new Set([e.name, ...e.aliases.map((a) => a.text)].map(matchKey))]));

const FORMS = ENTITIES.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);
/** A form as a page might write it: as is, shouted, lower case, with typographic variants. */
const written = fc.tuple(fc.constantFrom(...FORMS), fc.constantFrom('as-is', 'upper', 'lower', 'typo')).map(([f, how]) => {
  if (how === 'upper') return f.toUpperCase();
  if (how === 'lower') return f.toLowerCase();
  if (how === 'typo') return f.replace(/-/g, '–').replace(/ /g, '\u00A0').replace(/'/g, '’');
  return f;
});
const NEAR_MISSES = ['us', 'are', 'Lynasty', 'USAF', 'element', 'apple', 'told', 'WE', 'HERE', 'magnets', 'REEs', 'xChina', '2025'];
const GLUE = [' ', '  ', ' ', ', ', '. ', "'s ", '’s ', '’', 's ', 'es ', '-', '\n', '\u00AD', '\u200B', '(', ') ', '', 'โs '];
/** Text made of catalog forms, near misses, glue and random characters, so matches are common. */
const textArb = fc
  .array(fc.oneof(written, fc.constantFrom(...NEAR_MISSES), fc.constantFrom(...GLUE), fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** Distinct spans in order never overlap; an identical span is only repeated for another entity. */
function checkSpans(matches: readonly SpotMatch[]): void {
  for (let i = 1; i < matches.length; i++) {
    const a = matches[i - 1]!;
    const b = matches[i]!;
    if (a.start === b.start && a.end === b.end) expect(a.entityId).not.toBe(b.entityId);
    else expect(a.end).toBeLessThanOrEqual(b.start);
  }
}

describe('matcher properties', () => {
  it('matches never overlap, are sorted, and are verbatim slices of the text', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, soft) => {
        const matches = spotter.scan(text, soft ? { lineBreaks: 'soft' } : {});
        checkSpans(matches);
        for (const m of matches) {
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("each match's text is one of its entity's names or aliases under the documented normalisation", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const m of spotter.scan(text))
          expect(KEYS.get(m.entityId)!.has(matchKey(m.text)) || KEYS.get(m.entityId)!.has(matchKey(singular(m.text)))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('the context rules only remove matches', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const scanned = spotter.scan(text).map((m) => `${m.entityId}@${m.start}-${m.end}`);
        for (const m of spotter.findMentions(text)) expect(scanned).toContain(`${m.entityId}@${m.start}-${m.end}`);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkSpans(spotter.scan(text));
      }),
      { numRuns: 300 },
    );
  });

  it('the fold keeps length and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const folded = foldForMatch(text);
        expect(folded.length).toBe(text.length);
        expect(foldForMatch(folded)).toBe(folded);
      }),
      { numRuns: 300 },
    );
  });
});
