import { describe, expect, it } from 'vitest';
import { StoreError, toStoreError } from '../../../lib/store/errors';
import { normaliseCanonicalUrl } from '../../../lib/store/canonical-url';
import { fnv1a64 } from '../../../lib/text/hash';
import { dateKey, factSortKey, sortKeyBounds } from '../../../lib/store/sort-key';
import { stableStringify } from '../../../lib/store/snapshot';
import { foldForSearch } from '../../../lib/store/search-text';
import { freshDb } from './fixtures';

const sourceRow = (id: string, canonicalUrl?: string) => ({
  id,
  origin: 'saved' as const,
  title: 't',
  published: '2025',
  publishedFrom: 'saved-on' as const,
  textLength: 0,
  factCount: 0,
  ...(canonicalUrl ? { canonicalUrl } : {}),
});

describe('rows are validated on every write path', () => {
  it('rejects an invalid row from add, put, bulkPut and update, aborting the transaction', async () => {
    const db = freshDb();
    const bad = { id: 'Bad Id', name: 'x', kind: 'company' as const, aliases: [], description: 'd', origin: 'seed' as const };
    await expect(db.entities.add(bad)).rejects.toBeInstanceOf(StoreError);
    await expect(db.entities.put({ ...bad, kind: 'planet' as never, id: 'ok' })).rejects.toMatchObject({
      code: 'invalid-row',
      message: expect.stringMatching(/entities row \(#0\): kind: Invalid option/),
    });
    await db.entities.put({ ...bad, id: 'good' });
    await expect(db.entities.update('good', { origin: 'elsewhere' as never })).rejects.toMatchObject({ code: 'invalid-row' });
    await expect(
      db.transaction('rw', db.entities, async () => {
        await db.entities.put({ ...bad, id: 'written-first' });
        await db.entities.bulkPut([
          { ...bad, id: 'fine' },
          { ...bad, description: undefined as never, id: 'broken' },
        ]);
      }),
    ).rejects.toMatchObject({ code: 'invalid-row' });
    expect(await db.entities.toCollection().primaryKeys()).toEqual(['good']);
    expect((await db.entities.get('good'))?.origin).toBe('seed');
  });

  it('stores the schema’s output: unknown keys are dropped', async () => {
    const db = freshDb();
    await db.sources.put({ ...sourceRow('saved:1'), sneaky: '<script>' } as never);
    expect(await db.sources.get('saved:1')).not.toHaveProperty('sneaky');
  });

  it('keeps canonical URLs unique where present and allows many rows without one', async () => {
    const db = freshDb();
    await db.sources.bulkPut([sourceRow('seed:a'), sourceRow('seed:b'), sourceRow('saved:1', 'https://x.example/a')]);
    await expect(db.sources.put(sourceRow('saved:2', 'https://x.example/a'))).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.sources.count()).toBe(3);
  });
});

describe('toStoreError', () => {
  it('finds quota errors through Dexie wrappers and gives readable messages', () => {
    const quota = new DOMException('q', 'QuotaExceededError');
    expect(toStoreError(quota).code).toBe('quota');
    expect(toStoreError({ name: 'AbortError', inner: quota }).code).toBe('quota');
    expect(toStoreError({ name: 'BulkError', failures: [{ name: 'ConstraintError' }, quota] }).code).toBe('quota');
    expect(toStoreError({ name: 'OpenFailedError', inner: { name: 'MissingAPIError' } }).code).toBe('unavailable');
    expect(toStoreError({ name: 'DatabaseClosedError' }).code).toBe('blocked');
    const unknown = toStoreError(new Error('weird'));
    expect(unknown).toMatchObject({ code: 'unknown', message: expect.stringMatching(/nothing was changed/) });
    const own = new StoreError('seed-readonly', 'no');
    expect(toStoreError({ name: 'AbortError', inner: own })).toBe(own);
  });
});

describe('pure helpers', () => {
  it('sort keys order partial dates chronologically, coarse before fine', () => {
    const keys = ['2025-03-02', '2025', '2024-12-31', '2025-03', '2026'].map(dateKey).sort();
    expect(keys).toEqual(['2024-12-31', '2025------', '2025-03---', '2025-03-02', '2026------']);
    expect(factSortKey({ date: { value: '2025-03', precision: 'month', planned: false, from: 'text' }, sourceId: 'seed:a', start: 42 })).toBe(
      '2025-03---|seed:a|00000042',
    );
    const { lower, upper } = sortKeyBounds('2025-03', '2025-06');
    const inside = (d: string) => dateKey(d) + '|s|0' >= lower && dateKey(d) + '|s|0' <= upper;
    expect(['2025-03', '2025-03-01', '2025-06', '2025-06-30'].every(inside)).toBe(true);
    expect(['2025', '2025-02-28', '2025-07', '2026'].some(inside)).toBe(false);
  });

  it('normalises canonical URLs', () => {
    expect(normaliseCanonicalUrl(' HTTPS://News.Example:443/a/b?id=7&utm_source=tw&fbclid=1#c ')).toBe('https://news.example/a/b?id=7');
    expect(normaliseCanonicalUrl('https://news.example/a?')).toBe('https://news.example/a');
    expect(normaliseCanonicalUrl('https://user:pw@news.example/a')).toBe('https://news.example/a');
    expect(normaliseCanonicalUrl('ftp://news.example/a')).toBeNull();
    expect(normaliseCanonicalUrl('chrome://extensions')).toBeNull();
    expect(normaliseCanonicalUrl('not a url')).toBeNull();
  });

  it('hashes with FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('stringifies stably and folds search text', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(foldForSearch('São PAULO’s')).toBe("sao paulo's");
  });
});
