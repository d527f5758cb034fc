/**
 * A page made of paragraphs, without a DOM: each paragraph is one block in reading order, read by
 * the real page model (lib/page/page-model.ts) with the seed spotter, as the content script reads a
 * page's blocks.
 */
import type { BlockLayout, EntityLookup } from '../../../lib/page/entries';
import { PageModel, scanBlocks } from '../../../lib/page/page-model';
import { localEntityOf } from '../../../lib/spotter/local-names';
import type { Spotter } from '../../../lib/spotter/matcher';
import { seedSpotter as sharedSeedSpotter } from '../seed-spotter';

export const seedSpotter = sharedSeedSpotter();

export interface FakeBlock {
  element: object;
  text: string;
  nodes: { length: number; pos: number }[];
}

/** Entities by id: the spotter's, or the names a page introduces. */
export const entitiesOf = (s: Spotter): EntityLookup => ({ get: (id) => s.entity(id) ?? localEntityOf(id) });
export const layout: BlockLayout<FakeBlock> = { compare: (a, b) => a.nodes[0]!.pos - b.nodes[0]!.pos, isAttached: () => true };
export const blocksOf = (paragraphs: string[]): FakeBlock[] => paragraphs.map((text, i) => ({ element: {}, text, nodes: [{ length: text.length, pos: i }] }));

/** The page model of `paragraphs` once its blocks are scanned. */
export async function pageModelOf(paragraphs: string[], s: Spotter = seedSpotter): Promise<PageModel<FakeBlock>> {
  const m = new PageModel<FakeBlock>(s, entitiesOf(s), layout);
  await m.setEntries((await scanBlocks(s, blocksOf(paragraphs), () => true))!);
  return m;
}
