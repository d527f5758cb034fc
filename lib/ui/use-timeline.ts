/**
 * The paged, live timeline the popup and the library show. It asks the store for one page more
 * than it shows (to know whether "Show more" has anything behind it) and grows the page on demand,
 * so the first paint costs one page of index walking however large the store is.
 */
import { useState } from 'preact/hooks';
import type { LodestoneDB } from '../store/db';
import { getTimeline, type TimelineQuery } from '../store/query-timeline';
import type { TimelineItem } from '../store/rows';
import { useLiveQuery } from './use-live-query';

/** Items per page. */
export const PAGE_SIZE = 50;

/** What a timeline view needs. */
export interface TimelineState {
  items: TimelineItem[];
  /** True until the first answer. */
  loading: boolean;
  /** True while a changed query runs (old items still shown). */
  stale: boolean;
  hasMore: boolean;
  error: unknown;
  showMore: () => void;
}

/** The filters as a string, so a new object with the same filters does not re-query. */
export function queryKey(q: Omit<TimelineQuery, 'limit' | 'offset'>): string {
  return JSON.stringify([q.entityIds ?? [], q.order ?? 'newest', q.query ?? '', q.kinds ?? [], q.sourceIds ?? [], q.from ?? '', q.to ?? '']);
}

/** A live timeline for `query`, `PAGE_SIZE` items at a time. `enabled: false` holds the query back. */
export function useTimeline(db: LodestoneDB, query: Omit<TimelineQuery, 'limit' | 'offset'>, enabled = true, pageSize = PAGE_SIZE): TimelineState {
  const key = queryKey(query);
  const [paging, setPaging] = useState({ key, pages: 1 });
  // Changed filters start again at one page, without an extra render-and-query at the old size.
  const pages = paging.key === key ? paging.pages : 1;
  const limit = pages * pageSize;
  const state = useLiveQuery(async () => (enabled ? getTimeline(db, { ...query, limit: limit + 1 }) : null), [db, key, limit, enabled]);
  const all = state.value ?? [];
  return {
    items: all.slice(0, limit),
    loading: state.status === 'loading' || (state.status === 'ready' && state.value === null && enabled),
    stale: state.status === 'ready' && state.stale,
    hasMore: all.length > limit,
    error: state.status === 'error' ? state.error : null,
    showMore: () => setPaging({ key, pages: pages + 1 }),
  };
}
