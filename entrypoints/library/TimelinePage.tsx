/** `#/timeline`: the whole timeline at full width, with entity, kind, source and date filters. */
import { useMemo, useState } from 'preact/hooks';
import { EmptyState } from '../../components/EmptyState';
import { RelatedEntities } from '../../components/RelatedEntities';
import { Timeline } from '../../components/Timeline';
import { NO_FILTERS, TimelineFilters, countFilters, type TimelineFilterValues } from '../../components/TimelineFilters';
import { TimelineToolbar } from '../../components/TimelineToolbar';
import type { LodestoneDB } from '../../lib/store/db';
import { getRelatedEntities } from '../../lib/store/query-entities';
import type { TimelineOrder } from '../../lib/store/query-timeline';
import { isEntityKind } from '../../lib/ui/kinds';
import { useDebounced } from '../../lib/ui/use-debounced';
import { useEntityMap, useTermsFor } from '../../lib/ui/use-entities';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useTimeline } from '../../lib/ui/use-timeline';
import { useNewSince, useTimelineClaims } from '../../lib/ui/use-annotations';
import { formatNewSince } from '../../lib/ui/new-since';
import type { MessageClient } from '../../lib/messages/client';

/** Props of the timeline view. */
export interface TimelinePageProps {
  db: LodestoneDB;
  initialEntityIds?: readonly string[];
  /** To tell the background the user looked at the filtered entities ("new since"). */
  send?: MessageClient['send'];
}

/** The library's timeline view. */
export function TimelinePage({ db, initialEntityIds, send }: TimelinePageProps) {
  const [filters, setFilters] = useState<TimelineFilterValues>({ ...NO_FILTERS, entityIds: initialEntityIds ?? [] });
  const [order, setOrder] = useState<TimelineOrder>('newest');
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query);
  const entities = useEntityMap(db);
  const termsFor = useTermsFor(entities);
  const sources = useLiveQuery(async () => (await db.sources.toArray()).sort((a, b) => b.published.localeCompare(a.published)), [db]);
  const options = useMemo(
    () => [...(entities?.values() ?? [])].filter((e) => isEntityKind(e.kind)).map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    [entities],
  );
  const timeline = useTimeline(db, {
    entityIds: filters.entityIds,
    kinds: filters.kinds,
    sourceIds: filters.sourceId ? [filters.sourceId] : [],
    // A month input gives `YYYY-MM`; the store compares partial dates by prefix.
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    order,
    query: debounced,
  });
  const claims = useTimelineClaims(db, timeline.items);
  // A timeline filtered to entities is their timeline: looking at it resets their "new since".
  const fresh = useNewSince(db, filters.entityIds, send, !timeline.loading);
  const related = useLiveQuery(
    async () => (filters.entityIds.length ? getRelatedEntities(db, filters.entityIds, { limit: 12 }) : []),
    [db, filters.entityIds.join('|')],
  );
  const filtered = Boolean(debounced) || countFilters(filters) > 0;
  return (
    <>
      <h1>Timeline</h1>
      <TimelineFilters values={filters} onChange={setFilters} entities={options} sources={sources.value ?? []} />
      <div class="lib-columns">
        <section aria-label="Facts">
          {fresh.total && (
            <p class="new-since" role="status">
              {formatNewSince(fresh.total)}
            </p>
          )}
          <TimelineToolbar query={query} onQuery={setQuery} order={order} onOrder={setOrder} />
          <Timeline
            claims={claims}
            baselines={fresh.baselines}
            items={timeline.items}
            loading={timeline.loading}
            stale={timeline.stale}
            hasMore={timeline.hasMore}
            onShowMore={timeline.showMore}
            termsFor={termsFor}
            level={2}
            empty={
              <EmptyState title={filtered ? 'No facts match these filters' : 'No dated facts yet'} kind="no-facts">
                <p>{filtered ? 'Widen the date range, remove a filter or change the search.' : 'Save articles from the popup to build your timeline.'}</p>
              </EmptyState>
            }
          />
        </section>
        <aside class="lib-side" aria-label="Related">
          {related.value && related.value.length > 0 ? (
            <RelatedEntities items={related.value} level={2} />
          ) : (
            <p class="muted">Choose an entity to see the entities that share facts with it.</p>
          )}
        </aside>
      </div>
    </>
  );
}
