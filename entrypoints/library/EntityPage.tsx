/** `#/entity/<id>`: one entity — who or what it is, its key figures, timeline, relations, sources. */
import { useMemo, useState } from 'preact/hooks';
import { EmptyState } from '../../components/EmptyState';
import { EntitySources, EntitySummary, keyFiguresOf } from '../../components/EntitySummary';
import { RelatedEntities } from '../../components/RelatedEntities';
import { Timeline } from '../../components/Timeline';
import { TimelineToolbar } from '../../components/TimelineToolbar';
import type { LodestoneDB } from '../../lib/store/db';
import { getEntitySources, getRelatedEntities } from '../../lib/store/query-entities';
import { getEntityTimeline, type TimelineOrder } from '../../lib/store/query-timeline';
import { libraryPath } from '../../lib/ui/routes';
import { useDebounced } from '../../lib/ui/use-debounced';
import { useEntityMap, useTermsFor } from '../../lib/ui/use-entities';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useTimeline } from '../../lib/ui/use-timeline';
import { useNewSince, useTimelineClaims } from '../../lib/ui/use-annotations';
import { formatNewSince } from '../../lib/ui/new-since';
import type { MessageClient } from '../../lib/messages/client';

/** Facts read for the key figures (newest first). */
const FIGURE_FACTS = 60;

/** The entity view. */
export function EntityPage({ db, id, send }: { db: LodestoneDB; id: string; send?: MessageClient['send'] }) {
  const entities = useEntityMap(db);
  const termsFor = useTermsFor(entities);
  const [order, setOrder] = useState<TimelineOrder>('newest');
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query);
  const timeline = useTimeline(db, { entityIds: [id], order, query: debounced });
  const claims = useTimelineClaims(db, timeline.items);
  // Opening an entity's timeline counts as looking at it ("new since", issue 12).
  const fresh = useNewSince(db, [id], send, !timeline.loading);
  const recent = useLiveQuery(() => getEntityTimeline(db, id, { order: 'newest', limit: FIGURE_FACTS }), [db, id]);
  const related = useLiveQuery(() => getRelatedEntities(db, [id], { limit: 12 }), [db, id]);
  const sources = useLiveQuery(() => getEntitySources(db, id), [db, id]);
  const keyFigures = useMemo(() => keyFiguresOf(recent.value ?? []), [recent.value]);

  if (!entities) return <div class="skeleton" style={{ minHeight: '12rem' }} aria-busy="true" />;
  const entity = entities.get(id);
  if (!entity) {
    return (
      <EmptyState title="Unknown entity" kind="unknown-entity">
        <p>
          Lodestone has no entity with the id “{id}”. <a href={libraryPath({ name: 'timeline' })}>Back to the timeline</a>
        </p>
      </EmptyState>
    );
  }
  const country = entity.country ? entities.get(entity.country) : undefined;
  return (
    <>
      <EntitySummary entity={entity} countryName={country?.name} keyFigures={keyFigures} />
      <div class="lib-columns">
        <section aria-labelledby="entity-timeline">
          <h2 id="entity-timeline" class="section-heading">
            Timeline
          </h2>
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
            level={3}
            empty={
              <EmptyState title={debounced ? `No facts match “${debounced}”` : 'No dated facts yet'} level={3} kind="no-facts">
                <p>{debounced ? 'Try other words.' : `No article Lodestone knows gives a dated fact about ${entity.name} yet.`}</p>
              </EmptyState>
            }
          />
        </section>
        <aside class="lib-side" aria-label="About this entity">
          {related.value && <RelatedEntities items={related.value} level={2} />}
          {sources.value && <EntitySources sources={sources.value} />}
        </aside>
      </div>
    </>
  );
}
