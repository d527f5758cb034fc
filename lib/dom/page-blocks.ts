/**
 * The page model (lib/page, pure) over the DOM's text blocks: reading order and attachment come
 * from the document itself. Kept here so the model never names a DOM type.
 */
import type { BlockEntry, BlockLayout, PageMention } from '../page/entries';
import type { TextBlock } from './text-map';

/** A block entry of the page in the browser. */
export type DomEntry = BlockEntry<TextBlock>;
/** A mention on the page in the browser. */
export type DomMention = PageMention<TextBlock>;

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING

/** Document order by each block's first text node; a block is attached while its element and both end nodes are. */
export const DOM_BLOCK_LAYOUT: BlockLayout<TextBlock> = {
  compare(a, b) {
    const na = a.nodes[0];
    const nb = b.nodes[0];
    if (!na || !nb || na === nb) return 0;
    const pos = na.compareDocumentPosition(nb);
    return pos & FOLLOWING ? -1 : pos & PRECEDING ? 1 : 0;
  },
  isAttached(b) {
    const nodes = b.nodes;
    return b.element.isConnected && nodes[0]?.isConnected === true && nodes[nodes.length - 1]?.isConnected === true;
  },
};
