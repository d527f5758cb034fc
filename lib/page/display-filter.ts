/**
 * Which of the page's mentions are shown: the kinds the user switched on, and in `first` mode only
 * the first mention of each entity in reading order (Wikipedia's "link once" convention: the name
 * is explained where the reader meets it; repeating the mark on every `China` is noise).
 */
import { isLocalId } from '../spotter/local-names';
import type { HighlightMode } from '../settings/schema';

/** Minimal shape this filter needs. */
export interface FilterableMention {
  entityId: string;
  kind: string;
}

/**
 * Keeps the shown mentions of `ordered` (which must be in reading order), preserving order. In
 * `first` mode a mention the reader cannot see (`visible` false: hidden text, a closed dialog)
 * does not take its entity's first-mention slot; `visible` is only asked about such candidates,
 * so its cost follows the number of entities, not of mentions. In `every` mode hidden mentions
 * stay in the list and are simply never drawn.
 */
export function selectDisplayed<T extends FilterableMention>(
  ordered: readonly T[],
  mode: HighlightMode,
  kindOn: (kind: string) => boolean,
  visible: (m: T) => boolean = () => true,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const m of ordered) {
    if (mode === 'first') {
      if (seen.has(m.entityId) || !kindOn(m.kind) || !visible(m)) continue;
      seen.add(m.entityId);
    } else if (!kindOn(m.kind)) continue;
    out.push(m);
  }
  return out;
}

/**
 * Mentions per entity id (what the badge and popup show), over all mentions regardless of mode.
 * Names the page introduces for itself (`local:` ids) have no timeline and are not counted.
 */
export function countByEntity(mentions: readonly { entityId: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of mentions) if (!isLocalId(m.entityId)) counts[m.entityId] = (counts[m.entityId] ?? 0) + 1;
  return counts;
}
