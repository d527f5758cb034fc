// Issue 8 item 4: an import corpus that must be rejected whole, with a readable message naming the
// first problem, and without touching Object.prototype.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, parseImport } from '../../../lib/articles/export-import';
import { isRealPartialDate } from '../../../lib/articles/export-format';

const source = (id = 'saved:aaaa', url = 'https://news.example/a') => ({
  id,
  origin: 'saved',
  title: 'T',
  published: '2025-12-01',
  publishedFrom: 'meta',
  canonicalUrl: url,
  savedAt: '2026-01-01T00:00:00.000Z',
  text: 'Lynas and China.',
});
const factRow = (id = 'saved:aaaa:0', sourceId = 'saved:aaaa', start = 0) => ({
  id,
  sourceId,
  entityIds: ['lynas'],
  quote: 'Lynas',
  start,
  end: start + 5,
  date: { value: '2025-12', precision: 'month', planned: false, from: 'text' },
  figures: [],
});
const valid = () => ({
  format: 'lodestone-export',
  version: 1,
  exportedAt: '2026-03-01T12:00:00.000Z',
  sources: [source()],
  facts: [factRow()],
  mentions: [{ sourceId: 'saved:aaaa', entityId: 'lynas', text: 'Lynas', start: 0, end: 5 }],
  customEntities: [],
  settings: { paused: false } as unknown,
});
const json = (x: unknown) => JSON.stringify(x);
const with_ = (patch: (f: ReturnType<typeof valid>) => void) => {
  const f = valid();
  patch(f);
  return json(f);
};

let protoKeys: string[];
beforeAll(() => {
  protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterAll(() => {
  // Checked after the whole corpus and the property run.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});

describe('parseImport', () => {
  it('accepts a valid file', () => {
    const r = parseImport(json(valid()));
    expect(r.ok).toBe(true);
  });

  it('accepts the several events of one sentence (issue 12): one start, each with its own clause', () => {
    const r = parseImport(
      with_((f) => {
        f.facts = [{ ...factRow(), clause: { start: 0, end: 2 } } as never, { ...factRow('saved:aaaa:0:1'), clause: { start: 3, end: 5 } } as never];
      }),
    );
    expect(r.ok).toBe(true);
    const outside = parseImport(with_((f) => void (f.facts = [{ ...factRow(), clause: { start: 0, end: 9 } } as never])));
    expect(outside).toMatchObject({
      ok: false,
      error: { code: 'invalid-import', message: expect.stringMatching(/facts\[0\]: its clause 0–9 lies outside its quote/) },
    });
  });

  const corpus: [string, string, RegExp][] = [
    ['malformed JSON', '{"format": "lodestone-export", ', /not valid JSON/],
    ['empty file', '', /not valid JSON/],
    ['an array', '[1,2,3]', /expected a JSON object/],
    ['a foreign JSON file', json({ name: 'my-package', version: '1.0.0' }), /not a Lodestone export \(its "format" is null\)/],
    ['a wrong format', with_((f) => void (f.format = 'bookmarks')), /its "format" is "bookmarks"/],
    ['a future version', with_((f) => void ((f as { version: number }).version = 4)), /newer Lodestone \(export version 4; this one reads up to 3\)/],
    ['version 0', with_((f) => void (f.version = 0)), /export version 0 is unknown/],
    ['a string version', with_((f) => ((f as { version: unknown }).version = '1')), /export version "1" is unknown/],
    ['an unknown top-level key', with_((f) => ((f as Record<string, unknown>).extra = 1)), /extra/],
    [
      'a duplicate source id',
      with_((f) => void f.sources.push(source('saved:aaaa', 'https://news.example/b'))),
      /sources\[1\]: the id "saved:aaaa" appears twice/,
    ],
    [
      'a duplicate canonical URL',
      with_((f) => void f.sources.push(source('saved:bbbb', 'https://NEWS.example/a#x'))),
      /sources\[1\]: the address https:\/\/news.example\/a appears twice/,
    ],
    ['a duplicate fact id', with_((f) => void f.facts.push(factRow('saved:aaaa:0', 'saved:aaaa', 6))), /facts\[1\]: the id "saved:aaaa:0" appears twice/],
    ['two facts at one place', with_((f) => void f.facts.push(factRow('saved:aaaa:x', 'saved:aaaa', 0))), /facts\[1\]: two facts start at the same place/],
    [
      'a fact without its source',
      with_((f) => void f.facts.push(factRow('saved:zzzz:0', 'saved:zzzz'))),
      /facts\[1\]: its source "saved:zzzz" is not in the file/,
    ],
    ['a mention without its source', with_((f) => void (f.mentions[0]!.sourceId = 'saved:nope')), /mentions\[0\]: its source "saved:nope"/],
    ['offsets outside the article', with_((f) => void (f.facts[0]!.end = 500)), /facts\[0\]: its offsets 0–500 lie outside/],
    [
      'a duplicate custom entity',
      with_(
        (f) =>
          void (f.customEntities = [
            { id: 'x', name: 'X', kind: 'company', aliases: [], description: 'd' },
            { id: 'x', name: 'X', kind: 'company', aliases: [], description: 'd' },
          ] as never),
      ),
      /customEntities\[1\]: the id "x" appears twice/,
    ],
    ['a seed source', with_((f) => void (f.sources[0]!.origin = 'seed')), /sources\[0\]\.origin/],
    ['a seed id', with_((f) => void (f.sources[0]!.id = 'seed:lynas')), /sources\[0\]\.id: saved article ids start with "saved:"/],
    ['a non-web canonical URL', with_((f) => void (f.sources[0]!.canonicalUrl = 'javascript:alert(1)')), /sources\[0\]\.canonicalUrl: not a web address/],
    ['an impossible day', with_((f) => void (f.sources[0]!.published = '2025-02-29')), /sources\[0\]\.published: not a real calendar date/],
    ['month 13 in a fact', with_((f) => void (f.facts[0]!.date.value = '2025-13')), /facts\[0\]\.date\.value: not a real calendar date/],
    ['a savedAt that is not a timestamp', with_((f) => void (f.sources[0]!.savedAt = 'yesterday')), /sources\[0\]\.savedAt/],
    ['an invalid exportedAt', with_((f) => void (f.exportedAt = '2026-02-30T00:00:00Z')), /exportedAt/],
    ['a __proto__ key at the top', '{"__proto__":{"polluted":true},' + json(valid()).slice(1), /the key "__proto__"/],
    ['a __proto__ key in settings', with_((f) => void (f.settings = JSON.parse('{"a":{"__proto__":{"isAdmin":true}}}'))), /the key "__proto__"/],
    [
      'a constructor.prototype chain',
      with_((f) => void (f.settings = { constructor: { prototype: { polluted: true } } } as never)),
      /the key "(constructor|prototype)"/,
    ],
    ['a million records', json(valid()).replace('"facts":[', `"facts":[${'{},'.repeat(1_000_000)}`), /holds 1,000,00\d records \(the limit is 100,000\)/],
    [
      'deep nesting',
      with_((f) => void (f.settings = 0)).replace('"settings":0', `"settings":${'['.repeat(50_000)}${']'.repeat(50_000)}`),
      /more than 12 levels deep/,
    ],
    ['a huge string', with_((f) => void (f.settings = 'x'.repeat(IMPORT_LIMITS.maxStringChars + 1))), /a text of 5,000,001 characters/],
  ];
  for (const [what, text, message] of corpus) {
    it(`rejects ${what} with a message naming the problem`, () => {
      const r = parseImport(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-import');
        expect(r.error.message).toMatch(message);
        expect(r.error.message).toMatch(/^Cannot import this file: .*Nothing was changed\.$/s);
      }
    });
  }

  it('refuses a file larger than the limit before parsing it', () => {
    const r = parseImport(' '.repeat(IMPORT_LIMITS.maxChars + 1));
    expect(r).toEqual({ ok: false, error: { code: 'invalid-import', message: expect.stringMatching(/too large/) } });
  });

  it('never throws and never accepts arbitrary JSON or text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const r = parseImport(text);
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 2000, seed: 4 },
    );
  });

  it('validates calendar dates', () => {
    expect(['2024-02-29', '2025', '2025-12', '2000-02-29', '2025-04-30'].every(isRealPartialDate)).toBe(true);
    expect(['2025-02-29', '1900-02-29', '2025-00', '2025-04-31', '2025-12-32'].some(isRealPartialDate)).toBe(false);
  });
});
