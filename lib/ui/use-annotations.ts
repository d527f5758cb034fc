/**
 * What a timeline shows beside its facts (issue 12): where their claims disagree or agree with
 * other sources (live), and which facts are new since the user last looked at the entities shown.
 * The "new since" baselines are read once per set of entities and kept: the page then tells the
 * background the user has looked (`entities/seen`), and the marks stay until the page is left.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LodestoneDB } from '../store/db';
import { countNewFacts, getNewSinceFor } from '../store/new-since';
import { getClaimsForFacts } from '../store/query-claims';
import type { ClaimsView, NewSince, TimelineItem } from '../store/rows';
import { useLiveQuery } from './use-live-query';

const NONE: ClaimsView = { contested: [], corroborated: [] };

/** Claim groups touching the shown items (empty while loading). */
export function useTimelineClaims(db: LodestoneDB, items: readonly TimelineItem[]): ClaimsView {
  const withClaims = items.filter((i) => i.fact.claims?.length).map((i) => i.fact);
  const key = withClaims.map((f) => f.id).join('|');
  const state = useLiveQuery(async () => (key ? getClaimsForFacts(db, withClaims) : NONE), [db, key]);
  return state.value ?? NONE;
}

/** What was new for the entities when the page opened. */
export interface NewSinceState {
  /** Per entity with new facts: since when, how many. */
  baselines: Record<string, NewSince>;
  /** Distinct new facts over all the entities, since the earliest baseline. */
  total?: NewSince;
}

/** Tells the background the user looked at entities (the protocol's `entities/seen`). */
export type SendSeen = (type: 'entities/seen', payload: { entityIds: string[] }) => Promise<unknown>;

/**
 * Reads what is new for `entityIds` once (per set of ids), then — when `send` is given — records
 * that the user looked at those with something new. `enabled: false` waits (the page's entities are
 * not known yet).
 */
export function useNewSince(db: LodestoneDB, entityIds: readonly string[], send?: SendSeen, enabled = true): NewSinceState {
  const key = [...new Set(entityIds)].sort().join('|');
  const [state, setState] = useState<{ key: string; value: NewSinceState }>({ key: '', value: { baselines: {} } });
  useEffect(() => {
    if (!enabled || !key) return;
    let live = true;
    const ids = key.split('|');
    void (async () => {
      const [baselines, total] = await Promise.all([getNewSinceFor(db, ids), countNewFacts(db, ids)]);
      if (!live) return;
      setState({ key, value: { baselines, ...(total ? { total } : {}) } });
      // Looked at: what was new is seen. Entities with nothing new keep their baseline (no write:
      // moving it would change nothing the user sees).
      const seen = Object.keys(baselines);
      if (send && seen.length) await send('entities/seen', { entityIds: seen });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [db, key, enabled]);
  return state.key === key ? state.value : { baselines: {} };
}
