// @vitest-environment happy-dom
// Property test (issue 8, item 7): what the spotter finds does not depend on how a paragraph's
// text is split into text nodes and inline elements.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { collectTextBlocks, toStaticRange } from '../../../lib/dom/text-map';
import { ENTITIES } from '../spotter/entities';

const spotter = createSpotter(ENTITIES);
const WORDS = [
  'MP Materials',
  'U.S. Department of Defense',
  'Lynas’s',
  'the US',
  'told us',
  'Pr–Nd',
  'China',
  'Japan',
  'rare earth magnets',
  'USA Rare Earth',
  'Lynasty',
  'USAF',
  'and',
  'said',
  'MP\u00A0Materials',
  'JOGMEC',
  '😀',
];
const paragraphArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ', ', '. ', '  ', '\n')), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
/** A paragraph, cut points, and for each piece the inline tags that wrap it (outermost first). */
const caseArb = paragraphArb.chain((text) =>
  fc.record({
    text: fc.constant(text),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 8 }),
    tags: fc.array(fc.array(fc.constantFrom('em', 'a', 'span', 'b', 'strong', 'x-custom'), { maxLength: 2 }), { minLength: 9, maxLength: 9 }),
  }),
);

afterEach(() => document.body.replaceChildren());

/** Builds `<p>` from the pieces (createElement and text nodes only) and returns it. */
function build(text: string, cuts: number[], tags: string[][]): HTMLElement {
  const p = document.createElement('p');
  const points = [0, ...[...cuts].sort((a, b) => a - b).filter((c) => c < text.length), text.length];
  points.slice(1).forEach((end, i) => {
    let node: Node = document.createTextNode(text.slice(points[i], end));
    for (const tag of [...(tags[i] ?? [])].reverse()) {
      const el = document.createElement(tag);
      el.append(node);
      node = el;
    }
    p.append(node);
  });
  document.body.append(p);
  return p;
}

describe('text map properties', () => {
  it('finds the same matches however the text is split, with ranges that cover exactly them', () => {
    fc.assert(
      fc.property(caseArb, ({ text, cuts, tags }) => {
        document.body.replaceChildren();
        build(text, cuts, tags);
        const blocks = collectTextBlocks(document.body);
        expect(blocks).toHaveLength(1);
        const block = blocks[0]!;
        expect(block.text).toBe(text);
        const expected = spotter.scan(text, { lineBreaks: 'soft' });
        expect(spotter.scan(block.text, { lineBreaks: 'soft' })).toEqual(expected);
        for (const m of expected) {
          const r = toStaticRange(block, m.start, m.end);
          const a = block.nodes.indexOf(r.startContainer as Text);
          const b = block.nodes.indexOf(r.endContainer as Text);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeGreaterThanOrEqual(a);
          const covered =
            a === b
              ? block.nodes[a]!.data.slice(r.startOffset, r.endOffset)
              : block.nodes[a]!.data.slice(r.startOffset) +
                block.nodes
                  .slice(a + 1, b)
                  .map((n) => n.data)
                  .join('') +
                block.nodes[b]!.data.slice(0, r.endOffset);
          expect(covered).toBe(m.text);
          // The range starts inside its first node and ends inside its last (no empty edge).
          expect(r.startOffset).toBeLessThan(block.nodes[a]!.data.length);
          expect(r.endOffset).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
