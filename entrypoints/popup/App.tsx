/**
 * The popup for one tab: the page's state and save button, its entities as chips, the timeline of
 * dated facts about them, related entities, and honest empty states. Data comes from `tab/state`
 * (header, chips) and live store queries (timeline), so saved facts appear at once.
 */
import { useMemo, useState } from 'preact/hooks';
import { EntityChips, type PageEntity } from '../../components/EntityChips';
import { EmptyState } from '../../components/EmptyState';
import { PopupHeader } from '../../components/PopupHeader';
import { RelatedEntities } from '../../components/RelatedEntities';
import { SiteAccess } from '../../components/SiteAccess';
import { Timeline } from '../../components/Timeline';
import { TimelineToolbar } from '../../components/TimelineToolbar';
import type { MessageClient } from '../../lib/messages/client';
import type { LodestoneDB } from '../../lib/store/db';
import { getRelatedEntities } from '../../lib/store/query-entities';
import type { TimelineOrder } from '../../lib/store/query-timeline';
import { plural } from '../../lib/ui/format';
import { isEntityKind } from '../../lib/ui/kinds';
import { unreadableReason } from '../../lib/ui/page-access';
import { libraryPath } from '../../lib/ui/routes';
import { useDebounced } from '../../lib/ui/use-debounced';
import { useEntityMapQuery, useTermsFor } from '../../lib/ui/use-entities';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { useTimeline } from '../../lib/ui/use-timeline';
import { useNewSince, useTimelineClaims } from '../../lib/ui/use-annotations';
import { formatNewSince } from '../../lib/ui/new-since';
import { LatestSaved } from './LatestSaved';
import { PopupBodySkeleton, SKELETON_CHIPS } from './PopupSkeleton';
import { useTabState, type PopupTab } from './use-tab-state';
import './popup.css';

/** What the popup needs from the outside world (injected so tests can drive it). */
export interface PopupDeps {
  db: LodestoneDB;
  send: MessageClient['send'];
  resolveTab: () => Promise<PopupTab | null>;
}

type SaveMessage = { tone: 'ok' | 'error'; text: string } | null;

/** The popup. */
export function App({ deps }: { deps: PopupDeps }) {
  const { db, send } = deps;
  const { tab, state, refresh } = useTabState(send, deps.resolveTab);
  const entityQuery = useEntityMapQuery(db);
  const entities = entityQuery.value ?? null;
  const termsFor = useTermsFor(entities);
  const [selected, setSelected] = useState<ReadonlySet<string> | null>(null);
  const [order, setOrder] = useState<TimelineOrder>('newest');
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<SaveMessage>(null);

  const tabState = state?.ok ? state.value : null;
  // The live tab address first (known when the toolbar popup opened on it): the last report may be
  // from the page the tab showed before.
  const url = tab?.url ?? tabState?.url;
  // Unreadable: no tab, a page browsers keep extensions out of, or the background could not ask it.
  const blocked =
    tab === null ? unreadableReason(undefined) : state && !state.ok ? (unreadableReason(url) ?? state.error.message) : (url && unreadableReason(url)) || null;
  const storeDown = tabState?.storageUnavailable ?? null;
  const unsavable = blocked ?? storeDown ?? (tabState && !tabState.readable ? 'This page has no article text to save.' : null);

  const pageEntities: PageEntity[] = useMemo(() => {
    if (!tabState || !entities) return [];
    return Object.entries(tabState.counts)
      .map(([id, count]) => ({ row: entities.get(id), count }))
      .filter((e): e is { row: NonNullable<typeof e.row>; count: number } => e.row !== undefined && isEntityKind(e.row.kind))
      .map(({ row, count }) => ({ id: row.id, name: row.name, kind: row.kind, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }, [tabState, entities]);
  const pageIds = useMemo(() => Object.keys(tabState?.counts ?? {}), [tabState]);
  const entityIds = selected ? [...selected] : pageIds;
  const hasEntities = pageIds.length > 0;

  const timeline = useTimeline(db, { entityIds, order, query: debounced }, hasEntities && !storeDown);
  const claims = useTimelineClaims(db, timeline.items);
  // "3 new since 12 Nov" for the page's entities (issue 12); showing the timeline counts as looking.
  const fresh = useNewSince(db, pageIds, send, hasEntities && !storeDown && !timeline.loading);
  // Related entities read every link of the page's entities: start after the first timeline page so
  // the two do not compete for the first paint (with 10,000 facts this halves time to the first item).
  const relatedReady = hasEntities && !storeDown && !timeline.loading;
  const related = useLiveQuery(
    async () => (relatedReady && entityIds.length ? getRelatedEntities(db, entityIds, { limit: 6 }) : null),
    [db, entityIds.join('|'), relatedReady],
  );

  const save = async () => {
    if (!tab) return;
    setSaving(true);
    setMessage(null);
    const r = await send('article/save', { tabId: tab.id });
    setSaving(false);
    if (!r.ok) return setMessage({ tone: 'error', text: `Could not save: ${r.error.message}` });
    setMessage({ tone: 'ok', text: `${r.value.updated ? 'Updated' : 'Saved'}: ${plural(r.value.factCount, 'dated fact')}.` });
    void refresh(tab.id);
  };

  const loadingState = tab === undefined || (tab !== null && state === null);
  return (
    <div class="popup">
      <PopupHeader
        pageTitle={tabState?.title ?? tab?.title ?? ''}
        entityCount={loadingState ? null : pageIds.length}
        readable={!blocked}
        ready={!loadingState}
        saved={Boolean(tabState?.savedSourceId)}
        unsavableReason={loadingState ? null : unsavable}
        {...(blocked ? { reasonId: 'page-why' } : {})}
        saving={saving}
        onSave={save}
        message={message}
        libraryHref={libraryPath({ name: 'timeline' })}
      />
      <main class="popup-body">
        {blocked ? (
          <>
            <EmptyState title="Lodestone can’t read this page" kind="unreadable">
              <p id="page-why">{blocked}</p>
            </EmptyState>
            <LatestSaved db={db} />
          </>
        ) : storeDown ? (
          <EmptyState title="Saving and the timeline are off here" kind="unreadable">
            <p>{storeDown}</p>
            {hasEntities && <p>{`Lodestone marked ${plural(pageIds.length, 'known entity', 'known entities')} on this page.`}</p>}
          </EmptyState>
        ) : !loadingState && !hasEntities ? (
          <>
            <EmptyState title="No known entities on this page" kind="no-entities">
              <p>Lodestone found none of the companies, countries, materials or projects it knows on this page.</p>
            </EmptyState>
            <LatestSaved db={db} />
          </>
        ) : loadingState || entityQuery.status === 'loading' ? (
          // The chips' rows depend on the entities' names: until they load, a skeleton holds the body
          // and the timeline's heading is not drawn, so it never moves once it is (issue 14). Before
          // the page's state arrives this render is the static frame of index.html.
          <PopupBodySkeleton chips={Math.max(pageIds.length, SKELETON_CHIPS)} timeline={hasEntities} />
        ) : (
          <>
            <EntityChips entities={pageEntities} selected={selected} onChange={setSelected} limit={8} />
            {/* The slot keeps its row while related entities load, so the timeline does not jump. */}
            <div class="related-slot" data-loading={!related.value ? 'true' : undefined}>
              {related.value && <RelatedEntities items={related.value} newTab level={2} compact />}
            </div>
            <section class="popup-timeline" aria-labelledby="timeline-heading">
              <h2 id="timeline-heading" class="section-heading">
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
                loading={loadingState || timeline.loading}
                stale={timeline.stale}
                hasMore={timeline.hasMore}
                onShowMore={timeline.showMore}
                termsFor={termsFor}
                level={3}
                newTab
                empty={
                  <EmptyState title={debounced ? `No facts match “${debounced}”` : 'No dated facts yet'} level={3} kind="no-facts">
                    <p>
                      {debounced
                        ? 'Try other words, or clear the search.'
                        : 'Lodestone has no dated facts about these entities yet. Save articles about them to build their timeline.'}
                    </p>
                  </EmptyState>
                }
              />
            </section>
          </>
        )}
      </main>
      {url && !blocked && (
        <footer class="popup-footer">
          <SiteAccess url={url} />
        </footer>
      )}
    </div>
  );
}
