/**
 * The string that orders facts by date in an index. Dates come at several precisions (`2026`,
 * `2026-03`, `2026-03-09`), so the date is padded with `-` (which sorts before every digit): a
 * coarser date sorts before the finer dates it contains, as the seeds' timelines expect. Ties are
 * broken by source id and then position in the article, so the order is total and stable.
 */
import type { SourcedFact } from '../facts/schema';

/** Width the date part is padded to (`YYYY-MM-DD`). */
const DATE_WIDTH = 10;
/** Width of the zero-padded offset, enough for the store's longest text. */
const OFFSET_WIDTH = 8;

/** Pads a partial ISO date so it orders chronologically against other precisions. */
export function dateKey(value: string): string {
  return value.slice(0, DATE_WIDTH).padEnd(DATE_WIDTH, '-');
}

/** The sort key stored with a fact: `dateKey|sourceId|offset` (offset of its event's clause, so a sentence's events keep their order). */
export function factSortKey(fact: Pick<SourcedFact, 'date' | 'sourceId' | 'start' | 'clause'>): string {
  return `${dateKey(fact.date.value)}|${fact.sourceId}|${String(fact.start + (fact.clause?.start ?? 0)).padStart(OFFSET_WIDTH, '0')}`;
}

/**
 * Index bounds for a date filter. `from`/`to` are partial ISO dates; a fact is inside when its date
 * starts within the range (`to: '2025-06'` includes `2025-06-30`; a fact dated just `2025` starts
 * before `from: '2025-03'` and is left out).
 */
export function sortKeyBounds(from?: string, to?: string): { lower: string; upper: string } {
  return {
    lower: from ? dateKey(from) : '',
    // `|` separates the date from the rest of the key; everything after `to`'s prefix sorts below U+FFFF.
    upper: to ? `${to}\uffff` : '\uffff',
  };
}
