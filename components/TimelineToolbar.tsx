import type { TimelineOrder } from '../lib/store/query-timeline';

/** Props of the timeline's search and order controls. */
export interface TimelineToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  order: TimelineOrder;
  onOrder: (order: TimelineOrder) => void;
}

/** "Search timeline" (filters as you type) and the "Oldest first" toggle (newest first by default). */
export function TimelineToolbar({ query, onQuery, order, onOrder }: TimelineToolbarProps) {
  return (
    <div class="toolbar">
      <label class="search">
        <span class="visually-hidden">Search timeline</span>
        <input class="input" type="search" placeholder="Search timeline" value={query} onInput={(e) => onQuery(e.currentTarget.value)} autoComplete="off" />
      </label>
      <button type="button" class="btn" aria-pressed={order === 'oldest' ? 'true' : 'false'} onClick={() => onOrder(order === 'oldest' ? 'newest' : 'oldest')}>
        Oldest first
      </button>
    </div>
  );
}
