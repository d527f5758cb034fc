import { describe, expect, it } from 'vitest';
import { EntitySpanSet, spanKey } from '../../../lib/spotter/span-key';

describe('span keys', () => {
  it('give distinct spans distinct keys, across the range the page and kb extract use', () => {
    const seen = new Map<number, string>();
    const starts = [0, 1, 2, 63, 64, 1_000, 65_535, 65_536, 1_000_000, 50_000_000, 134_000_000];
    for (const start of starts)
      for (const len of [0, 1, 2, 7, 80, 4_096, 60_000_000]) {
        const k = spanKey(start, start + len);
        expect(Number.isSafeInteger(k)).toBe(true);
        const was = seen.get(k);
        expect(was, `${start}+${len} collides with ${was}`).toBeUndefined();
        seen.set(k, `${start}+${len}`);
      }
  });

  it('a set of entity spans holds each triple, and only those, whatever the order of adding', () => {
    const set = new EntitySpanSet();
    set.add('country-us', 10, 13);
    set.add('government-us-dod', 10, 13);
    set.add('country-us', 10, 13);
    set.add('country-china', 20, 25);
    set.add('company-x', 20, 25);
    set.add('company-y', 20, 25);
    expect(set.has('country-us', 10, 13)).toBe(true);
    expect(set.has('government-us-dod', 10, 13)).toBe(true);
    expect(set.has('company-y', 20, 25)).toBe(true);
    expect(set.has('country-us', 10, 14)).toBe(false);
    expect(set.has('country-us', 20, 25)).toBe(false);
    expect(set.has('country-china', 10, 13)).toBe(false);
    expect(set.has('country-china', 20, 25)).toBe(true);
  });
});
