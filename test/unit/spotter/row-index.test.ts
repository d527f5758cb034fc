import { describe, expect, it } from 'vitest';
import { RowIndex } from '../../../lib/spotter/layers';

describe('rows of an entity table by id', () => {
  it('finds every id of a sorted table by search, and no other', () => {
    const ids = ['company-a', 'company-b', 'country-us', 'person-x', 'region-z'];
    const rows = new RowIndex(ids);
    ids.forEach((id, i) => expect(rows.get(id)).toBe(i));
    for (const missing of ['', 'company-', 'company-c', 'zzz', 'aaa', 'country-usa']) expect(rows.get(missing)).toBeUndefined();
  });

  it('an unsorted table, or one with a repeated id, is read the same, the last row of an id winning', () => {
    const rows = new RowIndex(['region-z', 'company-a', 'person-x', 'company-a']);
    expect(rows.get('region-z')).toBe(0);
    expect(rows.get('person-x')).toBe(2);
    expect(rows.get('company-a')).toBe(3);
    expect(rows.get('company-b')).toBeUndefined();
    expect(new RowIndex([]).get('x')).toBeUndefined();
  });
});
