/**
 * The page model's data: text blocks as the model sees them (opaque element and node keys), what
 * was found in each, and where blocks sit in the document (a `BlockLayout` the DOM view supplies).
 * No DOM type: in the browser `B` is lib/dom/text-map.ts's `TextBlock`; in tests, plain objects.
 */
import type { EntityKind } from '../catalog/schema';
import type { SpotMatch } from '../spotter/matcher';

/** What the model needs of a text block: its joined text, its element and its nodes (opaque keys with a length). */
export interface ModelBlock {
  readonly element: object;
  readonly text: string;
  readonly nodes: readonly { readonly length: number }[];
  /** Where each node's text begins in `text`, when the block knows (the DOM text map's blocks do). */
  readonly starts?: readonly number[];
}

/** Where blocks sit in the document (the DOM view supplies it). */
export interface BlockLayout<B extends ModelBlock> {
  /** Reading order: negative when `a` comes first, 0 when unknown or the same. */
  compare(a: B, b: B): number;
  /** False once the block's element or its first or last node left the document. */
  isAttached(b: B): boolean;
}

/** What the page model and the card need of an entity (the spotter's `SpotterEntity` is one). */
export interface PageEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

/** Entities by id: a Map, or the spotter's own index (`Spotter.entity`). */
export interface EntityLookup {
  get(id: string): PageEntity | undefined;
}

/** One mention on the page, in block offsets. */
export interface PageMention<B extends ModelBlock = ModelBlock> {
  entityId: string;
  kind: EntityKind;
  text: string;
  start: number;
  end: number;
  entry: BlockEntry<B>;
}

/** One text block and what was found in it. */
export interface BlockEntry<B extends ModelBlock = ModelBlock> {
  block: B;
  /** The shared dictionary's matches and, merged in, the page's own defined forms (`defined`) and names (`named`). */
  matches: SpotMatch[];
  /** The shared dictionary's matches alone. */
  shared: SpotMatch[];
  /** The page-defined aliases `matches` was merged with (a key; '' when none). */
  defined: string;
  /** `shared` with the page's defined forms merged in (what the page's own names merge into). */
  withDefined?: SpotMatch[];
  /** The page's own names (`Spotter.localNames`) `matches` was merged with (a key; '' when none). */
  named?: string;
  /** Survivors of the ambiguity rules, sorted by start. */
  mentions: PageMention<B>[];
  /** Length of each of the block's nodes when it was scanned (for the hit-test index). */
  lengths: number[];
}
