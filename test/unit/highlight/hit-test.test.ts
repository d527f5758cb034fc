import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findSpansAt, pointInRects, type NodeSpan } from '../../../lib/highlight/hit-test';
import { MentionIndex, splitOverNodes } from '../../../lib/highlight/mention-index';

const spans: NodeSpan<string>[] = [
  { start: 0, end: 2, item: 'US' },
  { start: 10, end: 22, item: 'MP Materials' },
  { start: 22, end: 27, item: 'Lynas' }, // adjacent to the previous span
  { start: 40, end: 45, item: 'China' },
];
const items = (offset: number) => findSpansAt(spans, offset).map((s) => s.item);

describe('findSpansAt', () => {
  it('finds the span under a caret inside it', () => {
    expect(items(0)).toEqual(['US']);
    expect(items(15)).toEqual(['MP Materials']);
    expect(items(44)).toEqual(['China']);
  });

  it('offers the span ending at the caret (pointer on the right half of its last character)', () => {
    expect(items(2)).toEqual(['US']);
    expect(items(45)).toEqual(['China']);
  });

  it('offers both neighbours at a shared boundary, the one after first', () => {
    expect(items(22)).toEqual(['Lynas', 'MP Materials']);
  });

  it('finds nothing between spans', () => {
    expect(items(5)).toEqual([]);
    expect(items(30)).toEqual([]);
    expect(items(46)).toEqual([]);
    expect(findSpansAt([], 3)).toEqual([]);
  });

  it('agrees with a linear scan on random sorted spans', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 6 })), { maxLength: 30 }), fc.nat(200), (gaps, offset) => {
        const list: NodeSpan<number>[] = [];
        let pos = 0;
        gaps.forEach(([gap, len], i) => {
          pos += gap;
          list.push({ start: pos, end: pos + len, item: i });
          pos += len;
        });
        const expected = list
          .filter((s) => (s.start <= offset && offset < s.end) || s.end === offset)
          .map((s) => s.item)
          .sort();
        expect(
          findSpansAt(list, offset)
            .map((s) => s.item)
            .sort(),
        ).toEqual(expected);
      }),
    );
  });
});

describe('pointInRects', () => {
  const rects = [
    { left: 10, top: 10, right: 50, bottom: 30 },
    { left: 0, top: 30, right: 20, bottom: 50 },
  ];
  it('accepts points inside any line box and rejects the snapped-to-nearest case', () => {
    expect(pointInRects(30, 20, rects)).toBe(true);
    expect(pointInRects(5, 45, rects)).toBe(true);
    expect(pointInRects(200, 20, rects)).toBe(false); // far right of the line: the caret API still snaps to the end
    expect(pointInRects(51, 20, rects)).toBe(true); // within the 1 px slop
    expect(pointInRects(52, 20, rects)).toBe(false);
  });
});

describe('splitOverNodes / MentionIndex', () => {
  // Block text "MP Materials said" from nodes "MP " | "Materials" | " said".
  const starts = [0, 3, 12];
  const lengths = [3, 9, 5];

  it('splits a name over inline nodes', () => {
    expect(splitOverNodes(starts, lengths, 0, 12)).toEqual([
      { node: 0, start: 0, end: 3 },
      { node: 1, start: 0, end: 9 },
    ]);
    expect(splitOverNodes(starts, lengths, 13, 17)).toEqual([{ node: 2, start: 1, end: 5 }]);
  });

  it('skips text between nodes that belongs to none (a separator)', () => {
    // nodes "ab" at 0 and "cd" at 3 with a separator at 2
    expect(splitOverNodes([0, 3], [2, 2], 1, 4)).toEqual([
      { node: 0, start: 1, end: 2 },
      { node: 1, start: 0, end: 1 },
    ]);
  });

  it('looks a caret up in each node of a split mention and forgets cleared blocks', () => {
    const nodes = [{ n: 0 }, { n: 1 }, { n: 2 }];
    const index = new MentionIndex<object, string>();
    index.setBlock(nodes, starts, lengths, [{ start: 0, end: 12, item: 'mp' }]);
    expect(index.lookup(nodes[0]!, 1).map((s) => s.item)).toEqual(['mp']);
    expect(index.lookup(nodes[1]!, 4).map((s) => s.item)).toEqual(['mp']);
    expect(index.lookup(nodes[2]!, 2)).toEqual([]);
    expect(index.size).toBe(2);
    index.clearBlock(nodes);
    expect(index.lookup(nodes[0]!, 1)).toEqual([]);
    expect(index.size).toBe(0);
  });
});
