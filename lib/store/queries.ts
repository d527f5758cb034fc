/**
 * The store's read API in one import, for the popup and library (inside Dexie `liveQuery`) and the
 * background (cards, tab state). Every query uses an index; none scans the facts table.
 */
export { getEntityTimeline, getTimeline, toSourceSummary } from './query-timeline';
export type { EntityTimelineOptions, TimelineOrder, TimelineQuery } from './query-timeline';
export { getEntityCard, getEntity, getEntitySources, getRelatedEntities, listEntities, CARD_FACTS, CARD_RELATED } from './query-entities';
export { getSource, getSourceByUrl, getSourceFacts, getStoreCounts, listSavedSources } from './query-sources';
export { getStorageUsage, getEvictionNotice } from './persistence';
export { getEntityClaims, getClaimsForFacts } from './query-claims';
export { countNewFacts, getNewSince, getNewSinceFor, viewBaseline } from './new-since';
export type { ClaimGroupView, ClaimsView, ClaimView, EntityCard, EntityRow, NewSince, RelatedEntity, SourceRow, SourceSummary, TimelineItem } from './rows';
export type { StoredSource } from './source-graph';
