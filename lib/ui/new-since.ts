/**
 * "3 new since 12 Nov" (issue 12): the words, and which timeline items are new. A baseline is the
 * moment the user last looked at an entity (or the store began); an item is new for an entity when
 * it arrived after that entity's baseline.
 */
import type { NewSince, TimelineItem } from '../store/rows';
import { monthShort } from './format-date';

/** `12 Nov` this year, `12 Nov 2025` another year (local date of an ISO timestamp). */
export function formatSince(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const day = `${d.getDate()} ${monthShort(d.getMonth() + 1)}`;
  return d.getFullYear() === now.getFullYear() ? day : `${day} ${d.getFullYear()}`;
}

/** `3 new since 12 Nov`. */
export function formatNewSince(n: Pick<NewSince, 'count' | 'since'>, now?: Date): string {
  return `${n.count.toLocaleString('en')} new since ${formatSince(n.since, now)}`;
}

/** True when `item` arrived after the baseline of one of its entities in `baselines`. */
export function isNewItem(item: Pick<TimelineItem, 'fact' | 'arrivedAt'>, baselines: Readonly<Record<string, NewSince>>): boolean {
  if (!item.arrivedAt) return false;
  return item.fact.entityIds.some((id) => {
    const b = baselines[id];
    return b !== undefined && item.arrivedAt! > b.since;
  });
}
