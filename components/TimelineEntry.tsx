import type { ClaimGroupView, TimelineItem } from '../lib/store/rows';
import type { EmphasisTerm } from '../lib/ui/emphasis';
import { dateOrigin, formatFactDate } from '../lib/ui/format-date';
import { factLink } from '../lib/ui/source-link';
import { ClaimNote } from './ClaimNote';
import { FigureList } from './FigureList';
import { QuoteText } from './QuoteText';
import { SourceLine } from './SourceLine';

/** Props of one timeline entry. */
export interface TimelineEntryProps {
  item: TimelineItem;
  terms: readonly EmphasisTerm[];
  newTab?: boolean;
  /** Claim groups this fact is part of (issue 12). */
  contested?: readonly ClaimGroupView[];
  corroborated?: readonly ClaimGroupView[];
  /** It arrived since the user last looked at one of its entities. */
  isNew?: boolean;
}

/**
 * One dated fact: its date at its precision ("reported …" when only the article dates it), the
 * sentence with the event's own clause emphasised, its figures, its source, and where sources
 * disagree or agree about what it claims.
 */
export function TimelineEntry({ item, terms, newTab, contested = [], corroborated = [], isNew }: TimelineEntryProps) {
  const { fact, source } = item;
  const label = formatFactDate(fact.date, source);
  return (
    <li
      class="entry"
      data-planned={fact.date.planned ? 'true' : undefined}
      data-fact={fact.id}
      data-new={isNew ? 'true' : undefined}
      data-contested={contested.length ? 'true' : undefined}
    >
      <div class="entry-when">
        <time class="entry-date" dateTime={fact.date.value} title={dateOrigin(fact.date)}>
          {label}
        </time>
        {isNew && <span class="badge new-badge">New</span>}
      </div>
      <div class="entry-body">
        <QuoteText text={fact.quote} terms={terms} clause={fact.clause} />
        <FigureList figures={fact.figures} />
        <SourceLine source={source} link={factLink(item)} newTab={newTab} />
        <ClaimNote factId={fact.id} contested={contested} corroborated={corroborated} />
      </div>
    </li>
  );
}
