/**
 * Applies the spotter's document-level ambiguity rules to the whole page at once. The rule (see
 * `Alias.requires` in lib/catalog/schema.ts) is: a match whose alias `requires` entities counts only
 * when one of them is named, by an alias without `requires`, anywhere in the same document. So
 * instead of handing the spotter every match on a huge page (tens of thousands of copies), it gets
 * one stand-in per entity present (with how many times it is named) plus the few matches that carry
 * `requires`; the answer is the spotter's own, computed over an equivalent document.
 */
import type { DocumentPart, Spotter, SpotMatch } from '../spotter/matcher';
import type { BlockEntry, EntityLookup, ModelBlock, PageMention } from './entries';
import { forEachSliced } from './slices';

const keyOf = (m: { entityId: string; start: number; end: number }): string => `${m.entityId}\u0000${m.start}\u0000${m.end}`;

/**
 * The `requires`-carrying matches that survive, as a multiset of keys (sliced: a huge page's
 * 26,000 matches were one 70 ms task); null when `alive()` turned false meanwhile.
 */
async function survivingConditional(
  spotter: Pick<Spotter, 'resolveContext'>,
  entries: readonly BlockEntry<ModelBlock>[],
  alive: () => boolean,
): Promise<Map<string, number> | undefined | null> {
  const present = new Map<string, number>();
  const conditional: SpotMatch[] = [];
  // Blocks' offsets are their own: the conditional matches are laid end to end, as in one text,
  // so that matches of two blocks never share a span (the spotter weighs readings of one span).
  const original = new Map<string, string>();
  let base = 0;
  const read = await forEachSliced(
    entries,
    (e) => {
      for (const m of e.matches) {
        if (m.requires) {
          const shifted = { ...m, start: m.start + base, end: m.end + base };
          conditional.push(shifted);
          original.set(keyOf(shifted), keyOf(m));
        } else present.set(m.entityId, (present.get(m.entityId) ?? 0) + 1);
      }
      base += e.block.text.length + 1;
    },
    alive,
  );
  if (!read) return null;
  if (!conditional.length) return undefined;
  const standIns: SpotMatch[] = [...present].map(([entityId, count]) => ({ entityId, text: '', start: -1, end: -1, count }));
  const counts = new Map<string, number>();
  for (const m of spotter.resolveContext([...standIns, ...conditional])) {
    if (m.start < 0) continue; // a stand-in
    const k = original.get(keyOf(m))!;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
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
  spotter: Pick<Spotter, 'resolveContext' | 'isAboutField'>,
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
  const done = await forEachSliced(
    entries,
    (e) => {
      const previous = e.mentions.length ? new Map(e.mentions.map((m) => [keyOf(m), m])) : undefined;
      const mentions: PageMention<B>[] = [];
      for (const m of e.matches) {
        if (m.requires) {
          const k = keyOf(m);
          const left = survivors?.get(k) ?? 0;
          if (left <= 0) continue;
          survivors!.set(k, left - 1);
        }
        const entity = entities.get(m.entityId);
        if (!entity) continue;
        const kept = previous?.get(keyOf(m));
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
