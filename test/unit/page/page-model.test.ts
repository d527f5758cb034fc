import { describe, expect, it } from 'vitest';
import type { BlockEntry, BlockLayout } from '../../../lib/page/entries';
import { PageModel, scanBlocks } from '../../../lib/page/page-model';
import { resolveMentions } from '../../../lib/page/resolve-mentions';
import { createSpotter } from '../../../lib/spotter/matcher';
import { ENTITIES } from '../spotter/entities';

// The real spotter over the small test catalog: `Vulcan` alone counts only where `Vulcan Elements`
// (its `requires` anchor) is named somewhere on the page. No rule is re-implemented here.
const spotter = createSpotter(ENTITIES);
const entities = new Map(ENTITIES.map((e) => [e.id, e]));

/** A block as the model sees it: an element key, text, and nodes with a length. Plain objects. */
interface FakeNode {
  length: number;
  /** Position in the fake document (reading order). */
  pos: number;
  attached: boolean;
}
interface FakeBlock {
  element: { name: string };
  text: string;
  nodes: FakeNode[];
}

/** The fake document: order by each block's first node position; attached while both end nodes are. */
const layout: BlockLayout<FakeBlock> = {
  compare: (a, b) => (a.nodes[0]?.pos ?? 0) - (b.nodes[0]?.pos ?? 0),
  isAttached: (b) => b.nodes.every((n) => n.attached),
};

let nextPos = 0;
/** A one-node block at the next position (or at `pos`). */
function block(text: string, pos = (nextPos += 10)): FakeBlock {
  return { element: { name: `p@${pos}` }, text, nodes: [{ length: text.length, pos, attached: true }] };
}
async function entries(blocks: FakeBlock[]): Promise<BlockEntry<FakeBlock>[]> {
  return (await scanBlocks(spotter, blocks, () => true))!;
}

describe('scanBlocks', () => {
  it('spots each block with the real spotter and records node lengths', async () => {
    const b: FakeBlock = {
      element: { name: 'p' },
      text: 'MP Materials and Lynas',
      nodes: [
        { length: 13, pos: 1, attached: true },
        { length: 9, pos: 2, attached: true },
      ],
    };
    const [e] = await entries([b]);
    expect(e!.matches.map((m) => [m.entityId, m.start, m.end])).toEqual([
      ['company-mp-materials', 0, 12],
      ['company-lynas', 17, 22],
    ]);
    expect(e!.lengths).toEqual([13, 9]);
  });

  it('stops (null) when the session ended while it was yielding', async () => {
    const many = Array.from({ length: 50 }, (_, i) => block(`China ${i}`));
    let alive = true;
    const pending = scanBlocks({ scan: (t) => ((alive = false), spotter.scan(t)) }, many, () => alive);
    expect(await pending).toBeNull();
  });
});

describe('resolveMentions', () => {
  it('applies document-level rules across blocks and keeps block offsets', async () => {
    const es = await entries([block('Vulcan said China'), block('Later, Vulcan Elements and Lynas')]);
    const ordered = (await resolveMentions(spotter, es, entities))!;
    expect(ordered.map((m) => `${m.text}@${m.start}`)).toEqual(['Vulcan@0', 'China@12', 'Vulcan Elements@7', 'Lynas@27']);
    expect(ordered[2]!.entry).toBe(es[1]);
    expect(es[1]!.block.text.slice(ordered[3]!.start, ordered[3]!.end)).toBe('Lynas');
  });

  it('drops an ambiguous alias when its anchor is absent, and keeps mention identity across runs', async () => {
    const es = await entries([block('Vulcan said China')]);
    const first = (await resolveMentions(spotter, es, entities))!;
    expect(first.map((m) => m.text)).toEqual(['China']);
    const again = (await resolveMentions(spotter, es, entities))!;
    expect(again[0]).toBe(first[0]);
  });
});

describe('PageModel', () => {
  it('first mode shows the first mention per entity in reading order; kinds filter', async () => {
    const bs = [block('China and Lynas'), block('China again, Lynas again'), block('Lynas')];
    const model = new PageModel(spotter, entities, layout);
    await model.setEntries(await entries(bs));
    expect(model.applyDisplay('first', () => true).map((m) => `${m.text}:${bs.indexOf(m.entry.block)}`)).toEqual(['China:0', 'Lynas:0']);
    expect(model.applyDisplay('every', () => true)).toHaveLength(5);
    expect(model.applyDisplay('every', (k) => k !== 'company').map((m) => m.text)).toEqual(['China', 'China']);
    expect(model.textLength).toBe('China and Lynas'.length + 'China again, Lynas again'.length + 5);
  });

  it('in first mode, a mention the reader cannot see does not take its entity’s slot', async () => {
    const bs = [block('Lynas hidden'), block('Lynas shown')];
    const model = new PageModel(spotter, entities, layout);
    await model.setEntries(await entries(bs));
    const shown = model.applyDisplay(
      'first',
      () => true,
      (m) => m.entry.block !== bs[0],
    );
    expect(shown.map((m) => bs.indexOf(m.entry.block))).toEqual([1]);
    expect(model.isShown(shown[0]!)).toBe(true);
    expect(model.isShown(model.ordered[0]!)).toBe(false);
  });

  it('inserts re-collected groups in reading order and replaces what they cover', async () => {
    const one = block('China one', 10);
    const three = block('Lynas three', 30);
    const model = new PageModel(spotter, entities, layout);
    await model.setEntries(await entries([one, three]));
    // The first block's element is re-collected with new text (its old node is gone), and new
    // content lands between the two blocks.
    const oneAgain: FakeBlock = { element: one.element, text: 'Lynas one', nodes: [{ length: 9, pos: 11, attached: true }] };
    const two = block('Lynas two', 20);
    const fresh = await entries([oneAgain]);
    const removed = new Set<BlockEntry<FakeBlock>>();
    model.replacedBy([one.element], [fresh], removed);
    expect([...removed]).toEqual([model.entries[0]]);
    await model.update(removed, [fresh, await entries([two])]);
    expect(model.entries.map((e) => e.block.text)).toEqual(['Lynas one', 'Lynas two', 'Lynas three']);
    expect(model.applyDisplay('first', () => true).map((m) => m.entry.block.text)).toEqual(['Lynas one']);
    // Removed content takes its mentions with it.
    two.nodes[0]!.attached = false;
    const gone = new Set<BlockEntry<FakeBlock>>();
    model.disconnected(gone);
    expect([...gone].map((e) => e.block)).toEqual([two]);
    await model.update(gone, []);
    expect(model.ordered.map((m) => m.entry.block.text)).toEqual(['Lynas one', 'Lynas three']);
    expect(model.isBlockElement(two.element)).toBe(false);
    expect(model.isBlockElement(one.element)).toBe(true);
  });

  it('finds a block moved elsewhere by its first node, even under another element', async () => {
    const a = block('China here', 10);
    const model = new PageModel(spotter, entities, layout);
    await model.setEntries(await entries([a, block('Lynas', 20)]));
    const moved: FakeBlock = { element: { name: 'elsewhere' }, text: a.text, nodes: [a.nodes[0]!] };
    const removed = new Set<BlockEntry<FakeBlock>>();
    model.replacedBy([], [await entries([moved])], removed);
    expect([...removed].map((e) => e.block)).toEqual([a]);
  });
});
