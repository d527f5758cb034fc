/**
 * What Lodestone knows about the page: its text blocks in reading order, the spotter's matches in
 * each, the mentions that survive the document-level ambiguity rules, and which of them are shown
 * (mode and kind toggles). Knows nothing about rendering and no DOM type: a block's element and
 * nodes are opaque keys, and where blocks sit in the document is the `BlockLayout`'s business
 * (`lib/dom/page-blocks.ts` in the browser, plain objects in tests).
 */
import type { LocalAlias } from '../spotter/definitions';
import { LOCAL_TEXT_LIMIT, type LocalEntity } from '../spotter/local-names';
import { shiftMatch, type SpotMatch } from '../spotter/types';
import { fnv1a64 } from '../text/hash';
import { blankListMarker } from '../text/list-marker';
import type { HighlightMode } from '../settings/schema';
import { mergeMatches, type Scanner, type Spotter } from '../spotter/matcher';
import { selectDisplayed } from './display-filter';
import type { BlockEntry, BlockLayout, EntityLookup, ModelBlock, PageMention } from './entries';
import { pageIsAboutField, resolveMentions } from './resolve-mentions';
import { forEachSliced } from './slices';

/** Scans `blocks` in slices; null when `alive()` turned false meanwhile. */
export async function scanBlocks<B extends ModelBlock>(
  spotter: Pick<Spotter, 'scan'>,
  blocks: readonly B[],
  alive: () => boolean,
): Promise<BlockEntry<B>[] | null> {
  const out: BlockEntry<B>[] = [];
  const done = await forEachSliced(
    blocks,
    (block) => {
      // `soft`: a DOM block's source newlines render as spaces, so they do not end a name.
      const matches = spotter.scan(block.text, { lineBreaks: 'soft' });
      out.push({ block, matches, shared: matches, defined: '', mentions: [], lengths: nodeLengths(block) });
    },
    alive,
  );
  return done ? out : null;
}

/**
 * Each node's length as the block saw it: from its offsets where the block has them (no read of
 * 150,000 nodes on a huge page, and the lengths of the text that was scanned), else the nodes'.
 */
function nodeLengths(block: ModelBlock): number[] {
  const { nodes, starts } = block;
  if (!starts || starts.length !== nodes.length) return nodes.map((n) => n.length);
  const out: number[] = [];
  for (let i = 0; i < starts.length; i++) out.push((starts[i + 1] ?? block.text.length) - starts[i]!);
  return out;
}

/** What the page model needs of the spotter. */
export type ModelSpotter = Pick<Spotter, 'resolveContext' | 'isAboutField' | 'definitions' | 'local'> &
  Partial<Pick<Spotter, 'localNames' | 'localNameScanner' | 'definedInContext' | 'resolveContextSteps'>>;

/** Adds `e` to the model's indexes (its first node's owner, its element's entries). */
function indexInto<B extends ModelBlock>(
  nodeOwner: Map<B['nodes'][number], BlockEntry<B>>,
  byElement: Map<B['element'], BlockEntry<B>[]>,
  e: BlockEntry<B>,
): void {
  const first = e.block.nodes[0];
  if (first) nodeOwner.set(first, e);
  const list = byElement.get(e.block.element);
  if (list) list.push(e);
  else byElement.set(e.block.element, [e]);
}

/** The page model. */
export class PageModel<B extends ModelBlock = ModelBlock> {
  /** Entries in reading order. */
  entries: BlockEntry<B>[] = [];
  /** Every surviving mention in reading order. */
  ordered: PageMention<B>[] = [];
  /** The shown mentions in reading order. */
  displayed: PageMention<B>[] = [];
  private shown = new Set<PageMention<B>>();
  /**
   * The entry each block's FIRST text node starts (enough to find moved or re-collected blocks;
   * indexing every node cost ~10 ms on a 300,000-word page), and the entries of each block element.
   */
  private nodeOwner = new Map<B['nodes'][number], BlockEntry<B>>();
  private byElement = new Map<B['element'], BlockEntry<B>[]>();
  /** The page's own names and the text they were read from (`applyLocalNames`). */
  private named: { hash: string; names: LocalEntity[] } | undefined;

  constructor(
    private spotter: ModelSpotter,
    private entities: EntityLookup,
    private readonly layout: BlockLayout<B>,
  ) {}

  /**
   * A new dictionary (the user added or hid a name, issue 13): the next `setEntries` resolves
   * with it. The entries on screen stay until then, so the page does not blink.
   */
  setDictionary(spotter: ModelSpotter, entities: EntityLookup): void {
    this.spotter = spotter;
    this.named = undefined;
    this.entities = entities;
  }

  /**
   * Replaces everything (start-up and full rescans); indexing is sliced like the rest (10,000
   * blocks). `opts.localNames: false` leaves out the names the page introduces for itself: a
   * preview of the page's first blocks (lib/content/session.ts) cannot tell them, since they are
   * read from the whole page's text, and none at all past `LOCAL_TEXT_LIMIT`.
   */
  async setEntries(entries: BlockEntry<B>[], alive: () => boolean = () => true, opts: { localNames?: boolean } = {}): Promise<boolean> {
    // Built aside and swapped in whole: the page watcher asks `isBlockElement` between slices.
    const nodeOwner = new Map<B['nodes'][number], BlockEntry<B>>();
    const byElement = new Map<B['element'], BlockEntry<B>[]>();
    if (!(await forEachSliced(entries, (e) => indexInto(nodeOwner, byElement, e), alive))) return false;
    this.nodeOwner = nodeOwner;
    this.byElement = byElement;
    this.entries = entries;
    return this.resolve(alive, opts.localNames !== false);
  }

  /** The entries whose block element is `el`. */
  entriesOf(el: B['element']): readonly BlockEntry<B>[] {
    return this.byElement.get(el) ?? [];
  }

  /** True when `el` is the element of a known block. */
  isBlockElement(el: B['element']): boolean {
    return this.byElement.has(el);
  }

  /**
   * The existing entries that re-collected blocks replace: every entry of the re-collected roots,
   * and any entry that starts at a text node a new block holds (re-collected or moved content).
   * An old block that lost its first node is caught by `disconnected` or by its element's root.
   */
  replacedBy(roots: readonly B['element'][], groups: readonly BlockEntry<B>[][], into: Set<BlockEntry<B>>): void {
    for (const r of roots) for (const e of this.entriesOf(r)) into.add(e);
    for (const g of groups)
      for (const e of g)
        for (const n of e.block.nodes) {
          const old = this.nodeOwner.get(n);
          if (old) into.add(old);
        }
  }

  /** Entries that lost their element or nodes from the document. */
  disconnected(into: Set<BlockEntry<B>>): void {
    for (const e of this.entries) if (!this.layout.isAttached(e.block)) into.add(e);
  }

  private indexEntry(e: BlockEntry<B>): void {
    indexInto(this.nodeOwner, this.byElement, e);
  }

  private unindexEntry(e: BlockEntry<B>): void {
    const first = e.block.nodes[0];
    if (first && this.nodeOwner.get(first) === e) this.nodeOwner.delete(first);
    const list = this.byElement.get(e.block.element);
    if (!list) return;
    const rest = list.filter((x) => x !== e);
    if (rest.length) this.byElement.set(e.block.element, rest);
    else this.byElement.delete(e.block.element);
  }

  /**
   * Drops `removed` and inserts `added` groups, each group being the blocks re-collected under one
   * root, already in reading order; no remaining entry lies inside a root, so a group goes in as a
   * unit at the position found by binary search.
   */
  update(removed: ReadonlySet<BlockEntry<B>>, added: readonly BlockEntry<B>[][], alive: () => boolean = () => true): Promise<boolean> {
    for (const e of removed) this.unindexEntry(e);
    for (const g of added) for (const e of g) this.indexEntry(e);
    let list = removed.size ? this.entries.filter((e) => !removed.has(e)) : this.entries.slice();
    for (const group of added) {
      const first = group[0];
      if (!first) continue;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.layout.compare(list[mid]!.block, first.block) < 0) lo = mid + 1;
        else hi = mid;
      }
      list = [...list.slice(0, lo), ...group, ...list.slice(lo)];
    }
    this.entries = list;
    return this.resolve(alive);
  }

  /**
   * The short forms and tickers the page defines (`Saskatchewan Research Council (SRC)`,
   * `(ASX: ARR)`), read from every block: they are matched on this page only, like the kb CLI does
   * on an article (issue 11), and merged into each block's matches (sliced: a rescan with the
   * page's small dictionary costs about a walk of the text).
   */
  private async applyDefinitions(alive: () => boolean): Promise<boolean> {
    let aliases: LocalAlias[] = [];
    // Sliced too: on a 120,000-block page reading every block's definitions is one long task.
    const read = await forEachSliced(
      this.entries,
      (e) => {
        if (e.shared.length) for (const a of this.spotter.definitions(e.block.text, e.shared)) aliases.push(a);
      },
      alive,
    );
    if (!read) return false;
    // As `kb extract` keeps them: not a form given to a reading whose context the page lacks when
    // the form has another reading there (every block's matches are the page's context; gathered
    // only when some form has a condition).
    if (this.spotter.definedInContext && aliases.some((a) => a.requires?.length))
      aliases = this.spotter.definedInContext(
        aliases,
        this.entries.flatMap((e) => e.shared),
      );
    // Strings, not pairs, sorted: sorting pairs compared them as strings made anew at every
    // comparison (hundreds of definitions on a huge page: a 40 ms sort).
    const key = aliases.length
      ? aliases
          .map((a) => JSON.stringify([a.entityId, a.text]))
          .sort()
          .join('\n')
      : '';
    let local: Scanner | undefined;
    return forEachSliced(
      this.entries,
      (e) => {
        if (e.defined === key) return;
        local ??= this.spotter.local(aliases);
        e.withDefined = key ? mergeMatches(e.shared, local.scan(e.block.text, { lineBreaks: 'soft' })) : e.shared;
        e.matches = e.withDefined;
        e.defined = key;
        e.named = '';
      },
      alive,
    );
  }

  /**
   * The names the page introduces for itself (`Spotter.localNames`: a ticker, a legal suffix, a
   * defined short form, a headed project, a titled person, a placed town, a body after `the`),
   * read from the page's text as one article, as `kb extract` reads it: each block's text on a
   * line of its own. Merged into each block's matches like the defined forms (sliced). Skipped on
   * a page about something else, and on a page longer than an article (`LOCAL_TEXT_LIMIT`).
   */
  private async applyLocalNames(alive: () => boolean): Promise<boolean> {
    const { localNames, localNameScanner } = this.spotter;
    if (!localNames || !localNameScanner) return true;
    let length = 0;
    for (const e of this.entries) length += e.block.text.length + 1;
    let names: LocalEntity[] = [];
    if (length <= LOCAL_TEXT_LIMIT && pageIsAboutField(this.spotter, this.entries)) {
      const [text, matches] = this.asArticle();
      // The same text with the same dictionary names the same things (a page that only moved or
      // re-rendered blocks is not read again).
      // A hash, not the text: the page's text is not kept twice.
      const hash = `${text.length}:${fnv1a64(text)}`;
      if (this.named?.hash !== hash) this.named = { hash, names: localNames(text, matches) };
      names = this.named.names;
    }
    const key = names.length ? names.map((n) => `${n.id}\u0000${n.aliases.map((a) => a.text).join('\u0000')}`).join('\u0001') : '';
    let scanner: Scanner | undefined;
    return forEachSliced(
      this.entries,
      (e) => {
        if ((e.named ?? '') === key) return;
        const base = e.withDefined ?? e.shared;
        scanner ??= localNameScanner(names);
        e.matches = key ? mergeMatches(base, scanner.scan(e.block.text, { lineBreaks: 'soft' })) : base;
        e.named = key;
      },
      alive,
    );
  }

  /** The page's text as one article (a block per line, its own line breaks as spaces) and its matches there. */
  private asArticle(): [string, SpotMatch[]] {
    const parts: string[] = [];
    const matches: SpotMatch[] = [];
    let at = 0;
    for (const e of this.entries) {
      // A block opening with a list marker (`- Since the … Law took effect`) reads as the
      // normalised article does, where the marker is gone (blanked here: offsets stay).
      const text = blankListMarker(e.block.text.replace(/[\r\n]/g, ' '));
      parts.push(text);
      for (const m of e.withDefined ?? e.shared) matches.push(shiftMatch(m, at));
      at += text.length + 1;
    }
    return [parts.join('\n'), matches];
  }

  /** Re-applies the document-level ambiguity rules over every match on the page (sliced). */
  private async resolve(alive: () => boolean, localNames = true): Promise<boolean> {
    if (!(await this.applyDefinitions(alive))) return false;
    if (localNames && !(await this.applyLocalNames(alive))) return false;
    const ordered = await resolveMentions(this.spotter, this.entries, this.entities, alive);
    if (ordered) this.ordered = ordered;
    return ordered !== null;
  }

  /** Chooses the shown mentions; returns them in reading order. */
  applyDisplay(mode: HighlightMode, kindOn: (kind: string) => boolean, visible?: (m: PageMention<B>) => boolean): PageMention<B>[] {
    this.displayed = selectDisplayed(this.ordered, mode, kindOn, visible);
    this.shown.clear();
    for (const m of this.displayed) this.shown.add(m);
    return this.displayed;
  }

  /**
   * `applyDisplay` in slices (a huge page's 26,000 mentions were one long task); the shown set is
   * swapped in whole at the end, so a draw in between sees the old set or the new one, never half.
   * Null when `alive()` turned false meanwhile (nothing changed then).
   */
  async applyDisplaySliced(
    mode: HighlightMode,
    kindOn: (kind: string) => boolean,
    visible: (m: PageMention<B>) => boolean = () => true,
    alive: () => boolean = () => true,
  ): Promise<PageMention<B>[] | null> {
    const ordered = this.ordered;
    const seen = new Set<string>();
    const displayed: PageMention<B>[] = [];
    const shown = new Set<PageMention<B>>();
    // The same choice as `selectDisplayed`, mention by mention.
    const done = await forEachSliced(
      ordered,
      (m) => {
        if (mode === 'first') {
          if (seen.has(m.entityId) || !kindOn(m.kind) || !visible(m)) return;
          seen.add(m.entityId);
        } else if (!kindOn(m.kind)) return;
        displayed.push(m);
        shown.add(m);
      },
      alive,
    );
    if (!done) return null;
    this.displayed = displayed;
    this.shown = shown;
    return displayed;
  }

  isShown(m: PageMention<B>): boolean {
    return this.shown.has(m);
  }

  /** Total characters of block text (the "is there anything to read" test). */
  get textLength(): number {
    let n = 0;
    for (const e of this.entries) n += e.block.text.length;
    return n;
  }
}
