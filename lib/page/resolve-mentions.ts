/**
 * Applies the spotter's document-level ambiguity rules to the whole page at once. The rule (see
 * `Alias.requires` in lib/catalog/schema.ts) is: a match whose alias `requires` entities counts only
 * when one of them is named, by an alias without `requires`, anywhere in the same document. So
 * instead of handing the spotter every match on a huge page (tens of thousands of copies), it gets
 * one stand-in per entity present (with how many times it is named) plus the few matches that carry
 * `requires`; the answer is the spotter's own, computed over an equivalent document.
 */
import { CONTEXT_PASSAGE, type DocumentPart, type Spotter, type SpotMatch } from '../spotter/matcher';
import type { BlockEntry, EntityLookup, ModelBlock, PageMention } from './entries';
import { EntitySpanSet } from '../spotter/span-key';
import { shiftMatch } from '../spotter/types';
import { drainSliced, forEachSliced, yieldToPage } from './slices';

/**
 * The `requires`-carrying matches that survive, as keys of their offsets in the page laid end to end
 * (each block after the previous and a separator; sliced: a huge page's 26,000 matches were one
 * 70 ms task); null when `alive()` turned false meanwhile.
 */
async function survivingConditional(
  spotter: Pick<Spotter, 'resolveContext'> & Partial<Pick<Spotter, 'resolveContextSteps'>>,
  entries: readonly BlockEntry<ModelBlock>[],
  alive: () => boolean,
): Promise<EntitySpanSet | undefined | null> {
  const present = new Map<string, number>();
  const conditional: SpotMatch[] = [];
  // Blocks' offsets are their own: the conditional matches are laid end to end, as in one text,
  // so that matches of two blocks never share a span (the spotter weighs readings of one span).
  // A block with a conditional match also lends its other matches' places (count 0: the stand-ins
  // below count them), so a reading is decided by a condition named near it as in one text; `bases`
  // tells the spotter which block an offset is in.
  const nearby: SpotMatch[] = [];
  const bases: number[] = [];
  let base = 0;
  const read = await forEachSliced(
    entries,
    (e) => {
      let conditionalHere = false;
      for (const m of e.matches) {
        if (m.requires) {
          const shifted = shiftMatch(m, base);
          conditional.push(shifted);
          conditionalHere = true;
        } else present.set(m.entityId, (present.get(m.entityId) ?? 0) + 1);
      }
      if (conditionalHere) {
        bases.push(base);
        for (const m of e.matches) if (!m.requires) nearby.push({ ...m, start: m.start + base, end: m.end + base, count: 0 });
      }
      base += e.block.text.length + 1;
    },
    alive,
  );
  if (!read) return null;
  if (!conditional.length) return undefined;
  // The blocks around a conditional match lend their places too (count 0), as far as the passage a
  // generic institution's name is read against reaches: `kb extract` reads every place of the text
  // there, and the page must weigh the same ones (blind-66's `Congress`, read against China).
  const starts = conditional.map((m) => m.start).sort((a, b) => a - b);
  const lent = new Set(bases);
  let at = 0;
  base = 0;
  const lentRead = await forEachSliced(
    entries,
    (e) => {
      const end = base + e.block.text.length;
      while (at < starts.length && starts[at]! + CONTEXT_PASSAGE.after < base) at++;
      const near = at < starts.length && starts[at]! - CONTEXT_PASSAGE.before < end;
      if (near && !lent.has(base)) {
        lent.add(base);
        bases.push(base);
        for (const m of e.matches) if (!m.requires) nearby.push({ ...m, start: m.start + base, end: m.end + base, count: 0 });
      }
      base = end + 1;
    },
    alive,
  );
  if (!lentRead) return null;
  await yieldToPage();
  if (!alive()) return null;
  bases.sort((a, b) => a - b);
  const standIns: SpotMatch[] = [...present].map(([entityId, count]) => ({ entityId, text: '', start: -1, end: -1, count }));
  const blockOf = (at: number): number => {
    let lo = 0;
    let hi = bases.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bases[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const all = [...standIns, ...nearby, ...conditional];
  const within = (a: number, b: number) => a >= 0 && b >= 0 && blockOf(a) === blockOf(b);
  // The spotter's pass, in slices where it can pause: as one call it was a 20–55 ms task on the
  // huge benchmark page, and the frame that held it and our slices before it passed 50 ms.
  const resolved = spotter.resolveContextSteps ? await drainSliced(spotter.resolveContextSteps(all, within), alive) : spotter.resolveContext(all, within);
  if (!resolved) return null;
  const kept = new EntitySpanSet();
  for (const m of resolved) {
    if (m.start >= 0) kept.add(m.entityId, m.start, m.end); // not a stand-in (a place lent by a block is never looked up)
  }
  return kept;
}

/**
 * The block's previous mention of the same entity and span, if any, found by binary search on the
 * start (mentions are sorted by start) instead of a keyed map built per block.
 */
function samePrevious<M extends { entityId: string; start: number; end: number }>(
  previous: readonly M[],
  m: { entityId: string; start: number; end: number },
): M | undefined {
  let lo = 0;
  let hi = previous.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (previous[mid]!.start < m.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < previous.length && previous[i]!.start === m.start; i++) {
    const p = previous[i]!;
    if (p.end === m.end && p.entityId === m.entityId) return p;
  }
  return undefined;
}

/** Whether the page is about the field (lib/spotter/topic.ts), read over all its blocks. */
export function pageIsAboutField(spotter: Pick<Spotter, 'isAboutField'>, entries: readonly BlockEntry<ModelBlock>[]): boolean {
  return spotter.isAboutField(parts(entries));
}

function* parts(entries: readonly BlockEntry<ModelBlock>[]): Generator<DocumentPart> {
  for (const e of entries) yield { text: e.block.text, matches: e.matches };
}

/**
 * Sets each entry's `mentions` (sorted by start, as the spotter returns matches) and returns all of
 * them in reading order, working in slices (tens of thousands of mentions on a huge page); null if
 * `alive()` turned false meanwhile. Mentions unchanged since the last run keep their identity (and
 * so the view's cached range), so the renderer only touches what really changed.
 */
export async function resolveMentions<B extends ModelBlock>(
  spotter: Pick<Spotter, 'resolveContext' | 'isAboutField'> & Partial<Pick<Spotter, 'resolveContextSteps'>>,
  entries: readonly BlockEntry<B>[],
  entities: EntityLookup,
  alive: () => boolean = () => true,
): Promise<PageMention<B>[] | null> {
  // A page about something else gets no highlights at all (lib/spotter/topic.ts).
  if (!pageIsAboutField(spotter, entries)) {
    for (const e of entries) e.mentions = [];
    return [];
  }
  const survivors = await survivingConditional(spotter, entries, alive);
  if (survivors === null) return null;
  const ordered: PageMention<B>[] = [];
  let base = 0;
  const done = await forEachSliced(
    entries,
    (e) => {
      const at = base;
      base += e.block.text.length + 1;
      const previous = e.mentions.length ? e.mentions : undefined;
      const mentions: PageMention<B>[] = [];
      for (const found of e.matches) {
        // A conditional reading that did not survive may give way to one it set aside that did (`SpotMatch.otherwise`).
        const m =
          found.requires && !survivors?.has(found.entityId, found.start + at, found.end + at)
            ? found.otherwise?.find((o) => survivors?.has(o.entityId, o.start + at, o.end + at))
            : found;
        if (!m) continue;
        // Two readings that fell back to one (`Araxá`, two companies' mines, each set aside for the town) are one mention, as in `kb extract`.
        const last = mentions[mentions.length - 1];
        if (last && last.entityId === m.entityId && last.start === m.start && last.end === m.end) continue;
        const entity = entities.get(m.entityId);
        if (!entity) continue;
        const kept = previous && samePrevious(previous, m);
        const mention: PageMention<B> = kept ?? { entityId: m.entityId, kind: entity.kind, text: m.text, start: m.start, end: m.end, entry: e };
        mentions.push(mention);
        ordered.push(mention);
      }
      e.mentions = mentions;
    },
    alive,
  );
  return done ? ordered : null;
}
