// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DOM_BLOCK_LAYOUT } from '../../../lib/dom/page-blocks';
import { collectTextBlocks } from '../../../lib/dom/text-map';

describe('the page model over the DOM', () => {
  it('orders blocks as the document does and sees when they leave it', () => {
    document.body.innerHTML = '<p>One</p><div><p>Two <em>and</em> more</p></div><p>Three</p>';
    const [one, two, three] = collectTextBlocks(document.body);
    expect([three!, one!, two!].sort(DOM_BLOCK_LAYOUT.compare).map((b) => b.text)).toEqual(['One', 'Two and more', 'Three']);
    expect(DOM_BLOCK_LAYOUT.compare(one!, one!)).toBe(0);
    expect([one, two, three].every((b) => DOM_BLOCK_LAYOUT.isAttached(b!))).toBe(true);
    // Losing its last node detaches a block even while its element stays.
    two!.nodes[two!.nodes.length - 1]!.remove();
    expect(DOM_BLOCK_LAYOUT.isAttached(two!)).toBe(false);
    three!.element.remove();
    expect(DOM_BLOCK_LAYOUT.isAttached(three!)).toBe(false);
    expect(DOM_BLOCK_LAYOUT.isAttached(one!)).toBe(true);
  });
});
