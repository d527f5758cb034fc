import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { SourcedFact } from '../lib/facts/schema';
import type { ClaimsView, NewSince, TimelineItem } from '../lib/store/rows';
import { isNewItem } from '../lib/ui/new-since';
import type { EmphasisTerm } from '../lib/ui/emphasis';
import { groupTimeline } from '../lib/ui/group-timeline';
import { TimelineEntry } from './TimelineEntry';
import { TimelineSkeleton } from './TimelineSkeleton';
import './timeline.css';

/** Props of a timeline. */
export interface TimelineProps {
  items: readonly TimelineItem[];
  /** True before the first page arrives: skeleton rows hold the space. */
  loading: boolean;
  /** True while a new query replaces the shown items (kept on screen, marked busy). */
  stale?: boolean;
  hasMore: boolean;
  onShowMore: () => void;
  /** The names to emphasise in a fact's sentence. */
  termsFor: (fact: SourcedFact) => readonly EmphasisTerm[];
  /** What to say when there is nothing to show. */
  empty: ComponentChildren;
  /** Heading level of the year headings (periods get the next level). */
  level?: 2 | 3;
  newTab?: boolean;
  /** Name of the list, for tests and styling (`data-label`). */
  label?: string;
  /** Where the shown facts' claims disagree or agree with other sources (issue 12). */
  claims?: ClaimsView;
  /** "New since": per entity, when the user last looked; newer facts are marked. */
  baselines?: Readonly<Record<string, NewSince>>;
}

/** Dated facts grouped by year then month (or coarser period), paged with "Show more". */
export function Timeline({
  items,
  loading,
  stale,
  hasMore,
  onShowMore,
  termsFor,
  empty,
  level = 2,
  newTab,
  label = 'Timeline',
  claims,
  baselines,
}: TimelineProps) {
  const groups = useMemo(() => groupTimeline(items), [items]);
  // Claim groups by the facts they quote, so each entry finds its own.
  const byFact = useMemo(() => {
    const map = new Map<string, { contested: ClaimsView['contested']; corroborated: ClaimsView['corroborated'] }>();
    for (const side of ['contested', 'corroborated'] as const) {
      for (const g of claims?.[side] ?? []) {
        for (const c of g.claims) {
          const entry = map.get(c.factId) ?? { contested: [], corroborated: [] };
          if (!entry[side].includes(g)) entry[side].push(g);
          map.set(c.factId, entry);
        }
      }
    }
    return map;
  }, [claims]);
  const Year = `h${level}` as const;
  const Period = `h${level + 1}` as 'h3' | 'h4';
  if (loading) return <TimelineSkeleton />;
  if (!items.length) return <div class="timeline timeline-empty">{empty}</div>;
  return (
    <div class="timeline" aria-busy={stale ? 'true' : 'false'} data-label={label}>
      {groups.map((y) => (
        // Plain divs, not sections: a landmark per year and month would drown the page's real ones.
        <div key={y.year} class="year">
          <Year class="year-heading">{y.year}</Year>
          {y.periods.map((p) => (
            <div key={p.key} class="period" data-period={p.key}>
              <Period class="period-heading">{p.label}</Period>
              <ol class="entries">
                {p.items.map((item) => (
                  <TimelineEntry
                    key={item.fact.id}
                    item={item}
                    terms={termsFor(item.fact)}
                    newTab={newTab}
                    contested={byFact.get(item.fact.id)?.contested}
                    corroborated={byFact.get(item.fact.id)?.corroborated}
                    isNew={baselines ? isNewItem(item, baselines) : false}
                  />
                ))}
              </ol>
            </div>
          ))}
        </div>
      ))}
      {hasMore && (
        <button type="button" class="btn show-more" onClick={onShowMore}>
          Show more
        </button>
      )}
    </div>
  );
}
